"""Mention -> coded actor: resolve_token ties named actors, country + role composition, officeholders by date
and coreference together, with the helpers that resolve a phrase inside the phrase (a definite description
named again, a document's author, a name hung on an 'of' object)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Token

from sayso.actors.base import ActorBase
from sayso.actors.coreference import (
    CROWDS,
    MONARCHY_NOUNS,
    PERSON_NOUNS,
    PLURAL,
    THIRD_PERSON,
    antecedent,
    is_first_person,
    is_plural,
    named_before,
    own_country,
    possessor_country,
    resolve_pronoun,
)
from sayso.actors.countries import (
    CITY_LABELS,
    ENT_COUNTRY,
    PART_NOUNS,
    city_country,
    country_in,
    of_country,
    only_country,
    people_of,
    plural_people,
    prep_country,
    site_country,
    spans_many_countries,
)
from sayso.actors.descriptions import described_country, name_holds
from sayso.actors.discourse import Discourse
from sayso.actors.gender import person_gender
from sayso.actors.groups import (
    AFFILIATES,
    LED_GROUPS,
    affiliate_sector,
    affiliation,
    backed_country,
    led_country,
    member_organization,
    names_a_backer,
    partitive_whole,
    state_of,
)
from sayso.actors.mentions import actor_code, is_definite, np_tokens, span_actor, text, with_np_text
from sayso.actors.named import (
    PARTY_HEADS,
    country_named_body,
    named_body,
    org_actor,
    org_code,
    resolve_named,
    title_organization,
)
from sayso.actors.sectors import (
    GENERIC_HEADS,
    OTHER_SIDE_NOUNS,
    OWNING_VERBS,
    PHYSICAL_TARGETS,
    SPEAKS_FOR,
    is_physical,
    of_role,
    role_of,
)
from sayso.doccache import ent_at, entity_of, kids
from sayso.model import Actor

#: Participles and adjectives that name people when used as a noun ('evacuated the wounded').
PEOPLE_ADJ = {"wounded", "injured", "dead", "displaced", "homeless", "sick", "missing"}
ENT_NAMED = {"PERSON_ACTOR", "ORG_ACTOR", "PERSON", "ORG"}
#: Heads that name parties as often as bodies: 'the Homeland Union' is a party, not a trade union.
AMBIGUOUS_NAME_HEADS = {"union", "front", "league", "congress", "alliance", "movement"}
#: The unions resolve_token tests every mention against, made once rather than on each call.
PRONOUN_WORDS = frozenset(THIRD_PERSON | PLURAL)
NAMED_LABELS = frozenset(ENT_NAMED | ENT_COUNTRY | set(CITY_LABELS))
OF_ROLE_HEADS = frozenset(GENERIC_HEADS | SPEAKS_FOR)
OF_COUNTRY_HEADS = frozenset(PART_NOUNS | GENERIC_HEADS)


def resolve_token(tok: Token, base: ActorBase, on: date | None, off: int, ctx: Discourse,
                  speaker: Actor | None = None) -> Actor | None:
    """Resolve the noun phrase headed by `tok` to an actor, or None when it names none."""
    low = tok.lower_
    lemma = tok.lemma_.lower()  # (read by many of the tests below)
    whole = partitive_whole(tok)
    if whole is not None:
        # 'some of the rebel commanders', 'one third of the Afghan soldiers': a part acts as its whole
        got = resolve_token(whole, base, on, off, ctx, speaker)
        return replace(got, text=text(np_tokens(tok) + np_tokens(whole)), start=np_tokens(tok)[0].idx + off) \
            if got is not None else None
    if is_first_person(tok) or ((tok.pos_ == "PRON" or low in PRONOUN_WORDS) and not tok.text.isupper()):
        return resolve_pronoun(tok, off, ctx, speaker)
    # 'our French colleague, President Macron': a common noun is named by its apposition; a name is not
    # renamed by one ('Egypt, a close Western partner')
    # (a named apposition only: 'Colombia's government and the ELN, the country's last guerrilla group'
    # hangs a description on the wrong conjunct as often as not)
    appos = [c for c in kids(tok) if c.dep_ == "appos" and (c.pos_ == "PROPN" or c.ent_type_)] \
        if tok.pos_ != "PROPN" else []
    unknown_named = None  # a person sayso does not know, named by the apposition
    for a in appos:
        got = resolve_token(a, base, on, off, ctx, speaker)
        if got and (got.actor_id or got.country):
            return got
        if got is not None and unknown_named is None and a.ent_type_ in ("PERSON", "PERSON_ACTOR"):
            unknown_named = got
    ent = entity_of(tok)
    if ent is not None and ent.label_ in NAMED_LABELS:
        named = resolve_named(ent, base, on, off, ctx.focus)
        if named:
            actor, is_person = named
            words = np_tokens(tok)
            earlier = named_before(ent, ctx) if actor.country is None and actor.actor_id is None else None
            if earlier is not None and len(words) == len(ent):
                # 'Canadian Foreign Minister John Baird ... Baird said': the short name of someone named before
                return replace(earlier, text=ent.text, start=ent.start_char + off, end=ent.end_char + off)
            if actor.country is None and actor.actor_id is None:
                # an unknown name: take country and role from its title ("Ukrainian Foreign Minister X")
                skip = {t.i for t in ent}
                place = country_in(words, base, skip)
                if place is None and ent.label_ in ("ORG", "ORG_ACTOR"):
                    place = country_in(list(ent)[:-1], base, set())  # 'the Nigerian Union of Teachers'
                if place is None and ent.label_ in ("ORG", "FAC"):
                    place = of_country(ent.root, base, with_role=True)  # 'the Esfahan facility in central Iran'
                if place is None and (ent.label_ == "FAC" or is_physical(ent.root)):
                    place = site_country(ent.root, base)  # 'attacked the Tarbela Dam in northern Pakistan'
                guessed = place is None and ent.label_ == "ORG" and ent.root.lemma_.lower() in PARTY_HEADS
                if guessed:
                    place = only_country(tok, base)  # 'the Umma party will boycott Algeria's elections'
                sector = role_of([t for t in words if t.i not in skip], base)
                if sector is None and ent.label_ in ("ORG", "ORG_ACTOR", "PERSON") and len(ent) > 1:
                    # the name's head or a leading title: 'Thailand's Constitutional Court' -> JUD, 'the
                    # Ministry of Foreign Affairs' -> GOV, 'King Philippe' -> GOV; any other word inside
                    # ('The Homeland Union (Conservatives)') says nothing
                    if len(ent) > 2 or ent[0].lower_ != "the":  # 'the Electoral Commission': a two-word role
                        sector = base.role_sector(" ".join(t.lower_ for t in ent[-2:]))
                    for word in (ent.root, ent[0]):
                        if sector is None and word.lemma_.lower() not in AMBIGUOUS_NAME_HEADS:
                            sector = base.role_sector(word.lemma_.lower()) or base.role_sector(word.lower_)
                group = None
                if sector is None and len(ent) == 1 and not is_person and ent.label_ != "ORG_ACTOR":
                    group = sector = base.role_sector(tok.lower_)  # 'Iraqi Kurds', 'Christians': people
                body = title_organization(words, skip, base, on) if is_person and place is None else None
                if body is None and is_person and place is None and len(ent) > 1:
                    lead = base.organization(ent[0].text)  # 'Pope Francis': the title is the Holy See's
                    body = (lead, lead.sector_on(on)) if lead is not None and lead.type == "state" else None
                if body is not None:
                    # 'U.N. mediator Lakhdar Brahimi', 'NATO commander Wesley Clark': the organisation's person
                    org, org_sector = body
                    own = sector if sector in ("MIL", "COP") else org_sector
                    actor = replace(actor, country=org.country, sector=own, code=org_code(org.code, org.sector, own))
                elif place or sector:
                    code = None if guessed and sector is None else \
                        actor_code(place[0] if place else None, sector, place[1] if place else None)
                    actor = replace(actor, country=place[0] if place else None, sector=sector, code=code)
                if group is not None:
                    actor = with_np_text(actor, words, off)
            elif ent[-1].i == tok.i and ent.label_ in ENT_COUNTRY and not is_person:
                if ent.label_ in ("DEMONYM", "NORP"):
                    actor = people_of(tok, actor, base)
                actor = with_np_text(actor, words, off)
                ctx.note(actor, False, plural=is_plural(tok))
                return actor
            if actor.sector is None and actor.actor_id is None and tok.dep_ == "appos" and tok.head.pos_ == "NOUN":
                # the name in apposition to its description: 'Bangladesh's main opposition party, the Awami
                # League' is the opposition
                words_of = np_tokens(tok.head)
                role = role_of(words_of, base)
                found = country_in(words_of, base, {tok.head.i}, on)
                if role is not None:
                    country = actor.country or (found[0] if found else None)
                    actor = replace(actor, country=country, sector=role,
                                    code=actor_code(country, role, found[1] if found and not actor.country else None))
            if actor.country is None and actor.actor_id is None:
                # an unknown name described by an apposition: 'Karim Haddad, Tunisia's best-known activist'
                for a in (c for c in kids(tok) if c.dep_ == "appos" and c.pos_ == "NOUN"):
                    described = resolve_token(a, base, on, off, Discourse(), speaker)
                    if described is not None and described.country is None and described.sector and \
                            actor.sector is None:
                        # 'Moshood Abiola, the opposition leader': the role, the country left to the sentence
                        actor = replace(actor, sector=described.sector, code=described.sector)
                        break
                    if described is not None and described.country:
                        actor = replace(actor, country=described.country, sector=actor.sector or described.sector,
                                        code=actor_code(described.country, actor.sector or described.sector,
                                                        (described.code or described.country)[:3]))
                        break
            plural = is_plural(tok) or (not is_person and actor.actor_id in base.organizations)
            if is_person:  # with its title, which tells a later 'the president' whom it names
                actor = with_np_text(actor, words, off)
            ctx.note(actor, is_person, person_gender(actor, words, base) if is_person else None, plural)
            return actor
    if ent is None and tok.pos_ == "PROPN" and tok.dep_ in ("nsubjpass", "dobj"):
        # 'Kharkiv was shelled by Russian forces' with no entity on 'Kharkiv': a city the gazetteer knows
        name = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [tok]
        city = city_country(" ".join(t.text for t in name), base) if all(t.is_title for t in name) else None
        if city is not None:
            return span_actor(off, name[0], tok, name=" ".join(t.text for t in name), country=city[0], code=city[1])
    words = np_tokens(tok)
    state = state_of(tok, base)
    if state is not None:  # 'recognised a Palestinian state': the country itself
        return span_actor(off, words[0], tok, actor_id=state.iso3.lower(), name=state.name, country=state.iso3,
                          code=state.cameo)
    if low in ("country", "nation") and (own := own_country(tok, ctx, off, speaker, base)) is not None:
        return own  # 'the Kazakh president said his country would not recognise ...'
    again = _named_again(tok, words, base, on, off, ctx, speaker) if is_definite(tok) else None
    if again is not None:
        return again
    if low in DOCUMENT_NOUNS and (author := _document_author(tok, base, on, off, speaker)) is not None:
        return author  # 'a statement from the Egyptian foreign ministry condemned ...'
    if lemma in SAID_OR_DONE and \
            (author := _possessing_body(tok, base, on, off, speaker)) is not None:
        return author  # 'denounced the Turkish foreign minister's remarks': the minister, not Turkey
    if low in PEOPLE_ADJ and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") and \
            any(c.dep_ == "det" and c.lower_ == "the" for c in kids(tok)):
        # 'the Syrian wounded', 'the wounded from the shelled Ukrainian city': civilians, of a country if named
        place = country_in(words, base, {tok.i}) or of_country(tok, base, with_role=True) or \
            (of_country(tok.head, base, with_role=False) if tok.dep_ == "dobj" else None)
        return span_actor(off, words[0], tok, country=place[0] if place else None, sector="CVL",
                          code=actor_code(place[0] if place else None, "CVL", place[1] if place else None))
    if low in CROWDS:
        # 'Thousands (of people) protested': a crowd of civilians, or of whoever the 'of' phrase names
        inner = [o for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "of" for o in kids(c)
                 if o.dep_ == "pobj"]
        got = resolve_token(inner[0], base, on, off, ctx, speaker) if inner else None
        if inner and got is None and inner[0].pos_ == "NOUN" and inner[0].ent_type_ == "" and \
                not inner[0].lower_.startswith(("people", "person", "man", "men", "women", "child", "famil")) and \
                not inner[0].lower_.endswith(("ers", "ists", "ants", "ents", "ees", "ians", "ives")):
            return None  # 'dozens of missiles', 'hundreds of homes': no crowd of people
        if got is not None and got.sector is None and got.country and plural_people(inner[0]):
            # 'thousands of Nigerians': people of the country, not the state
            got = replace(got, actor_id=None, sector="CVL", code=actor_code(got.country, "CVL",
                                                                            (got.code or got.country)[:3]))
        place = country_in(words, base, {tok.i})
        return got or span_actor(off, words[0], tok, country=place[0] if place else None, sector="CVL",
                                 code=actor_code(place[0] if place else None, "CVL"))
    org_ent = next((e for t in words[:-1] if t.ent_iob_ == "B"  # (the words before the head)
                    and (e := ent_at(t)) is not None and e.label_ in ("ORG_ACTOR", "ORG")
                    and e.end <= tok.i and not names_a_backer(e[-1])), None)  # not 'the Al Qaeda-linked group'
    org = base.organization(org_ent.text) if org_ent is not None else None
    envoy = org is not None and lemma in ENVOY_NOUNS and \
        country_in([t for t in words if t.i < org_ent.start], base, set()) is not None
    if envoy:
        org = None  # "Russia's UN ambassador": a country's envoy to the organisation acts for its government
    sector = role_of(words, base) or ("GOV" if envoy else None)
    if org is None and sector is not None:
        org = member_organization(tok, base)  # 'workers from UNRWA', 'surgeons of the Red Cross'

    if lemma in OF_ROLE_HEADS and (sector is None or lemma not in AFFILIATES):
        # 'a member of the Kenyan parliament' -> LEG, 'a delegation of US senators' -> LEG (not GOV);
        # affiliates ('supporters of the government') are left to _affiliate_sector
        sector = of_role(tok, base) or sector
    def resolve_apart(t: Token) -> Actor | None:  # a phrase inside this one, resolved outside the discourse
        return resolve_token(t, base, on, off, Discourse())
    body = affiliation(tok, resolve_apart) if lemma in AFFILIATES else None
    if body is not None and body.sector is None:
        # 'members of the Green Dawn movement': an unknown named body, whose members stand for it
        return replace(body, text=text(words), start=words[0].idx + off, end=tok.idx + len(tok.text) + off)
    if body is not None:
        # 'activists from the opposition party' are the opposition, not a crowd; 'fighters loyal to the
        # government' are its forces
        sector = affiliate_sector(lemma, sector, body.sector)
    if org is not None:
        # 'the African Union mission', 'NATO troops': the organisation, with a force's own sector
        own = role_of([tok], base)
        # ('the Kurdish YPG militia': an armed group's own sector, not the militia word's)
        forces = own in ("MIL", "COP") and org.type != "armed_group"
        actor = org_actor(org, off, words[0], tok, own if forces else org.sector_on(on))
        ctx.note(actor, False, plural=True)
        return actor
    if sector in (None, "BUS") and lemma in PHYSICAL_TARGETS:
        owners = [o for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "of" for o in kids(c)
                  if o.dep_ == "pobj"] if sector is None else []
        owners += [o for a in kids(tok) if a.dep_ == "acl" and a.lemma_.lower() in OWNING_VERBS
                   for c in kids(a) if c.dep_ in ("prep", "agent") and c.lower_ in ("to", "by")
                   for o in kids(c) if o.dep_ == "pobj"]
        owner = resolve_apart(owners[0]) if owners else None
        if owner is not None and owner.sector is not None:
            # 'shelled positions of the Kurdish militia', 'a tanker owned by a Greek company': the thing's
            # owner is hit ('the town of Rafah' names a place, which has no sector, and stays the place)
            return owner
    located = sector is not None or lemma in PHYSICAL_TARGETS
    people = sector is not None and on is not None
    # 'the government of Syria', 'the embassy of Syria', 'parts of Iraq'; not 'the future of Kurdish
    # schools' or 'pressure from Congress', which are no actors
    # ('European leaders in Brussels': leaders of a region or the world are of no one country where they meet)
    many = spans_many_countries(w.lower_ for w in words)
    place = country_in(words, base, {tok.i}, on, people) or \
        (of_country(tok, base, with_role=located and not many, on=on if people else None)
         if located or lemma in OF_COUNTRY_HEADS else None)
    if place is None and body is not None and body.country:
        place = (body.country, (body.code or body.country)[:3])
    if place is None and sector in ("CVL", "LAB", "EDU", "OPP"):
        # 'rioters backing former President Bolsonaro'
        place = backed_country(tok, resolve_apart)
    if place is None and lemma in LED_GROUPS:
        place = led_country(tok, resolve_apart)  # 'a coalition led by Saudi Arabia', as 'a Saudi-led coalition'
    if place is None and sector is not None:
        place = possessor_country(tok, ctx, off, base)
    if sector is None and place is None and lemma in LEADER_HEADS:
        led = affiliation(tok, resolve_apart)
        if led is not None and led.sector is None and led.name:
            # 'the head of the electoral commission': an unknown named body, which its head acts for
            return replace(led, text=text(words), start=words[0].idx + off, end=tok.idx + len(tok.text) + off)
    if sector is None and place is None and unknown_named is None and not appos:
        unknown_named = _name_hung_on_of_object(tok, base, on, off)
    if sector is None and place is None and unknown_named is not None:
        # never dropped: the named person stays an actor, placed by the description ('of Mexico's university')
        place = country_in(words, base, {tok.i}) or of_country(tok, base, with_role=True)
        # no code: the country alone would read as the state itself
        actor = replace(unknown_named, country=place[0] if place else None, code=None)
        ctx.note(actor, True, None, False)
        return actor
    if sector is None and place is None and lemma in OTHER_SIDE_NOUNS and \
            any((c.dep_ == "poss" and c.pos_ != "PRON") or (c.dep_ == "prep" and c.lower_ == "of")
                for c in kids(tok)):  # not 'its neighbour' or 'other neighbours', which name no one
        # "Iran's proxies in Yemen": a party sayso cannot code, kept as an actor (never as the possessor's
        # country), of the country it is in; no code, which would read as that state itself
        where = prep_country(tok, ("in", "from"), base)
        actor = span_actor(off, words[0], tok, country=where[0] if where else None)
        ctx.note(actor, False, plural=is_plural(tok))
        return actor
    if sector is None and place is None:
        if not named_body(tok):
            return None
        # 'the Green Dawn party': unknown, but a body that acts; a party is of the one country its sentence names
        only = only_country(tok, base) if lemma in PARTY_HEADS else None
        # named like any unknown entity; no code: the country alone would read as the state itself
        actor = span_actor(off, words[0], tok, country=only[0] if only else None)
        actor = replace(actor, name=actor.text)
        ctx.note(actor, False, plural=False)
        return actor
    ante = antecedent(tok, place, ctx)
    if ante is None and place is None and sector is not None and is_definite(tok) and \
            tok.lower_ not in PERSON_NOUNS and len(words) <= 2:
        ante = ctx.group_for(sector, tok.lower_)  # 'the rebels', 'the ministry': the body or group named before
    if ante is not None:
        return replace(ante, text=text(words), start=words[0].idx + off, end=tok.idx + len(tok.text) + off)
    if place is None and tok.dep_ == "conj" and sector is not None:
        # 'Israeli helicopters and tanks': the second conjunct shares the first one's country
        head_place = country_in(np_tokens(tok.head), base, {tok.head.i})
        place = head_place
    country = place[0] if place else None
    if sector == "IGO" and country is not None and lemma in ("peacekeeper", "peacekeepers"):
        sector = "MIL"  # 'Ghanaian peacekeepers': a country's soldiers on a UN mission
    if sector is None and country is not None and country_named_body(tok, words):
        # 'the Kenya Ethics Commission': a body sayso does not know, named after its country; kept with its
        # name and no code, which would read as the state itself
        actor = span_actor(off, words[0], tok, country=country)
        actor = replace(actor, name=" ".join(t.text for t in words if t.dep_ != "det"))
        ctx.note(actor, False, plural=False)
        return actor
    actor = span_actor(off, words[0], tok, country=country, sector=sector,
                       code=actor_code(country, sector, place[1] if place else None))
    is_person = tok.lower_ in PERSON_NOUNS
    ctx.note(actor, is_person, person_gender(actor, words) if is_person else None, is_plural(tok))
    return actor


#: Words for a government that a definite description names again ('the junta', 'the regime').
REGIME_NOUNS = frozenset({"regime", "junta"})
#: Heads of a mention that names a government ("Mali's military government", 'the Syrian regime').
GOVERNING_HEADS = frozenset({"government", "regime", "junta", "administration", "authorities", "cabinet"})


def _named_again(tok: Token, words: list[Token], base: ActorBase, on: date | None, off: int, ctx: Discourse,
                 speaker: Actor | None) -> Actor | None:
    """A definite description that names again a country, an organisation or an organisation's office
    mentioned before: 'the kingdom' (Saudi Arabia, named in an earlier sentence), 'the alliance' (NATO),
    'the office of the UN High Commissioner for Refugees' (the UNHCR)."""
    low = tok.lower_

    def named(a: Actor) -> Actor:
        return replace(a, text=text(words), start=words[0].idx + off, end=tok.idx + len(tok.text) + off)

    described = described_country(tok, words, base, ctx.bodies, words[0].idx + off) \
        if not any(c.dep_ in ("prep", "acl", "relcl") for c in kids(tok)) else None
    if described is not None and (c := base.country(described)) is not None:
        # 'the small Gulf state', 'the Himalayan kingdom': the latest country that fits the description
        return span_actor(off, words[0], tok, actor_id=c.iso3.lower(), name=c.name, country=c.iso3,
                          code=actor_code(c.iso3, None, c.cameo))
    if low in COUNTRY_NOUNS and len(words) <= 2 and \
            not any(c.dep_ in ("prep", "acl", "relcl", "amod", "compound") for c in kids(tok)):
        # only a country of an earlier sentence: 'the republic on Austria's eastern border' describes anew
        before = tok.sent.start_char + off
        subject = ctx.subject_before(before)  # (this sentence's own subject, resolved already, must not hide it)
        subject = subject if subject is not None and subject.sector is None else None
        def fits(a: Actor) -> bool:  # 'the kingdom' is only a country that is one (its name says so)
            return low not in MONARCHY_NOUNS or name_holds(base, a.country, low)
        subject = subject if subject is not None and fits(subject) else None
        country = subject or next((a for a in reversed(ctx.bodies) if a.sector is None and a.country and
                                   a.actor_id == a.country.lower() and a.end <= before and fits(a)), None)
        return named(country) if country is not None else None
    if low in ARMED_GROUP_NOUNS and len(words) <= 2 and not any(c.dep_ in ("prep", "acl", "relcl") for c in
                                                              kids(tok)):
        # 'Houthi rebels seized a ship. The group later released its crew': the latest armed or opposition group
        before = tok.sent.start_char + off
        group = next((a for a in reversed(ctx.groups) if a.sector in ("REB", "INS", "OPP") and a.end <= before),
                     None)
        return named(group) if group is not None else None
    if low in REGIME_NOUNS and len(words) <= 2 and not any(c.dep_ in ("prep", "acl", "relcl") for c in kids(tok)):
        # 'Mali's military government expelled ... . The junta also banned French media': the government named
        # before, else the latest country, not the country of what the regime acts on
        before = tok.sent.start_char + off
        earlier = [a for a in ctx.bodies if a.country and a.end <= before]
        ruling = next((a for a in reversed(earlier) if a.text.split()[-1].lower() in GOVERNING_HEADS), None) or \
            next((a for a in reversed(earlier) if a.sector is None and a.actor_id == a.country.lower()), None)
        c = base.country(ruling.country) if ruling is not None and ruling.country else None
        if c is not None:
            return span_actor(off, words[0], tok, country=c.iso3, sector="GOV", code=actor_code(c.iso3, "GOV", c.cameo))
    if low in ORG_NOUNS and len(words) <= 2:
        org = next((a for a in reversed(ctx.groups) if a.actor_id in base.organizations and
                    (low in GENERIC_ORG_NOUNS or low in a.text.lower().split())), None)
        return named(org) if org is not None else None
    if low in OFFICE_NOUNS:
        owner = next((o for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "of"
                      for o in kids(c) if o.dep_ == "pobj"), None)
        got = resolve_token(owner, base, on, off, ctx, speaker) if owner is not None else None
        if got is not None and got.actor_id in base.organizations:
            ctx.note(named(got), False, plural=False)
            return named(got)
    return None


def _name_hung_on_of_object(tok: Token, base: ActorBase, on: date | None, off: int) -> Actor | None:
    """'the rector of the university, Francisco Barnes,': the parser hangs the name on the 'of' object; the
    unknown person it names (the last such), to stand in for a description that names no actor."""
    if tok.pos_ != "NOUN":
        return None
    hung = [a for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "of" for o in kids(c)
            if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") for a in kids(o)
            if a.dep_ == "appos" and a.ent_type_ in ("PERSON", "PERSON_ACTOR")]
    named = None
    for a in hung:
        got = resolve_token(a, base, on, off, Discourse())
        if got is not None and not got.actor_id and not got.country:
            named = got
    return named


#: A country's envoys to an organisation, who act for the country ("Russia's UN ambassador").
ENVOY_NOUNS = frozenset({"ambassador", "envoy", "representative", "delegate", "delegation", "emissary", "mission",
                         "diplomat", "negotiator"})

#: Heads of a body who act for it when the body is one sayso does not know ('the head of the electoral
#: commission', 'the chairman of the Unity Front').
LEADER_HEADS = frozenset({"head", "chief", "chairman", "chairwoman", "chair", "leader", "director", "president",
                          "secretary", "rector", "spokesman", "spokeswoman", "spokesperson"})

#: Nouns by which an article names a country again ('the kingdom' for Saudi Arabia).
COUNTRY_NOUNS = frozenset({"kingdom", "emirate", "sultanate", "republic", "country", "nation"})

#: Nouns by which an article names an organisation again ('the alliance' for NATO, 'the council' for the
#: Security Council); the generic ones fit any organisation, the others only one whose name holds them.
GENERIC_ORG_NOUNS = frozenset({"alliance", "bloc", "organisation", "organization", "body", "agency"})
ORG_NOUNS = GENERIC_ORG_NOUNS | {"council", "court", "tribunal", "fund", "bank", "union", "league", "commission",
                                 "committee", "programme", "program"}

#: Nouns by which an article names an armed or opposition group again ('the group', 'the movement').
ARMED_GROUP_NOUNS = frozenset({"group", "movement", "militia", "faction"})

#: Nouns for a body's own office, which acts for it ('the office of the UNHCR').
OFFICE_NOUNS = frozenset({"office", "secretariat", "bureau", "headquarters"})


#: Nouns for a text that speaks for its author ('a statement from X condemned', 'a letter from X accused').
DOCUMENT_NOUNS = frozenset({"statement", "declaration", "letter", "resolution", "communique", "communiqué",
                            "report", "ruling", "note", "memo", "memorandum", "message", "announcement",
                            "notice", "decree", "verdict", "assessment", "briefing", "document", "bulletin"})


#: What an actor says, decides or does as a whole, which stands for that actor when criticised, welcomed or
#: rejected ('the minister's remarks', 'the junta's decision', 'the army's conduct').
STANCE_NOUNS = frozenset({"remark", "comment", "word", "speech", "decision", "policy", "plan", "proposal", "stance",
                          "conduct", "behaviour", "behavior", "action", "treatment", "handling", "rhetoric",
                          "approach", "attitude", "record", "programme", "program", "response"})
SAID_OR_DONE = DOCUMENT_NOUNS | STANCE_NOUNS


def _possessing_body(tok: Token, base: ActorBase, on: date | None, off: int,
                     speaker: Actor | None) -> Actor | None:
    """The body or officeholder whose remarks, decision or conduct a noun names by a possessor ('the Turkish
    foreign minister's remarks', "the army's conduct"); a bare country or a pronoun is left to the phrase."""
    owner = next((c for c in kids(tok) if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if owner is None:
        return None
    got = resolve_token(owner, base, on, off, Discourse(), speaker)
    # (a body of no known country, 'the government's decision', is left to the phrase and its sentence)
    return got if got is not None and got.sector is not None and got.country is not None else None


def _document_author(tok: Token, base: ActorBase, on: date | None, off: int,
                     speaker: Actor | None) -> Actor | None:
    """Who a document speaks for: the object of its 'from', 'by' or 'of' ('a statement from the ministry',
    'a report by Amnesty') or its participle's agent ('a resolution adopted by the General Assembly'); not
    a place it comes from ('a report from Gaza', a news report filed there)."""
    objs = [o for c in kids(tok) if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")
            for o in kids(c) if o.dep_ == "pobj"
            and not (tok.lower_ in ("report", "reports") and c.lower_ == "from" and o.ent_type_ == "COUNTRY")] + \
        [o for a in kids(tok) if a.dep_ == "acl" for g in kids(a) if g.dep_ == "agent"
         for o in kids(g) if o.dep_ == "pobj"]
    for o in objs:
        if o.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME"):
            continue
        got = resolve_token(o, base, on, off, Discourse(), speaker)
        if got is not None and (got.country or got.actor_id or got.code):
            return got
    return None



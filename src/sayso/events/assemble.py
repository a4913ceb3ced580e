"""Events of one non-speech trigger: who did it to whom (read off the tree, else inferred), its code as the mood
and the target make it, and one event per source and target pair."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Token

from sayso.actors.countries import as_civilians, city_country
from sayso.actors.sectors import PHYSICAL_TARGETS
from sayso.attribution import QuoteSpan
from sayso.doccache import children, kids
from sayso.events import matching, relations, roles, tree
from sayso.events.hazards import natural_cause
from sayso.events.inferred import INFRASTRUCTURE, demand_maker, inferred_sources, inferred_targets
from sayso.events.lexicon import Pattern
from sayso.events.mood import factuality
from sayso.events.parties import actor, actors, apart, distinct, domestic_target, other, same, with_sentence_country
from sayso.events.protests import ARMED_SECTORS, MOVEMENT_PROTESTS, RIOT_ACTS, is_crowd, own_government
from sayso.events.recoding import recode
from sayso.events.records import make_event, place_and_mention
from sayso.events.speakers import attribution_links
from sayso.events.speech import Headline
from sayso.events.state import ArticleState, Resources, Sent
from sayso.events.targets import VIOLENT_ROOTS, country_actor, named_place_country, sent_force
from sayso.model import Actor, Article, Attribution, Event

#: Rule suffixes of a source inferred from the place rather than named ('Baghdad' standing for unidentified
#: armed forces, or for its government).
INFERRED_SOURCE = ("+unidentified-armed-forces", "+place-government-source")


def _in_act(r: Roles, p: Pattern, inner: Roles, inner_p: Pattern) -> tuple[Roles, Pattern]:
    """The harm's roles and pattern once its act is known: the act's doers (for an unknown or an inferred
    one; a harm's own doers stay), and the act's code for a generic harm ('killed' 190 in a suicide bombing is
    the bombing, 1831)."""
    if inner.sources and (not r.sources or any(x in INFERRED_SOURCE for x in r.suffixes)):
        r = replace(r, sources=inner.sources,
                    suffixes=tuple(x for x in r.suffixes if x not in INFERRED_SOURCE) +
                    tuple(x for x in inner.suffixes if x in INFERRED_SOURCE))
    code = inner_p.code if p.code == "190" else p.code
    return r, replace(p, code=code, id=f"{p.id}+in-{inner_p.id}")


#: Verbs whose infinitive answers the other side's proposal: 'agreed to meet X' is a meeting both want.
ACCEPTING = frozenset({"agree", "accept", "consent"})


def _one_sided_intent(tok: Token, rule: str) -> bool:
    """An intent to meet or negotiate that only its subject states ('offered to negotiate with X', 'said
    they would meet the envoy'); one accepted ('agreed to meet X') is both sides'."""
    if not rule.endswith("+intent"):
        return False
    head = tok.head if tree.is_infinitive_complement(tok) or tok.dep_ == "pobj" else None
    if head is not None and head.dep_ == "prep":
        head = head.head  # 'agreed to talks with X'
    return head is None or head.lemma_.lower() not in ACCEPTING


def _acted_on_place(target: Actor, res: Resources) -> Actor:
    """A place attacked or seized stands for its country: 'shelled Kharkiv' where the tagger took Kharkiv
    for an unknown person (a one-word name the gazetteer knows as a city), and 'drones struck Kyiv', where
    the capital is the city struck, not the government it names when it speaks or is spoken to."""
    if target.sector == "GOV" and target.country and \
            (seat := res.actors.capital_country(target.text)) is not None and seat.iso3 == target.country:
        return replace(target, sector=None, code=seat.cameo)
    if target.country or target.actor_id or target.sector or " " in target.text.strip():
        return target
    city = city_country(target.text, res.actors)
    return replace(target, country=city[0], code=city[1]) if city is not None else target


@dataclass(frozen=True, slots=True)
class Roles:
    """Who did what to whom for one trigger, with the inferences made on the way (as rule suffixes)."""

    sources: list[Actor]
    targets: list[Actor]
    mutual: bool  # the partner is named by the trigger itself ('agreed with X'): the pair goes both ways
    group: bool  # several sources and a reciprocal act: every ordered pair
    place_target: bool  # a protest without a target: aimed at the government of where it happens
    suffixes: tuple[str, ...]  # '+place-government-source', '+domestic-target', ...


#: Verbs of travel that make a visit (042) only for officials and bodies ('the minister arrived in Kabul').
TRAVEL_VERBS = frozenset({"arrive", "fly", "travel"})
#: Sectors of people whose travel is no diplomatic visit (refugees, civilians, reporters, students...).
UNOFFICIAL_SECTORS = frozenset({"CVL", "REF", "MED", "EDU", "LAB", "BUS", "CRM", "HLH", "AGR"})


def events_for(article: Article, s: Sent, tok: Token, p: Pattern, res: Resources, on: date | None,
                st: ArticleState, quotes: list[QuoteSpan], headline: Headline | None,
                within: tuple[Token, Pattern] | None = None) -> list[Event]:
    """Events of one non-speech trigger: one per source x target pair (coordination, reciprocity); `within`
    is the act a harm happened in ('killed in an air strike'), which the one event takes its doer from."""
    r = _roles(tok, p, s, res, st, quotes, on)
    if within is not None:
        r, p = _in_act(r, p, _roles(within[0], within[1], s, res, st, quotes, on), within[1])
    if not r.sources and not r.targets:
        st.notes.append(f"sentence {s.index}: trigger '{tok.text}' ({p.id}) has no actor")
        return []
    hazard = natural_cause(tok) if p.code[:2] in ("17", "18", "19", "20") else None
    if hazard is not None:
        st.notes.append(f"sentence {s.index}: '{tok.text}' ({p.id}) was caused by '{hazard.text}', "
                        "no actor's act: not coded")
        return []  # 'killed in an earthquake', 'floods killed 40 villagers'
    if p.code[:2] == "14" and tok.lemma_.lower() in MOVEMENT_PROTESTS and r.sources and \
            all(a.sector in ARMED_SECTORS for a in r.sources):
        st.notes.append(f"sentence {s.index}: '{tok.text}' ({p.id}) by armed forces is a movement, not a protest")
        return []  # 'Syrian troops marched into the town'
    if p.code == "042" and p.pos == "verb" and tok.lemma_.lower() in TRAVEL_VERBS and r.sources and \
            all(a.sector in UNOFFICIAL_SECTORS for a in r.sources):
        st.notes.append(f"sentence {s.index}: '{tok.text}' ({p.id}) by people who are no officials is travel, "
                        "not a visit")
        return []  # 'refugees arrived in Greece', 'journalists flew to Kabul'
    links, stances = attribution_links(tok, s, res, st, quotes, headline)
    code, rule, mood, negated, targets = recode(tok, p, s, res, st, quotes, on, r, links)
    if code[:2] in ("17", "19") and tok.lemma_.lower() in RIOT_ACTS and r.sources and \
            all(is_crowd(a, s) for a in r.sources):
        # 'protesters stormed the parliament', 'rioters attacked a police station': CAMEO's violent protest (145)
        code, rule = "145", f"{rule}+riot"
    fact = factuality(mood, stances)
    sources = r.sources
    pairs = [(a, b) for a in (sources or [None]) for b in (targets or [None])]
    if p.symmetric and r.mutual and sources and targets and len(sources) == 1 and len(targets) == 1 and \
            not code.startswith("12") and res.symmetric == "pairs" and not _one_sided_intent(tok, rule):
        # 'agreed with X' is mutual; 'agreed to ease the embargo on Cuba' is not an agreement with Cuba;
        # refusing to cooperate and offering to meet ('offered to negotiate with X') are one side's acts
        pairs.append((targets[0], sources[0]))
    grouped = res.symmetric == "group" and p.symmetric and not tree.reciprocal_object(tok)
    if r.group:
        # 'Japan, Chile and Kenya met', 'A and B accused each other': every ordered pair, or (the
        # "group" style, for symmetric acts) each of them with no target
        pairs = [(a, None) for a in sources] if grouped else [(a, b) for a in sources for b in sources if a is not b]
        rule += "+grouped" if grouped else ""
    elif grouped and r.mutual and tree.prep_objects(tok, ("between", "among")):
        pairs = [(a, None) for a in [*sources, *targets]]  # 'talks between A and B', grouped
        rule += "+grouped"
    found = place_and_mention(tok, s, st, sources[0], None) if r.place_target and sources else None
    known_place = found[0] if found is not None else None
    if known_place is None and any(x in r.suffixes for x in INFERRED_SOURCE):
        # the place that stands for the inferred actor is still where the event happened
        inferred = place_and_mention(tok, s, st, None, targets[0] if targets else None)
        known_place = inferred[0] if inferred is not None else None
    if found is not None and found[0].country:
        place, mention = found
        c = res.actors.country(place.country)
        if c is not None:
            # the government of the place, named by the place's mention (an inference: see the rule)
            gov = country_actor(c.iso3, c.cameo, c.name,
                                (mention.text, mention.start_char + s.off, mention.end_char + s.off), "GOV")
            pairs = [(a, gov) for a in sources]
            rule = f"{rule}+place-government-target"
    elif r.place_target and sources and st.dateline is not None and st.dateline_mention is not None and \
            st.dateline.country and all(a.country == st.dateline.country for a in sources):
        c = res.actors.country(st.dateline.country)
        if c is not None:
            # 'BUENOS AIRES (Reuters) - Thousands of protesters marched on the palace': the dateline's government
            pairs = [(a, country_actor(c.iso3, c.cameo, c.name, st.dateline_mention, "GOV")) for a in sources]
            rule = f"{rule}+dateline-government-target"
    elif r.place_target and sources:
        named = own_government(sources, s, res)
        if named is not None:
            # 'Egyptian demonstrators rioted': people protest their own government unless told otherwise
            pairs = [(a, named) for a in sources]
            rule = f"{rule}+own-government-target"
    if pairs and all(same(a, b) for a, b in pairs):
        pairs = [(a, None) for a, _b in pairs]  # 'Iraq had attacked themselves': reflexive, no other party
    charged = r.group and tree.charged_each_other(tok)
    if p.symmetric:
        # the two sides of a meeting, talks or fighting: what a later 'the two sides' names
        two = next(((a, b) for a, b in pairs if a is not None and b is not None and distinct(a, b)), None)
        if two is not None:
            st.ctx.note_pair(*two)
    out = []
    for n, (src, tgt) in enumerate(pairs):
        if same(src, tgt):
            continue
        own = _charged_by(links, tgt, tok.head.head, s.off) if charged and tgt is not None else links
        out.append(make_event(article, s, tok, code, rule, src, tgt, negated, fact, own, res, on, st,
                              salt=str(n), place=known_place))
    return out


def _charged_by(links: list[Attribution], accuser: Actor, judge: Token, off: int) -> list[Attribution]:
    """'A and B accused each other of shelling': A's shelling is B's charge. The link of the judging verb
    names the other side as its speaker; it points to no single speech row, since each side has its own."""
    start = judge.idx + off
    return [replace(a, speaker=accuser, speech_event_id=None) if a.cue is not None and a.cue.start == start else a
            for a in links]


def _role_tokens(tok: Token, p: Pattern, res: Resources) -> tuple[list[Token], list[Token]]:
    """The tokens that fill the source and target roles, read off the dependency tree."""
    if p.pos == "noun":
        governed = tok.dep_ == "dobj" and matching.match(tok.head, res.lexicon) is not None
        return roles.noun_roles(tok, p, lexicon_has_verb=governed)
    if tree.is_stative_passive(tok, p):
        # 'Vietnam is committed to reform', 'Iran is opposed to the plan': the subject holds the attitude
        return (tree.with_conjuncts(children(tok, "nsubjpass")[0]),
                tree.prep_objects(tok, p.target_prep or ((p.prep,) if p.prep else ())))
    if tok.lemma_.lower() in relations.RECEIVE_VERBS and p.code[:2] in ("03", "07"):
        # 'the rebels received weapons from Iran': the giver is the source, the receiver the target
        obj = tree.object_token(tok)  # 'received assurances from X': the 'from' may hang on the object
        givers = tree.prep_objects(tok, ("from",)) or (tree.prep_objects(obj, ("from",)) if obj is not None else [])
        return [g for giver in givers[:1] for g in tree.with_conjuncts(giver)], roles.subject_tokens(tok)
    return _act_doers(roles.subject_tokens(tok), res), [*map(demand_maker, roles.target_tokens(tok, p))]


def _act_doers(subjects: list[Token], res: Resources) -> list[Token]:
    """A violent act as the subject stands for its doers: 'an attack by PKK militants killed 12 soldiers' was
    done by the militants (the act noun is no actor itself)."""
    if len(subjects) != 1 or subjects[0].pos_ != "NOUN":
        return subjects
    p = matching.match(subjects[0], res.lexicon)
    if p is None or p.pos != "noun" or p.code[:2] not in ("18", "19", "20"):
        return subjects
    doers = roles.noun_roles(subjects[0], p)[0]
    return doers or subjects


def _roles(tok: Token, p: Pattern, s: Sent, res: Resources, st: ArticleState, quotes: list[QuoteSpan],
           on: date | None) -> Roles:
    """Sources and targets of a trigger: the grammatical ones, else the inferred ones (each marked)."""
    src_toks, tgt_toks = _role_tokens(tok, p, res)
    raw_sources = actors(src_toks, s, res, st, quotes, on)
    raw_targets = actors(tgt_toks, s, res, st, quotes, on)
    sources = [with_sentence_country(a, s, res, st) for a in raw_sources]
    targets = [with_sentence_country(a, s, res, st) for a in raw_targets]
    if p.code[:2] in VENUE_ROOTS:
        sources, targets = _venue_kept_apart(raw_sources, sources, raw_targets, targets)
    sources, source_suffixes = inferred_sources(tok, p, s, res, st, quotes, on, sources)
    domestic_object = False
    if p.objects and not targets:
        # 'expelled 18 Russian diplomats': the object's country is the one the act is aimed at
        obj = tree.object_token(tok)
        own = obj is not None and any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her", "our")
                                      for c in kids(obj))  # 'withdrew its troops': one's own, not a target
        captive = obj is not None and obj.lemma_.lower() in tree.CAPTIVE_NOUNS  # 'took ten tourists hostage'
        taken = children(tok, "dobj")[0] if captive else obj  # ('took hundreds of passengers hostage')
        got = actor(taken, s, res, st, quotes, on) if taken is not None and not own else None
        owner = tree.prep_objects(obj, ("of",)) if got is None and obj is not None and not own else []
        if owner:  # 'revoked the credentials of three reporters', 'froze the assets of the bank'
            got = actor(owner[0], s, res, st, quotes, on)
        if (got is None or not (got.country or got.sector or got.actor_id)) and obj is not None and not own and \
                p.code[:2] in ("17", "18", "19", "20"):
            got = named_place_country(obj, s, res) or got  # 'seized the town of Goma': the place's country
        if got is not None and taken is not None and sent_force(got, taken, p.code):
            got = None  # 'deployed peacekeepers in Libya': the forces sent are the sender's, the place is aimed at
        got = with_sentence_country(got, s, res, st) if got is not None else None
        place = obj is not None and matching.names_a_place(obj)  # 'seized Melitopol': the city stands for its country
        if got is not None and place:
            got = _acted_on_place(got, res)
        placed = domestic_target(got, sources, p.code) if got is not None else None
        # 'inspect the refineries in Libya'; 'boycotted Japanese products': goods stand for where they come from
        physical = obj is not None and obj.lemma_.lower() in PHYSICAL_TARGETS | GOODS_NOUNS | INFRASTRUCTURE
        if placed is not None and (placed.country or (placed.actor_id and placed.sector) or
                                   placed.sector in ("NGO", "IGO") or (captive and placed.sector)) and \
                (placed.sector or placed.actor_id or place or physical or (placed.name and placed.country)) and \
                all(distinct(placed, a) for a in sources):  # 'Egypt banned the Brotherhood' is aimed at it
            targets = [placed]
            domestic_object = placed is not got
    mutual = bool(targets)  # only a partner named by the trigger itself agrees/meets back ('agreed with X')
    targets, target_suffix = inferred_targets(tok, p, s, res, st, quotes, on, sources, targets)
    # 'students in Dhaka went on strike to demand the resignation of the prime minister': an inferred target
    # takes its country from the sentence as a named one does
    targets = [with_sentence_country(a, s, res, st) for a in targets]
    place_target = not targets and p.code.startswith("14")  # a protest is aimed at where it happens
    if p.symmetric and len(sources) >= 2 and targets and \
            all(a.sector == "CVL" and a.actor_id is None and a.name is None for a in targets):
        targets, domestic_object = [], False  # 'Armenia and Azerbaijan exchanged prisoners': the sides
    group = len(sources) >= 2 and not targets and (p.symmetric or tree.reciprocal_object(tok) or
                                                   tree.charged_each_other(tok))
    if group and not tree.reciprocal_object(tok) and len({(a.start, a.end) for a in sources}) == 1:
        # one plural pronoun for several actors ('they held talks with Putin'): their partner, if the
        # trigger names one, is the other side
        partners = actors(relations.symmetric_partner(tok), s, res, st, quotes, on)
        if partners:
            targets, group, mutual = partners, False, True
    if p.symmetric and not targets and not group:
        targets = actors(relations.symmetric_partner(tok), s, res, st, quotes, on)
        mutual = bool(targets)
    if p.code[:2] in ("17", "18", "19", "20"):
        targets = [_acted_on_place(a, res) for a in targets]
    if p.code.startswith("192"):  # 'recaptured the town of Kupiansk from Russian troops': taken from them
        held = [a for a in apart(actors(tree.prep_objects(tok, ("from",)), s, res, st, quotes, on), sources)
                if a.country or a.sector]
        targets = held or targets
    if p.code[:2] == "15":  # 'ordered patrols by police': mobilising one's own forces is aimed at no one
        targets = [a for a in targets if a.sector not in ("MIL", "COP") or any(other(a, x) for x in sources)]
        # 'sent troops to Honduras in a show of force against Nicaragua': the show names the adversary
        shown = apart(actors(relations.show_of_force_target(tok), s, res, st, quotes, on), sources)
        targets = shown or targets
    if p.code[:2] in VIOLENT_ROOTS:
        sources = _insurgents_of_the_land(sources, targets, res)  # 'rebels shelled the Syrian city of Aleppo'
    fixed = [domestic_target(a, sources, p.code) for a in targets]
    domestic = fixed != targets or domestic_object
    if p.code.startswith(PEOPLE_PATIENT_CODES) or (p.code[:2] == "19" and not p.symmetric):
        fixed = [_people(a, res) for a in fixed]  # 'gunmen killed Israelis': Israeli civilians
    if p.code[:2] == "14":
        sources = [_people(a, res) for a in sources]  # 'Chileans protested': the people, not the state
    suffixes = [x for x in source_suffixes if x == "+place-government-source"]
    suffixes += ["+domestic-target"] if domestic else []
    suffixes += [x for x in source_suffixes if x == "+unidentified-armed-forces"]
    suffixes += [target_suffix] if target_suffix else []
    return Roles(sources, fixed, mutual, group, place_target, tuple(suffixes))


#: Roots and codes whose patients are people, so that a people's name means civilians ('expelled
#: Liberians', 'freed Americans'); one-sided force (19x but fighting) too ('gunmen killed Israelis').
PEOPLE_PATIENT_CODES = ("17", "18", "20", "075", "084")


def _people(a: Actor, res: Resources) -> Actor:
    """A bare plural demonym ('Israelis', 'Chileans') as the people it names: the country's civilians. In
    other acts ('Palestinians rejected the plan') it may stand for the nation and is left as it is."""
    words = a.text.split()
    if a.sector is not None or a.country is None or not words or not words[-1].endswith("s") or \
            words[0].lower() == "the":  # 'the Americans' is the US side named before (its forces, its envoys)
        return a
    c = res.actors.country_by_name(words[-1])
    if c is None or c.iso3 != a.country or words[-1].lower() not in {d.lower() for d in c.demonyms}:
        return a
    return as_civilians(a, c.cameo)


def _insurgents_of_the_land(sources: list[Actor], targets: list[Actor], res: Resources) -> list[Actor]:
    """Rebels or insurgents of no known country who strike a place of one country are that country's
    ('rebels shelled the Syrian city of Aleppo' -> SYRREB), as CAMEO codes domestic insurgencies."""
    places = {a.country for a in targets if a.country and not a.sector and not a.actor_id}
    if len(places) != 1 or any(a.country and a.sector for a in targets):
        return sources
    (iso3,) = places
    c = res.actors.country(iso3)
    if c is None:
        return sources
    return [replace(a, country=c.iso3, code=f"{c.cameo}{a.sector}")
            if a.sector in ("REB", "INS") and not a.country and not a.actor_id else a for a in sources]


#: Goods named by their origin ('boycotted Japanese products', 'banned Turkish imports'): that country.
GOODS_NOUNS = frozenset({"product", "good", "import", "export", "brand", "car", "wine", "produce"})


#: Roots of diplomatic acts (agree, consult, support, cooperate), which are often held at a venue
#: abroad: 'rebel commanders met Sudanese officials in Doha' says nothing about the rebels' country.
VENUE_ROOTS = frozenset({"03", "04", "05", "06"})


def _venue_kept_apart(raw_sources: list[Actor], sources: list[Actor], raw_targets: list[Actor],
                      targets: list[Actor]) -> tuple[list[Actor], list[Actor]]:
    """Undo the sentence's place country for a countryless party of a diplomatic act when another party
    is of a different country: the place is then a venue, not where the party is from."""
    named = {a.country for a in [*raw_sources, *raw_targets] if a.country}

    def kept(raw: Actor, got: Actor) -> Actor:
        return raw if raw.country is None and got.country and named and got.country not in named else got
    return ([kept(r, g) for r, g in zip(raw_sources, sources, strict=True)],
            [kept(r, g) for r, g in zip(raw_targets, targets, strict=True)])

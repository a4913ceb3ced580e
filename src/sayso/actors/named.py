"""Named actors: a person, organisation, country, capital or city entity through the actor base (officeholders
by date, an organisation's sector then), and bodies named by proper nouns the model did not tag."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sayso.actors.base import ActorBase, Organization
from sayso.actors.countries import (
    CITY_LABELS,
    ENT_COUNTRY,
    city_country,
    country_in,
    named_countries,
    of_country,
    sentence_focus,
)
from sayso.actors.groups import named_organization
from sayso.actors.mentions import actor_code, np_tokens, span_actor
from sayso.doccache import kids, sent_ents
from sayso.model import Actor


def resolve_named(ent: SpacySpan, base: ActorBase, on: date | None, off: int,
                  focus: Callable[[], str | None] | None = None) -> tuple[Actor, bool] | None:
    """Resolve a named entity (person, organisation, country, capital) through the actor base; `focus` gives
    the country the article is about so far, asked only to decide an alias two organisations share."""
    text = ent.text
    label = ent.label_
    first, last = ent[0], ent[-1]
    if label in ("PERSON_ACTOR", "PERSON"):
        return resolve_named_person(ent, base, on, off)
    if label in ("ORG_ACTOR", "ORG", "NORP", "GPE", "FAC"):
        org = _in_context(base.organizations_named(text), ent, base, focus)
        if org and _owned_generic(ent, base):
            return None  # 'Brazil's Congress', 'the Nigeria Labour Congress': not the US Congress
        if org:
            return org_actor(org, off, first, last, org.sector_on(on)), False
        if label == "ORG" and base.terms_for(text):
            # the model's ORG over a known person written in another case ('Von Der Leyen')
            return resolve_named_person(ent, base, on, off)
    if label in ENT_COUNTRY:
        c = base.country_by_name(text) or (base.country(ent.id_) if label == "COUNTRY" and ent.id_ else None)
        sector = None  # the span's id is the country a misspelled name was read as ('Ethopia')
        seat = base.organization(ORGANIZATION_SEATS[text.lower()]) \
            if c is None and text.lower() in ORGANIZATION_SEATS else None
        if seat is not None:
            # 'if Brussels expanded sanctions': as an actor the city is the EU; as a place it stays Belgium's
            return org_actor(seat, off, first, last, seat.sector_on(on)), False
        if c is None:
            c = base.capital_country(text)
            sector = "GOV" if c else None
        if c:
            return span_actor(off, first, last, actor_id=c.iso3.lower(), name=c.name, country=c.iso3,
                              sector=sector, code=actor_code(c.iso3, sector, c.cameo)), False
    if label in CITY_LABELS:
        city = city_country(text, base, sentence_focus(ent, base))
        if city is not None:
            # a city or region acted on stands for its country: 'shelled Kharkiv' targets Ukraine
            return span_actor(off, first, last, name=text, country=city[0], code=city[1]), False
    if label in ("ORG", "NORP", "GPE", "PERSON"):
        return span_actor(off, first, last, name=text), label == "PERSON"
    return None


def _in_context(orgs: tuple[Organization, ...], ent: SpacySpan, base: ActorBase,
                focus: Callable[[], str | None] | None) -> Organization | None:
    """The one of several organisations sharing a name that the context means: the one of a country the
    sentence names or the article is about ('the army and the RSF' in Sudan: the Rapid Support Forces),
    else the one of no country ('RSF said journalists were jailed': Reporters Without Borders)."""
    if len(orgs) < 2:
        return orgs[0] if orgs else None
    places = (city_country(e.text, base) for e in sent_ents(ent.sent) if e.label_ in CITY_LABELS and e != ent)
    around = {iso3 for iso3, _cameo in named_countries(ent.sent, base)} | {p[0] for p in places if p}
    if focus is not None and (country := focus()) is not None:
        around.add(country)
    return next((o for o in orgs if o.country in around), None) or \
        next((o for o in orgs if o.country is None), orgs[-1])


#: Capitals that, named as an actor, stand for an international organisation seated there rather than for
#: the host country's government.
ORGANIZATION_SEATS = {"brussels": "European Union"}


def org_actor(org: Organization, off: int, first: Token, last: Token, sector: str | None) -> Actor:
    """An organisation as the actor of the mention first..last, with the sector it acts in."""
    return span_actor(off, first, last, actor_id=org.id, name=org.name, country=org.country, sector=sector,
                      code=org_code(org.code, org.sector, sector))


def _owned_generic(ent: SpacySpan, base: ActorBase) -> bool:
    """A one-word alias that is also a role word ('Congress') owned or named by other words: a possessor
    ('Brazil's Congress') or proper nouns before it ('the Indian National Congress')."""
    if len(ent) != 1 or base.role_sector(ent[0].lower_) is None:
        return False
    return any(c.dep_ == "poss" or (c.dep_ in ("compound", "amod") and c.pos_ == "PROPN") or
               (c.dep_ == "amod" and c.ent_type_ in ENT_COUNTRY) for c in kids(ent[0]))


def resolve_named_person(ent: SpacySpan, base: ActorBase, on: date | None, off: int) -> tuple[Actor, bool]:
    """A person's name: the officeholder term in force on the date, else uncoded. Undated, the latest office
    held ('Libyan leader Muammar Gaddafi' is news for his leadership, not for his last weeks as ousted
    leader), or the latest term when all are candidacies or the like."""
    text = ent.text
    first, last = ent[0], ent[-1]
    term = base.officeholder(text, on, _named_country(ent, base))
    given = _given_name_before(ent)
    if term and given is not None and given.lower() not in term.name.lower().split():
        # 'Cristina Fernandez' is not Leonel Fernandez: a surname alias with another given name before it
        return span_actor(off, ent.doc[ent.start - 1], last, name=f"{given} {text}"), True
    if term:
        return span_actor(off, first, last, actor_id=term.actor_id, name=term.name, country=term.country,
                          sector=term.sector, code=actor_code(term.country, term.sector)), True
    return span_actor(off, first, last, name=text), True


def _given_name_before(ent: SpacySpan) -> str | None:
    """The capitalised given name just before a one-word name entity ('Cristina' of 'Cristina Fernandez'),
    when the entity ruler matched the surname alone; None for a title or anything else."""
    if len(ent) != 1 or ent.start == 0:
        return None
    prev = ent.doc[ent.start - 1]
    if prev.pos_ != "PROPN" or not prev.text[:1].isupper() or prev.ent_type_ not in ("", "PERSON") or \
            prev.lower_ in TITLE_WORDS:
        return None
    return prev.text


#: Capitalised words before a name that are titles, not given names ('President Fernandez').
TITLE_WORDS = frozenset({"president", "prime", "minister", "premier", "chancellor", "king", "queen", "prince",
                         "princess", "sheikh", "emir", "general", "gen.", "colonel", "col.", "mr", "mr.", "mrs",
                         "mrs.", "ms", "ms.", "dr", "dr.", "senator", "sen.", "governor", "gov.", "mayor",
                         "judge", "justice", "pope", "cardinal", "bishop", "ayatollah", "sultan", "lord", "sir",
                         "dame", "secretary", "ambassador", "commander", "admiral", "marshal", "captain", "leader",
                         "chairman", "speaker", "rep.", "representative", "vice", "foreign", "defence",
                         "defense", "interior", "finance", "deputy", "acting", "former", "late"})


def _named_country(ent: SpacySpan, base: ActorBase) -> str | None:
    """The country a person's mention names around the name ('King Abdullah of Jordan', 'Jordan's King
    Abdullah'), which decides between namesakes."""
    words = [t for t in np_tokens(ent.root) if t.i < ent.start or t.i >= ent.end]
    found = country_in(words, base, set()) or of_country(ent.root, base, with_role=False)
    return found[0] if found else None


def title_organization(words: list[Token], skip: set[int], base: ActorBase,
                       on: date | None) -> tuple[Organization, str] | None:
    """The organisation named in a person's title ('U.N. mediator X', 'EU envoy X') with its sector then."""
    for t in words:
        org = named_organization(t, base) if t.i not in skip else None
        if org is not None:
            return org, org.sector_on(on)
    return None


def org_code(code: str | None, base_sector: str | None, sector: str) -> str | None:
    """An organisation's code with its sector swapped when its role changed (the Taliban's AFGREBTAL is
    AFGGOVTAL from August 2021): the sector after the country, else at the end."""
    if not (code and base_sector and sector and sector != base_sector):
        return code
    if code[3:3 + len(base_sector)] == base_sector:
        return code[:3] + sector + code[3 + len(base_sector):]
    if code.endswith(base_sector):
        return code[: -len(base_sector)] + sector
    return code


#: Heads of a political body that acts inside one country's politics ('the Umma party', 'a Unity Front').
PARTY_HEADS = frozenset({"party", "movement", "front", "alliance", "coalition", "bloc", "league"})
#: Heads of a body that a proper name before them makes a named organisation ('the Green Dawn party').
BODY_HEADS = PARTY_HEADS | {"organisation", "organization", "union", "council", "committee", "association",
                            "federation", "brigade", "militia", "army"}


#: Heads of a body's proper name that say nothing of its sector ('the Kenya Ethics Commission').
NAMED_BODY_HEADS = frozenset({"commission", "council", "committee", "board", "agency", "office", "trust", "service",
                              "foundation", "corporation", "company", "society", "association", "federation",
                              "league", "network", "centre", "center", "forum", "organisation", "organization"})


def country_named_body(tok: Token, words: list[Token]) -> bool:
    """A proper name of a body with a country in it ('the Kenya Ethics Commission'), whose head is a
    capitalised body word."""
    return tok.pos_ == "PROPN" and tok.is_title and tok.lower_ in NAMED_BODY_HEADS and \
        any(t.ent_type_ in ("COUNTRY", "GPE") and t.dep_ == "compound" for t in words if t.i < tok.i)


def named_body(tok: Token) -> bool:
    """A body named by proper nouns the model did not tag: 'the Green Dawn party', 'the Unity Front'."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in BODY_HEADS and \
        any(c.dep_ in ("compound", "nmod") and c.tag_ in ("NNP", "NNPS") for c in kids(tok))

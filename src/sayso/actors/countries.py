"""The country a mention names or lends: by a country, demonym, capital or city entity among its words, by
its 'of' or 'in' phrase, by where its verb happens, or as the one country its sentence names."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sayso.actors.base import ActorBase
from sayso.actors.groups import names_a_backer, names_a_language
from sayso.actors.mentions import np_tokens
from sayso.actors.sectors import GENERIC_HEADS, OTHER_SIDE_NOUNS, PHYSICAL_TARGETS, SPEAKS_FOR, role_of
from sayso.doccache import entity_of, kids, sent_ents
from sayso.model import Actor
from sayso.places import resolve_place

ENT_COUNTRY = {"COUNTRY", "GPE", "CAPITAL", "DEMONYM", "NORP"}
#: Labels the small model gives to cities and regions (it often says FAC, ORG or LANGUAGE for a city).
CITY_LABELS = ("GPE", "LOC", "FAC", "ORG", "LANGUAGE", "NORP")

#: Words that make a group span several countries ('European leaders', 'Western diplomats', 'foreign
#: ministers', 'world leaders').
MANY_COUNTRY_WORDS = frozenset({"european", "african", "asian", "arab", "western", "foreign", "international",
                                "world", "regional", "nordic", "scandinavian", "latin", "global", "allied",
                                "multinational"})


def spans_many_countries(words: Iterable[str]) -> bool:
    """Whether lower-case words name a group of several countries ('European leaders', 'foreign ministers')."""
    return any(w in MANY_COUNTRY_WORDS for w in words)


def country_in(tokens: list[Token], base: ActorBase, skip: set[int], on: date | None = None,
               persons: bool = False) -> tuple[str, str] | None:
    """The first country (iso3, cameo) named among tokens: by entity, demonym or capital; with `persons`,
    also by a known officeholder in office (or formerly) on `on` ('Erdogan supporters')."""
    for t in tokens:
        if t.i in skip:
            continue
        ent = entity_of(t)
        if ent is None and not t.text[:1].isupper():
            continue  # names and demonyms are capitalised: 'scaling a pole' names no Pole
        if names_a_backer(t) or names_a_language(t):
            continue  # not 'Russian-backed', 'Russian-language'
        if ent is not None and ent.root.dep_ == "poss" and ent.root.head.lemma_.lower() in OTHER_SIDE_NOUNS:
            continue  # "Israel's militia ally", "Iran's proxies": another party, not Israel or Iran
        text = ent.text if ent is not None else t.text
        c = base.country_by_name(text) or base.capital_country(text)
        if c is None and ent is not None and ent.label_ in ("ORG_ACTOR", "ORG"):
            org = base.organization(ent.text)
            if org and org.country:
                return org.country, org.country
        if c is None and persons and on is not None and ent is not None and ent.label_ == "PERSON_ACTOR":
            # 'Erdogan supporters', 'supporters of Erdogan': the person's country (people only, not things)
            term = base.officeholder(ent.text, on)
            found = base.country(term.country) if term is not None and term.country else None
            if found is not None:
                return found.iso3, found.cameo
        if c is None and ent is not None and ent.label_ in CITY_LABELS:
            city = city_country(ent.text, base, sentence_focus(ent, base))
            if city is not None:
                return city
        if c is None and ent is None and t.pos_ == "PROPN" and t.dep_ == "pobj" and t.head.lower_ in SITE_PREPS:
            city = city_country(t.text, base)  # 'a border post in Tachira', the name left untagged
            if city is not None:
                return city
        if c:
            return c.iso3, c.cameo
    return None


#: Prepositions that place a thing in a named town or region ('a post in Tachira').
SITE_PREPS = frozenset({"in", "near", "at", "outside", "around", "inside"})


def sentence_focus(ent: SpacySpan, base: ActorBase) -> str | None:
    """The one country (ISO3) the sentence of a place name names, in which to read the place ('the city of
    Greenville in Liberia' is not the American Greenville); None when it names none or several."""
    found = {iso3 for iso3, _ in named_countries(ent.sent, base)}
    return next(iter(found)) if len(found) == 1 else None


def coordinated_countries(tok: Token, base: ActorBase) -> list[tuple[str, str]]:
    """(iso3, cameo) of the coordinated national modifiers of a noun ('South Korean and Saudi diplomats'),
    reading each modifier's whole entity ('Sierra Leonean', 'North Korean', not 'Leonean', 'Korean')."""
    for c in kids(tok):
        if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_:
            found: list[tuple[str, str]] = []
            for m in [c, *c.conjuncts]:
                ent = entity_of(m)
                country = base.country_by_name(ent.text if ent is not None else m.text)
                if country is not None and (country.iso3, country.cameo) not in found:
                    found.append((country.iso3, country.cameo))
            if len(found) >= 2:
                return found
    return []


def _elliptic_role(tok: Token, base: ActorBase) -> str | None:
    """'Guinean and Malian refugees' parsed with the first demonym as the head and 'refugees'
    its conjunct: the sector of that conjunct, which the first demonym shares."""
    for c in kids(tok):
        if c.dep_ == "conj" and c.pos_ == "NOUN" and any(
                m.dep_ in ("amod", "compound") and m.ent_type_ in ("DEMONYM", "NORP") for m in c.lefts):
            return role_of([c], base)
    return None


def city_country(name: str, base: ActorBase, focus: str | None = None) -> tuple[str, str] | None:
    """The country of a city or region name ('Kharkiv' -> UKR), through the offline gazetteer; a name
    several countries share is read in the `focus` country (ISO3) when it has one there."""
    place = resolve_place(name, country_focus=focus)
    if place is None or place.precision == "country" or not place.country:
        return None
    c = base.country(place.country)
    return (c.iso3, c.cameo) if c is not None else (place.country, place.country)


#: Nouns for a part or the people of a country (or body) that its 'of' phrase names ('parts of Iraq', 'the
#: north of Syria', 'opponents of Kenya's parliament').
PART_NOUNS = {"part", "parts", "north", "south", "east", "west", "centre", "center", "rest", "half", "most",
              "capital", "province", "state", "interior", "coast", "soil", "airspace", "waters", "people",
              "opponent", "critic", "citizen", "resident", "national", "member", "leader", "supporter"}


def named_countries(sent: SpacySpan, base: ActorBase, possessors: bool = True) -> set[tuple[str, str]]:
    """The countries (iso3, cameo) a sentence names by a country, demonym or capital entity; without
    `possessors`, not those named only as a possessor ('China's assistance')."""
    found = set()
    for e in sent_ents(sent):
        if e.label_ in ENT_COUNTRY and (possessors or e.root.dep_ != "poss") and not names_a_language(e.root):
            if not possessors and _describes_a_thing(e.root, base):
                continue  # 'paid in US dollars', 'Chinese goods': a country word that names no party
            c = base.country_by_name(e.text) or base.capital_country(e.text)
            if c is not None:
                found.add((c.iso3, c.cameo))
    return found


def _describes_a_thing(word: Token, base: ActorBase) -> bool:
    """A country word modifying a noun that is no actor, body or place ('US dollars', 'Russian gas')."""
    head = word.head
    return word.dep_ in ("amod", "compound", "nmod") and head.pos_ == "NOUN" and \
        base.role_sector(head.lemma_.lower()) is None and base.role_sector(head.lower_) is None and \
        head.lemma_.lower() not in PART_NOUNS | PHYSICAL_TARGETS | GENERIC_HEADS


def only_country(tok: Token, base: ActorBase) -> tuple[str, str] | None:
    """The one country (iso3, cameo) that the sentence of `tok` names, or None when it names none or several."""
    found = named_countries(tok.sent, base)
    return next(iter(found)) if len(found) == 1 else None


def as_civilians(actor: Actor, cameo: str) -> Actor:
    """A people's name ('Liberians') as the country's civilians rather than the state: no identity, CVL
    (`cameo` gives the country part of the code when the actor has none)."""
    return replace(actor, actor_id=None, name=None, sector="CVL", code=f"{(actor.code or cameo)[:3]}CVL")


#: Words that count people ('several Britons'), making a plural demonym people rather than the state.
COUNTING_WORDS = frozenset({"many", "several", "numerous", "few", "some"})

#: Endings of demonyms whose plural is the word itself ('200 Congolese', 'thousands of Sudanese', 'Swiss').
INVARIANT_DEMONYM_ENDINGS = ("ese", "ss", "ish", "ch")


def plural_people(tok: Token) -> bool:
    """Whether a noun names people in the plural: a plural tag, or a demonym whose plural is the word
    itself, which the tagger leaves singular ('200 Congolese')."""
    return tok.tag_ in ("NNPS", "NNS") or \
        (tok.ent_type_ == "DEMONYM" and tok.lower_.endswith(INVARIANT_DEMONYM_ENDINGS))


def people_of(tok: Token, actor: Actor, base: ActorBase) -> Actor:
    """A demonym standing for people, not the state: 'ethnic Turks' are civilians of no stated country;
    'Guinean (and Malian refugees)' shares the sector of its coordinated noun."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ == "ethnic" for c in kids(tok)):
        return replace(actor, actor_id=None, name=None, country=None, sector="CVL", code="CVL")
    for c in kids(tok):  # 'Bosnian Serbs', 'Kosovo Albanians': Serbs of Bosnia, people not the state
        home = base.country_by_name(c.text) if c.dep_ in ("amod", "compound") and c.ent_type_ else None
        if home is not None and home.iso3 != actor.country and tok.tag_ in ("NNPS", "NNS"):
            return replace(actor, actor_id=None, name=None, country=home.iso3, sector="CVL",
                           code=f"{home.cameo}CVL")
    if actor.country is not None and plural_people(tok) and any(
            c.dep_ == "nummod" or (c.dep_ == "amod" and c.lower_ in COUNTING_WORDS) for c in kids(tok)):
        # '168 Liberians were deported', 'several Britons': people counted are civilians, not the state
        return as_civilians(actor, actor.country)
    sector = _elliptic_role(tok, base)
    if sector is not None and actor.country is not None:
        return replace(actor, actor_id=None, name=None, sector=sector, code=(actor.code or actor.country) + sector)
    return actor


def of_country(tok: Token, base: ActorBase, with_role: bool = True,
               on: date | None = None) -> tuple[str, str] | None:
    """A country given by an 'of' phrase ('the government of Syria'); 'in X' only for people and bodies
    ('opposition groups in Zimbabwe'), not for things ('an operation in Syria')."""
    preps = ("of", "in", "at", "from", "near", "outside", "around") if with_role else ("of", "from")
    if tok.lemma_.lower() in SPEAKS_FOR:
        preps = ("for", *preps)  # 'a spokesman for Portugal's defence ministry'
    for c in kids(tok):
        if c.dep_ == "prep" and c.lower_ in preps:
            objs = [o for o in kids(c) if o.dep_ == "pobj"]
            if objs:
                # 'ministers of Peru's caretaker government': the whole phrase, not just its head
                found = country_in(np_tokens(objs[0]), base, set(), on, on is not None)
                if found is None and with_role and objs[0].lemma_.lower() in REGION_HEADS:
                    # 'the government of Sindh province': the country of the region a body governs
                    name = [t for t in np_tokens(objs[0]) if t.pos_ == "PROPN"]
                    found = city_country(" ".join(t.text for t in name), base) if name else None
                return found
    return None


def site_country(tok: Token, base: ActorBase) -> tuple[str, str] | None:
    """The country of a site acted on, given by where its verb happens ('attacked the Tarbela Dam in
    northern Pakistan', 'sent inspectors to the Esfahan plant in central Iran'); the site's own 'in'
    phrase is read by of_country."""
    verb = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    return prep_country(verb, ("in", "inside", "near", "outside"), base)


def prep_country(tok: Token, preps: tuple[str, ...], base: ActorBase) -> tuple[str, str] | None:
    """The first country named by the object of one of `tok`'s prepositions in `preps` ('proxies in Yemen');
    unlike of_country, a phrase that names none does not end the search."""
    return next((found for c in kids(tok) if c.dep_ == "prep" and c.lower_ in preps
                 for o in kids(c) if o.dep_ == "pobj"
                 and (found := country_in(np_tokens(o), base, set())) is not None), None)


#: Nouns that name a country's region after its proper name ('Sindh province', 'Kano state').
REGION_HEADS = frozenset({"province", "state", "region", "district", "governorate", "prefecture", "county"})

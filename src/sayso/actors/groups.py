"""Actors named through a group they belong to, back or are part of: affiliates of a body ('activists
from the opposition party'), people of an international organisation, crowds backing a leader, parts of
a group ('some of the rebel commanders'), '<demonym> state', and backers that are not the actor
('Russian-backed separatists')."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from sayso.actors.base import ActorBase, Country, Organization
from sayso.doccache import entity_of, kids
from sayso.model import Actor

#: Resolves a noun phrase head to an actor (the resolver's own, with a fresh discourse).
Resolver = Callable[[Token], Actor | None]


def named_organization(tok: Token, base: ActorBase) -> Organization | None:
    """The known organisation an organisation name holding `tok` names ('the Red Cross', 'NATO')."""
    ent = entity_of(tok)
    return base.organization(ent.text) if ent is not None and ent.label_ in ("ORG_ACTOR", "ORG") else None


#: Participles after a hyphen that make the name before them a backer or a maker, not the actor's country:
#: 'Russian-backed separatists' are not Russian, nor are 'Turkish-made drones' flown by Turkey ('US-led'
#: forces are American, and keep their leader's country).
BACKER_PARTICIPLES = frozenset({"backed", "sponsored", "supported", "funded", "trained", "armed", "financed",
                                "linked", "affiliated", "allied", "aligned", "inspired", "made", "built",
                                "designed", "manufactured", "produced", "supplied", "provided", "donated"})


def names_a_backer(t: Token) -> bool:
    """Whether `t` is the 'Russian' of 'Russian-backed' (a hyphen, then a backing participle)."""
    doc = t.doc
    return t.i + 2 < len(doc) and doc[t.i + 1].text in ("-", "‐", "‑") and \
        doc[t.i + 2].lower_ in BACKER_PARTICIPLES


#: Nouns a demonym names a language or a culture by, not a people or a state ('the Russian language',
#: 'Russian-language media', 'Kurdish culture').
LANGUAGE_NOUNS = frozenset({"language", "tongue", "dialect", "alphabet", "script", "literature", "culture",
                            "cuisine", "speaking"})


def names_a_language(t: Token) -> bool:
    """Whether `t` is the 'Russian' of 'the Russian language' or 'Russian-language media': a demonym that
    names a language, which is no country's."""
    return t.dep_ in ("amod", "compound", "npadvmod") and \
        (t.head.lemma_.lower() in LANGUAGE_NOUNS or t.head.lower_ in LANGUAGE_NOUNS) and \
        t.head.i == t.i + (2 if t.i + 1 < len(t.doc) and t.doc[t.i + 1].text in ("-", "‐", "‑") else 1)


#: People who belong to a body, which an 'of', 'from' or 'loyal to' phrase names: their sector is the
#: body's ('members of parliament' LEG, 'supporters of the opposition leader' OPP).
AFFILIATES = frozenset({"activist", "supporter", "member", "follower", "loyalist", "partisan", "cadre",
                        "militant", "fighter", "gunman", "militiaman"})
#: Affiliates who carry arms: loyal to a government they are its forces (MIL); loyal to an opposition
#: they keep their own armed sector.
ARMED_AFFILIATES = frozenset({"militant", "fighter", "gunman", "militiaman"})
#: The political sectors an affiliation passes on; a crowd 'of Nairobi' or 'from the city' passes none.
_AFFILIATION_SECTORS = frozenset({"OPP", "REB", "INS", "GOV", "MIL", "LEG", "PTY"})


def member_organization(tok: Token, base: ActorBase) -> Organization | None:
    """The international organisation whose people a role noun names through 'of' or 'from' ('workers
    from the UN agency UNRWA', 'surgeons of the Red Cross'): they act for it, as 'UN workers' do."""
    for c in kids(tok):
        if c.dep_ == "prep" and c.lower_ in ("of", "from"):
            for o in kids(c):
                if o.dep_ != "pobj":
                    continue
                for t in (o, *(a for a in kids(o) if a.dep_ == "appos")):
                    org = named_organization(t, base)
                    if org is not None and org.type in ("igo", "ngo"):
                        return org
    return None


def backed_country(tok: Token, resolve: Resolver) -> tuple[str, str] | None:
    """The country of whom a crowd backs ('rioters backing former President Jair Bolsonaro' are
    Brazilians): its participle's object, when that names a country's person or body."""
    for c in kids(tok):
        if c.dep_ == "acl" and c.lemma_.lower() in ("back", "support", "follow", "champion"):
            for o in (g for g in kids(c) if g.dep_ == "dobj"):
                got = resolve(o)
                if got is not None and got.country and got.sector not in ("IGO", "NGO"):
                    return got.country, (got.code or got.country)[:3]
    return None


#: Groups that take the country of whoever leads them ('a coalition led by Saudi Arabia').
LED_GROUPS = frozenset({"coalition", "force", "alliance", "delegation", "mission", "team", "troop", "army",
                        "contingent", "bloc", "government", "militia", "operation", "campaign"})


def led_country(tok: Token, resolve: Resolver) -> tuple[str, str] | None:
    """The country of a group's leader named by its 'led by' participle ('a coalition led by Saudi
    Arabia', 'a delegation led by the Chinese foreign minister'), as a 'Saudi-led coalition' has it."""
    for c in kids(tok):
        if c.dep_ == "acl" and c.lemma_.lower() in ("lead", "head", "command"):
            for o in (o for g in kids(c) if g.dep_ == "agent" for o in kids(g) if o.dep_ == "pobj"):
                got = resolve(o)
                if got is not None and got.country and got.sector not in ("IGO", "NGO"):
                    return got.country, (got.code or got.country)[:3]
    return None


def affiliate_sector(head: str, own: str | None, body: str | None) -> str | None:
    """An affiliate's sector: armed men loyal to a government are its forces (MIL) and keep their own
    armed sector beside an opposition; only members or cadres of a government body are the government
    ('supporters of the government' rallying are civilians); other bodies pass their sector on."""
    if head in ARMED_AFFILIATES:
        return "MIL" if body in ("GOV", "MIL") else own if body == "OPP" else body
    if body in ("GOV", "MIL"):
        return body if head in ("member", "cadre") else own
    return body


def affiliation(tok: Token, resolve: Resolver) -> Actor | None:
    """The political body an affiliate head belongs to: 'activists from the opposition Umma party',
    'members of the Kenyan parliament', 'militants loyal to a Somali warlord'; None for any other."""
    preps = [c for c in kids(tok) if c.dep_ == "prep" and c.lower_ in ("of", "from")]
    preps += [p for c in kids(tok) if c.dep_ == "amod" and c.lemma_.lower() in ("loyal", "allied")
              for p in kids(c) if p.dep_ == "prep" and p.lower_ == "to"]
    for prep in preps:
        for obj in (o for o in kids(prep) if o.dep_ == "pobj"):
            ent = entity_of(obj)
            if ent is not None and ent.label_ in ("COUNTRY", "GPE", "CAPITAL", "LOC"):
                continue  # 'activists from Nairobi': where they are from, not a body they belong to
            got = resolve(obj)
            if got is not None and (got.sector in _AFFILIATION_SECTORS or
                                    (got.sector is None and got.name)):
                return got  # (an unknown named body too: 'members of the Green Dawn movement')
    return None


def state_of(tok: Token, base: ActorBase) -> Country | None:
    """The country a '<demonym> state' names ('a Palestinian state', 'an independent Kurdish state' is
    no country in the table and stays unresolved); not 'the Palestinian state media'."""
    if tok.lemma_.lower() != "state" or any(c.dep_ == "prep" for c in kids(tok)) or tok.dep_ == "compound":
        return None
    for c in kids(tok):
        if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "DEMONYM", "GPE"):
            return base.country_by_name(c.text)
    return None


#: Words that name a part of a group: 'some of', 'one third of', 'the majority of' the soldiers.
PARTITIVES = frozenset({"some", "many", "most", "several", "all", "none", "each", "few", "both", "one", "two",
                        "three", "third", "quarter", "half", "majority", "minority", "handful", "number"})


def partitive_whole(tok: Token) -> Token | None:
    """The group a partitive head takes part of ('some of the rebel commanders' -> commanders)."""
    if tok.lower_ not in PARTITIVES and not (tok.like_num and tok.dep_ in ("nsubj", "nsubjpass", "dobj")):
        return None
    for c in kids(tok):
        if c.dep_ == "prep" and c.lower_ == "of":
            objs = [o for o in kids(c) if o.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None

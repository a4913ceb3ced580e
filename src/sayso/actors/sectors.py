"""The sector (GOV, MIL, OPP ...) a noun phrase's role words give ('foreign minister', 'opposition leaders',
'a member of the parliament'), and the word lists role finding shares with country finding."""

from __future__ import annotations

from spacy.tokens import Token

from sayso.actors.base import ActorBase
from sayso.actors.groups import named_organization
from sayso.actors.mentions import np_tokens
from sayso.doccache import kids

#: Places and things attacked or acted on that stand for the country they are in ('a village in Cambodia').
PHYSICAL_TARGETS = {"village", "town", "city", "camp", "base", "position", "target", "area", "region", "border",
                    "district", "neighbourhood", "neighborhood", "home", "house", "office", "hospital", "school",
                    "market", "convoy", "embassy", "consulate", "airport", "port", "facility", "site", "plant",
                    "outpost", "checkpoint", "headquarters", "building", "bridge", "settlement", "territory",
                    "refinery", "reactor", "mine", "pipeline", "station", "ship", "vessel", "tanker", "centre",
                    "center", "mall", "church", "mosque", "synagogue", "temple", "factory", "warehouse", "hotel",
                    "stadium", "apartment", "depot", "barracks", "prison", "jail", "courthouse", "compound",
                    "dam", "airbase", "airfield", "tunnel", "airspace", "post", "block", "battery", "garrison",
                    "bunker", "installation", "radar", "warship", "shop", "store"}

#: Participles that name a thing's owner ('assets belonging to X', 'a tanker owned by X').
OWNING_VERBS = frozenset({"belong", "own", "operate", "run", "control"})


def is_physical(word: Token) -> bool:
    """Whether a word names a place or thing acted on (PHYSICAL_TARGETS), in the plural too: a proper
    name's lemma keeps its plural ('Esfahan Uranium Conversion Facilities')."""
    low = word.lemma_.lower()
    return low in PHYSICAL_TARGETS or (low.endswith("ies") and f"{low[:-3]}y" in PHYSICAL_TARGETS) or \
        (low.endswith("s") and low[:-1] in PHYSICAL_TARGETS)


#: Nouns for another party that a country's possessive or 'of' phrase names by its relation to the country
#: ("Israel's militia ally", "Iran's proxies", "Iraq's neighbours"), which it is not of.
OTHER_SIDE_NOUNS = frozenset({"ally", "partner", "friend", "proxy", "neighbour", "neighbor", "rival", "enemy",
                              "foe", "adversary", "backer", "sponsor", "patron", "client"})
#: Heads that say 'a person of some body' without saying which body: the modifier's role wins
#: ('opposition leaders' -> OPP, 'a police officer' -> COP, 'rebel commanders' -> REB).
GENERIC_HEADS = {"leader", "official", "officer", "spokesman", "spokeswoman", "spokesperson", "member",
                 "chief", "commander", "head", "representative", "source", "figure", "delegation", "envoy",
                 "activist", "supporter", "fighter", "unit", "group", "candidate",
                 # bodies of some kind: 'the opposition coalition', 'a rebel movement', 'militant factions'
                 "coalition", "alliance", "movement", "faction", "bloc", "front", "camp", "wing", "party",
                 "organisation", "organization", "network", "militia",
                 # groups sent somewhere: 'a brigade of Cuban doctors', 'a team of UN inspectors'
                 "brigade", "team", "contingent", "squad"}
#: Sectors a 'former' officeholder leaves for ELI ('the former president', 'a former army chief').
FORMER_SECTORS = {"GOV", "LEG", "JUD", "MIL", "COP"}


def role_of(tokens: list[Token], base: ActorBase) -> str | None:
    """The sector given by a role word in the phrase ('foreign minister', 'troops'), head first."""
    if not tokens:
        return None
    sector = _role_of(tokens, base)
    if sector in FORMER_SECTORS and any(t.lower_ in ("former", "ex") for t in tokens[:-1]):
        return "ELI"
    return sector


def _role_of(tokens: list[Token], base: ActorBase) -> str | None:
    """role_of without the 'former' rule."""
    head = tokens[-1]
    lemma = head.lemma_.lower()
    # a longer role is the most specific ('national security adviser', 'aid workers' NGO, 'police officer')
    three = base.role_sector(" ".join(t.lower_ for t in tokens[-3:])) if len(tokens) > 2 else None
    if three is not None:
        return three
    two = base.role_sector(f"{tokens[-2].lemma_.lower()} {lemma}") if len(tokens) > 1 else None
    if two is None and len(tokens) > 1:  # 'opposition lawmakers' is listed as written
        two = base.role_sector(f"{tokens[-2].lower_} {head.lower_}")
    if two is not None:
        return two
    if len(tokens) > 1 and (lemma in GENERIC_HEADS or lemma in PHYSICAL_TARGETS or lemma in OTHER_SIDE_NOUNS):
        # 'opposition leaders' -> OPP; 'a police station', 'an army base' -> the body the place belongs to;
        # "Israel's militia ally" -> the militia
        modifier = _first_role(tokens[:-1], base)
        if modifier is not None:
            return modifier
    own = base.role_sector(lemma) or base.role_sector(head.lower_)
    if own is None and lemma not in GENERIC_HEADS and head.pos_ == "NOUN":
        return None  # 'a new military operation' is not the military: only people and bodies have roles
    return own or _first_role(tokens, base)


def _first_role(tokens: list[Token], base: ActorBase) -> str | None:
    """The role of the right-most role word (two-word roles first)."""
    for t in reversed(tokens):
        prev = t.doc[t.i - 1] if t.i > 0 else None
        if prev is not None and prev in tokens:
            two = base.role_sector(f"{prev.lemma_.lower()} {t.lemma_.lower()}")
            if two:
                return two
        one = base.role_sector(t.lemma_.lower()) or base.role_sector(t.text.lower())
        if one:
            return one
    return None


def of_role(tok: Token, base: ActorBase) -> str | None:
    """The sector of the body a generic head belongs to: 'a member of the parliament', 'leaders of the
    opposition'."""
    for c in kids(tok):
        if c.dep_ == "prep" and (c.lower_ == "of" or (c.lower_ == "for" and tok.lemma_.lower() in SPEAKS_FOR)):
            for o in kids(c):
                if o.dep_ == "pobj":
                    # 'leaders of the Muslim Brotherhood' -> the organisation's sector, which beats a role word
                    # in its name ('the Syrian Democratic Forces' are REB, not MIL)
                    org = named_organization(o, base)
                    return org.sector if org is not None and org.sector else role_of(np_tokens(o), base)
    return None


#: People who speak or act for a body named by 'for' ('a spokesman for the army', 'a lawyer for the
#: opposition leader').
SPEAKS_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative", "envoy", "negotiator",
                        "lawyer", "adviser", "advisor", "official"})

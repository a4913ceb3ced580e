"""Protests and crowds: whom a protest with no named target is aimed at, when a crowd's assault is a riot,
and when a 'march' by armed men is no protest at all."""

from __future__ import annotations

from sayso.events.state import Resources, Sent
from sayso.events.targets import country_actor
from sayso.model import Actor


def own_government(sources: list[Actor], s: Sent, res: Resources) -> Actor | None:
    """The government of the one country the protesters are of, named by the demonym or country word in
    their mention ('Egyptian demonstrators'); None when they are of several or none, or non-civilians."""
    countries = {a.country for a in sources}
    if len(countries) != 1 or None in countries or any(a.sector not in PROTESTER_SECTORS for a in sources):
        return None
    c = res.actors.country(next(iter(countries)))
    first = sources[0]
    word = next((e for e in s.span.ents if e.start_char + s.off >= first.start and e.end_char + s.off <= first.end
                 and e.label_ in ("DEMONYM", "NORP", "COUNTRY", "GPE")), None)
    if c is None or word is None:
        return None
    return country_actor(c.iso3, c.cameo, c.name, (word.text, word.start_char + s.off, word.end_char + s.off), "GOV")


#: Protest verbs that are plain movements when armed forces do them ('troops marched', 'rebels rallied').
MOVEMENT_PROTESTS = frozenset({"march", "rally", "gather", "parade"})
ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "UAF", "COP"})

#: Assaults that a crowd of protesters commits as a riot ('stormed the parliament', 'pelted police with
#: stones'); burning or wrecking property stays its own code (1712), as CAMEO has it.
RIOT_ACTS = frozenset({"storm", "ransack", "besiege", "overrun", "raid", "invade", "attack", "pelt", "stone",
                       "break", "clash"})
#: Heads of a mention that name a crowd of protesters.
CROWD_HEADS = frozenset({"protester", "protestor", "demonstrator", "rioter", "mob", "crowd", "marcher",
                         "looter", "thousands", "hundreds", "dozens", "supporter"})


def is_crowd(a: Actor, s: Sent) -> bool:
    """A crowd of protesters or rioters ('thousands of rioters', 'angry demonstrators'), not armed men."""
    if a.sector not in ("CVL", "EDU", "LAB", "OPP"):
        return False
    words = {w.lemma_.lower() for w in s.tokens() if a.start <= w.idx + s.off < a.end}
    head = a.text.split()[-1].lower() if a.text.split() else ""
    return bool(words & CROWD_HEADS) or head in CROWD_HEADS


#: Who protests its own government: civilians, students, workers, the opposition, refugees.
PROTESTER_SECTORS = frozenset({"CVL", "EDU", "LAB", "OPP", "REF", "AGR", "HLH", "MED", "REL", "BUS"})

"""Deaths and damage with a natural or accidental cause: no political event.

'At least 30 people were killed in an earthquake', 'floods killed 40 villagers', 'a plane crash killed
12 soldiers', 'a landslide destroyed homes': nobody attacked anyone, so the codes of coercion and violence
(17-20) and the unidentified-armed-forces inference must not fire. sayso notes such triggers instead.
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.doccache import kids

#: Causes of death and damage that are no actor's act.
HAZARDS = frozenset({
    "earthquake", "quake", "tremor", "aftershock", "flood", "flooding", "deluge", "storm", "hurricane",
    "typhoon", "cyclone", "tornado", "landslide", "mudslide", "avalanche", "tsunami", "drought", "famine",
    "wildfire", "bushfire", "heatwave", "lightning", "eruption", "volcano", "blizzard", "monsoon", "rain",
    "rains", "snowstorm", "crash", "accident", "collision", "derailment", "stampede", "collapse", "sinking",
    "capsizing", "disease", "epidemic", "pandemic", "outbreak", "cholera", "ebola", "malaria", "measles",
    "virus", "coronavirus", "covid", "covid-19", "influenza", "flu", "dengue", "tuberculosis", "hunger",
    "malnutrition", "starvation", "heat", "cold", "exposure", "drowning", "blaze", "inferno", "floodwater",
    "floodwaters", "waves", "surge",
    # animals ('a lion killed a tourist')
    "lion", "lioness", "tiger", "leopard", "elephant", "crocodile", "alligator", "shark", "snake", "hippo",
    "hippopotamus", "bear", "buffalo", "wolf",
})

#: What makes an explosion, a fire or a strike an accident or a force of nature ('a gas explosion', 'a
#: lightning strike', 'a factory fire'); a bare 'explosion', 'blast' or 'fire' may be an attack ('Israeli fire').
ACCIDENT_MODIFIERS = frozenset({"gas", "boiler", "chemical", "industrial", "lightning", "electrical", "kitchen",
                                "factory", "forest", "house", "warehouse", "hospital", "brush", "grass",
                                "fuel", "tanker", "mining", "accidental"})
ACCIDENT_HEADS = frozenset({"explosion", "blast", "fire", "strike", "leak", "spill"})
#: Modifiers that make one of those heads no one's act (an accident's kind, or a hazard: 'a lightning strike').
ACCIDENT_CAUSES = ACCIDENT_MODIFIERS | HAZARDS


def natural_cause(tok: Token) -> Token | None:
    """The hazard that caused a violent trigger's harm, if one did: its subject ('floods killed'), its
    passive agent or the event it happened in ('killed in an earthquake', 'killed by the crash')."""
    causes = [c for c in kids(tok) if c.dep_ in ("nsubj", "csubj")]
    causes += [o for c in kids(tok) if c.dep_ == "agent" for o in kids(c) if o.dep_ == "pobj"]
    causes += [o for c in kids(tok) if c.dep_ == "prep" and c.lower_ in ("in", "by", "during", "from", "after")
               for o in kids(c) if o.dep_ == "pobj"]
    for c in causes:
        if c.lemma_.lower() in HAZARDS or c.lower_ in HAZARDS:
            return c
        if c.lemma_.lower() in ACCIDENT_HEADS and any(m.dep_ in ("compound", "amod") and
                                                      m.lemma_.lower() in ACCIDENT_CAUSES for m in kids(c)):
            return c
    return None

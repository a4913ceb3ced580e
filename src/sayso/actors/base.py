"""The offline actor base: countries, organizations, role words and officeholders, validated on load.

Four package files in ``sayso/data/`` (each may be extended or overridden by user files):

``countries.csv``  ``iso3,cameo,name,aliases,demonyms,capitals``
    every ISO 3166-1 country and territory plus Kosovo (XKX). ``cameo`` is the CAMEO country code
    (the ISO code except Romania ROM and Kosovo KSV). List fields are ``|``-separated. ``capitals``
    holds the capital and seats of power used as metonyms ("the Kremlin", "Downing Street").
``organizations.yaml``  a list of ``{id, name, aliases, code, country, sector, type, eras?}``
    IGOs, NGOs, armed groups, parties, state bodies and media. ``eras`` optionally lists
    ``{from: date, sector: XXX}``: the sector from that day on (the Taliban are GOV from 2021-08-15).
``roles.yaml``  a mapping ``SECTOR: [word, ...]``
    role words ("troops" MIL, "officials" GOV); matched by lowercase text or lemma.
``officeholders.csv``  ``actor_id,name,aliases,country,role,sector,start,end``
    one row per term. ``start`` is the first day in office; ``end`` is the day the term stopped
    (usually the successor's first day), inclusive: that day's events are still the officeholder's
    ('Mubarak stepped down on Friday'); empty while in office. ``country`` is empty for
    international officials (UN, NATO, EU).

Matching: surface forms are compared after collapsing whitespace and dropping a leading "the" and a
trailing possessive "'s". Forms written in capitals ("US", "IS", "WHO", "UN") match only as written,
so the pronoun "us" is not the United States; every other form ignores case. Some country names are
also ordinary words or given names (Chad, Jordan, Georgia, Turkey, Jersey, China): callers should
accept them only as proper-noun entities. An alias two organizations share ("RSF") is kept for both:
``organizations_named`` lists them and the resolver picks one by context; ``organization`` gives the later.

User files (``load_actor_base(extra=(...))``): a ``.csv`` is read as countries or officeholders by its
header; a ``.yaml`` holding a list is organizations, one holding a mapping is roles. A user entry with
the same iso3 / id / role word replaces the package entry; a user officeholder file replaces all the
package terms of every actor_id it mentions. Any malformed row raises DataFileError(path, line, ...).
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import importlib.resources
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from sayso.errors import DataFileError
from sayso.model import SECTORS

COUNTRY_COLUMNS: tuple[str, ...] = ("iso3", "cameo", "name", "aliases", "demonyms", "capitals")
TERM_COLUMNS: tuple[str, ...] = ("actor_id", "name", "aliases", "country", "role", "sector", "start", "end")
ORG_TYPES: tuple[str, ...] = ("igo", "ngo", "armed_group", "party", "media", "state")
LABELS: tuple[str, ...] = ("COUNTRY", "DEMONYM", "CAPITAL", "ORG_ACTOR", "PERSON_ACTOR")
PACKAGE_FILES: tuple[str, ...] = ("countries.csv", "organizations.yaml", "roles.yaml", "officeholders.csv")

_ISO3 = re.compile(r"^[A-Z]{3}$")
_ORG_CODE = re.compile(r"^[A-Z][A-Z0-9]{2,17}$")
_ACTOR_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_SPACES = re.compile(r"\s+")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


@dataclass(frozen=True, slots=True)
class Country:
    """A country or territory and the words that name it, its people and its seats of power."""

    iso3: str
    cameo: str
    name: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Organization:
    """A named organization; `country` is None for transnational bodies."""

    id: str
    name: str
    aliases: tuple[str, ...]
    code: str
    country: str | None
    sector: str
    type: str
    eras: tuple[tuple[date, str], ...] = ()

    def sector_on(self, on: date | None) -> str:
        """The sector on a date: the last era begun by then, else the base sector (also when on is None)."""
        sector = self.sector
        if on is not None:
            for start, era_sector in self.eras:
                if start <= on:
                    sector = era_sector
        return sector


@dataclass(frozen=True, slots=True)
class Role:
    """A role word ("troops", "prime minister") and the sector it implies."""

    word: str
    sector: str


@dataclass(frozen=True, slots=True)
class Term:
    """One term of office of a person: in force from `start` up to, not including, `end`."""

    actor_id: str
    name: str
    aliases: tuple[str, ...]
    country: str | None
    role: str
    sector: str
    start: date
    end: date | None

    def in_force(self, on: date) -> bool:
        """Whether the term covers the day `on`, both ends inclusive: on the day a leader resigns, the
        day's events are still the officeholder's ('Mubarak stepped down on Friday')."""
        return self.start <= on and (self.end is None or on <= self.end)


#: Lowercase name particles ('von der Leyen', 'de Mistura', 'bin Salman', 'al-Assad') that texts also
#: write capitalised, at a sentence start or by house style ('Von der Leyen', 'Al-Assad').
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "das",
                            "le", "la", "ter", "al", "el", "bin", "ibn", "bint", "ould", "ag"})
_HYPHEN_PARTICLES = ("al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-", "bin-", "ibn-")


def _is_particle(word: str) -> bool:
    """A name particle word, alone ('von') or hyphen-joined to the name ('al-Assad')."""
    low = word.lower()
    return low in NAME_PARTICLES or (low.startswith(_HYPHEN_PARTICLES) and len(low) > low.index("-") + 1)


def particle_variants(surface: str) -> tuple[str, ...]:
    """A name and its spellings with the particles capitalised or lowercased: 'von der Leyen' ->
    ('von der Leyen', 'Von der Leyen', 'Von Der Leyen'); 'Al-Shabaab' -> (..., 'al-Shabaab').

    The EntityRuler matches exact text (ORTH), so each written form needs its own pattern; lookups in
    the base ignore case anyway. Names without a particle come back alone; at most four forms."""
    words = surface.split(" ")
    marks = [_is_particle(w) for w in words]
    if not any(marks) or all(w.lower() in NAME_PARTICLES for w in words) or is_case_sensitive(surface):
        return (surface,)

    def cap(w: str) -> str:
        return w[:1].upper() + w[1:]

    def low(w: str) -> str:
        return w[:1].lower() + w[1:]

    lowered = [low(w) if m else w for w, m in zip(words, marks, strict=True)]
    raised = [cap(w) if m else w for w, m in zip(words, marks, strict=True)]
    first_up = [cap(lowered[0]), *lowered[1:]]
    out: dict[str, None] = {surface: None}
    for form in (lowered, first_up, raised):
        out.setdefault(" ".join(form), None)
    return tuple(out)


def is_case_sensitive(surface: str) -> bool:
    """Whether a surface form is written in capitals ("US", "U.S.", "WHO") and so must match as written."""
    letters = [c for c in _strip_article(surface) if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


#: How many answers ActorBase.role_sector keeps before it starts over.
ROLE_MEMO_SIZE = 65536


@functools.lru_cache(maxsize=65536)
def _strip_article(text: str) -> str:
    """Collapse whitespace, unify apostrophes, drop a leading "the" and a trailing "'s"."""
    text = _SPACES.sub(" ", text.translate(_QUOTES)).strip()
    if text[:4].lower() == "the " and len(text) > 4:
        text = text[4:]
    if text.endswith("'s") and len(text) > 2:
        text = text[:-2]
    return text


@functools.lru_cache(maxsize=65536)
def _key(text: str) -> str:
    """The case-insensitive lookup key of a surface form."""
    return _strip_article(text).casefold()


def _index_put(exact: dict[str, Any], folded: dict[str, Any], surface: str, value: Any) -> None:
    """Add a surface form to the exact-case index (capitals) or the case-folded one (the rest)."""
    if is_case_sensitive(surface):
        exact[_strip_article(surface)] = value
    else:
        folded[_key(surface)] = value


def _index_get(exact: Mapping[str, Any], folded: Mapping[str, Any], text: str) -> Any:
    """Look a text up: exact-case forms first, then case-folded ones."""
    hit = exact.get(_strip_article(text))
    return hit if hit is not None else folded.get(_key(text))


@dataclass(frozen=True, eq=False)
class ActorBase:
    """All actor data with lookups by surface form; build it with load_actor_base()."""

    countries: Mapping[str, Country]
    organizations: Mapping[str, Organization]
    roles: Mapping[str, Role]
    terms: tuple[Term, ...]
    _names: tuple[Mapping[str, Country], Mapping[str, Country]] = field(repr=False)
    _capitals: tuple[Mapping[str, Country], Mapping[str, Country]] = field(repr=False)
    _orgs: tuple[Mapping[str, Organization], Mapping[str, Organization]] = field(repr=False)
    _shared_orgs: tuple[Mapping[str, tuple[Organization, ...]], Mapping[str, tuple[Organization, ...]]] = \
        field(repr=False)
    _persons: tuple[Mapping[str, tuple[str, ...]], Mapping[str, tuple[str, ...]]] = field(repr=False)
    _terms_by_actor: Mapping[str, tuple[Term, ...]] = field(repr=False)
    #: role_sector's answers by word, filled as words are asked (the rules ask the same few words very often)
    _role_memo: dict[str, str | None] = field(default_factory=dict, init=False, repr=False)

    def country(self, iso3: str) -> Country | None:
        """The country with this ISO 3166 alpha-3 code."""
        return self.countries.get(iso3.upper())

    def country_by_name(self, text: str) -> Country | None:
        """The country a name, alias or demonym denotes ("U.S.", "the United States", "Russian")."""
        return _index_get(*self._names, text)

    def capital_country(self, text: str) -> Country | None:
        """The country whose capital or seat of power this is ("Washington", "the Kremlin")."""
        return _index_get(*self._capitals, text)

    def organization(self, text: str) -> Organization | None:
        """The organization a name or alias denotes ("Daesh" -> the Islamic State entry); for an alias two
        entries share ("RSF"), the later one (organizations_named gives them all, for the context to decide)."""
        return _index_get(*self._orgs, text)

    def organizations_named(self, text: str) -> tuple[Organization, ...]:
        """Every organization a name or alias may denote, in file order: more than one for a shared alias
        ("RSF": Reporters Without Borders, and Sudan's Rapid Support Forces), which the context decides."""
        found = _index_get(*self._shared_orgs, text)
        if found is not None:
            return found
        org = self.organization(text)
        return (org,) if org is not None else ()

    def role_sector(self, word: str) -> str | None:
        """The sector a role word or its lemma implies ("troops" -> MIL); tries a naive singular too."""
        memo = self._role_memo
        if word not in memo:
            if len(memo) >= ROLE_MEMO_SIZE:
                memo.clear()  # (a long run asks ever new phrases: the memo stays as small as _key's cache)
            memo[word] = self._role_sector(word)
        return memo[word]

    def _role_sector(self, word: str) -> str | None:
        """`role_sector` without the memo."""
        key = _key(word)
        singular = key[:-3] + "y" if key.endswith("ies") else key[:-1] if key.endswith("s") else ""
        for candidate in (key, singular, key[:-1] if key.endswith("ies") else ""):
            role = self.roles.get(candidate) if candidate else None
            if role is not None:
                return role.sector
        return None

    def terms_for(self, text: str) -> tuple[Term, ...]:
        """Every term of every person one of whose names matches the text, in file order."""
        actor_ids = _index_get(*self._persons, text) or ()
        return tuple(term for actor_id in actor_ids for term in self._terms_by_actor[actor_id])

    def officeholder(self, text: str, on: date | None, country: str | None = None) -> Term | None:
        """The term in force on `on` for the person named; if none, the latest ended term as a former one.

        Among terms in force, a non-ELI term wins over a candidacy, then the latest start. When no term
        is in force, the term that ended last before `on` is returned with sector "ELI" and role
        "former <role>" (Obama in 2020 -> former president, ELI). Undated (`on` None), the latest office
        held ('Libyan leader Muammar Gaddafi' is news for his rule, not his last weeks as ousted leader),
        else the latest term. `country` keeps the terms of that country when the name has any there
        ('King Abdullah of Jordan'). None when every term starts later or the name is unknown.
        """
        terms = self.terms_for(text)
        if country is not None and any(t.country == country for t in terms):
            terms = tuple(t for t in terms if t.country == country)
        if on is None:
            offices = [t for t in terms if t.sector != "ELI"]
            return max(offices, key=lambda t: t.start) if offices else (terms[-1] if terms else None)
        current = [t for t in terms if t.in_force(on)]
        if current:
            return max(current, key=lambda t: (t.sector != "ELI", t.start))
        ended = [t for t in terms if t.end is not None and t.end < on]
        if not ended:
            return None
        last = max(ended, key=lambda t: (t.end, t.start))
        return dataclasses.replace(last, sector="ELI", role=f"former {last.role}")

    def surface_forms(self) -> Iterator[tuple[str, str, str]]:
        """Every (surface, label, key) for an EntityRuler; key is an iso3, an org id or an actor id."""
        seen: set[tuple[str, str, str]] = set()
        for item in self._surface_forms_raw():
            if item not in seen:
                seen.add(item)
                yield item

    def _surface_forms_raw(self) -> Iterator[tuple[str, str, str]]:
        """The surface forms of every table, duplicates included."""
        for c in self.countries.values():
            for text in (c.name, *c.aliases):
                yield text, "COUNTRY", c.iso3
            for text in c.demonyms:
                yield text, "DEMONYM", c.iso3
            for text in c.capitals:
                yield text, "CAPITAL", c.iso3
        for org in self.organizations.values():
            for text in (org.name, *org.aliases):
                for variant in particle_variants(text):
                    yield variant, "ORG_ACTOR", org.id
        for actor_id, terms in self._terms_by_actor.items():
            for text in (terms[0].name, *terms[0].aliases):
                for variant in particle_variants(text):
                    yield variant, "PERSON_ACTOR", actor_id


# ----------------------------------------------------------------------------------------------
# reading and validating files


@dataclass(frozen=True, slots=True)
class _Located:
    """A parsed entry with the file and line it came from (for errors found after merging)."""

    value: Any
    path: str
    line: int


def _split(value: str) -> tuple[str, ...]:
    """A `|`-separated list, blanks dropped, case-insensitive duplicates dropped (first kept)."""
    out: dict[str, str] = {}
    for part in value.split("|"):
        part = part.strip()
        if part and part.casefold() not in out:
            out[part.casefold()] = part
    return tuple(out.values())


def _parse_date(value: Any, path: str, line: int, what: str) -> date:
    """An ISO date from a string or a YAML date, or a DataFileError."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise DataFileError(path, line, f"{what} {value!r} is not an ISO date (YYYY-MM-DD)") from None


def _check_sector(sector: Any, path: str, line: int) -> str:
    """A valid sector code, or a DataFileError naming the valid ones."""
    if sector not in SECTORS:
        raise DataFileError(path, line, f"sector {sector!r} is not one of {', '.join(SECTORS)}")
    return str(sector)


def _csv_rows(text: str, path: str) -> tuple[tuple[str, ...], list[tuple[int, list[str]]]]:
    """The header and the (line number, cells) of a CSV text; blank lines and '#' lines skipped."""
    header: tuple[str, ...] | None = None
    rows: list[tuple[int, list[str]]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        try:
            cells = next(csv.reader([raw]))
        except csv.Error as exc:
            raise DataFileError(path, number, f"bad CSV: {exc}") from None
        if header is None:
            header = tuple(cell.strip().lstrip("\ufeff") for cell in cells)
            continue
        if len(cells) != len(header):
            raise DataFileError(path, number, f"expected {len(header)} columns, found {len(cells)}")
        rows.append((number, [cell.strip() for cell in cells]))
    if header is None:
        raise DataFileError(path, None, "empty file: no header row")
    return header, rows


def _parse_countries(rows: list[tuple[int, list[str]]], path: str) -> list[_Located]:
    """Country rows, validated: 3-letter codes, a name, no duplicate iso3 in the file."""
    out: list[_Located] = []
    seen: dict[str, int] = {}
    for line, (iso3, cameo, name, aliases, demonyms, capitals) in rows:
        if not _ISO3.match(iso3):
            raise DataFileError(path, line, f"iso3 {iso3!r} must be three capital letters A-Z")
        if not _ISO3.match(cameo):
            raise DataFileError(path, line, f"cameo code {cameo!r} must be three capital letters A-Z")
        if not name:
            raise DataFileError(path, line, "empty country name")
        if iso3 in seen:
            raise DataFileError(path, line, f"duplicate iso3 {iso3} (first on line {seen[iso3]})")
        seen[iso3] = line
        country = Country(iso3, cameo, name, _split(aliases), _split(demonyms), _split(capitals))
        out.append(_Located(country, path, line))
    return out


def _parse_terms(rows: list[tuple[int, list[str]]], path: str) -> list[_Located]:
    """Officeholder rows, validated: id form, country form, sector, dates with start <= end."""
    out: list[_Located] = []
    names: dict[str, str] = {}
    for line, (actor_id, name, aliases, country, role, sector, start, end) in rows:
        if not _ACTOR_ID.match(actor_id):
            raise DataFileError(path, line, f"actor_id {actor_id!r} must be lowercase letters, digits, '-'")
        if not name or not role:
            raise DataFileError(path, line, "name and role must not be empty")
        if names.setdefault(actor_id, name) != name:
            raise DataFileError(path, line, f"{actor_id} is named {names[actor_id]!r} elsewhere: {name!r}")
        if country and not _ISO3.match(country):
            raise DataFileError(path, line, f"country {country!r} must be three capital letters or empty")
        first = _parse_date(start, path, line, "start")
        last = _parse_date(end, path, line, "end") if end else None
        if last is not None and last < first:
            raise DataFileError(path, line, f"end {last} is before start {first}")
        term = Term(actor_id, name, _split(aliases), country or None, role, _check_sector(sector, path, line),
                    first, last)
        out.append(_Located(term, path, line))
    return out


def _yaml_items(text: str, path: str) -> tuple[Any, list[int]]:
    """A YAML document and the line of each top-level item (list entries or mapping keys)."""
    try:
        data = yaml.safe_load(text)
        node = yaml.compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DataFileError(path, mark.line + 1 if mark else None, f"bad YAML: {exc}") from None
    if node is None:
        return data, []
    lines = [(item[0] if isinstance(item, tuple) else item).start_mark.line + 1 for item in node.value]
    return data, lines


def _str_list(value: Any, path: str, line: int, what: str) -> tuple[str, ...]:
    """A list of non-empty strings (None = empty), or a DataFileError."""
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataFileError(path, line, f"{what} must be a list of non-empty strings")
    return _split("|".join(value))


def _parse_organization(item: Any, path: str, line: int) -> Organization:
    """One organization entry, validated."""
    if not isinstance(item, dict):
        raise DataFileError(path, line, "an organization must be a mapping")
    missing = [k for k in ("id", "name", "code", "sector", "type") if not item.get(k)]
    if missing:
        raise DataFileError(path, line, f"missing {', '.join(missing)}")
    unknown = set(item) - {"id", "name", "aliases", "code", "country", "sector", "type", "eras"}
    if unknown:
        raise DataFileError(path, line, f"unknown field(s) {', '.join(sorted(unknown))}")
    country = item.get("country")
    if country is not None and not (isinstance(country, str) and _ISO3.match(country)):
        raise DataFileError(path, line, f"country {country!r} must be three capital letters or null")
    if not _ORG_CODE.match(str(item["code"])):
        raise DataFileError(path, line, f"code {item['code']!r} must be 3-18 capital letters or digits")
    if item["type"] not in ORG_TYPES:
        raise DataFileError(path, line, f"type {item['type']!r} is not one of {', '.join(ORG_TYPES)}")
    eras: list[tuple[date, str]] = []
    for era in item.get("eras") or []:
        if not isinstance(era, dict) or set(era) != {"from", "sector"}:
            raise DataFileError(path, line, "each era must be {from: YYYY-MM-DD, sector: XXX}")
        start = _parse_date(era["from"], path, line, "era start")
        eras.append((start, _check_sector(era["sector"], path, line)))
    return Organization(
        id=str(item["id"]), name=str(item["name"]).strip(),
        aliases=_str_list(item.get("aliases"), path, line, "aliases"), code=str(item["code"]),
        country=country, sector=_check_sector(item["sector"], path, line), type=str(item["type"]),
        eras=tuple(sorted(eras)),
    )


def _parse_organizations(data: Any, lines: list[int], path: str) -> list[_Located]:
    """An organizations list, validated: entries well formed, no duplicate id in the file."""
    out: list[_Located] = []
    seen: dict[str, int] = {}
    for item, line in zip(data, lines, strict=True):
        org = _parse_organization(item, path, line)
        if org.id in seen:
            raise DataFileError(path, line, f"duplicate id {org.id!r} (first on line {seen[org.id]})")
        seen[org.id] = line
        out.append(_Located(org, path, line))
    return out


def _parse_roles(data: Mapping[Any, Any], lines: list[int], path: str) -> list[_Located]:
    """A roles mapping SECTOR -> [word, ...], validated: sectors known, no word listed twice."""
    out: list[_Located] = []
    seen: dict[str, int] = {}
    for (sector, words), line in zip(data.items(), lines, strict=True):
        _check_sector(sector, path, line)
        for word in _str_list(words, path, line, f"the words of {sector}"):
            key = _key(word)
            if key in seen:
                raise DataFileError(path, line, f"role word {word!r} listed twice (also line {seen[key]})")
            seen[key] = line
            out.append(_Located(Role(key, str(sector)), path, line))
    return out


def _parse_file(text: str, path: str) -> tuple[str, list[_Located]]:
    """Parse one data file; return its kind (countries, terms, organizations, roles) and entries."""
    if path.lower().endswith(".csv"):
        header, rows = _csv_rows(text, path)
        if header == COUNTRY_COLUMNS:
            return "countries", _parse_countries(rows, path)
        if header == TERM_COLUMNS:
            return "terms", _parse_terms(rows, path)
        raise DataFileError(path, 1, f"unknown header; expected {','.join(COUNTRY_COLUMNS)} "
                                     f"or {','.join(TERM_COLUMNS)}")
    if path.lower().endswith((".yaml", ".yml")):
        data, lines = _yaml_items(text, path)
        if isinstance(data, list):
            return "organizations", _parse_organizations(data, lines, path)
        if isinstance(data, dict):
            return "roles", _parse_roles(data, lines, path)
        raise DataFileError(path, 1, "expected a list of organizations or a mapping of roles")
    raise DataFileError(path, None, "unknown file type: use .csv (countries, officeholders) or .yaml")


def _read_package(name: str) -> str:
    """The text of a package data file."""
    return (importlib.resources.files("sayso") / "data" / name).read_text(encoding="utf-8")


def _read_user(path: str) -> str:
    """The text of a user data file, or a DataFileError saying why it cannot be read."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(path, None, f"cannot read: {exc}") from None


# ----------------------------------------------------------------------------------------------
# merging and indexing


def _merge(sources: Iterable[list[_Located]], key: Any) -> dict[str, _Located]:
    """Merge entry lists in order; a later entry with the same key replaces (and moves after) the earlier."""
    merged: dict[str, _Located] = {}
    for entries in sources:
        for entry in entries:
            k = key(entry.value)
            merged.pop(k, None)
            merged[k] = entry
    return merged


def _merge_terms(sources: list[list[_Located]]) -> list[_Located]:
    """Merge officeholder files: a file that mentions an actor_id replaces all earlier terms of it."""
    merged: dict[str, list[_Located]] = {}
    for entries in sources:
        replaced: set[str] = set()
        for entry in entries:
            actor_id = entry.value.actor_id
            if actor_id not in replaced:
                merged.pop(actor_id, None)
                replaced.add(actor_id)
            merged.setdefault(actor_id, []).append(entry)
    return [entry for entries in merged.values() for entry in entries]


def _check_countries_exist(entries: Iterable[_Located], countries: Mapping[str, Country]) -> None:
    """Every country an organization or term names must be in the country table."""
    for entry in entries:
        code = entry.value.country
        if code is not None and code not in countries:
            raise DataFileError(entry.path, entry.line, f"unknown country {code!r}")


def _build(kinds: dict[str, list[list[_Located]]]) -> ActorBase:
    """Merge the parsed files (package first, then user files) into an indexed ActorBase."""
    countries = {k: e.value for k, e in _merge(kinds["countries"], lambda c: c.iso3).items()}
    org_entries = _merge(kinds["organizations"], lambda o: o.id)
    role_entries = _merge(kinds["roles"], lambda r: r.word)
    term_entries = _merge_terms(kinds["terms"])
    _check_countries_exist(org_entries.values(), countries)
    _check_countries_exist(term_entries, countries)
    names: tuple[dict[str, Country], dict[str, Country]] = ({}, {})
    capitals: tuple[dict[str, Country], dict[str, Country]] = ({}, {})
    for c in countries.values():
        for text in (*c.demonyms, c.name, *c.aliases):
            _index_put(*names, text, c)
        for text in c.capitals:
            _index_put(*capitals, text, c)
    orgs: tuple[dict[str, Organization], dict[str, Organization]] = ({}, {})
    claims: tuple[dict[str, tuple[Organization, ...]], dict[str, tuple[Organization, ...]]] = ({}, {})
    for entry in org_entries.values():
        for text in (entry.value.name, *entry.value.aliases):
            earlier = _index_get(*claims, text) or ()
            if entry.value not in earlier:
                _index_put(*claims, text, (*earlier, entry.value))
            _index_put(*orgs, text, entry.value)  # (a later entry claiming a form wins where no context decides)
    shared = tuple({k: v for k, v in index.items() if len(v) > 1} for index in claims)
    by_actor: dict[str, list[Term]] = {}
    persons: tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]] = ({}, {})
    for entry in term_entries:
        by_actor.setdefault(entry.value.actor_id, []).append(entry.value)
    for actor_id, terms in by_actor.items():
        for text in {t for term in terms for t in (term.name, *term.aliases)}:
            exact, folded = persons
            index, key = (exact, _strip_article(text)) if is_case_sensitive(text) else (folded, _key(text))
            if actor_id not in index.get(key, ()):
                index[key] = (*index.get(key, ()), actor_id)
    return ActorBase(
        countries=MappingProxyType(countries),
        organizations=MappingProxyType({k: e.value for k, e in org_entries.items()}),
        roles=MappingProxyType({k: e.value for k, e in role_entries.items()}),
        terms=tuple(e.value for e in term_entries),
        _names=(MappingProxyType(names[0]), MappingProxyType(names[1])),
        _capitals=(MappingProxyType(capitals[0]), MappingProxyType(capitals[1])),
        _orgs=(MappingProxyType(orgs[0]), MappingProxyType(orgs[1])),
        _shared_orgs=(MappingProxyType(shared[0]), MappingProxyType(shared[1])),
        _persons=(MappingProxyType(persons[0]), MappingProxyType(persons[1])),
        _terms_by_actor=MappingProxyType({k: tuple(v) for k, v in by_actor.items()}),
    )


@lru_cache(maxsize=8)
def load_actor_base(extra: tuple[str, ...] = ()) -> ActorBase:
    """Load and validate the package actor files plus user files `extra` (later entries override)."""
    kinds: dict[str, list[list[_Located]]] = {"countries": [], "organizations": [], "roles": [], "terms": []}
    for name in PACKAGE_FILES:
        kind, entries = _parse_file(_read_package(name), f"sayso/data/{name}")
        kinds[kind].append(entries)
    for path in extra:
        if str(path).lower().endswith(".txt"):  # a PETRARCH / TABARI actor dictionary
            from sayso.actors.petrarch import parse_petrarch_actors, to_actor_entries

            known = {e.value.iso3: e.value for entries in kinds["countries"] for e in entries}
            added = to_actor_entries(parse_petrarch_actors(_read_user(str(path)), str(path)), known)
            for kind, rows in (("countries", added.countries), ("organizations", added.organizations),
                               ("terms", added.terms)):
                kinds[kind].append([_Located(value, str(path), line) for value, line in rows])
            continue
        kind, entries = _parse_file(_read_user(str(path)), str(path))
        kinds[kind].append(entries)
    return _build(kinds)

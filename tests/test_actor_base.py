"""Tests for the offline actor base: package data, lookups, dated officeholders, user files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sayso.actors.base import (
    COUNTRY_COLUMNS,
    LABELS,
    TERM_COLUMNS,
    ActorBase,
    is_case_sensitive,
    load_actor_base,
)
from sayso.errors import DataFileError
from sayso.model import SECTORS


@pytest.fixture(scope="module")
def base() -> ActorBase:
    """The package actor base."""
    return load_actor_base()


def _write(tmp_path: Path, name: str, text: str) -> str:
    """Write a user data file and return its path as a string."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_all_iso_countries_present(base: ActorBase) -> None:
    assert len(base.countries) >= 249
    for iso3 in ("USA", "RUS", "PSE", "TWN", "XKX", "SSD", "CIV", "ATA", "VAT"):
        assert base.country(iso3) is not None
    assert base.country("XKX").cameo == "KSV"


@pytest.mark.parametrize(
    ("text", "iso3"),
    [("U.S.", "USA"), ("the United States", "USA"), ("American", "USA"), ("Americans", "USA"),
     ("Russian", "RUS"), ("Russia's", "RUS"), ("RUSSIA", "RUS"), ("Britain", "GBR"), ("Briton", "GBR"),
     ("DPRK", "PRK"), ("Côte d'Ivoire", "CIV"), ("Syrians", "SYR"), ("Palestinian", "PSE")],
)
def test_country_by_name(base: ActorBase, text: str, iso3: str) -> None:
    country = base.country_by_name(text)
    assert country is not None and country.iso3 == iso3


def test_capitalised_abbreviations_match_only_as_written(base: ActorBase) -> None:
    assert base.country_by_name("US").iso3 == "USA"
    assert base.country_by_name("us") is None
    assert is_case_sensitive("the U.S.") and not is_case_sensitive("Nato")


@pytest.mark.parametrize(("text", "iso3"), [("Washington", "USA"), ("the Kremlin", "RUS"), ("Kremlin", "RUS"),
                                           ("Downing Street", "GBR"), ("Kiev", "UKR")])
def test_capital_country(base: ActorBase, text: str, iso3: str) -> None:
    assert base.capital_country(text).iso3 == iso3


def test_organization_alias(base: ActorBase) -> None:
    org = base.organization("Daesh")
    assert org is not None and org.id == "isil" and org.sector == "REB" and org.country is None
    assert base.organization("the Houthis").country == "YEM"
    assert base.organization("Jabhat an-Nusra").id == base.organization("HTS").id


def test_organization_eras(base: ActorBase) -> None:
    taliban = base.organization("Taliban")
    assert taliban.sector_on(date(2015, 1, 1)) == "REB"
    assert taliban.sector_on(date(2022, 1, 1)) == "GOV"
    assert taliban.sector_on(None) == "REB"


def test_role_sector(base: ActorBase) -> None:
    assert base.role_sector("troops") == "MIL"
    assert base.role_sector("Prime Minister") == "GOV"
    assert base.role_sector("protesters") == "CVL"
    assert base.role_sector("teapot") is None
    assert all(role.sector in SECTORS for role in base.roles.values())


def test_officeholder_by_date(base: ActorBase) -> None:
    obama = base.officeholder("Obama", date(2016, 10, 27))
    assert (obama.country, obama.sector, obama.role) == ("USA", "GOV", "president")
    former = base.officeholder("Obama", date(2020, 6, 1))
    assert former.sector == "ELI" and former.role == "former president"
    candidate = base.officeholder("Trump", date(2016, 10, 1))
    assert candidate.sector == "ELI" and "candidate" in candidate.role
    president = base.officeholder("Donald Trump", date(2017, 3, 1))
    assert (president.country, president.sector) == ("USA", "GOV")
    putin = base.officeholder("Putin", date(2010, 6, 1))
    assert (putin.role, putin.sector) == ("prime minister", "GOV")
    assert base.officeholder("Trump", date(2010, 1, 1)) is None
    assert base.officeholder("Nobody Atall", date(2010, 1, 1)) is None


def test_shared_alias_is_decided_by_date(base: ActorBase) -> None:
    assert base.officeholder("Clinton", date(2000, 1, 1)).actor_id == "clinton-bill"
    assert base.officeholder("Clinton", date(2012, 1, 1)).actor_id == "clinton-hillary"
    assert {t.actor_id for t in base.terms_for("Sharif")} >= {"sharif-nawaz", "sharif-shehbaz"}


def test_surface_forms(base: ActorBase) -> None:
    forms = set(base.surface_forms())
    assert ("the Kremlin", "CAPITAL", "RUS") in forms
    assert ("Daesh", "ORG_ACTOR", "isil") in forms
    assert ("Putin", "PERSON_ACTOR", "putin-vladimir") in forms
    assert ("Russian", "DEMONYM", "RUS") in forms
    assert {label for _, label, _ in forms} == set(LABELS)


def test_package_terms_are_consistent(base: ActorBase) -> None:
    for term in base.terms:
        assert term.end is None or term.start <= term.end
        assert term.country is None or term.country in base.countries


def test_malformed_user_file_names_the_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "bad.csv", ",".join(COUNTRY_COLUMNS) + "\nFRA,FRA,France,,,\nfr,FRA,France2,,,\n")
    with pytest.raises(DataFileError) as info:
        load_actor_base((path,))
    assert info.value.line == 3 and "iso3" in str(info.value)


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        ("terms.csv", ",".join(TERM_COLUMNS) + "\nx-y,X Y,,USA,president,GOV,2010-01-01,2009-01-01\n", 2),
        ("terms.csv", ",".join(TERM_COLUMNS) + "\nx-y,X Y,,USA,president,XXX,2010-01-01,\n", 2),
        ("terms.csv", ",".join(TERM_COLUMNS) + "\nx-y,X Y,,USA,president,GOV,2010-13-01,\n", 2),
        ("terms.csv", ",".join(TERM_COLUMNS) + "\n\nx-y,X Y,,ZZZ,president,GOV,2010-01-01,\n", 3),
        ("orgs.yaml", "- {id: a, name: A, code: NGO, country: null, sector: NGO, type: ngo}\n"
                      "- {id: a, name: B, code: NGO, country: null, sector: NGO, type: ngo}\n", 2),
        ("orgs.yaml", "- {id: a, name: A, code: NGO, country: null, sector: NGO, type: club}\n", 1),
        ("roles.yaml", "MIL: [troops]\nFOO: [bar]\n", 2),
    ],
)
def test_validation_errors(tmp_path: Path, name: str, text: str, line: int) -> None:
    with pytest.raises(DataFileError) as info:
        load_actor_base((_write(tmp_path, name, text),))
    assert info.value.line == line


def test_user_files_override_and_extend(tmp_path: Path) -> None:
    countries = _write(tmp_path, "c.csv", ",".join(COUNTRY_COLUMNS) + "\nFRA,FRA,France,Gaul,Gallic,Paris\n")
    orgs = _write(tmp_path, "o.yaml", "- {id: isil, name: Islamic State, aliases: [Daesh], code: IMGISL,"
                                      " country: null, sector: REB, type: armed_group}\n")
    terms = _write(tmp_path, "t.csv", ",".join(TERM_COLUMNS) + "\nputin-vladimir,Vladimir Putin,Putin,RUS,"
                                      "tsar,GOV,2000-01-01,\n")
    roles = _write(tmp_path, "r.yaml", "REB: [troops]\n")
    base = load_actor_base((countries, orgs, terms, roles))
    assert base.country_by_name("Gaul").iso3 == "FRA"
    assert base.country_by_name("French") is None  # the user row replaced the package row
    assert base.organization("Daesh").sector == "REB"
    assert base.organization("ISIS") is None
    assert base.officeholder("Putin", date(2010, 1, 1)).role == "tsar"
    assert base.role_sector("troops") == "REB"
    assert load_actor_base().organization("Daesh").sector == "REB"  # the package base is untouched


def test_unknown_header_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(DataFileError):
        load_actor_base((_write(tmp_path, "x.csv", "a,b\n1,2\n"),))

"""Tests for PETRARCH / TABARI actor dictionaries as user actor files (invented names only)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sayso.actors.base import load_actor_base
from sayso.actors.petrarch import (
    PetrarchCode,
    code_sector,
    natural_name,
    parse_petrarch_actors,
    surface_names,
    to_actor_entries,
)
from sayso.errors import DataFileError

FIXTURE = Path(__file__).parent / "fixtures" / "petrarch_actors.txt"


@pytest.fixture(scope="module")
def entries():
    """The fixture dictionary, parsed."""
    return {e.name: e for e in parse_petrarch_actors(FIXTURE.read_text(encoding="utf-8"), str(FIXTURE))}


def test_parse_names_synonyms_and_comments(entries) -> None:
    assert list(entries) == ["VELDORIA", "KAVRANI_GUARD", "ZORVIC_COUNCIL", "TOMAS_BRELLIK", "ANSELM_QUORV",
                             "SILENT_WATCHER"]
    assert entries["VELDORIA"].synonyms == ("VELDORIAN", "PORT_ESKAR")
    assert entries["VELDORIA"].codes == (PetrarchCode("VLD"),)
    assert entries["VELDORIA"].line == 6
    assert entries["SILENT_WATCHER"].codes == (PetrarchCode(None),)  # a null code


def test_parse_dated_codes(entries) -> None:
    assert entries["TOMAS_BRELLIK"].codes == (
        PetrarchCode("VLDREB", None, date(2015, 2, 28)),  # '<20150301': up to the day before (ends inclusive)
        PetrarchCode("VLDGOV", date(2015, 3, 1), date(2019, 12, 31)),  # the range's last day is included
        PetrarchCode("VLDELI", date(2020, 1, 1), None),  # '>20191231': from the next day on
    )
    assert entries["ANSELM_QUORV"].codes[0] == PetrarchCode("VLDOPP")


def test_two_digit_years_and_alternatives() -> None:
    [entry] = parse_petrarch_actors("OLD_NAME\n  [ABCGOV < 950601]\n  [ABC/DEF]\n", "x.txt")
    assert entry.codes == (PetrarchCode("ABCGOV", None, date(1995, 5, 31)), PetrarchCode("ABC"), PetrarchCode("DEF"))


@pytest.mark.parametrize(("text", "line", "message"), [
    ("VELDORIA [VLD\n", 1, "unclosed"),
    ("VELDORIA [VLD 2015-01-01]\n", 1, "restriction"),
    ("# note\nVELDORIA [VLD]\n\t[VLDGOV 20150231-20160101]\n", 3, "bad date"),
    ("+SYNONYM\nVELDORIA [VLD]\n", 1, "before any actor"),
    ("VELDORIA [VLD]\nNAMELESS\n+OTHER\nKAVRANI [VLDMIL]\n", 2, "no .CODE. for"),
    ("VELDORIA [V~D]\n", 1, "bad code"),
    ("VELDORIA [VLDGOV 20200101-20190101]\n", 1, "ends before"),
])
def test_malformed_lines_raise_with_line_number(text: str, line: int, message: str) -> None:
    with pytest.raises(DataFileError, match=message) as err:
        parse_petrarch_actors(text, "bad.txt")
    assert err.value.line == line
    assert err.value.path == "bad.txt"


def test_natural_names() -> None:
    assert natural_name("BARACK_OBAMA") == "Barack Obama"
    assert natural_name("UN") == "UN"
    assert natural_name("THE_ZORVIC_COUNCIL") == "the Zorvic Council"
    assert natural_name("PRESIDENT_ALAN_B._KORVE_") == "President Alan B. Korve"
    assert natural_name("AL-KARIM_BRIGADE") == "Al-Karim Brigade"
    assert natural_name("UN_SECURITY_COUNCIL") == "UN Security Council"
    assert natural_name("SAM_VELLO") == "Sam Vello"


def test_surface_names_keep_the_written_form(entries) -> None:
    assert surface_names(entries["VELDORIA"]) == ("Veldoria", "VELDORIA", "Veldorian", "VELDORIAN",
                                                  "Port Eskar", "PORT ESKAR")


def test_code_sector() -> None:
    assert code_sector("USAGOV") == "GOV"
    assert code_sector("ABCHMSMIL") == "MIL"
    assert code_sector("IGOZRV") == "IGO"
    assert code_sector("VLD") is None


def test_conversion(entries) -> None:
    known = load_actor_base().countries
    got = to_actor_entries(list(entries.values()), known)
    [(vld, _line)] = got.countries
    assert (vld.iso3, vld.cameo, vld.name) == ("VLD", "VLD", "Veldoria")
    assert "Port Eskar" in vld.aliases
    orgs = {o.id: o for o, _ in got.organizations}
    assert set(orgs) == {"kavrani-guard", "zorvic-council"}
    assert (orgs["kavrani-guard"].country, orgs["kavrani-guard"].sector, orgs["kavrani-guard"].code) == \
        ("VLD", "MIL", "VLDMIL")
    assert orgs["zorvic-council"].country is None and orgs["zorvic-council"].type == "petrarch"
    quorv = [t for t, _ in got.terms if t.actor_id == "anselm-quorv"]
    # the undated code fills the time around the dated one
    assert [(t.sector, t.start, t.end) for t in quorv] == [
        ("OPP", date.min, date(2017, 12, 31)), ("GOV", date(2018, 1, 1), date(2018, 12, 31)),
        ("OPP", date(2019, 1, 1), None)]
    assert all(t.role == "office" and t.country == "VLD" for t, _ in got.terms)


def test_known_country_codes_extend_the_country() -> None:
    known = load_actor_base().countries
    got = to_actor_entries(parse_petrarch_actors("KORVANIA [ROM]\nKORVAN_GUARD [ROMMIL]\n", "x.txt"), known)
    [(rou, _)] = got.countries
    assert rou.iso3 == "ROU" and "Korvania" in rou.aliases  # CAMEO ROM is ISO ROU
    [(org, _)] = got.organizations
    assert (org.country, org.code) == ("ROU", "ROMMIL")


def test_load_actor_base_accepts_a_petrarch_file() -> None:
    base = load_actor_base((str(FIXTURE),))
    assert base.country("VLD") is not None
    assert base.country_by_name("Veldorian").iso3 == "VLD"
    assert base.organization("Zorvic Council").code == "IGOZRV"
    assert base.officeholder("Brellik", date(2017, 6, 1)).sector == "GOV"
    assert base.officeholder("TOMAS BRELLIK", date(2014, 6, 1)).sector == "REB"
    assert base.officeholder("Tomas Brellik", date(2015, 3, 1)).sector == "GOV"
    assert base.officeholder("Tomas Brellik", date(2019, 12, 31)).sector == "GOV"
    assert base.officeholder("Tomas Brellik", date(2020, 1, 1)).sector == "ELI"
    forms = {(s, label) for s, label, _key in base.surface_forms()}
    assert {("Tomas Brellik", "PERSON_ACTOR"), ("Kavrani Guard", "ORG_ACTOR"), ("Veldoria", "COUNTRY")} <= forms


def test_load_actor_base_reports_the_petrarch_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("VELDORIA [VLD]\n\n+VELDORIAN\n\t[VLDGOV >2015]\n", encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_actor_base((str(path),))
    assert err.value.line == 4


@pytest.mark.model
@pytest.mark.parametrize(("text", "day", "source", "target"), [
    ("Tomas Brellik criticized the Kavrani Guard on Monday.", "2017-05-02", "VLDGOV", "VLDMIL"),
    ("Brellik criticized the Kavrani Guard on Monday.", "2021-05-02", "VLDELI", "VLDMIL"),
    ("Veldoria accused the Zorvic Council of fraud.", "2017-05-02", "VLD", "IGOZRV"),
])
def test_code_with_a_petrarch_actor_file(text: str, day: str, source: str, target: str) -> None:
    from sayso.model import Article
    from sayso.pipeline import Config, code_one

    coded = code_one(Article(id="petrarch-test", text=text, date=day), Config(actor_files=(str(FIXTURE),)))
    pairs = {(e.source.code if e.source else None, e.target.code if e.target else None) for e in coded.events}
    assert (source, target) in pairs
    actor = next(e.source for e in coded.events if e.source and e.source.code == source)
    assert actor.country == "VLD"

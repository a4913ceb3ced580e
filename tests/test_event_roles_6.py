"""One act, one row, when harm is reported by the attack it happened in: 'six villagers were killed on Sunday
in an air strike by army jets' is the air strike, by the jets, on the six (not also a killing by an unknown
armed force); and a gerund after a preposition ('killed in shelling by Russian forces') is a nominal event
whose 'by' phrase names its doer. An act one is suspected, charged with or blamed for is the suspect's, and
not asserted; 'soldiers accused of torture' with no accuser is no accusation.

Every sentence is our own. Tests that parse text load the spaCy model (marked `model`)."""

from __future__ import annotations

import pytest

from actor_helpers import coded_on, events_on


def _rows(text: str, day: str = "2021-06-01") -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo_code, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events_on(text, day)]


@pytest.mark.model
@pytest.mark.parametrize(("text", "row"), [
    ("Six villagers were killed on Sunday in an air strike by Syrian army jets near Idlib.",
     ("195", "SYRMIL", "SYRCVL")),
    ("Five civilians were killed in shelling by Russian forces in Kharkiv.", ("194", "RUSMIL", "UKRCVL")),
    ("Twelve soldiers were killed in a suicide bombing claimed by al-Shabaab in Mogadishu.",
     ("1831", "SOMREBSHB", "SOMMIL")),
    ("Two policemen were wounded in a Taliban attack on a checkpoint in Kandahar.", ("190", "AFGREBTAL", "AFGCOP")),
    # a harm named by a noun with no doer of its own is the strike it happened in, too
    ("The killing of three aid workers in an air strike on Gaza drew condemnation.", ("195", None, "NGO")),
])
def test_harm_in_an_attack_is_that_attack(text: str, row: tuple[str, str, str]) -> None:
    rows = _rows(text)
    assert rows == [row]  # one row: no second one for the killing, none by unidentified forces
    assert any("happened in" in n for n in coded_on(text, "2021-06-01").notes)  # the merge is explained


@pytest.mark.model
def test_harm_with_its_own_doer_keeps_it() -> None:
    # the troops named by 'by' did the killing; the raid it happened during adds no second doer
    assert ("190", "ISRMIL", "PSEMED") in _rows("A journalist was killed by Israeli troops during a raid in Jenin.")


@pytest.mark.model
def test_a_gerund_after_a_preposition_is_a_nominal_event() -> None:
    rows = _rows("Kharkiv was hit again by shelling by Russian forces on Monday.")
    assert ("194", "RUSMIL", None) in rows
    assert not [r for r in rows if r[2] == "RUSMIL"]  # the forces shelled; they were not shelled


@pytest.mark.model
def test_a_gerund_with_an_object_stays_a_verb() -> None:
    # 'of shelling the plant': the gerund has its own object, so it is the verb's act, aimed at the plant's owner
    rows = _rows("Ukraine accused Russia of shelling the plant.")
    assert ("112", "UKR", "RUS") in rows and any(r[0] == "194" and r[1] == "RUS" for r in rows)


def _facts(text: str, day: str = "2021-06-01") -> list[tuple[str, str | None, str | None, str]]:
    return [(e.cameo_code, e.source.code if e.source else None, e.target.code if e.target else None,
             e.factuality) for e in events_on(text, day)]


@pytest.mark.model
@pytest.mark.parametrize(("text", "row"), [
    ("A Brazilian man suspected of killing two missionaries was arrested in Guyana.",
     ("190", "BRACVL", None, "uncertain")),
    ("The general was charged with ordering the massacre of villagers.", ("202", "MIL", "CVL", "uncertain")),
    ("The militia was blamed for shelling the market.", ("194", "MIL", None, "uncertain")),
])
def test_a_suspected_act_is_the_suspects_and_not_asserted(text: str, row: tuple) -> None:
    # before: 'killing' was asserted, by unidentified armed forces of Guyana
    rows = _facts(text)
    assert row in rows
    assert not [r for r in rows if r[0] == row[0] and r[3] == "asserted"]


@pytest.mark.model
def test_a_conviction_is_asserted() -> None:
    assert ("1822", "MIL", "CVL", "asserted") in _facts("The officer was convicted of torturing prisoners.")


@pytest.mark.model
def test_an_accusation_by_nobody_is_no_event() -> None:
    # 'soldiers accused of torturing prisoners' says who the soldiers are; the police detained them
    text = "Three soldiers accused of torturing prisoners were detained by military police."
    rows = _facts(text)
    assert not [r for r in rows if r[0].startswith("11")]
    assert ("173", "COP", "MIL", "asserted") in rows
    assert any("no accuser" in n for n in coded_on(text, "2021-06-01").notes)
    # an accusation with its accuser stays
    assert ("112", "UKR", "RUS", "asserted") in _facts("Ukraine accused Russia of shelling the plant.")


@pytest.mark.model
@pytest.mark.parametrize(("text", "row"), [
    ("Australia agreed on Wednesday to lead a regional force of police and troops into East Timor.",
     ("030", "AUS", "TLS")),
    ("Turkey sent troops into northern Syria on Wednesday.", ("154", "TUR", "SYR")),
])
def test_a_force_sent_into_a_country_is_aimed_at_it(text: str, row: tuple[str, str, str]) -> None:
    assert row in _rows(text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "code"), [
    ("Gunmen snatched two foreign engineers near Port Harcourt.", "181"),
    ("Police nabbed the suspected spy in Moscow.", "173"),
])
def test_people_named_by_their_trade_are_people(text: str, code: str) -> None:
    # acts done to people (lexicon field people_object) need the object to name people: engineers and spies do
    assert code in {r[0] for r in _rows(text)}


@pytest.mark.model
def test_a_unit_counts_what_it_is_made_of() -> None:
    # 'a battalion of peacekeepers' is peacekeepers: a pledge to send them is protection promised, not a threat
    rows = _rows("Nigeria pledged to send a battalion of peacekeepers into Liberia.")
    assert not [r for r in rows if r[0].startswith("13")]
    assert any(r[0].startswith("03") and r[1] == "NGA" for r in rows)
    assert ("070", "RUS", None) in _rows("Russia sent a convoy of aid trucks to the region.")


@pytest.mark.model
@pytest.mark.parametrize(("text", "row"), [
    ("The withdrawal of US forces from Syria began on Monday.", ("0874", "USAMIL", "SYR")),
    ("Iraq welcomed the withdrawal of Turkish troops from the north.", ("0874", "TURMIL", None)),
    ("The withdrawal of troops from the border by Russia was confirmed.", ("0874", "RUS", None)),
    # a light verb's subject did it, not the forces named after 'of'
    ("France sped up the withdrawal of some troops from Mali.", ("0874", "FRA", "MLI")),
])
def test_the_forces_withdrawn_act(text: str, row: tuple) -> None:
    assert row in _rows(text)


@pytest.mark.model
def test_a_withdrawal_from_an_unknown_place_is_not_made_domestic() -> None:
    rows = _rows("Iraq welcomed the withdrawal of Turkish troops from Bashiqa.")
    assert not [r for r in rows if r[0] == "0874" and r[2] == "TUR"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "row"), [
    ("The withdrawal of Russian troops from the city was completed.", ("0874", "RUSMIL", None)),
    ("Sanctions on Iran were imposed by the EU on Monday.", ("163", "IGOEEC", "IRN")),
])
def test_one_act_named_twice_is_one_row(text: str, row: tuple) -> None:
    # the passive light verb ('was completed') and the sourceless noun ('sanctions on Iran') add no second row
    rows = _rows(text)
    assert rows == [row], rows


@pytest.mark.model
def test_a_purpose_is_not_done_yet_and_keeps_its_code() -> None:
    rows = _facts("Rwanda began deploying 1,000 soldiers to Mozambique on Friday to help fight Islamist insurgents.")
    assert ("154", "RWA", "MOZ", "asserted") in rows
    fights = [r for r in rows if r[0] == "190"]
    assert fights and all(r[3] == "intended" for r in fights)  # the fighting is what they were sent for
    assert not [r for r in rows if r[0].startswith("03")]  # a purpose is no announced intent (03x)


@pytest.mark.model
def test_a_purpose_that_is_the_act_itself_is_one_row() -> None:
    # 'fired tear gas to disperse the protesters': the dispersal is the same act (175), not a second row
    assert [r[0] for r in _facts("Police fired tear gas to disperse the protesters.")] == ["175"]

"""Deaths and damage with a natural or accidental cause are no political event: no assault, and no
'unidentified armed forces' of the place. Attacks stay attacks.

Every sentence is our own. Tests that parse text load the spaCy model (marked `model`)."""

from __future__ import annotations

import pytest

import sayso
from actor_helpers import coded_on
from sayso.events.hazards import HAZARDS


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "At least 30 people were killed in an earthquake in eastern Peru on Monday.",
    "Floods killed 40 villagers in northern Bangladesh.",
    "A helicopter crash killed 12 soldiers in Colombia on Friday.",
    "Cholera has killed 300 people in Yemen this year.",
    "A landslide destroyed dozens of homes in Nepal.",
    "A gas explosion killed 14 people in an apartment block in Tehran.",
    "A lightning strike killed two farmers in northern Uganda.",
    "A lion killed a tourist in a game reserve in Kenya.",
    "A factory fire killed 20 workers in Dhaka.",
])
def test_a_natural_or_accidental_cause_is_no_assault(text: str) -> None:
    coded = coded_on(text, "2016-05-01")
    assert not [e for e in coded.events if e.cameo_root in ("18", "19", "20")]
    assert any("no actor's act" in n for n in coded.notes)  # noted, not silently dropped


@pytest.mark.model
@pytest.mark.parametrize(("text", "source"), [
    ("Rebels killed 12 soldiers in an ambush in Colombia.", "COLREB"),
    ("Two boys were killed by Israeli fire in Gaza.", "ISR"),  # gunfire is someone's act
    ("At least 30 people were killed by an air strike in Yemen.", "YEMUAF"),
    ("A blast at a crowded market in Baghdad killed 12 people.", "IRQUAF"),  # an explosion alone is no accident
    ("Russian air strikes killed nine civilians in Idlib.", "RUS"),
])
def test_attacks_stay_attacks(text: str, source: str) -> None:
    events = sayso.code_text(text, date="2016-05-01")
    assert source in {e.source.code for e in events if e.cameo_root in ("18", "19", "20") and e.source}


def test_gunfire_is_not_a_hazard() -> None:
    assert not {"fire", "gunfire", "shelling", "explosion", "blast"} & HAZARDS


@pytest.mark.model
@pytest.mark.parametrize(("text", "code"), [
    ("Customers withdrew 2 billion dollars from the troubled bank.", "0874"),
    ("The company captured 30 percent of the market last year.", "173"),
])
def test_an_amount_is_no_people(text: str, code: str) -> None:
    """An act done to people ('withdrew its troops', 'captured 40 soldiers') is none when its object is an
    amount of money or a share."""
    assert code not in {e.cameo_code for e in sayso.code_text(text, date="2016-05-01")}


@pytest.mark.model
@pytest.mark.parametrize(("text", "code"), [
    ("Russia withdrew 3,000 troops from the border.", "0874"),
    ("The rebels captured 40 soldiers near the border.", "173"),
])
def test_people_counted_still_are_people(text: str, code: str) -> None:
    assert code in {e.cameo_code for e in sayso.code_text(text, date="2016-05-01")}


@pytest.mark.model
def test_a_match_score_is_a_sports_result_not_an_attack() -> None:
    coded = coded_on("Germany destroyed Brazil 7-1 in the World Cup semi-final.", "2014-07-09")
    assert not [e for e in coded.events if e.cameo_root in ("17", "18", "19", "20")]
    assert any("sports result" in n for n in coded.notes)
    # numbers that are no score leave an attack alone
    events = sayso.code_text("Rebels killed 12 soldiers in a 2-hour battle near the border.", date="2014-07-09")
    assert any(e.cameo_code == "190" for e in events)

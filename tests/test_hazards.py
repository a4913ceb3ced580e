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
])
def test_a_natural_or_accidental_cause_is_no_assault(text: str) -> None:
    coded = coded_on(text, "2016-05-01")
    assert not [e for e in coded.events if e.cameo_root in ("18", "19", "20")]
    assert any("no actor's act" in n for n in coded.notes)  # noted, not silently dropped


@pytest.mark.model
@pytest.mark.parametrize(("text", "source"), [
    ("Rebels killed 12 soldiers in an ambush in Colombia.", "COLREB"),
    ("Two boys were killed by Israeli fire in Gaza.", "ISR"),  # gunfire is someone's act
    ("At least 30 people were killed in an air strike in Yemen.", "YEMUAF"),
])
def test_attacks_stay_attacks(text: str, source: str) -> None:
    events = sayso.code_text(text, date="2016-05-01")
    assert source in {e.source.code for e in events if e.cameo_root in ("18", "19", "20") and e.source}


def test_gunfire_is_not_a_hazard() -> None:
    assert not {"fire", "gunfire", "shelling", "explosion", "blast"} & HAZARDS

"""Triggers the session-8 probe of our own sentences found missing or miscoded: sinking a ship, military
aircraft entering another's airspace, weapons given 'with' the recipient as object, and weapons sent to a
border (a deployment, not arms given to anyone).

Every sentence is our own. Tests that parse text load the spaCy model (marked `model`)."""

from __future__ import annotations

import pytest

from actor_helpers import coded_triples


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("A Ukrainian drone sank a Russian warship.", ("190", "UKRMIL", "RUSMIL")),
    ("Chinese warplanes flew into Taiwan's air defence zone.", ("150", "CHNMIL", "TWN")),
    ("Russian jets violated Estonian airspace.", ("150", "RUSMIL", "EST")),
    ("The US provided Ukraine with air defence systems.", ("072", "USA", "UKR")),
    ("The UN provided refugees with food.", ("073", "IGOUNO", "REF")),
    ("Russia sent tanks to the border.", ("154", "RUS", None)),
    # weapons sent to a country are still arms aid
    ("Russia sent tanks to Syria.", ("072", "RUS", "SYR")),
])
def test_triggers_found_by_the_probe(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in coded_triples(text, "2023-04-01")


@pytest.mark.model
def test_a_ship_sinking_in_a_storm_is_no_event() -> None:
    assert coded_triples("The ferry sank after a storm.", "2023-04-01") == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "visit"), [
    # travel by officials and bodies is a visit; by refugees, reporters or civilians it is not
    ("The Iranian foreign minister arrived in Beijing on Monday.", ("042", "IRNGOV", "CHNGOV")),
    ("Pope Francis arrived in Iraq.", ("042", "VATREL", "IRQ")),
    ("A UN delegation travelled to Yemen.", ("042", "IGOUNO", "YEM")),
    ("Refugees arrived in Greece.", None),
    ("Journalists flew to Kabul.", None),
])
def test_only_officials_travelling_make_a_visit(text: str, visit: tuple[str, str, str] | None) -> None:
    triples = coded_triples(text, "2021-03-05")
    assert triples == ([visit] if visit else [])

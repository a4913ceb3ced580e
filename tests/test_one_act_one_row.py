"""One act, one row: a generic code gives way to a specific one of the same root for the same pair, and an
intent to meet stated by one side is that side's alone. A promise stays a speech act of its own, linked to
the act it promises, which keeps its own date and place.

Every sentence is our own. Tests that parse text load the spaCy model (marked `model`)."""

from __future__ import annotations

import pytest

import sayso
from sayso.model import Event


def _rows(text: str, day: str = "2015-06-01") -> set[tuple[str, str | None, str | None, str]]:
    def code(a):
        return a.code if a is not None else None
    return {(e.cameo_code, code(e.source), code(e.target), e.factuality)
            for e in sayso.code_text(text, date=day) if e.cameo_root == "03"}


def _events(text: str, day: str = "2015-06-01") -> list[Event]:
    return sayso.code_text(text, date=day)


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Norway promised to send emergency aid to Nepal next week.", "033", "NOR", "NPL"),
    ("Libya offered to hand over the two suspects to Britain.", "031", "LBY", "GBR"),
    ("Japan pledged to continue economic aid to Myanmar.", "033", "JPN", "MMR"),
])
def test_a_promise_is_the_speech_act_and_the_promised_act_keeps_its_row(text: str, code: str, source: str,
                                                                         target: str) -> None:
    # the promise (030, asserted, dated when it is made) and the act promised (03x, intended, with its own date)
    rows = _rows(text)
    assert ("030", source, target, "asserted") in rows and (code, source, target, "intended") in rows
    (intent,) = [e for e in _events(text) if e.cameo_code == code]
    assert intent.date.text == ("next week" if "next week" in text else None)


@pytest.mark.model
def test_a_promise_without_a_specific_content_stays_a_generic_intent() -> None:
    rows = _rows("Norway promised to act quickly.")
    assert ("030", "NOR", None, "asserted") in rows


@pytest.mark.model
def test_a_generic_code_gives_way_to_a_specific_one_for_the_same_pair() -> None:
    rows = _rows("Chile and Peru agreed to hold talks next month.")
    assert {r[0] for r in rows} == {"036"}  # the agreement to meet, not also a bare 030
    assert {(r[1], r[2]) for r in rows} == {("CHL", "PER"), ("PER", "CHL")}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Turkey offered to negotiate with the Greek government.",
    "The rebels said they would meet the UN envoy next week.",
])
def test_an_intent_to_meet_stated_by_one_side_is_that_sides_alone(text: str) -> None:
    meet = [e for e in _events(text) if e.cameo_code == "036"]
    assert len(meet) == 1
    assert meet[0].source.code in ("TUR", "REB")


@pytest.mark.model
def test_an_accepted_meeting_is_both_sides() -> None:
    meet = {(e.source.country, e.target.country) for e in _events("Chile agreed to meet Peruvian officials.")
            if e.cameo_code == "036"}
    assert meet == {("CHL", "PER"), ("PER", "CHL")}

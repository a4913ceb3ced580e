"""A concession answers the protests of the sentences just before it: 'Thousands marched on the palace.
On Sunday the president resigned.' is aimed at the protesters.

Every sentence is our own. Tests that parse text load the spaCy model (marked `model`)."""

from __future__ import annotations

import pytest

from actor_helpers import events_on as _events


def _concession_target(text: str) -> str | None:
    concession = next(e for e in _events(text, "2024-08-05") if e.cameo_code.startswith("08"))
    return concession.target.code if concession.target is not None else None


@pytest.mark.model
@pytest.mark.parametrize(("text", "target"), [
    ("Thousands of protesters marched on the presidential palace in Tbilisi on Saturday. On Sunday the "
     "president resigned.", "GEOCVL"),
    # a protest with no source: the civilians of the country it was aimed at
    ("Student protests against Bangladeshi Prime Minister Sheikh Hasina spread across the country in July. "
     "On Monday she resigned and fled to India.", "BGDCVL"),
])
def test_a_concession_answers_the_protests_just_before_it(text: str, target: str) -> None:
    assert _concession_target(text) == target


@pytest.mark.model
def test_a_concession_without_protests_has_no_target() -> None:
    assert _concession_target("The Georgian president resigned on Sunday.") is None


@pytest.mark.model
def test_protests_long_before_are_not_answered() -> None:
    text = ("Thousands of protesters marched in Tbilisi on Saturday. The police made no arrests. Shops reopened "
            "on Monday. Trains ran normally on Tuesday. On Wednesday the Georgian president resigned.")
    assert _concession_target(text) is None


@pytest.mark.model
def test_a_subjects_its_continues_the_last_subject() -> None:
    # 'its troops' are Chad's, the subject before, not Niger's, the last country named
    events = _events("Chad sent hundreds of soldiers into neighbouring Niger this month. On Sunday its troops began "
                     "joint patrols with Nigerien forces.", "2015-02-15")
    patrol = next(e for e in events if e.source is not None and e.source.text == "its troops")
    assert patrol.source.code == "TCDMIL"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The nurses' union demanded that the government pay them in US dollars.",
    "The union demanded that the government stop buying Chinese goods.",
])
def test_a_country_word_describing_a_thing_places_no_one(text: str) -> None:
    events = _events(text, "2020-07-13")
    assert all(a is None or a.country is None for e in events for a in (e.source, e.target))

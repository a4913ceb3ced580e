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

"""Two officials in one clause are two sides: an unnamed official does not take the country of the
counterpart it meets or summons, a title does not name the holder of another title, and two different
titles are never one actor.

Every sentence is our own. Tests that parse text load the spaCy model (marked `model`)."""

from __future__ import annotations

import pytest

from actor_helpers import actor_named as _actor
from actor_helpers import events_on as _events
from sayso.actors.coreference import different_titles
from sayso.model import Event


def _pairs(events: list[Event], trigger: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events if e.trigger.text == trigger}


@pytest.mark.parametrize(("a", "b", "differ"), [
    ("the minister", "Niger's ambassador", True),
    ("Secretary of State Jane Roe", "the president", True),
    ("Prime Minister John Doe", "the minister", False),
    ("President Obama", "the president", False),
    ("Cameron", "the president", False),  # no title: no evidence
    ("the official", "the ambassador", False),
])
def test_different_titles_name_different_people(a: str, b: str, differ: bool) -> None:
    assert different_titles(a, b) is differ


@pytest.mark.model
def test_a_summoned_ambassador_is_the_target_of_an_unnamed_minister() -> None:
    for text in ("The minister summoned Niger's ambassador on Monday.",
                 "The minister summoned the ambassador of Niger on Monday."):
        events = _events(text, "2012-03-01")
        assert _pairs(events, "summoned") == {("GOV", "NERGOV")}, text


@pytest.mark.model
def test_an_unnamed_official_does_not_take_its_counterparts_country() -> None:
    events = _events("The president of Niger met the minister on Friday.", "2012-03-01")
    minister = _actor(events, "the minister")
    assert (minister.country, minister.sector) == (None, "GOV")
    assert _pairs(events, "met") == {("NERGOV", "GOV"), ("GOV", "NERGOV")}


@pytest.mark.model
def test_an_unnamed_official_still_takes_the_one_country_of_its_sentence() -> None:
    # the opposition parties are no counterpart of the president: another sector
    events = _events("President Amadou Traore banned Malian opposition parties from the vote.", "2021-05-01")
    assert _actor(events, "President Amadou Traore").code == "MLIGOV"
    # coordinated officials are one side, not counterparts
    events = _events("Rebels freed the interior minister of Chad and two members of his cabinet.", "2012-03-01")
    assert _actor(events, "two members").code == "TCDGOV"


@pytest.mark.model
def test_a_definite_title_names_the_last_person_with_that_title() -> None:
    text = "President Obama met Prime Minister Cameron in London. The president said the talks were useful."
    said = next(e for e in _events(text, "2012-03-01") if e.trigger.text == "said")
    assert (said.source.text, said.source.code) == ("The president", "USAGOV")
    text = "President Obama met Prime Minister Cameron in London. The minister said the talks were useful."
    said = next(e for e in _events(text, "2012-03-01") if e.trigger.text == "said")
    assert said.source.code == "GBRGOV"

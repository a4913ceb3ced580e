"""Actor gaps found by our third gold set: a one-word alias that is also a role word ('Congress') owned
by another country or part of another name, and labour bodies named as congresses or federations.

Every sentence is our own. Tests that parse text load the spaCy model (marked `model`)."""

from __future__ import annotations

import pytest

from actor_helpers import actor_named as _actor
from actor_helpers import events_on as _events


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Rioters stormed Brazil's Congress on Sunday.", "Brazil's Congress", "BRALEG"),
    ("The Mexican Congress criticised the president.", "The Mexican Congress", "MEXLEG"),
    ("The Ghana Labour Congress threatened a nationwide strike.", "The Ghana Labour Congress", "GHALAB"),
    ("Congress criticised the president on Monday.", "Congress", "USALEG"),  # bare, it is still the US one
])
def test_congress_is_the_us_congress_only_when_nothing_else_owns_it(text: str, mention: str, code: str) -> None:
    assert _actor(_events(text, "2015-05-01"), mention).code == code


@pytest.mark.model
def test_a_body_of_a_region_is_of_the_regions_country() -> None:
    events = _events("The government of Kano state imposed a curfew on Monday.", "2015-05-01")
    assert _actor(events, "The government").code == "NGAGOV"


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Chechen rebels attacked a police post on Monday.", "Chechen rebels", "RUSREB"),
    ("Basque separatists bombed a police station.", "Basque separatists", "ESPREB"),
    ("Uighur activists protested in Istanbul.", "Uighur activists", "CHNCVL"),
    ("Abkhaz forces shelled a Georgian village.", "Abkhaz forces", "GEOMIL"),
])
def test_a_region_or_people_of_one_state_is_coded_as_that_state(text: str, mention: str, code: str) -> None:
    assert _actor(_events(text, "2005-05-01"), mention).code == code

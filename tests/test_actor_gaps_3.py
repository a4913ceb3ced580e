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

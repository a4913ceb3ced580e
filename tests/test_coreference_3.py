"""Coreference by description: 'the kingdom', 'the emirate' and 'the sultanate' name again only a
country that is one, not simply the latest country mentioned.

Every sentence is our own. Tests that parse text load the spaCy model (marked `model`)."""

from __future__ import annotations

import pytest

from actor_helpers import actor_named as _actor
from actor_helpers import events_on as _events


@pytest.mark.model
@pytest.mark.parametrize(("text", "country"), [
    # the latest country named is Israel, a republic: the kingdom is Morocco
    ("Washington said Morocco had agreed to establish relations with Israel. The kingdom also agreed to "
     "reopen its liaison office.", "MAR"),
    ("Egypt and Jordan should take in more refugees, the envoy said. The kingdom rejected the proposal.", "JOR"),
    ("Kuwait hosted talks between Iraq and Iran. The emirate pledged to fund the reconstruction.", "KWT"),
])
def test_a_kingdom_is_the_monarchy_named_before(text: str, country: str) -> None:
    assert _actor(_events(text, "2020-12-15"), "The kingdom" if "kingdom" in text else "The emirate").country \
        == country


@pytest.mark.model
def test_the_kingdom_names_no_republic() -> None:
    events = _events("France and Germany signed a treaty. The kingdom rejected it.", "2019-01-01")
    assert all(e.source is None or e.source.text != "The kingdom" or e.source.country is None for e in events)

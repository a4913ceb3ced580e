"""Codes that depend on more than the verb: a deadline to leave (expulsion or ultimatum), quitting an
international organisation, and what coordinated speakers announce about themselves.

Every sentence is our own. Tests that parse text load the spaCy model (marked `model`)."""

from __future__ import annotations

import pytest

from actor_helpers import coded_triples
from actor_helpers import events_on as _events


def _codes(text: str, day: str = "2016-05-01") -> list[tuple[str, str | None, str | None]]:
    return coded_triples(text, day)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # leaving the giver's own territory: an expulsion; of another state's officials, a diplomatic sanction
    ("Beijing gave three Wall Street Journal reporters five days to leave China.", ("174", "CHNGOV", "USAMED")),
    ("Algeria gave 12 staff members of the French embassy 48 hours to leave its territory.",
     ("161", "DZA", "FRAGOV")),
    # leaving a country that is not the giver's: an ultimatum
    ("The American president gave the Iraqi leader 48 hours to leave Iraq.", ("139", "USAGOV", "IRQGOV")),
])
def test_a_deadline_to_leave(text: str, expected: tuple) -> None:
    assert expected in _codes(text)


@pytest.mark.model
def test_a_deadline_without_leaving_is_no_expulsion() -> None:
    codes = _codes("The mediators gave the negotiators two more days.")
    assert not [c for c in codes if c[0][:2] in ("13", "16", "17")]


@pytest.mark.model
def test_quitting_an_international_organisation_cuts_ties() -> None:
    codes = _codes("Mali, Burkina Faso and Niger announced on Sunday that they were quitting ECOWAS.", "2024-01-28")
    assert {("160", c, "IGOWAS") for c in ("MLI", "BFA", "NER")} <= set(codes)
    # what the three announce of themselves accuses none of them
    assert not [c for c in codes if c[0].startswith("11")]
    # a person quitting is still a resignation
    assert [c[0] for c in _codes("The Malian prime minister quit on Monday.")] == ["0831"]


@pytest.mark.model
def test_leaders_of_an_organisation_take_its_sector() -> None:
    codes = _codes("Turkey pledged to expel the leaders of the Egyptian Muslim Brotherhood.", "2014-09-14")
    assert any(target == "EGYOPP" for _code, _source, target in codes)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Truck drivers blocked highways across Brazil on Wednesday.", ("144", "BRALAB", "BRAGOV")),
    ("The Philippine president scrapped peace negotiations with communist rebels on Saturday.",
     ("164", "PHLGOV", "REB")),
    ("Tamil Tiger rebels overran a Sri Lankan army base on Thursday.", ("190", "REB", "LKAMIL")),
    ("The Belgian government asked Rwandans for forgiveness on Friday.", ("055", "BELGOV", "RWA")),
    ("Saudi Arabia deposited 2 billion dollars in Yemen's central bank on Wednesday.", ("071", "SAU", "YEMGOV")),
])
def test_more_news_phrasings(text: str, expected: tuple) -> None:
    assert expected in _codes(text)


@pytest.mark.model
def test_overrunning_a_town_is_occupying_it() -> None:
    assert [c[0] for c in _codes("Rebels overran the town of Kidal in Mali.")] == ["192"]


@pytest.mark.model
def test_a_vow_of_revenge_is_a_threat() -> None:
    codes = _codes("The Pakistani Taliban vowed on Monday to take revenge on the United States.", "2011-05-03")
    assert any(code.startswith("13") and target == "USA" for code, _source, target in codes)


@pytest.mark.model
def test_calling_for_someone_to_act_is_an_appeal_not_the_act() -> None:
    events = _events("The Kenyan opposition called for the president to resign.", "2016-05-01")
    appeal = [e for e in events if e.cameo_code.startswith("02")]
    assert appeal and appeal[0].source.code == "KENOPP" and appeal[0].target.code == "KENGOV"
    # the resignation is what is asked for, not something the reporter says happened
    assert all(e.factuality == "demanded" for e in events if e.cameo_code.startswith("08"))
    # 'for X to V' after anything else is no fact either
    waited = _events("The president waited for the rebels to withdraw.", "2016-05-01")
    assert all(e.factuality != "asserted" for e in waited if e.cameo_code.startswith("087"))


@pytest.mark.model
def test_calls_from_a_group_to_act_are_its_appeal() -> None:
    codes = _codes("The Chilean government faced calls from students to cut tuition fees.")
    assert ("020", "EDU", "CHLGOV") in codes
    assert not [c for c in codes if c[0].startswith("04")]  # no phone call


@pytest.mark.model
def test_a_phone_call_is_a_consultation_not_an_appeal() -> None:
    codes = _codes("The Kenyan president made a phone call to the Turkish president on Monday.")
    assert ("041", "KENGOV", "TURGOV") in codes
    assert not [c for c in codes if c[0].startswith("02")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # the small model lemmatizes 'hopes' as 'hop': every 'hopes to' was read as a fact
    "Hamas hopes to meet Israeli officials next week.",
    "Putin is scheduled to meet Erdogan on Friday.",
    "China is due to impose tariffs on Canada.",
])
def test_an_act_hoped_for_or_scheduled_is_not_asserted(text: str) -> None:
    events = _events(text, "2016-05-01")
    assert events and all(e.factuality == "intended" for e in events)

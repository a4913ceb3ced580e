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


def _pairs_on(text: str, day: str, root: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in _events(text, day) if e.cameo_code.startswith(root)]


@pytest.mark.model
def test_they_after_a_coordination_is_each_of_them() -> None:
    text = ("German Chancellor Angela Merkel and French President Francois Hollande presented a peace plan in Kiev "
            "on Thursday. On Friday they held talks with Russian President Vladimir Putin in Moscow.")
    pairs = _pairs_on(text, "2015-02-06", "04")
    assert ("DEUGOV", "RUSGOV") in pairs and ("FRAGOV", "RUSGOV") in pairs
    assert ("DEUGOV", "FRAGOV") not in pairs  # they met Putin, not each other


@pytest.mark.model
def test_the_former_president_is_the_former_officeholder() -> None:
    text = ("Former US President Jimmy Carter arrived in Havana on Sunday, the first such visit since Fidel Castro "
            "came to power. On Monday the former president held talks with Castro.")
    assert ("USAELI", "CUBGOV") in _pairs_on(text, "2002-05-13", "04")


@pytest.mark.model
def test_an_object_him_is_not_the_subject_of_its_clause() -> None:
    text = ("Former US President Bill Clinton flew into Pyongyang on Tuesday. Kim Jong Il, the North's leader, "
            "hosted him for talks.")
    assert ("PRKGOV", "USAELI") in _pairs_on(text, "2009-08-04", "04")


@pytest.mark.model
def test_its_in_a_reported_clause_is_the_nearest_body() -> None:
    # 'its fighters' inside what the spokesman says are the SDF's, not the last main subject's (the US)
    text = ("The US State Department called on Turkey to respect the ceasefire. A spokesman for the Syrian "
            "Democratic Forces said that its fighters would defend the area.")
    events = _events(text, "2022-05-24")
    spokesman = next(e.source for e in events if e.source is not None and e.source.text == "A spokesman")
    assert spokesman.code.startswith("SYRREB")
    fighters = [e.source for e in events if e.source is not None and e.source.text == "its fighters"]
    assert fighters and all(a.code.startswith("SYRREB") for a in fighters)

"""Wire datelines: 'CITY, Month Day (Agency) -' is never an actor, and it says where an article was filed,
which is the country of the actors and events that the sentence leaves without one.

Every sentence is our own. Tests that parse text load the spaCy model (marked `model`)."""

from __future__ import annotations

import pytest

import sayso
from sayso.model import Event


def _events(text: str, day: str = "2011-03-01") -> list[Event]:
    return sayso.code_text(text, date=day)


@pytest.mark.model
@pytest.mark.parametrize(("text", "source"), [
    ("LAGOS, March 3 (Reuters) - Nigerian troops freed 40 hostages on Tuesday.", "Nigerian troops"),
    ("PALE, Bosnia, June 13 (Reuters) - Serb forces freed 40 hostages on Tuesday.", "Serb forces"),
    ("KABUL, Oct. 10 (AP) — Afghan police arrested two smugglers on Tuesday.", "Afghan police"),
])
def test_a_dated_dateline_is_not_part_of_the_subject(text: str, source: str) -> None:
    sources = {e.source.text for e in _events(text) if e.source is not None}
    assert sources == {source}


@pytest.mark.model
def test_a_dateline_gives_its_country_to_actors_the_sentence_leaves_without_one() -> None:
    events = _events("CAIRO, May 3 (Reuters) - Police arrested two activists on Tuesday.")
    (arrest,) = [e for e in events if e.cameo_code == "173"]
    assert arrest.source.code == "EGYCOP"
    assert arrest.place is not None and arrest.place.name == "Cairo"


@pytest.mark.model
def test_the_agency_in_brackets_is_not_part_of_the_city() -> None:
    # 'CAIRO (AP)' was read as a city 'Cairo Ap' that the gazetteer does not know
    events = _events("CAIRO (AP) — Police arrested two activists on Tuesday.")
    (arrest,) = [e for e in events if e.cameo_code == "173"]
    assert arrest.source.code == "EGYCOP" and arrest.place is not None and arrest.place.name == "Cairo"


@pytest.mark.model
def test_a_town_the_gazetteer_lacks_is_placed_by_its_region() -> None:
    events = _events("PALE, Bosnia, June 13 (Reuters) - Gunmen freed 40 hostages on Tuesday.")
    assert {e.place.country for e in events if e.place is not None} == {"BIH"}


@pytest.mark.model
def test_a_protest_without_a_target_is_aimed_at_the_datelines_government() -> None:
    events = _events("LIMA, Dec 20 (Reuters) - Thousands of protesters marched on the presidential palace.")
    (march,) = [e for e in events if e.cameo_root == "14"]
    assert (march.source.code, march.target.code, march.target.text) == ("PERCVL", "PERGOV", "LIMA")
    assert march.rule.endswith("+dateline-government-target")


@pytest.mark.model
def test_a_dateline_abroad_does_not_place_other_countries_events() -> None:
    events = _events("WASHINGTON (Reuters) - Russia attacked Ukraine on Monday.")
    (attack,) = [e for e in events if e.cameo_root == "19"]
    assert attack.place is None
    # nor does it give a country to a sentence that names one
    events = _events("WASHINGTON (Reuters) - Police in Kenya arrested two activists.")
    assert {e.source.code for e in events if e.cameo_code == "173"} == {"KENCOP"}


@pytest.mark.model
def test_a_three_letter_city_with_its_region_is_a_dateline() -> None:
    # 'JOS, Nigeria (AP) -': the parser made the dateline the subject and the authorities its apposition
    events = _events("JOS, Nigeria (AP) — Authorities in Plateau state imposed a curfew on the city on Saturday, "
                     "police said.", "2001-09-08")
    curfew = next(e for e in events if e.cameo_code.startswith("172"))
    assert curfew.source is not None and curfew.source.text == "Authorities" and curfew.source.code == "NGAGOV"
    # a bare abbreviation before a colon is no dateline
    (attack,) = _events("UN: Russia attacked Ukraine on Monday.", "2022-02-28")
    assert attack.source is not None and attack.source.code == "RUS"

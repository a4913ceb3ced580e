"""End to end: the date and place attached to coded events by sayso.code_text (loads the real model)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

import sayso
from sayso.model import Event

pytestmark = pytest.mark.model


@dataclass(frozen=True)
class Case:
    """One sentence, its publication date, the trigger to look for and the expected when and where."""

    text: str
    published: str | None
    trigger: str
    start: str | None
    end: str | None
    precision: str | None
    country: str | None
    city: str | None = None
    place_precision: str | None = None


CASES: dict[str, Case] = {
    "summit-in-china-early-september": Case(
        "Chinese and Russian envoys met at a summit in China in early September.", "2016-10-27", "met",
        "2016-09-01", "2016-09-10", "week", "CHN", None, "country"),
    "near-idlib-on-tuesday": Case(
        "Rebels shelled government positions near Idlib on Tuesday.", "2016-10-27", "shelled",
        "2016-10-25", "2016-10-25", "day", "SYR", "Idlib", "city"),
    "capital-yesterday": Case(
        "Police arrested dozens of protesters in Minsk yesterday.", "2021-03-17", "arrested",
        "2021-03-16", "2021-03-16", "day", "BLR", "Minsk", "city"),
    "future-talks-next-week": Case(
        "Russia and Ukraine will hold talks in Istanbul next week.", "2022-03-23", "hold",
        "2022-03-28", "2022-04-03", "week", "TUR", "Istanbul", "city"),
    "northern-syria-two-days-ago": Case(
        "Kurdish fighters captured a village in northern Syria two days ago.", "2015-06-08", "captured",
        "2015-06-06", "2015-06-06", "day", "SYR", None, "country"),
    "tripoli-lebanon-by-context": Case(
        "Lebanese troops clashed with gunmen in Tripoli on Wednesday.", "2019-09-20", "clashed",
        "2019-09-18", "2019-09-18", "day", "LBN", "Tripoli", "city"),
    "paris-on-12-september": Case(
        "French unions protested in Paris on 12 September.", "2016-10-27", "protested",
        "2016-09-12", "2016-09-12", "day", "FRA", "Paris", "city"),
    "earlier-this-month-no-place": Case(
        "The European Union imposed sanctions on Belarus earlier this month.", "2020-10-14", "imposed",
        "2020-10-01", "2020-10-14", "month", None),
    "no-date-expression-is-publication-day": Case(
        "Turkish police detained journalists in Ankara.", "2021-03-17", "detained",
        "2021-03-17", "2021-03-17", "day", "TUR", "Ankara", "city"),
    "within-seven-days-deadline": Case(
        "The rebels must withdraw from Aden within seven days, the coalition warned.", "2015-06-08", "withdraw",
        "2015-06-08", "2015-06-15", "day", "YEM", "Aden", "city"),
    "absolute-year": Case(
        "In 2014, government troops bombarded rebel districts in Homs.", "2016-05-01", "bombarded",
        "2014-01-01", "2014-12-31", "year", "SYR", "Homs", "city"),
    "article-without-date": Case(
        "Militants attacked a checkpoint near Kabul.", None, "attacked",
        None, None, None, "AFG", "Kabul", "city"),
}


def _event(text: str, published: str | None, trigger: str) -> Event:
    """Code a sentence and return the event anchored on the trigger word."""
    events = sayso.code_text(text, date=published)
    for ev in events:
        if trigger.lower() in ev.trigger.text.lower().split():
            return ev
    raise AssertionError(f"no event on {trigger!r}; coded {[e.trigger.text for e in events]}")


@pytest.mark.parametrize("case", [pytest.param(c, id=k) for k, c in CASES.items()])
def test_event_date_and_place(case: Case) -> None:
    """The event carries the expected date range and place."""
    ev = _event(case.text, case.published, case.trigger)
    if case.start is None:
        assert ev.date is None
    else:
        assert ev.date is not None
        assert (ev.date.start, ev.date.end, ev.date.precision) == (case.start, case.end, case.precision)
    if case.country is None:
        assert ev.place is None
    else:
        assert ev.place is not None
        assert ev.place.country == case.country
        assert ev.place.precision == case.place_precision
        if case.city is not None:
            assert ev.place.name == case.city


def test_date_expression_text_is_kept() -> None:
    """The date record keeps the expression it was resolved from."""
    ev = _event("Police arrested dozens of protesters in Minsk yesterday.", "2021-03-17", "arrested")
    assert ev.date is not None and ev.date.text == "yesterday"


def test_mislabelled_city_after_a_place_preposition_is_still_a_place() -> None:
    """The small model tags Aleppo as LANGUAGE; after 'in' it is still looked up as a place."""
    ev = _event("Government forces attacked rebel positions in Aleppo yesterday.", "2016-10-27", "attacked")
    assert ev.place is not None and ev.place.name == "Aleppo"


def test_crowd_named_by_a_number_is_an_actor() -> None:
    """'Thousands of students protested': the crowd is the source, and the protest has its place."""
    ev = _event("Thousands of students protested in Berlin on Friday.", "2019-09-20", "protested")
    assert ev.source is not None and ev.source.sector in ("EDU", "CVL")
    assert ev.place is not None and ev.place.country == "DEU"


@pytest.mark.parametrize(("text", "trigger", "city", "country"), [
    ("Rebel fighters stormed Mariupol at dawn.", "stormed", "Mariupol", "UKR"),
    ("The army began the siege of Homs in February.", "siege", "Homs", "SYR"),
    ("Government troops launched an offensive on Kandahar.", "launched", "Kandahār", "AFG"),
])
def test_the_place_an_event_is_done_to_is_its_place(text: str, trigger: str, city: str, country: str) -> None:
    """'stormed X', 'the siege of X', 'an offensive on X': X is where the event happens."""
    ev = _event(text, "2022-03-02", trigger)
    assert ev.place is not None and (ev.place.name, ev.place.country) == (city, country)


def test_raised_subject_of_a_passive_verb_is_the_actor() -> None:
    """'X and Y are expected to resume talks': X and Y are the parties, and the talks are ahead."""
    evs = sayso.code_text("India and Pakistan are expected to resume talks in Geneva next month.", date="2021-03-17")
    talks = [e for e in evs if e.trigger.text == "resume"]  # an expected meeting: CAMEO 036, intent to meet
    assert {(e.source.country, e.target.country, e.cameo_code) for e in talks} == {
        ("IND", "PAK", "036"), ("PAK", "IND", "036")}
    assert all(e.date.start == "2021-04-01" and e.place.country == "CHE" for e in talks)

"""Temporal expressions resolved against the publication date (sayso.dates)."""

from __future__ import annotations

import datetime as dt

import pytest

from sayso.dates import default_date, parse_published, resolve_date
from sayso.model import EventDate

OCT = dt.date(2016, 10, 27)  # a Thursday
MAR = dt.date(2021, 3, 17)  # a Wednesday

CASES: list[tuple[str, dt.date, bool, str, str, str]] = [
    # expression, published, future, start, end, precision
    ("yesterday", OCT, False, "2016-10-26", "2016-10-26", "day"),
    ("yesterday afternoon", MAR, False, "2021-03-16", "2021-03-16", "day"),
    ("last night", MAR, False, "2021-03-16", "2021-03-16", "day"),
    ("today", OCT, False, "2016-10-27", "2016-10-27", "day"),
    ("tonight", MAR, True, "2021-03-17", "2021-03-17", "day"),
    ("tomorrow", MAR, True, "2021-03-18", "2021-03-18", "day"),
    ("the day before yesterday", OCT, False, "2016-10-25", "2016-10-25", "day"),
    ("on Tuesday", OCT, False, "2016-10-25", "2016-10-25", "day"),
    ("on Tuesday", MAR, True, "2021-03-23", "2021-03-23", "day"),
    ("Monday", MAR, False, "2021-03-15", "2021-03-15", "day"),
    ("Thursday", OCT, False, "2016-10-27", "2016-10-27", "day"),  # same weekday: the publication day
    ("last Thursday", OCT, False, "2016-10-20", "2016-10-20", "day"),
    ("next Friday", MAR, False, "2021-03-19", "2021-03-19", "day"),
    ("late on Sunday", MAR, False, "2021-03-14", "2021-03-14", "day"),
    ("Saturday night", OCT, False, "2016-10-22", "2016-10-22", "day"),
    ("last week", OCT, False, "2016-10-17", "2016-10-23", "week"),
    ("this week", MAR, False, "2021-03-15", "2021-03-17", "week"),
    ("this week", MAR, True, "2021-03-15", "2021-03-21", "week"),
    ("next week", OCT, True, "2016-10-31", "2016-11-06", "week"),
    ("earlier this week", OCT, False, "2016-10-24", "2016-10-27", "week"),
    ("earlier this month", OCT, False, "2016-10-01", "2016-10-27", "month"),
    ("later this month", MAR, True, "2021-03-17", "2021-03-31", "month"),
    ("last month", MAR, False, "2021-02-01", "2021-02-28", "month"),
    ("next month", OCT, True, "2016-11-01", "2016-11-30", "month"),
    ("this month", OCT, False, "2016-10-01", "2016-10-27", "month"),
    ("last year", OCT, False, "2015-01-01", "2015-12-31", "year"),
    ("next year", MAR, True, "2022-01-01", "2022-12-31", "year"),
    ("earlier this year", MAR, False, "2021-01-01", "2021-03-17", "year"),
    ("in early September", OCT, False, "2016-09-01", "2016-09-10", "week"),
    ("mid-September", OCT, False, "2016-09-11", "2016-09-20", "week"),
    ("late September", OCT, False, "2016-09-21", "2016-09-30", "week"),
    ("late February", MAR, False, "2021-02-21", "2021-02-28", "week"),
    ("the end of January", MAR, False, "2021-01-21", "2021-01-31", "week"),
    ("early May", MAR, True, "2021-05-01", "2021-05-10", "week"),
    ("early May", MAR, False, "2020-05-01", "2020-05-10", "week"),
    ("September", OCT, False, "2016-09-01", "2016-09-30", "month"),
    ("in September", MAR, False, "2020-09-01", "2020-09-30", "month"),
    ("in September", MAR, True, "2021-09-01", "2021-09-30", "month"),
    ("in October", OCT, False, "2016-10-01", "2016-10-31", "month"),
    ("last December", MAR, False, "2020-12-01", "2020-12-31", "month"),
    ("June 2015", MAR, False, "2015-06-01", "2015-06-30", "month"),
    ("on 12 September", OCT, False, "2016-09-12", "2016-09-12", "day"),
    ("September 12", OCT, False, "2016-09-12", "2016-09-12", "day"),
    ("the 3rd of November", OCT, False, "2015-11-03", "2015-11-03", "day"),
    ("the 3rd of November", OCT, True, "2016-11-03", "2016-11-03", "day"),
    ("Sept. 12th", OCT, False, "2016-09-12", "2016-09-12", "day"),
    ("12 September 2015", OCT, False, "2015-09-12", "2015-09-12", "day"),
    ("March 4, 2019", MAR, False, "2019-03-04", "2019-03-04", "day"),
    ("on Friday, 5 March", MAR, False, "2021-03-05", "2021-03-05", "day"),
    ("2021-02-14", MAR, False, "2021-02-14", "2021-02-14", "day"),
    ("2014", OCT, False, "2014-01-01", "2014-12-31", "year"),
    ("in 2014", OCT, False, "2014-01-01", "2014-12-31", "year"),
    ("the 1990s", MAR, False, "1990-01-01", "1999-12-31", "year"),
    ("two days ago", OCT, False, "2016-10-25", "2016-10-25", "day"),
    ("10 days ago", MAR, False, "2021-03-07", "2021-03-07", "day"),
    ("three weeks ago", OCT, False, "2016-10-03", "2016-10-09", "week"),
    ("a month ago", MAR, False, "2021-02-01", "2021-02-28", "month"),
    ("two years ago", OCT, False, "2014-01-01", "2014-12-31", "year"),
    ("within seven days", OCT, True, "2016-10-27", "2016-11-03", "day"),
    ("within 48 hours", MAR, True, "2021-03-17", "2021-03-19", "day"),
    ("within a month", MAR, True, "2021-03-17", "2021-04-17", "day"),
    ("in the next two weeks", OCT, True, "2016-10-27", "2016-11-10", "day"),
    ("over the past three days", MAR, False, "2021-03-14", "2021-03-17", "day"),
    ("in two days", MAR, True, "2021-03-19", "2021-03-19", "day"),
    ("the weekend", MAR, False, "2021-03-13", "2021-03-14", "week"),
    ("this weekend", MAR, True, "2021-03-20", "2021-03-21", "week"),
    ("last weekend", OCT, False, "2016-10-22", "2016-10-23", "week"),
]


@pytest.mark.parametrize(("expression", "published", "future", "start", "end", "precision"), CASES)
def test_resolve_date(
    expression: str, published: dt.date, future: bool, start: str, end: str, precision: str
) -> None:
    assert resolve_date(expression, published, future=future) == EventDate(start, end, precision, expression)


@pytest.mark.parametrize(
    "expression",
    ["earlier", "recently", "Recently,", "the previous day", "soon", "", "   ", "blue", "Tuesday-ish"],
)
def test_unresolvable_expressions_give_none(expression: str) -> None:
    assert resolve_date(expression, OCT) is None


@pytest.mark.parametrize("expression", ["yesterday", "on Tuesday", "last week", "September", "two days ago"])
def test_relative_expressions_need_a_publication_date(expression: str) -> None:
    assert resolve_date(expression, None) is None


@pytest.mark.parametrize(
    ("expression", "start", "end", "precision"),
    [
        ("12 September 2015", "2015-09-12", "2015-09-12", "day"),
        ("2014", "2014-01-01", "2014-12-31", "year"),
        ("in early September 2015", "2015-09-01", "2015-09-10", "week"),
        ("September 2015", "2015-09-01", "2015-09-30", "month"),
    ],
)
def test_absolute_expressions_resolve_without_publication_date(
    expression: str, start: str, end: str, precision: str
) -> None:
    assert resolve_date(expression, None) == EventDate(start, end, precision, expression)


def test_impossible_day_gives_none() -> None:
    assert resolve_date("31 February 2016", OCT) is None


def test_leap_day_in_a_leap_year() -> None:
    assert resolve_date("February 29", dt.date(2016, 3, 1)) == EventDate(
        "2016-02-29", "2016-02-29", "day", "February 29"
    )


def test_default_date_is_the_publication_day() -> None:
    assert default_date(OCT) == EventDate("2016-10-27", "2016-10-27", "day", None)
    assert default_date(None) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2016-10-27", dt.date(2016, 10, 27)),
        ("2016-10-27T10:00:00Z", dt.date(2016, 10, 27)),
        ("2016-10-27 10:00:00+02:00", dt.date(2016, 10, 27)),
        ("27 October 2016", dt.date(2016, 10, 27)),
        ("October 27, 2016", dt.date(2016, 10, 27)),
        ("Thu, 27 Oct 2016 10:00:00 +0000", dt.date(2016, 10, 27)),
        ("20161027", dt.date(2016, 10, 27)),
        ("2016-13-45", None),
        ("2016", None),
        ("yesterday", None),
        ("not a date", None),
        ("", None),
    ],
)
def test_parse_published(value: str, expected: dt.date | None) -> None:
    assert parse_published(value) == expected

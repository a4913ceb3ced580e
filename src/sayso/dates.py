"""When: resolve a temporal expression ("on Tuesday", "in early September") against the publication date.

Our own rules, not dateparser (which misreads "early September" and bare durations). Every function is
pure: the anchor is always the publication date passed in, never the clock. Precision conventions:
`day` for a single day (and for deadlines such as "within seven days", whose end is known to the day),
`week` for a Monday-Sunday week, a weekend, or a third of a month ("early/mid/late September"),
`month` for a calendar month, `year` for a calendar year or a decade.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable
from email.utils import parsedate_to_datetime

from sayso.model import DatePrecision, EventDate

Date = dt.date

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}
NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "several": 3, "a few": 3, "few": 3, "a couple of": 2, "couple of": 2,
}
# Phrases that are temporal but carry no resolvable date: the caller falls back (e.g. to publication).
UNRESOLVABLE = frozenset({
    "earlier", "recently", "previously", "soon", "later", "now", "currently", "lately", "then",
    "at the time", "in the past", "in the future", "the previous day", "the day before", "the next day",
    "the following day", "the same day", "that day", "once", "before", "afterwards", "eventually",
})

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_RE = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_NUM_RE = r"\d+|" + "|".join(sorted((re.escape(k) for k in NUMBERS), key=len, reverse=True))
_UNIT_RE = r"(?P<unit>hour|day|week|fortnight|month|year)s?"
_YEAR_RE = r"(?P<year>1[89]\d\d|20\d\d)"
_PART_RE = (
    r"(?:\s+(?:morning|afternoon|evening|night|overnight))?"
)
_LEADING = re.compile(
    r"^(?:(?:on|in|at|during|by|since|from|until|till|over|of|around|about|as of|as early as|"
    r"early on|late on|earlier on|the)\s+)+"
)
_TRAILING = re.compile(r"(?:'s|’s|,|\.)+$")


def _iso(day: Date) -> str:
    """ISO yyyy-mm-dd text of a date."""
    return day.isoformat()


def _make(start: Date, end: Date, precision: DatePrecision, text: str) -> EventDate:
    """Build the record with ISO dates."""
    return EventDate(start=_iso(start), end=_iso(end), precision=precision, text=text)


def _month_end(year: int, month: int) -> Date:
    """The last day of a month."""
    return Date(year, month, calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """Shift a (year, month) pair by delta months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _week_of(day: Date) -> tuple[Date, Date]:
    """The Monday-Sunday week containing a day."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def _number(word: str) -> int | None:
    """An integer from digits or an English number word."""
    word = word.strip()
    if word.isdigit():
        return int(word)
    return NUMBERS.get(word)


def _normalize(expression: str) -> str:
    """Lower-case, unify apostrophes and spaces, drop leading prepositions and trailing punctuation."""
    text = expression.strip().lower().replace("’", "'").replace("\u2013", "-").replace("\u2014", "-")
    text = re.sub(r"\s+", " ", text)
    text = _TRAILING.sub("", text).strip()
    previous = None
    while previous != text:
        previous = text
        text = _LEADING.sub("", text).strip()
    return text


def _month_year(month: int, published: Date | None, future: bool, shift: str = "") -> int | None:
    """The year of a bare month: most recent not after publication, or next not before it when future."""
    if published is None:
        return None
    year = published.year
    if shift == "last":
        return year if month < published.month else year - 1
    if shift == "next":
        return year if month > published.month else year + 1
    if shift == "this":
        return year
    if future:
        return year if month >= published.month else year + 1
    return year if month <= published.month else year - 1


def _day_year(month: int, day: int, published: Date | None, future: bool) -> int | None:
    """The year of a day-and-month date, relative to publication the same way as a bare month."""
    if published is None:
        return None
    year = published.year
    try:
        candidate = Date(year, month, day)
    except ValueError:
        candidate = Date(year, month, 28)
    if future:
        return year if candidate >= published else year + 1
    return year if candidate <= published else year - 1


def _safe_date(year: int, month: int, day: int) -> Date | None:
    """A date, or None when the day does not exist in that month."""
    try:
        return Date(year, month, day)
    except ValueError:
        return None


# --- rules: each takes (normalized text, published, future, original text) and returns a record or None ---

Rule = Callable[[str, Date | None, bool, str], EventDate | None]


def _rule_iso(text: str, published: Date | None, future: bool, original: str) -> EventDate | None:
    """Absolute ISO dates: 2015-09-12, 2015-09."""
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:t.*)?", text)
    if m:
        day = _safe_date(int(m[1]), int(m[2]), int(m[3]))
        return _make(day, day, "day", original) if day else None
    m = re.fullmatch(r"(\d{4})-(\d{1,2})", text)
    if m and 1 <= int(m[2]) <= 12:
        year, month = int(m[1]), int(m[2])
        return _make(Date(year, month, 1), _month_end(year, month), "month", original)
    return None


def _rule_day_month(text: str, published: Date | None, future: bool, original: str) -> EventDate | None:
    """Day and month, optional year: 12 September, September 12th, the 12th of Sept., September 12, 2015."""
    day_re = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    month_re = rf"(?P<month>{_MONTH_RE})\.?"
    weekday_prefix = rf"(?:(?:{_WEEKDAY_RE}),?\s+)?"
    patterns = (
        rf"{weekday_prefix}{day_re}(?:\s+of)?\s+{month_re}(?:,?\s+{_YEAR_RE})?",
        rf"{weekday_prefix}{month_re}\s+{day_re}(?:,?\s+{_YEAR_RE})?",
    )
    for pattern in patterns:
        m = re.fullmatch(pattern + _PART_RE, text)
        if not m:
            continue
        month, day_number = MONTHS[m["month"]], int(m["day"])
        year = int(m["year"]) if m["year"] else _day_year(month, day_number, published, future)
        if year is None:
            return None
        day = _safe_date(year, month, day_number)
        return _make(day, day, "day", original) if day else None
    return None


def _rule_part_of_month(text: str, published: Date | None, future: bool, original: str) -> EventDate | None:
    """Early (1-10), mid (11-20) or late (21-end) month, optional year; precision week."""
    m = re.fullmatch(
        rf"(?P<part>early|mid|middle|late|end|the end|beginning|the beginning|start|the start)"
        rf"(?:\s*-\s*|\s+of\s+|\s+)(?P<month>{_MONTH_RE})\.?(?:,?\s+{_YEAR_RE})?",
        text,
    )
    if not m:
        return None
    month = MONTHS[m["month"]]
    year = int(m["year"]) if m["year"] else _month_year(month, published, future)
    if year is None:
        return None
    part = m["part"].removeprefix("the ")
    if part in {"early", "beginning", "start"}:
        start, end = Date(year, month, 1), Date(year, month, 10)
    elif part in {"mid", "middle"}:
        start, end = Date(year, month, 11), Date(year, month, 20)
    else:
        start, end = Date(year, month, 21), _month_end(year, month)
    return _make(start, end, "week", original)


def _rule_month(text: str, published: Date | None, future: bool, original: str) -> EventDate | None:
    """A month, optionally with year or last/this/next: September, last September, September 2015."""
    m = re.fullmatch(
        rf"(?:(?P<shift>last|this|next|early|late)\s+)?(?P<month>{_MONTH_RE})\.?(?:,?\s+{_YEAR_RE})?", text
    )
    if not m or m["shift"] in {"early", "late"}:
        return None  # "early September" is handled by _rule_part_of_month
    month = MONTHS[m["month"]]
    year = int(m["year"]) if m["year"] else _month_year(month, published, future, m["shift"] or "")
    if year is None:
        return None
    return _make(Date(year, month, 1), _month_end(year, month), "month", original)


def _rule_year(text: str, published: Date | None, future: bool, original: str) -> EventDate | None:
    """A year or decade: 2014, the year 2014, the 1990s, the early 2000s."""
    m = re.fullmatch(rf"(?:the\s+)?(?:year\s+)?{_YEAR_RE}", text)
    if m:
        year = int(m["year"])
        return _make(Date(year, 1, 1), Date(year, 12, 31), "year", original)
    m = re.fullmatch(r"(?:the\s+)?(?:(?P<part>early|mid|late)\s*-?\s*)?(?P<decade>1[89]\d0|20\d0)'?s", text)
    if m:
        first = int(m["decade"])
        start, end = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}.get(m["part"] or "", (0, 9))
        return _make(Date(first + start, 1, 1), Date(first + end, 12, 31), "year", original)
    return None


def _rule_named_day(text: str, published: Date | None, future: bool, original: str) -> EventDate | None:
    """Today, yesterday, tomorrow, tonight, last night, the day before yesterday."""
    if published is None:
        return None
    part = r"(?:\s+(?:morning|afternoon|evening|night))?"
    offsets = (
        (rf"(?:the\s+)?day\s+before\s+yesterday{part}", -2, -2),
        (rf"(?:the\s+)?day\s+after\s+tomorrow{part}", 2, 2),
        (rf"yesterday{part}|last\s+night|last\s+evening", -1, -1),
        (rf"today{part}|tonight|this\s+(?:morning|afternoon|evening)|earlier\s+today|later\s+today", 0, 0),
        (rf"tomorrow{part}", 1, 1),
        (r"overnight", -1, 0),
    )
    for pattern, first, last in offsets:
        if re.fullmatch(pattern, text):
            return _make(published + dt.timedelta(days=first), published + dt.timedelta(days=last), "day",
                         original)
    return None


def _rule_weekday(text: str, published: Date | None, future: bool, original: str) -> EventDate | None:
    """A weekday: the most recent one on or before publication, or the next one after it when future."""
    if published is None:
        return None
    m = re.fullmatch(
        rf"(?:(?P<shift>last|this|next|this past|this coming|past|coming|early|late)\s+)?"
        rf"(?P<weekday>{_WEEKDAY_RE})\.?(?:'s)?{_PART_RE}",
        text,
    )
    if not m:
        return None
    target = WEEKDAYS[m["weekday"]]
    shift = m["shift"] or ""
    back = (published.weekday() - target) % 7
    ahead = (target - published.weekday()) % 7 or 7
    if shift in {"last", "this past", "past"}:
        delta = -(back or 7)
    elif shift in {"next", "this coming", "coming"} or future:
        delta = ahead
    else:
        delta = -back
    day = published + dt.timedelta(days=delta)
    return _make(day, day, "day", original)


def _rule_period(text: str, published: Date | None, future: bool, original: str) -> EventDate | None:
    """This/last/next/earlier/later week, weekend, month or year."""
    if published is None:
        return None
    m = re.fullmatch(
        r"(?P<shift>this past|this coming|this|last|next|earlier this|later this|past|previous|coming|"
        r"(?:end|beginning|start) of (?:this|last|next|the))"
        r"\s+(?P<unit>week|weekend|month|year)",
        text,
    )
    if not m:
        return _weekend(0, published, future, original) if text == "weekend" else None
    return _period(m["shift"], m["unit"], published, future, original)


def _period(shift: str, unit: str, published: Date, future: bool, original: str) -> EventDate | None:
    """Resolve a shifted calendar period relative to publication."""
    shift = shift.removeprefix("the ")
    words = set(shift.split())
    offset = -1 if words & {"last", "past", "previous"} else 1 if words & {"next", "coming"} else 0
    if unit == "weekend":
        return _weekend(offset, published, future, original)
    if unit == "week":
        start, end = _week_of(published + dt.timedelta(weeks=offset))
        precision: DatePrecision = "week"
    elif unit == "month":
        year, month = _add_months(published.year, published.month, offset)
        start, end = Date(year, month, 1), _month_end(year, month)
        precision = "month"
    else:
        start, end = Date(published.year + offset, 1, 1), Date(published.year + offset, 12, 31)
        precision = "year"
    if shift.startswith("earlier"):
        end = published
    elif shift.startswith("later"):
        start = published
    elif shift.startswith(("end of", "beginning of", "start of")):
        part = max(1, ((end - start).days + 1) // 3)
        if shift.startswith("end of"):
            start = end - dt.timedelta(days=part - 1)
        else:
            end = start + dt.timedelta(days=part - 1)
        precision = {"week": "day", "month": "week", "year": "month"}[unit]
    elif offset == 0 and not future:
        end = min(end, published)
    return _make(start, end, precision, original)


def _weekend(offset: int, published: Date, future: bool, original: str) -> EventDate:
    """A Saturday-Sunday weekend: the one just past (or under way), or the coming one when future/next."""
    on_weekend = published.weekday() >= 5
    recent = published - dt.timedelta(days=(published.weekday() - 5) % 7)
    coming = published + dt.timedelta(days=(5 - published.weekday()) % 7)
    if offset < 0:
        saturday = recent - dt.timedelta(days=7) if on_weekend else recent
    elif offset > 0:
        saturday = coming + dt.timedelta(days=7) if published.weekday() == 5 else coming
    else:
        saturday = (recent if on_weekend else coming) if future else recent
    return _make(saturday, saturday + dt.timedelta(days=1), "week", original)


def _rule_ago(text: str, published: Date | None, future: bool, original: str) -> EventDate | None:
    """N units ago / N units earlier: a day, or the week, month or year that contains the point."""
    if published is None:
        return None
    m = re.fullmatch(rf"(?P<n>{_NUM_RE})\s+{_UNIT_RE}\s+(?:ago|earlier|before)", text)
    if not m:
        return None
    n = _number(m["n"])
    if n is None:
        return None
    unit = m["unit"]
    if unit == "hour":
        day = published - dt.timedelta(days=(n + 12) // 24)
        return _make(day, day, "day", original)
    if unit == "day":
        day = published - dt.timedelta(days=n)
        return _make(day, day, "day", original)
    if unit in {"week", "fortnight"}:
        start, end = _week_of(published - dt.timedelta(weeks=n * (2 if unit == "fortnight" else 1)))
        return _make(start, end, "week", original)
    if unit == "month":
        year, month = _add_months(published.year, published.month, -n)
        return _make(Date(year, month, 1), _month_end(year, month), "month", original)
    return _make(Date(published.year - n, 1, 1), Date(published.year - n, 12, 31), "year", original)


def _shift(published: Date, n: int, unit: str, sign: int) -> Date:
    """Publication date moved by n units (months clamp to the month end)."""
    if unit == "hour":
        return published + dt.timedelta(days=sign * ((n + 12) // 24))
    if unit == "day":
        return published + dt.timedelta(days=sign * n)
    if unit in {"week", "fortnight"}:
        return published + dt.timedelta(weeks=sign * n * (2 if unit == "fortnight" else 1))
    months = n * (12 if unit == "year" else 1)
    year, month = _add_months(published.year, published.month, sign * months)
    return Date(year, month, min(published.day, calendar.monthrange(year, month)[1]))


def _rule_span(text: str, published: Date | None, future: bool, original: str) -> EventDate | None:
    """Deadlines and stretches: within seven days, in the next two weeks, over the past 3 days, in 2 days."""
    if published is None:
        return None
    m = re.fullmatch(
        rf"(?P<kind>within|within the next|in the next|over the next|during the next|the next|next|"
        rf"over the past|in the past|during the past|the past|past|over the last|in the last|the last|last)"
        rf"\s+(?:(?P<n>{_NUM_RE})\s+)?{_UNIT_RE}",
        text,
    )
    if m:
        n = _number(m["n"]) if m["n"] else 1
        if n is None:
            return None
        if m["kind"] in {"next", "last", "the last"} and not m["n"]:
            return None  # "next week" / "the last year" are calendar periods, handled elsewhere
        if "past" in m["kind"] or "last" in m["kind"]:
            return _make(_shift(published, n, m["unit"], -1), published, "day", original)
        return _make(published, _shift(published, n, m["unit"], 1), "day", original)
    m = re.fullmatch(rf"(?P<n>{_NUM_RE})\s+{_UNIT_RE}\s+(?:from now|later|hence)", text)
    if m is None:
        m = re.fullmatch(rf"in\s+(?P<n>{_NUM_RE})\s+{_UNIT_RE}", text) if text.startswith("in ") else None
    if m:
        n = _number(m["n"])
        if n is None:
            return None
        day = _shift(published, n, m["unit"], 1)
        return _make(day, day, "day", original)
    return None


RULES: tuple[Rule, ...] = (
    _rule_iso, _rule_named_day, _rule_span, _rule_ago, _rule_period, _rule_part_of_month, _rule_day_month,
    _rule_weekday, _rule_month, _rule_year,
)


@functools.lru_cache(maxsize=4096)
def resolve_date(expression: str, published: Date | None, *, future: bool = False) -> EventDate | None:
    """Resolve a temporal expression against the publication date; None when it names no usable date.
    (Cached: an article asks for the same 'on Monday' once per event; the result is immutable.)"""
    if not expression or not expression.strip():
        return None
    raw = expression.strip().lower().replace("’", "'")
    if raw in UNRESOLVABLE or _TRAILING.sub("", raw) in UNRESOLVABLE:
        return None
    # "in two days" needs its "in": try the span rule on the text before prepositions are stripped.
    pre = re.sub(r"\s+", " ", _TRAILING.sub("", raw)).strip()
    if pre.startswith("in ") and (found := _rule_span(pre, published, future, expression)):
        return found
    text = _normalize(expression)
    if not text or text in UNRESOLVABLE:
        return None
    for rule in RULES:
        found = rule(text, published, future, expression)
        if found is not None:
            return found
    return None


def default_date(published: Date | None) -> EventDate | None:
    """The fallback when a sentence names no date: the publication day, or None when unknown."""
    if published is None:
        return None
    return EventDate(start=_iso(published), end=_iso(published), precision="day", text=None)


def parse_published(value: str | None) -> Date | None:
    """Tolerant publication-date parsing (ISO, ISO datetime, "27 October 2016", RFC 2822); None on failure."""
    if not value or not value.strip():
        return None
    text = value.strip()
    m = re.match(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])", text)
    if m:
        return _safe_date(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", text)
    if m:
        return _safe_date(int(m[1]), int(m[2]), int(m[3]))
    if re.fullmatch(r"\d{4}", text):
        return None  # a bare year is not a publication day
    found = resolve_date(text, None)
    if found is not None and found.precision == "day" and found.start:
        return Date.fromisoformat(found.start)
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None

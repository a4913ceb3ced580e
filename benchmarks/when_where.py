"""When-and-where accuracy: code a gold set of sentences and score each event's date and place.

Usage: python benchmarks/when_where.py [GOLD.jsonl] [--json] [--by-tag] [--model NAME]

Each gold line holds id, text, published, event_trigger, date_start, date_end (optional), date_precision,
place_country, place_city (and optional tags). The event scored is the one whose trigger matches event_trigger
(case-insensitive; a crude stem is enough: "attack" matches "attacked").
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sayso
from sayso.model import Article, Event
from sayso.places import normalize_name, resolve_place

DEFAULT_GOLD = Path(__file__).resolve().parent.parent / "examples" / "when-where-gold.jsonl"
SUFFIXES = ("ing", "ed", "es", "s", "e")
# Support verbs the coder may anchor a noun event on ("held talks", "launched an offensive").
LIGHT_VERBS = frozenset({
    "hold", "holds", "held", "holding", "launch", "launched", "launches", "resume", "resumed", "stage",
    "staged", "conduct", "conducted", "begin", "began", "start", "started", "open", "opened", "carry",
    "carried", "mount", "mounted", "make", "made",
})
LIGHT_VERB_GAP = 4  # at most this many words between the support verb and the gold noun


@dataclass(slots=True)
class Row:
    """One scored gold sentence: the expectation, the event found and what went wrong."""

    gold: dict[str, Any]
    event: Event | None
    triggers: list[str]
    via_light_verb: bool = False
    checks: dict[str, bool] = field(default_factory=dict)

    @property
    def failures(self) -> list[str]:
        """The names of the checks this row failed."""
        return [name for name, ok in self.checks.items() if not ok]


def stem(word: str) -> str:
    """A crude stem: lower-case, one common English suffix removed while at least three letters remain."""
    word = word.lower().strip(".,;:'\"")
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def find_event(events: Iterable[Event], trigger: str, text: str) -> tuple[Event | None, bool]:
    """The event whose trigger holds the gold word (exact, then by stem, then via a support verb before it)."""
    events = list(events)
    want = trigger.lower()
    for ev in events:
        if want in ev.trigger.text.lower().split():
            return ev, False
    root = stem(want)
    for ev in events:
        for word in ev.trigger.text.split():
            have = stem(word)
            if have.startswith(root) or (len(have) >= 3 and root.startswith(have)):
                return ev, False
    found = re.search(rf"\b{re.escape(want)}\b", text, flags=re.IGNORECASE)
    if found is None:
        return None, False
    for ev in events:
        if ev.trigger.text.lower() in LIGHT_VERBS and ev.trigger.end <= found.start():
            gap = text[ev.trigger.end:found.start()].split()
            if len(gap) <= LIGHT_VERB_GAP:
                return ev, True
    return None, False


def load_gold(path: Path) -> list[dict[str, Any]]:
    """Read the gold JSONL, skipping blank lines."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def same_city(got: str, expected: str, country: str | None) -> bool:
    """Whether the gazetteer name found matches the expected city (raw spelling or its canonical form)."""
    names = {normalize_name(expected)}
    canonical = resolve_place(expected, country_focus=country)
    if canonical is not None:
        names.add(normalize_name(canonical.name))
    return normalize_name(got) in names


def check(gold: dict[str, Any], ev: Event) -> dict[str, bool]:
    """Compare one event with its gold expectation; only the checks that apply are returned."""
    out: dict[str, bool] = {}
    date, place = ev.date, ev.place
    if gold.get("date_start"):
        out["date_day"] = date is not None and date.start == gold["date_start"]
        if gold.get("date_end"):
            out["date_end"] = date is not None and date.end == gold["date_end"]
        if gold.get("date_precision"):
            out["date_precision"] = date is not None and date.precision == gold["date_precision"]
    else:
        out["date_null"] = date is None or date.start is None
    if gold.get("place_country"):
        out["place_country"] = place is not None and place.country == gold["place_country"]
    else:
        out["place_null"] = place is None
    if gold.get("place_city"):
        out["place_city"] = (place is not None and place.precision == "city"
                             and same_city(place.name, gold["place_city"], gold.get("place_country")))
    elif gold.get("place_country"):
        out["place_not_city"] = place is None or place.precision != "city"
    return out


def score(gold_rows: list[dict[str, Any]], model: str | None = None) -> list[Row]:
    """Code every gold sentence in one batched stream and score the matching event."""
    articles = [Article(id=g["id"], text=g["text"], date=g.get("published")) for g in gold_rows]
    by_id = {g["id"]: g for g in gold_rows}
    rows: list[Row] = []
    for art, events in sayso.code_articles(articles, model=model, batch_size=64):
        gold = by_id[art.id]
        ev, via = find_event(events, gold["event_trigger"], art.text)
        row = Row(gold=gold, event=ev, triggers=[e.trigger.text for e in events], via_light_verb=via)
        row.checks = {"event_found": ev is not None} | (check(gold, ev) if ev is not None else {})
        rows.append(row)
    return rows


# metric name -> (check name, which gold rows it applies to)
METRICS: tuple[tuple[str, str, str], ...] = (
    ("date start, exact day", "date_day", "date_start"),
    ("date end, exact day", "date_end", "date_end"),
    ("date precision", "date_precision", "date_precision"),
    ("date correctly null", "date_null", "!date_start"),
    ("place country", "place_country", "place_country"),
    ("place city", "place_city", "place_city"),
    ("place not a city (country/region)", "place_not_city", "place_country&!place_city"),
    ("place correctly null", "place_null", "!place_country"),
)


def _applies(gold: dict[str, Any], rule: str) -> bool:
    """Whether a metric applies to a gold row: 'key', '!key', or two such joined by '&'."""
    return all(bool(gold.get(part[1:])) is False if part.startswith("!") else bool(gold.get(part))
               for part in rule.split("&"))


def summarize(rows: list[Row]) -> dict[str, Any]:
    """Counts and accuracies: over the rows whose event was found, and over every applicable row."""
    found = [r for r in rows if r.event is not None]
    out: dict[str, Any] = {
        "sentences": len(rows),
        "events_found": len(found),
        "events_found_rate": round(len(found) / len(rows), 3) if rows else 0.0,
        "found_via_light_verb": sum(1 for r in rows if r.via_light_verb),
        "sentences_with_any_event": sum(1 for r in rows if r.triggers),
        "metrics": {},
    }
    for label, name, rule in METRICS:
        applicable = [r for r in rows if _applies(r.gold, rule)]
        scored = [r for r in applicable if r.event is not None]
        correct = sum(1 for r in scored if r.checks.get(name))
        out["metrics"][name] = {
            "label": label,
            "correct": correct,
            "found": len(scored),
            "all": len(applicable),
            "acc_found": round(correct / len(scored), 3) if scored else None,
            "acc_all": round(correct / len(applicable), 3) if applicable else None,
        }
    return out


def by_tag(rows: list[Row]) -> dict[str, dict[str, int]]:
    """Per gold tag: how many rows carry it and how many of them fail any check."""
    table: dict[str, dict[str, int]] = {}
    for r in rows:
        for tag in r.gold.get("tags", []):
            entry = table.setdefault(tag, {"rows": 0, "failed": 0})
            entry["rows"] += 1
            entry["failed"] += bool(r.failures)
    return dict(sorted(table.items()))


def _fmt_date(ev: Event | None) -> str:
    """A short text of an event's date."""
    if ev is None or ev.date is None:
        return "None"
    return f"{ev.date.start}..{ev.date.end} ({ev.date.precision}, text={ev.date.text!r})"


def _fmt_place(ev: Event | None) -> str:
    """A short text of an event's place."""
    if ev is None or ev.place is None:
        return "None"
    return f"{ev.place.name} / {ev.place.country} ({ev.place.precision})"


def failure_record(r: Row) -> dict[str, Any]:
    """A failure as a plain dict (sentence, expected, got) for --json."""
    g = r.gold
    return {
        "id": g["id"], "text": g["text"], "published": g.get("published"), "failed": r.failures,
        "expected": {"trigger": g["event_trigger"], "date_start": g.get("date_start"), "date_end": g.get("date_end"),
                     "date_precision": g.get("date_precision"), "place_country": g.get("place_country"),
                     "place_city": g.get("place_city")},
        "got": None if r.event is None else {"trigger": r.event.trigger.text, "date": _fmt_date(r.event),
                                             "place": _fmt_place(r.event)},
        "triggers_coded": r.triggers,
    }


def _pct(value: float | None) -> str:
    """A percentage cell, or a dash."""
    return "-" if value is None else f"{100 * value:5.1f}%"


def print_report(summary: dict[str, Any], rows: list[Row], seconds: float, tags: bool) -> None:
    """Print the metric table, optionally the per-tag table, then every failure."""
    print(f"gold sentences: {summary['sentences']}   events found (trigger matched): {summary['events_found']}"
          f" ({_pct(summary['events_found_rate']).strip()}; {summary['found_via_light_verb']} via a support verb"
          f" such as 'held talks')   sentences with any event: "
          f"{summary['sentences_with_any_event']}   time: {seconds:.1f}s\n")
    print(f"{'metric':36} {'correct':>7} {'found':>6} {'acc(found)':>10} {'all':>5} {'acc(all)':>9}")
    for m in summary["metrics"].values():
        print(f"{m['label']:36} {m['correct']:>7} {m['found']:>6} {_pct(m['acc_found']):>10} {m['all']:>5} "
              f"{_pct(m['acc_all']):>9}")
    if tags:
        print(f"\n{'tag':32} {'rows':>5} {'failed':>7}")
        for tag, entry in by_tag(rows).items():
            print(f"{tag:32} {entry['rows']:>5} {entry['failed']:>7}")
    failed = [r for r in rows if r.failures]
    print(f"\nfailures: {len(failed)}")
    for r in failed:
        g = r.gold
        print(f"\n[{g['id']}] {g['text']}  (published {g.get('published')})")
        print(f"  failed:   {', '.join(r.failures)}")
        print(f"  expected: trigger={g['event_trigger']!r} date={g.get('date_start')}..{g.get('date_end')} "
              f"({g.get('date_precision')}) "
              f"place={g.get('place_city')} / {g.get('place_country')}")
        if r.event is None:
            print(f"  got:      no matching event; triggers coded: {r.triggers}")
        else:
            via = " (via support verb)" if r.via_light_verb else ""
            print(f"  got:      trigger={r.event.trigger.text!r}{via} date={_fmt_date(r.event)} "
                  f"place={_fmt_place(r.event)}")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark from the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD, help="gold JSONL file")
    parser.add_argument("--json", action="store_true", help="print the summary and failures as JSON")
    parser.add_argument("--by-tag", action="store_true", help="also print failures counted per gold tag")
    parser.add_argument("--model", default=None, help="spaCy model name (default: sayso's)")
    args = parser.parse_args(argv)
    gold_rows = load_gold(args.gold)
    started = time.perf_counter()
    rows = score(gold_rows, model=args.model)
    seconds = time.perf_counter() - started
    summary = summarize(rows)
    if args.json:
        summary |= {"gold": str(args.gold), "seconds": round(seconds, 2), "by_tag": by_tag(rows),
                    "failures": [failure_record(r) for r in rows if r.failures]}
        json.dump(summary, sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        print_report(summary, rows, seconds, args.by_tag)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

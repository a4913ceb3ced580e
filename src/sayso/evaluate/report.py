"""Render an EvalResult as a readable text report or as JSON."""

from __future__ import annotations

import json
import textwrap

from sayso.evaluate.score import METRIC_DEFINITIONS, PRF, ConfusionCell, EvalResult, TypeScore


def _pct(value: float | None) -> str:
    """A share as a percentage with one decimal, or "-" when undefined."""
    return "-" if value is None else f"{100 * value:.1f}%"


def _row(name: str, n: int | str, acc: float | None = None, scores: PRF | None = None) -> str:
    """One line of the metrics table."""
    p, r, f = (scores.precision, scores.recall, scores.f1) if scores else (None, None, None)
    return f"{name:<28}{n!s:>6}{_pct(acc):>9}{_pct(p):>9}{_pct(r):>9}{_pct(f):>9}"


def _type_rows(name: str, score: TypeScore | None) -> list[str]:
    """The table line of a type score, or nothing when the gold set has no such types."""
    return [] if score is None else [_row(name, score.prf.n_gold, score.accuracy, score.prf)]


def metrics_table(result: EvalResult) -> str:
    """The metrics table: type, triple and actor scores with their denominators."""
    lines = [f"{'metric':<28}{'n':>6}{'acc':>9}{'P':>9}{'R':>9}{'F1':>9}"]
    lines += _type_rows("CAMEO root", result.cameo_root)
    lines += _type_rows("PLOVER type", result.plover_type)
    lines.append(_row("triple (source,target,type)", result.triple.n_gold, None, result.triple))
    for side, score in (("source", result.source), ("target", result.target)):
        lines.append(_row(f"{side} country", score.n, score.country_accuracy))
        lines.append(_row(f"{side} country+sector", score.n, score.country_sector_accuracy))
    return "\n".join(lines)


def _column_heads(labels: list[str]) -> list[str]:
    """Column headings: labels cut to four letters when that keeps them distinct."""
    short = [x[:4] for x in labels]
    return short if len(set(short)) == len(labels) else labels


def confusion_table(cells: tuple[ConfusionCell, ...]) -> str:
    """Gold types as rows, predicted types as columns; "none" = missed or spurious."""
    if not cells:
        return "(no events)"
    labels = sorted({c.gold for c in cells} | {c.predicted for c in cells}, key=lambda x: (x == "none", x))
    counts = {(c.gold, c.predicted): c.count for c in cells}
    heads = _column_heads(labels)
    width = max(4, *(len(h) for h in heads)) + 1
    first = max(len("gold \\ pred"), *(len(x) for x in labels)) + 1
    lines = ["gold \\ pred".ljust(first) + "".join(h.rjust(width) for h in heads)]
    for g in labels:
        row = [str(counts.get((g, p), ".")).rjust(width) for p in labels]
        lines.append(g.ljust(first) + "".join(row))
    return "\n".join(lines)


def render_text(result: EvalResult, top_misses: int = 25) -> str:
    """A readable report: counts, metrics table, confusion table, the first misses, definitions."""
    unscored = ""
    if result.n_pred_unscored:
        unscored = f" ({result.n_pred_unscored} without a PLOVER type not scored)"
    out = [
        f"{result.n_sentences} sentences, {result.n_gold} gold events, "
        f"{result.n_pred} predicted events scored{unscored}",
        "",
        metrics_table(result),
        "",
        "Confusion (rows: gold type, columns: predicted type)",
        confusion_table(result.confusion),
        "",
        f"Misses: {len(result.misses)} sentences"
        + (f" (first {top_misses} shown)" if len(result.misses) > top_misses else ""),
    ]
    for miss in result.misses[:top_misses]:
        out.append(f"- [{miss.sentence_id}] {textwrap.shorten(miss.text, 160)}")
        out.append(f"    gold:      {'; '.join(miss.gold) or '(none)'}")
        out.append(f"    predicted: {'; '.join(miss.predicted) or '(none)'}")
        out.extend(f"    ! {problem}" for problem in miss.problems)
    out += ["", "Definitions"]
    for name, text in METRIC_DEFINITIONS:
        out.append(textwrap.fill(f"{name}: {text}", 100, initial_indent="- ", subsequent_indent="  "))
    return "\n".join(out) + "\n"


def render_json(result: EvalResult) -> str:
    """The result as indented JSON, with the metric definitions alongside."""
    data = result.to_dict()
    data["definitions"] = dict(METRIC_DEFINITIONS)
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"

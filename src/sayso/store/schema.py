"""The store's tables and the flat form of records: one column list serves DuckDB, Arrow and exports."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import pyarrow as pa

from sayso.model import Actor, Event, Span

SCHEMA_VERSION = 2
ACTOR_FIELDS: tuple[str, ...] = ("text", "start", "end", "actor_id", "name", "country", "sector", "code")
_ACTOR_TYPES = ("VARCHAR", "INTEGER", "INTEGER", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR")
_ARROW = {
    "VARCHAR": pa.string(),
    "JSON": pa.string(),
    "INTEGER": pa.int32(),
    "BIGINT": pa.int64(),
    "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(),
    "DATE": pa.date32(),
    "TIMESTAMP": pa.timestamp("us"),
}


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its name and DuckDB type (the Arrow type follows from the DuckDB one)."""

    name: str
    sql_type: str

    @property
    def arrow_type(self) -> pa.DataType:
        """The Arrow type used to insert and export this column."""
        return _ARROW[self.sql_type]


def _cols(spec: str) -> tuple[Column, ...]:
    """Columns from a compact "name TYPE, name TYPE" spec."""
    out = []
    for item in spec.split(","):
        name, sql_type = item.split()
        out.append(Column(name, sql_type))
    return tuple(out)


def _actor_cols(prefix: str) -> tuple[Column, ...]:
    """The eight columns of a flattened actor, e.g. source_text ... source_code."""
    return tuple(Column(f"{prefix}_{f}", t) for f, t in zip(ACTOR_FIELDS, _ACTOR_TYPES, strict=True))


ARTICLE_COLUMNS = _cols(
    "article_id VARCHAR, title VARCHAR, date DATE, source VARCHAR, url VARCHAR, origin VARCHAR,"
    "n_events INTEGER, n_sentences INTEGER, coded_at TIMESTAMP, run_id VARCHAR"
)
# The flat event record (what CSV and Parquet exports hold); the events table adds run_id.
EVENT_RECORD_COLUMNS = (
    _cols(
        "event_id VARCHAR, article_id VARCHAR, sentence_index INTEGER, sentence_text VARCHAR,"
        "trigger_text VARCHAR, trigger_start INTEGER, trigger_end INTEGER"
    )
    + _actor_cols("source")
    + _actor_cols("target")
    + _cols(
        "cameo_code VARCHAR, cameo_root VARCHAR, quad_class INTEGER, goldstein DOUBLE, plover_type VARCHAR,"
        "plover_mode VARCHAR, negated BOOLEAN, factuality VARCHAR, attribution JSON, n_attribution INTEGER,"
        "speaker_country VARCHAR, date_start DATE, date_end DATE, date_precision VARCHAR, date_text VARCHAR,"
        "place_name VARCHAR, place_country VARCHAR, place_admin1 VARCHAR, place_lat DOUBLE, place_lon DOUBLE,"
        "place_precision VARCHAR, rule VARCHAR, confidence DOUBLE"
    )
)
EVENT_COLUMNS = (*EVENT_RECORD_COLUMNS, Column("run_id", "VARCHAR"))
QUOTE_RECORD_COLUMNS = (
    _cols("quote_id VARCHAR, article_id VARCHAR, event_id VARCHAR")
    + _actor_cols("speaker")
    + _cols(
        "cue_text VARCHAR, cue_start INTEGER, cue_end INTEGER, content_text VARCHAR, content_start INTEGER,"
        "content_end INTEGER, kind VARCHAR, date DATE"
    )
)
QUOTE_COLUMNS = (*QUOTE_RECORD_COLUMNS, Column("run_id", "VARCHAR"))
RUN_COLUMNS_V1 = _cols(
    "run_id VARCHAR, started TIMESTAMP, finished TIMESTAMP, n_records BIGINT, n_coded BIGINT,"
    "n_no_events BIGINT, n_empty BIGINT, n_skipped BIGINT, n_events BIGINT, sayso_version VARCHAR,"
    "model VARCHAR, inputs JSON"
)
#: settings: the coding options of the run ({"symmetric": "pairs", "background": "skip", ...}), which decide
#: how its rows read (schema 2)
RUN_COLUMNS = (*RUN_COLUMNS_V1, Column("settings", "JSON"))
RUN_COUNT_KEYS: tuple[str, ...] = ("records", "coded", "no_events", "empty", "skipped", "events")


def create_table_sql(table: str, columns: Sequence[Column], key: str) -> str:
    """CREATE TABLE IF NOT EXISTS for one table, `key` as its primary key."""
    body = ", ".join(f"{c.name} {c.sql_type}{' PRIMARY KEY' if c.name == key else ''}" for c in columns)
    return f"CREATE TABLE IF NOT EXISTS {table} ({body})"


# MIGRATIONS[v] takes a store from schema v-1 to schema v; schema 0 is an empty or pre-release file.
MIGRATIONS: Mapping[int, tuple[str, ...]] = {
    1: (
        "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
        create_table_sql("articles", ARTICLE_COLUMNS, "article_id"),
        create_table_sql("events", EVENT_COLUMNS, "event_id"),
        create_table_sql("quotes", QUOTE_COLUMNS, "quote_id"),
        create_table_sql("runs", RUN_COLUMNS_V1, "run_id"),
        "CREATE INDEX IF NOT EXISTS events_article ON events (article_id)",
        "CREATE INDEX IF NOT EXISTS quotes_article ON quotes (article_id)",
    ),
    2: ("ALTER TABLE runs ADD COLUMN settings JSON",),
}


@dataclass(frozen=True, slots=True)
class QuoteRow:
    """One quotation or report of speech in an article: who says what, with which cue."""

    quote_id: str
    article_id: str
    event_id: str | None
    speaker: Actor | None
    cue: Span | None
    content: Span | None
    kind: str
    date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The nested JSON form, shaped like the event record (actors and spans as dicts)."""
        return {
            "quote_id": self.quote_id,
            "article_id": self.article_id,
            "event_id": self.event_id,
            "speaker": None if self.speaker is None else asdict(self.speaker),
            "cue": None if self.cue is None else asdict(self.cue),
            "content": None if self.content is None else asdict(self.content),
            "kind": self.kind,
            "date": self.date,
        }


def flatten(record: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested dicts become prefix_key columns and lists JSON text, so any record fits a table."""
    out: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            out.update(flatten(value, f"{name}_"))
        elif isinstance(value, list | tuple):
            out[name] = json.dumps(value, ensure_ascii=False, default=str)
        else:
            out[name] = value
    return out


def innermost_speaker(attribution: Sequence[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    """The speaker of the innermost attribution link that names one (None when the reporter asserts)."""
    for link in reversed(attribution):
        speaker = link.get("speaker")
        if speaker:
            return speaker
    return None


def _project(flat: Mapping[str, Any], columns: Sequence[Column]) -> dict[str, Any]:
    """The values of `columns` from a flat row, None where missing."""
    return {c.name: flat.get(c.name) for c in columns}


def _plain(value: Any) -> Any:
    """Records as plain dicts and lists, like dataclasses.asdict but without its deep copies (5x faster)."""
    if value is None or isinstance(value, str | int | float):
        return value
    names = getattr(value, "__dataclass_fields__", None)
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def event_row(event: Event | Mapping[str, Any]) -> dict[str, Any]:
    """The flat event row (EVENT_RECORD_COLUMNS) from an Event, a nested record or a flat row."""
    record = _plain(event) if isinstance(event, Event) else event
    if "trigger_text" in record and "trigger" not in record:  # already flat
        return _project(record, EVENT_RECORD_COLUMNS)
    attribution = list(record.get("attribution") or ())
    flat = flatten(record)
    flat["attribution"] = json.dumps(attribution, ensure_ascii=False, default=str)
    flat["n_attribution"] = len(attribution)
    speaker = innermost_speaker(attribution)
    flat["speaker_country"] = speaker.get("country") if speaker else None
    return _project(flat, EVENT_RECORD_COLUMNS)


def quote_row(quote: QuoteRow | Mapping[str, Any]) -> dict[str, Any]:
    """The flat quote row (QUOTE_RECORD_COLUMNS) from a QuoteRow, a nested record or a flat row."""
    record = quote.to_dict() if isinstance(quote, QuoteRow) else quote
    return _project(flatten(record), QUOTE_RECORD_COLUMNS)


def _iso(value: Any) -> Any:
    """Dates from the database as ISO strings, everything else unchanged."""
    return value.isoformat() if isinstance(value, dt.date) else value


def _nest(row: Mapping[str, Any], prefix: str, fields: Sequence[str]) -> dict[str, Any] | None:
    """The nested dict of `prefix_*` columns, None when its first (required) field is null."""
    if row.get(f"{prefix}_{fields[0]}") is None:
        return None
    return {f: _iso(row.get(f"{prefix}_{f}")) for f in fields}


def event_record(row: Mapping[str, Any]) -> dict[str, Any]:
    """The nested event record (the shape of Event.to_dict()) rebuilt from a flat row."""
    attribution = row.get("attribution")
    if isinstance(attribution, str):
        attribution = json.loads(attribution)
    date = _nest(row, "date", ("precision", "start", "end", "text"))
    return {
        "event_id": row["event_id"],
        "article_id": row["article_id"],
        "sentence_index": row["sentence_index"],
        "sentence_text": row["sentence_text"],
        "trigger": {"text": row["trigger_text"], "start": row["trigger_start"], "end": row["trigger_end"]},
        "source": _nest(row, "source", ACTOR_FIELDS),
        "target": _nest(row, "target", ACTOR_FIELDS),
        "cameo_code": row["cameo_code"],
        "cameo_root": row["cameo_root"],
        "quad_class": row["quad_class"],
        "goldstein": row["goldstein"],
        "plover_type": row["plover_type"],
        "plover_mode": row["plover_mode"],
        "negated": row["negated"],
        "factuality": row["factuality"],
        "attribution": list(attribution or []),
        "date": None if date is None else {k: date[k] for k in ("start", "end", "precision", "text")},
        "place": _nest(row, "place", ("name", "country", "admin1", "lat", "lon", "precision")),
        "rule": row["rule"],
        "confidence": row["confidence"],
    }


def quote_record(row: Mapping[str, Any]) -> dict[str, Any]:
    """The nested quote record (the shape of QuoteRow.to_dict()) rebuilt from a flat row."""
    return {
        "quote_id": row["quote_id"],
        "article_id": row["article_id"],
        "event_id": row["event_id"],
        "speaker": _nest(row, "speaker", ACTOR_FIELDS),
        "cue": _nest(row, "cue", ("text", "start", "end")),
        "content": _nest(row, "content", ("text", "start", "end")),
        "kind": row["kind"],
        "date": _iso(row.get("date")),
    }


def to_date(value: Any) -> dt.date | None:
    """An ISO date (or datetime) string as a date; None when absent or not a date."""
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def arrow_schema(columns: Sequence[Column]) -> pa.Schema:
    """The Arrow schema of a column list."""
    return pa.schema([pa.field(c.name, c.arrow_type) for c in columns])


def arrow_table(rows: Iterable[Mapping[str, Any]], columns: Sequence[Column]) -> pa.Table:
    """Flat rows as an Arrow table of `columns` (dates parsed), ready for DuckDB or Parquet."""
    rows = list(rows)
    data: dict[str, list[Any]] = {}
    for c in columns:
        values = [r.get(c.name) for r in rows]
        data[c.name] = [to_date(v) for v in values] if c.sql_type == "DATE" else values
    return pa.Table.from_pydict(data, schema=arrow_schema(columns))

"""Streaming writers for events and quotes: jsonl (nested), csv and parquet (flat), and a text table."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from types import TracebackType
from typing import IO, Any, Literal

import pyarrow as pa
import pyarrow.parquet as pq

from sayso.errors import SaysoError
from sayso.model import Event
from sayso.store.schema import (
    EVENT_RECORD_COLUMNS,
    QUOTE_RECORD_COLUMNS,
    Column,
    QuoteRow,
    arrow_table,
    event_row,
    flatten,
    innermost_speaker,
    quote_row,
)

FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet", "table")
ROW_GROUP_SIZE = 10_000
Kind = Literal["event", "quote", "other"]
Record = Mapping[str, Any] | Event | QuoteRow


class ExportError(SaysoError, ValueError):
    """An export cannot be written: unknown format, or a format that needs a file (E43x)."""


def flatten_event(e: Event | Mapping[str, Any]) -> dict[str, Any]:
    """The flat event row (store column names, attribution as JSON text) for CSV and Parquet."""
    return event_row(e)


def _nested(record: Record) -> Mapping[str, Any]:
    """A record as its nested dict (Events and QuoteRows via to_dict())."""
    return record.to_dict() if isinstance(record, Event | QuoteRow) else record


def record_kind(record: Mapping[str, Any]) -> Kind:
    """Whether a record (nested or flat) is an event, a quote or something else."""
    if "cameo_code" in record and ("trigger" in record or "trigger_text" in record):
        return "event"
    if "quote_id" in record:
        return "quote"
    return "other"


def flat_row(record: Mapping[str, Any], kind: Kind) -> dict[str, Any]:
    """The flat row of a record: fixed columns for events and quotes, generic flattening otherwise."""
    if kind == "event":
        return event_row(record)
    if kind == "quote":
        return quote_row(record)
    return flatten(record)


def _known_columns(kind: Kind) -> Sequence[Column] | None:
    """The fixed columns of events and quotes (None for other records)."""
    return {"event": EVENT_RECORD_COLUMNS, "quote": QUOTE_RECORD_COLUMNS}.get(kind)


class EventWriter:
    """Base of the streaming writers: write() records as they come, close() at the end."""

    def __init__(self, stream: IO[str] | None, kind: Kind | None, owns_stream: bool) -> None:
        self._stream = stream
        self._owns = owns_stream
        self.kind = kind
        self.n_written = 0

    def __enter__(self) -> EventWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def write(self, records: Iterable[Record]) -> None:
        """Write nested records (event or quote dicts, Events or QuoteRows)."""
        for record in records:
            nested = _nested(record)
            if self.kind is None:
                self.kind = record_kind(nested)
            self._write_one(nested)
            self.n_written += 1

    def _write_one(self, record: Mapping[str, Any]) -> None:
        """Write one nested record."""
        raise NotImplementedError

    def close(self) -> None:
        """Finish the output; closes a file, only flushes stdout."""
        if self._stream is None:
            return
        if self._owns:
            self._stream.close()
        else:
            self._stream.flush()
        self._stream = None


class JsonlWriter(EventWriter):
    """The nested record exactly, one JSON object a line."""

    def _write_one(self, record: Mapping[str, Any]) -> None:
        assert self._stream is not None
        self._stream.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")


class CsvWriter(EventWriter):
    """Flattened rows; the header is fixed by the kind (or by the first record for other records)."""

    def __init__(self, stream: IO[str] | None, kind: Kind | None, owns_stream: bool) -> None:
        super().__init__(stream, kind, owns_stream)
        self._columns: list[str] | None = None
        self._csv = csv.writer(stream) if stream is not None else None

    def _header(self, first: Mapping[str, Any] | None) -> list[str]:
        """Write and return the header row."""
        known = _known_columns(self.kind or "event")
        columns = [c.name for c in known] if known is not None else list(first or {})
        assert self._csv is not None
        self._csv.writerow(columns)
        return columns

    def _write_one(self, record: Mapping[str, Any]) -> None:
        row = flat_row(record, self.kind or "other")
        if self._columns is None:
            self._columns = self._header(row)
        assert self._csv is not None
        self._csv.writerow(["" if row.get(c) is None else row.get(c) for c in self._columns])

    def close(self) -> None:
        if self._stream is not None and self._columns is None:
            self._columns = self._header(None)  # an empty export still says what its columns are
        super().close()


class ParquetWriter(EventWriter):
    """Flattened rows to a Parquet file in row groups of ROW_GROUP_SIZE, never holding more."""

    def __init__(self, path: str, kind: Kind | None) -> None:
        super().__init__(None, kind, owns_stream=False)
        self._path = path
        self._rows: list[dict[str, Any]] = []
        self._writer: pq.ParquetWriter | None = None
        self._schema: pa.Schema | None = None
        self._closed = False

    def _write_one(self, record: Mapping[str, Any]) -> None:
        self._rows.append(flat_row(record, self.kind or "other"))
        if len(self._rows) >= ROW_GROUP_SIZE:
            self._flush()

    def _table(self) -> pa.Table:
        """The buffered rows as Arrow: the fixed schema for events and quotes, inferred otherwise."""
        known = _known_columns(self.kind or "event")
        if known is not None:
            return arrow_table(self._rows, known)
        table = pa.Table.from_pylist(self._rows)
        if self._schema is None:
            return table
        try:
            return table.select(self._schema.names).cast(self._schema)
        except (KeyError, pa.ArrowInvalid, pa.ArrowNotImplementedError) as err:
            raise ExportError(f"E433 records do not share the columns of the first ones: {err}") from err

    def _flush(self) -> None:
        """Write the buffered rows as one row group."""
        table = self._table()
        if self._writer is None:
            self._schema = table.schema
            try:
                self._writer = pq.ParquetWriter(self._path, table.schema)
            except OSError as err:
                raise ExportError(f"E434 cannot write {self._path}: {err}") from err
        self._writer.write_table(table, row_group_size=ROW_GROUP_SIZE)
        self._rows = []

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._rows or self._writer is None:  # an empty export still gets its columns
            self._flush()
        assert self._writer is not None
        self._writer.close()


def _cell(value: Any, width: int) -> str:
    """A value fitted to a fixed width: one line, truncated with an ellipsis."""
    text = "" if value is None else " ".join(str(value).split())
    if len(text) > width:
        text = text[: width - 1] + "…"
    return text.ljust(width)


def _actor_label(actor: Mapping[str, Any] | None) -> str | None:
    """An actor's code, else its name, else its mention text."""
    if not actor:
        return None
    return actor.get("code") or actor.get("name") or actor.get("text")


def _event_cells(record: Mapping[str, Any]) -> list[Any]:
    """The table cells of an event (nested or flat)."""
    row = event_row(record)
    attribution = json.loads(row["attribution"] or "[]")
    return [
        row["article_id"], row["sentence_index"], row["source_code"] or row["source_text"],
        row["cameo_code"], row["target_code"] or row["target_text"], row["factuality"],
        _actor_label(innermost_speaker(attribution)), row["trigger_text"],
    ]


def _quote_cells(record: Mapping[str, Any]) -> list[Any]:
    """The table cells of a quote."""
    row = quote_row(record)
    return [
        row["article_id"], row["speaker_code"] or row["speaker_name"] or row["speaker_text"], row["kind"],
        row["cue_text"], row["date"], row["content_text"],
    ]


_TABLE_LAYOUT: Mapping[str, tuple[tuple[str, int], ...]] = {
    "event": (("article", 14), ("sent", 4), ("source", 10), ("cameo", 5), ("target", 10),
              ("factuality", 12), ("speaker", 14), ("trigger", 24)),
    "quote": (("article", 14), ("speaker", 14), ("kind", 12), ("cue", 12), ("date", 10), ("content", 48)),
}


class TableWriter(EventWriter):
    """A readable fixed-width text table of the key columns, printed row by row."""

    def __init__(self, stream: IO[str] | None, kind: Kind | None, owns_stream: bool) -> None:
        super().__init__(stream, kind, owns_stream)
        self._layout: tuple[tuple[str, int], ...] | None = None

    def _line(self, cells: Sequence[Any]) -> None:
        """Write one table line."""
        assert self._stream is not None and self._layout is not None
        text = " ".join(_cell(v, w) for v, (_, w) in zip(cells, self._layout, strict=False))
        self._stream.write(text.rstrip() + "\n")

    def _start(self, layout: tuple[tuple[str, int], ...]) -> None:
        """Write the header and rule for a layout."""
        self._layout = layout
        self._line([name for name, _ in layout])
        self._line(["-" * w for _, w in layout])

    def _write_one(self, record: Mapping[str, Any]) -> None:
        kind = self.kind or "other"
        if kind == "event":
            cells = _event_cells(record)
        elif kind == "quote":
            cells = _quote_cells(record)
        else:
            flat = flatten(record)
            cells = list(flat.values())[:8]
            if self._layout is None:
                self._start(tuple((k, 16) for k in list(flat)[:8]))
        if self._layout is None:
            self._start(_TABLE_LAYOUT[kind])
        self._line(cells)


def open_writer(path: str | None, fmt: str, *, kind: Kind | None = None) -> EventWriter:
    """A streaming writer of `fmt` to `path` (None or "-" = stdout); `kind` is detected when not given."""
    if fmt not in FORMATS:
        raise ExportError(f"E431 unknown format {fmt!r}; valid formats: {', '.join(FORMATS)}")
    to_stdout = path is None or path == "-"
    if fmt == "parquet":
        if to_stdout:
            raise ExportError("E432 parquet cannot be written to stdout; give an output file path")
        return ParquetWriter(str(path), kind)
    if to_stdout:
        stream: IO[str] = sys.stdout
    else:
        try:
            stream = open(str(path), "w", encoding="utf-8", newline="" if fmt == "csv" else None)  # noqa: SIM115
        except OSError as err:
            raise ExportError(f"E434 cannot write {path}: {err}") from err
    writer = {"jsonl": JsonlWriter, "csv": CsvWriter, "table": TableWriter}[fmt]
    return writer(stream, kind, not to_stdout)

"""The DuckDB store: one file, one writer; batches go in through Arrow, queries come out as Arrow."""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from importlib import metadata
from types import TracebackType
from typing import Any, TypedDict, Unpack

import duckdb
import pandas as pd
import pyarrow as pa

from sayso.errors import StoreError
from sayso.model import Article, Event
from sayso.store.schema import (
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    MIGRATIONS,
    QUOTE_COLUMNS,
    RUN_COUNT_KEYS,
    SCHEMA_VERSION,
    Column,
    QuoteRow,
    arrow_table,
    event_record,
    event_row,
    quote_record,
    quote_row,
)

BatchItem = tuple[Article, Sequence[Event], Sequence[QuoteRow], int]
DateLike = str | dt.date


class EventFilters(TypedDict, total=False):
    """The filters of Store.events(): all optional, combined with AND."""

    source: str | None  # source actor country, code or actor id
    target: str | None  # target actor country, code or actor id
    cameo_root: str | int | None
    since: DateLike | None  # ISO date; the event's date range must reach it
    until: DateLike | None
    country: str | None  # source, target or place country (ISO3)
    speaker: str | None  # innermost speaker's country, or any speaker's actor id
    article_id: str | None


class QuoteFilters(TypedDict, total=False):
    """The filters of Store.quotes(): all optional, combined with AND."""

    speaker: str | None  # ISO3 country or actor id
    since: DateLike | None
    until: DateLike | None

_EVENT_ORDER = " ORDER BY e.article_id, e.sentence_index, e.trigger_start, e.event_id"
_QUOTE_ORDER = " ORDER BY q.article_id, q.content_start, q.quote_id"


def sayso_version() -> str:
    """The installed sayso version, or "unknown" when running from a source tree."""
    try:
        return metadata.version("sayso")
    except metadata.PackageNotFoundError:
        return "unknown"


def _now() -> dt.datetime:
    """The current UTC time without a zone (DuckDB TIMESTAMP)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _to_table(rel: duckdb.DuckDBPyRelation) -> pa.Table:
    """A relation as an Arrow table (duckdb 2.x `to_arrow_table`, 1.x `arrow`)."""
    fetch = getattr(rel, "to_arrow_table", None) or rel.arrow
    return fetch()


def _to_reader(rel: duckdb.DuckDBPyRelation, batch_size: int) -> pa.RecordBatchReader:
    """A relation as a stream of Arrow record batches."""
    fetch = getattr(rel, "to_arrow_reader", None) or rel.record_batch
    return fetch(batch_size)


def _open_error(path: str, err: duckdb.Error) -> StoreError:
    """The StoreError for a connect failure: a lock held elsewhere or not a database."""
    msg = str(err)
    if "lock" in msg.lower():
        return StoreError(f"E402 {path} is open in another process (one writer at a time): {msg}")
    if "different configuration" in msg:
        return StoreError(f"E402 {path} is already open in this process with other settings: {msg}")
    return StoreError(f"E401 {path} is not a sayso store: {msg}")


def _schema_version(con: duckdb.DuckDBPyConnection, path: str) -> int:
    """The schema version a database holds: 0 for an empty database; E401 for a foreign one."""
    tables = {
        r[0]
        for r in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()"
            " AND schema_name = 'main'"
        ).fetchall()
    }
    if "meta" not in tables:
        if tables:
            raise StoreError(
                f"E401 {path} is not a sayso store: a DuckDB database without a meta table "
                f"(tables: {', '.join(sorted(tables))})"
            )
        return 0
    rows = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
    row = rows[0] if rows else None
    try:
        return int(row[0]) if row else 0
    except (TypeError, ValueError):
        raise StoreError(f"E401 {path} is not a sayso store: schema_version is {row[0]!r}") from None


def migrate(
    con: duckdb.DuckDBPyConnection,
    from_version: int,
    *,
    target: int = SCHEMA_VERSION,
    migrations: Mapping[int, Sequence[str]] = MIGRATIONS,
) -> None:
    """Bring a database from `from_version` to `target`, one step per version, in one transaction."""
    con.begin()
    try:
        for version in range(from_version + 1, target + 1):
            if version not in migrations:
                raise StoreError(f"E409 no migration to schema {version} (from {from_version})")
            for statement in migrations[version]:
                con.execute(statement)
        con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(target)])
        con.execute("INSERT OR REPLACE INTO meta VALUES ('sayso_version', ?)", [sayso_version()])
        con.commit()
    except duckdb.Error as err:
        con.rollback()
        raise StoreError(f"E406 migrating the store from schema {from_version} failed: {err}") from err
    except StoreError:
        con.rollback()
        raise


def open_store(
    path: str | os.PathLike[str] = "sayso.duckdb", *, read_only: bool = False, batch_size: int = 256
) -> Store:
    """Open (creating or migrating when writable) a sayso store; DuckDB's file lock keeps one writer."""
    where = os.fspath(path)
    if read_only and where != ":memory:" and not os.path.exists(where):
        raise StoreError(f"E404 {where} does not exist (cannot open a missing store read-only)")
    try:
        con = duckdb.connect(where, read_only=read_only)
    except duckdb.Error as err:
        raise _open_error(where, err) from err
    try:
        version = _schema_version(con, where)
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"E403 {where} was written by a newer sayso (schema {version}); upgrade sayso "
                f"(this one reads schema {SCHEMA_VERSION})"
            )
        if version < SCHEMA_VERSION:
            if read_only:
                raise StoreError(
                    f"E405 {where} uses schema {version}, older than {SCHEMA_VERSION}; "
                    "open it once for writing to migrate it"
                )
            migrate(con, version)
    except BaseException:
        con.close()
        raise
    return Store(con, where, read_only=read_only, batch_size=batch_size)


class Store:
    """A sayso store: buffered, idempotent article writes, run bookkeeping and filtered queries."""

    def __init__(
        self, con: duckdb.DuckDBPyConnection, path: str, *, read_only: bool = False, batch_size: int = 256
    ) -> None:
        self._con = con
        self.path = path
        self.read_only = read_only
        self.batch_size = max(1, batch_size)
        self._buffer: list[BatchItem] = []
        self._buffer_run: str | None = None
        self._closed = False

    # -- lifecycle -------------------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Write what is buffered, then close the connection (and release the file lock)."""
        if self._closed:
            return
        try:
            self.flush()
        finally:
            self._closed = True
            self._con.close()

    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        """The DuckDB connection, for ad-hoc SQL (call flush() first to see buffered writes)."""
        return self._con

    def _writable(self) -> None:
        """Refuse writes on a read-only or closed store."""
        if self._closed:
            raise StoreError(f"E407 {self.path}: the store is closed")
        if self.read_only:
            raise StoreError(f"E407 {self.path} is open read-only; open it without read_only to write")

    # -- writes ----------------------------------------------------------------------------
    def write_article(
        self,
        article: Article,
        events: Sequence[Event],
        quotes: Sequence[QuoteRow] = (),
        *,
        run_id: str | None,
        n_sentences: int,
    ) -> None:
        """Buffer one coded article; the buffer is written as one batch when full or on flush()."""
        self._writable()
        if self._buffer and run_id != self._buffer_run:
            self.flush()
        self._buffer.append((article, tuple(events), tuple(quotes), n_sentences))
        self._buffer_run = run_id
        if len(self._buffer) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        """Write the buffered articles now."""
        if self._buffer:
            items, run_id = self._buffer, self._buffer_run
            self._buffer, self._buffer_run = [], None
            self.write_batch(items, run_id)

    def write_batch(self, items: Sequence[BatchItem], run_id: str | None) -> None:
        """Write (article, events, quotes, n_sentences) items in one transaction, replacing old rows."""
        self._writable()
        latest = {item[0].id: item for item in items}  # the same article twice: the last one wins
        if not latest:
            return
        articles, events, quotes = self._rows(latest.values(), run_id)
        ids = pa.table({"article_id": pa.array(list(latest), pa.string())})
        con = self._con
        con.begin()
        try:
            con.register("_sayso_ids", ids)
            for table in ("events", "quotes", "articles"):
                con.execute(
                    f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM _sayso_ids)"
                )
            self._insert("articles", articles, ARTICLE_COLUMNS)
            self._insert("events", events, EVENT_COLUMNS)
            self._insert("quotes", quotes, QUOTE_COLUMNS)
            con.commit()
        except duckdb.Error as err:
            con.rollback()
            raise StoreError(f"E406 writing {len(latest)} articles to {self.path} failed: {err}") from err
        finally:
            con.unregister("_sayso_ids")

    def _rows(
        self, items: Iterable[BatchItem], run_id: str | None
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
        """The flat article, event and quote rows of a batch, checked for ids that would collide."""
        coded_at = _now()
        articles: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        quotes: list[dict[str, Any]] = []
        seen: set[str] = set()
        for article, evs, qs, n_sentences in items:
            articles.append({
                "article_id": article.id, "title": article.title, "date": article.date,
                "source": article.source, "url": article.url, "origin": article.origin,
                "n_events": len(evs), "n_sentences": n_sentences, "coded_at": coded_at, "run_id": run_id,
            })
            for kind, rows, flat in (("event", evs, event_row), ("quote", qs, quote_row)):
                for record in rows:
                    row = flat(record)
                    key = row[f"{kind}_id"]
                    if row["article_id"] != article.id:
                        raise StoreError(
                            f"E406 {kind} {key} has article_id {row['article_id']!r}, "
                            f"but it is written with article {article.id!r}"
                        )
                    if (kind, key) in seen:
                        raise StoreError(f"E406 duplicate {kind}_id {key} in article {article.id!r}")
                    seen.add((kind, key))
                    row["run_id"] = run_id
                    (events if kind == "event" else quotes).append(row)
        return articles, events, quotes

    def _insert(self, table: str, rows: list[dict[str, Any]], columns: Sequence[Column]) -> None:
        """Insert flat rows through a registered Arrow table (never row-by-row SQL)."""
        if not rows:
            return
        names = ", ".join(c.name for c in columns)
        self._con.register("_sayso_batch", arrow_table(rows, columns))
        try:
            self._con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _sayso_batch")
        finally:
            self._con.unregister("_sayso_batch")

    # -- runs ------------------------------------------------------------------------------
    def start_run(self, model: str | None, inputs: Any = (), settings: Mapping[str, Any] | None = None) -> str:
        """Record the start of a coding run (its model, inputs and coding options) and return its id."""
        self._writable()
        run_id = f"{_now():%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
        inputs_json = json.dumps(list(inputs) if isinstance(inputs, tuple) else inputs, ensure_ascii=False,
                                 default=str)
        self._con.execute(
            "INSERT INTO runs (run_id, started, sayso_version, model, inputs, settings) VALUES (?, ?, ?, ?, ?, ?)",
            [run_id, _now(), sayso_version(), model, inputs_json, json.dumps(dict(settings or {}), default=str)],
        )
        return run_id

    def finish_run(self, run_id: str, counts: Mapping[str, int]) -> None:
        """Record the end of a run and its counts: records, coded, no_events, empty, skipped, events."""
        self._writable()
        self.flush()
        values: dict[str, int] = {}
        for key, value in counts.items():
            name = key.removeprefix("n_")
            if name not in RUN_COUNT_KEYS:
                valid = ", ".join(RUN_COUNT_KEYS)
                raise StoreError(f"E408 unknown run count {key!r}; expected one of {valid}")
            values[f"n_{name}"] = int(value)
        if not self._con.execute("SELECT 1 FROM runs WHERE run_id = ?", [run_id]).fetchall():
            raise StoreError(f"E408 no run {run_id!r} in {self.path}")
        sets = ", ".join(["finished = ?", *(f"{k} = ?" for k in values)])
        self._con.execute(f"UPDATE runs SET {sets} WHERE run_id = ?", [_now(), *values.values(), run_id])

    def runs(self) -> list[dict[str, Any]]:
        """Every run, oldest first, with its inputs and settings decoded from JSON."""
        out = self._query("SELECT * FROM runs ORDER BY started, run_id", []).to_pylist()
        for row in out:
            row["inputs"] = json.loads(row["inputs"]) if row["inputs"] else None
            row["settings"] = json.loads(row["settings"]) if row.get("settings") else None
        return out

    # -- queries ---------------------------------------------------------------------------
    def _query(self, sql: str, params: list[Any]) -> pa.Table:
        """Run a parameterised query (after flushing buffered writes) and return Arrow."""
        if not self.read_only and not self._closed:
            self.flush()
        return _to_table(self._con.sql(sql, params=params or None))

    @staticmethod
    def _event_sql(
        *,
        source: str | None = None,
        target: str | None = None,
        cameo_root: str | int | None = None,
        since: DateLike | None = None,
        until: DateLike | None = None,
        country: str | None = None,
        speaker: str | None = None,
        article_id: str | None = None,
    ) -> tuple[str, list[Any]]:
        """The SELECT for filtered events: each filter is a parameter, never formatted into the SQL."""
        where: list[str] = []
        params: list[Any] = []
        for side, value in (("source", source), ("target", target)):
            if value is not None:
                where.append(f"(e.{side}_country = ? OR e.{side}_code = ? OR e.{side}_actor_id = ?)")
                params += [value] * 3
        if cameo_root is not None:
            where.append("e.cameo_root = ?")
            params.append(f"{int(cameo_root):02d}" if str(cameo_root).isdigit() else str(cameo_root))
        if since is not None:  # events whose date range overlaps [since, until]; undated: article date
            where.append("COALESCE(e.date_end, e.date_start, a.date) >= CAST(? AS DATE)")
            params.append(str(since))
        if until is not None:
            where.append("COALESCE(e.date_start, a.date) <= CAST(? AS DATE)")
            params.append(str(until))
        if country is not None:
            where.append("(e.source_country = ? OR e.target_country = ? OR e.place_country = ?)")
            params += [country] * 3
        if speaker is not None:  # the innermost speaker's country, or any speaker's actor id
            where.append(
                "(e.speaker_country = ? OR list_contains("
                "json_extract_string(e.attribution, '$[*].speaker.actor_id'), ?))"
            )
            params += [speaker] * 2
        if article_id is not None:
            where.append("e.article_id = ?")
            params.append(article_id)
        sql = "SELECT e.* FROM events e LEFT JOIN articles a ON a.article_id = e.article_id"
        if where:
            sql += " WHERE " + " AND ".join(where)
        return sql + _EVENT_ORDER, params

    def events(self, **filters: Unpack[EventFilters]) -> pa.Table:
        """Events as an Arrow table (flat columns), filtered by source, target, cameo_root, since, until,
        country (source, target or place), speaker (country or actor id) and article_id."""
        sql, params = self._event_sql(**filters)
        return self._query(sql, params)

    def events_df(self, **filters: Unpack[EventFilters]) -> pd.DataFrame:
        """Events as a pandas DataFrame; the same filters as events()."""
        return self.events(**filters).to_pandas()

    def event_records(
        self, *, batch_size: int = 10_000, **filters: Unpack[EventFilters]
    ) -> Iterator[dict[str, Any]]:
        """Events as nested records shaped like Event.to_dict(), streamed; the filters of events()."""
        sql, params = self._event_sql(**filters)
        yield from (event_record(row) for row in self._stream(sql, params, batch_size))

    def _stream(self, sql: str, params: list[Any], batch_size: int) -> Iterator[dict[str, Any]]:
        """Rows of a query as dicts, read batch by batch on a cursor of their own."""
        if not self.read_only:
            self.flush()
        cursor = self._con.cursor()
        try:
            for batch in _to_reader(cursor.sql(sql, params=params or None), batch_size):
                yield from batch.to_pylist()
        finally:
            cursor.close()

    @staticmethod
    def _quote_sql(
        *, speaker: str | None = None, since: DateLike | None = None, until: DateLike | None = None
    ) -> tuple[str, list[Any]]:
        """The SELECT for filtered quotes (speaker: ISO3 country or actor id)."""
        where: list[str] = []
        params: list[Any] = []
        if speaker is not None:
            where.append("(q.speaker_country = ? OR q.speaker_actor_id = ?)")
            params += [speaker] * 2
        if since is not None:
            where.append("COALESCE(q.date, a.date) >= CAST(? AS DATE)")
            params.append(str(since))
        if until is not None:
            where.append("COALESCE(q.date, a.date) <= CAST(? AS DATE)")
            params.append(str(until))
        sql = "SELECT q.* FROM quotes q LEFT JOIN articles a ON a.article_id = q.article_id"
        if where:
            sql += " WHERE " + " AND ".join(where)
        return sql + _QUOTE_ORDER, params

    def quotes(self, **filters: Unpack[QuoteFilters]) -> pa.Table:
        """Quotes as an Arrow table, filtered by speaker (ISO3 country or actor id), since and until."""
        sql, params = self._quote_sql(**filters)
        return self._query(sql, params)

    def quote_records(
        self, *, batch_size: int = 10_000, **filters: Unpack[QuoteFilters]
    ) -> Iterator[dict[str, Any]]:
        """Quotes as nested records shaped like QuoteRow.to_dict(); the filters of quotes()."""
        sql, params = self._quote_sql(**filters)
        yield from (quote_record(row) for row in self._stream(sql, params, batch_size))

    def counts(self) -> dict[str, int]:
        """How many articles, events, quotes and runs the store holds."""
        sql = " UNION ALL ".join(
            f"SELECT '{t}' AS name, count(*) AS n FROM {t}" for t in ("articles", "events", "quotes", "runs")
        )
        return {row["name"]: int(row["n"]) for row in self._query(sql, []).to_pylist()}

    def summary(self) -> dict[str, Any]:
        """Counts, events by CAMEO root as (root, n) and the top 10 (source, target, n) country pairs."""
        by_root = self._query(
            "SELECT cameo_root, count(*) AS n FROM events GROUP BY cameo_root ORDER BY cameo_root", []
        ).to_pylist()
        pairs = self._query(
            "SELECT source_country AS source, target_country AS target, count(*) AS n FROM events"
            " WHERE source_country IS NOT NULL AND target_country IS NOT NULL"
            " GROUP BY ALL ORDER BY n DESC, source, target LIMIT 10",
            [],
        ).to_pylist()
        return {
            "counts": self.counts(),
            "by_root": [(r["cameo_root"], int(r["n"])) for r in by_root],
            "top_pairs": [(p["source"], p["target"], int(p["n"])) for p in pairs],
        }

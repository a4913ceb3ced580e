"""Read articles from files, directories and stdin: .txt .jsonl .csv .html -> Article or Skipped.

Every input record comes out as exactly one item, so the run summary can account for all of them.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO

from sayso.errors import InputError
from sayso.model import Article, content_id

SUFFIXES = (".txt", ".jsonl", ".ndjson", ".json", ".csv", ".html", ".htm")
BINARY_SNIFF = 4096
csv.field_size_limit(64 * 1024 * 1024)


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input record that could not be coded, with where it came from and why."""

    origin: str
    reason: str
    article_id: str | None = None


Item = Article | Skipped


def check_paths(paths: Iterable[str]) -> list[str]:
    """Fail early (E101) when a named input does not exist, before any work starts."""
    checked = []
    for p in paths:
        if p != "-" and not os.path.exists(p):
            raise InputError(f"E101 input not found: {p}")
        checked.append(p)
    if not checked:
        raise InputError("E102 no input given: name files, directories, or - for stdin")
    return checked


def read_inputs(paths: Iterable[str], *, default_date: str | None = None,
                stdin: IO[bytes] | None = None) -> Iterator[Item]:
    """Stream every article (or skip record) from the given paths, in order; directories recursively."""
    for p in check_paths(list(paths)):
        if p == "-":
            data = (stdin or sys.stdin.buffer).read()
            yield from _read_bytes("<stdin>", data, _sniff_stdin(data), default_date)
        elif os.path.isdir(p):
            for f in _walk(Path(p)):
                yield from read_file(f, default_date=default_date)
        else:
            yield from read_file(Path(p), default_date=default_date)


def _walk(root: Path) -> Iterator[Path]:
    """Files under a directory in a stable order, hidden files and folders left out."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name


def _sniff_stdin(data: bytes) -> str:
    """Guess the format of stdin: JSONL when it starts with '{', else plain text."""
    return ".jsonl" if data.lstrip()[:1] == b"{" else ".txt"


def read_file(path: Path, *, default_date: str | None = None) -> Iterator[Item]:
    """Read one file of any supported kind; unknown, binary and empty files become Skipped."""
    suffix = path.suffix.lower()
    origin = str(path)
    if suffix not in SUFFIXES:
        yield Skipped(origin, f"unknown file type '{suffix or '(none)'}': expected one of {', '.join(SUFFIXES)}")
        return
    try:
        data = path.read_bytes()
    except OSError as err:
        yield Skipped(origin, f"cannot read file: {err.strerror or err}")
        return
    yield from _read_bytes(origin, data, suffix, default_date, stem=path.stem)


def _read_bytes(origin: str, data: bytes, suffix: str, default_date: str | None,
                stem: str | None = None) -> Iterator[Item]:
    """Dispatch raw bytes to the reader for their format."""
    if not data.strip():
        yield Skipped(origin, "empty file")
        return
    if b"\x00" in data[:BINARY_SNIFF]:
        yield Skipped(origin, "binary file (NUL bytes): not text")
        return
    text, lossy = decode(data)
    note = " (non-UTF-8 bytes replaced)" if lossy else ""
    if suffix in (".jsonl", ".ndjson", ".json"):
        yield from read_jsonl(text, origin, default_date, note)
    elif suffix == ".csv":
        yield from read_csv(text, origin, default_date)
    elif suffix in (".html", ".htm"):
        yield from read_html(text, origin, default_date, stem)
    else:
        yield read_txt(text, origin, default_date, stem)


def decode(data: bytes) -> tuple[str, bool]:
    """UTF-8 (with or without BOM); bytes that are not UTF-8 are replaced, and we say so."""
    try:
        return data.decode("utf-8-sig"), False
    except UnicodeDecodeError:
        return data.decode("utf-8-sig", errors="replace"), True


def read_txt(text: str, origin: str, default_date: str | None, stem: str | None) -> Item:
    """A plain-text article: the first line is the title when a blank line follows it."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    title: str | None = None
    lines = text.lstrip("\n").split("\n")
    if len(lines) > 2 and lines[0].strip() and not lines[1].strip():
        title = lines[0].strip()
        body = "\n".join(lines[2:]).strip("\n")
    else:
        body = text.strip("\n")
    if not body.strip():
        return Skipped(origin, "empty text")
    art_id = stem or content_id(text)
    return Article(id=art_id, text=body, title=title, date=default_date, origin=origin)


def read_jsonl(text: str, origin: str, default_date: str | None, note: str = "") -> Iterator[Item]:
    """One JSON object a line; a broken line is reported with its number and the run goes on."""
    stripped = text.lstrip()
    if stripped.startswith("["):  # a JSON array of records is accepted too
        try:
            records = json.loads(stripped)
        except json.JSONDecodeError as err:
            yield Skipped(origin, f"invalid JSON array: {err.msg} at line {err.lineno}")
            return
        for n, rec in enumerate(records, 1):
            yield record_to_article(rec, f"{origin}[{n}]", default_date)
        return
    for n, line in enumerate(io.StringIO(text), 1):
        if not line.strip():
            continue
        where = f"{origin}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as err:
            yield Skipped(where, f"line {n} is not valid JSON ({err.msg}, column {err.colno}){note}")
            continue
        yield record_to_article(rec, where, default_date)


def read_csv(text: str, origin: str, default_date: str | None) -> Iterator[Item]:
    """A CSV with a header row; the columns are those of the JSONL records (text required)."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    fields = [f.strip().lower() for f in (reader.fieldnames or [])]
    if "text" not in fields:
        yield Skipped(origin, f"CSV has no 'text' column (columns: {', '.join(fields) or 'none'})")
        return
    reader.fieldnames = fields
    try:
        for n, row in enumerate(reader, 2):
            yield record_to_article(row, f"{origin}:{n}", default_date)
    except csv.Error as err:
        yield Skipped(origin, f"CSV stops being readable at line {reader.line_num}: {err}")


def read_html(text: str, origin: str, default_date: str | None, stem: str | None) -> Iterator[Item]:
    """The main text of an HTML page, through trafilatura (the optional 'html' extra)."""
    try:
        import trafilatura
    except ImportError:
        yield Skipped(origin, "HTML input needs the html extra: pip install 'sayso[html]'")
        return
    doc = trafilatura.bare_extraction(text, with_metadata=True)
    meta = doc.as_dict() if hasattr(doc, "as_dict") else (doc or {})
    body = (meta or {}).get("text") or ""
    if not body.strip():
        yield Skipped(origin, "no article text found in the HTML page")
        return
    yield Article(id=stem or content_id(body), text=body, title=meta.get("title") or None,
                  date=normalise_date(meta.get("date")) or default_date, url=meta.get("url") or None,
                  source=meta.get("sitename") or None, origin=origin)


def record_to_article(rec: object, where: str, default_date: str | None) -> Item:
    """Turn one JSON/CSV record into an Article, or a Skipped that says what is wrong with it."""
    if not isinstance(rec, dict):
        return Skipped(where, f"record is a JSON {type(rec).__name__}, not an object")
    text = rec.get("text")
    if text is None:
        text = rec.get("body") or rec.get("content")
    if text is not None and not isinstance(text, str):
        return Skipped(where, "field 'text' is not a string", _opt_str(rec.get("id")))
    title = _opt_str(rec.get("title"))
    rid = _opt_str(rec.get("id"))
    if not text or not text.strip():
        return Skipped(where, "empty text", rid)
    raw_date = _opt_str(rec.get("date") or rec.get("published") or rec.get("publication_date"))
    return Article(
        id=rid or content_id((title or "") + "\n" + text),
        text=text,
        title=title,
        date=normalise_date(raw_date) or default_date,
        source=_opt_str(rec.get("source")),
        url=_opt_str(rec.get("url")),
        origin=where,
    )


def _opt_str(value: object) -> str | None:
    """A non-empty string, or None (numbers are accepted as strings: CSV and JSON ids)."""
    if value is None:
        return None
    s = str(value).strip()
    return s or None


def normalise_date(value: str | None) -> str | None:
    """An ISO yyyy-mm-dd date from a date or datetime string, or None when unreadable."""
    if not value:
        return None
    head = value.strip()[:10]
    try:
        return date.fromisoformat(head).isoformat()
    except ValueError:
        return None

"""sayso: news text in; political event data out — who did what to whom, when and where, and who says so.

The public surface is small: code_text, code_articles, open_store, the records, and the errors.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sayso.errors import (
    DataFileError,
    InputError,
    MissingExtraError,
    ModelError,
    SaysoError,
    StoreError,
)
from sayso.model import Actor, Article, Attribution, Event, EventDate, Place, Span, content_id

__version__ = "0.1.0"

__all__ = [
    "Actor", "Article", "Attribution", "DataFileError", "Event", "EventDate", "InputError",
    "MissingExtraError", "ModelError", "Place", "SaysoError", "Span", "StoreError", "__version__",
    "code_articles", "code_text", "open_store",
]


def code_text(text: str, *, date: str | None = None, title: str | None = None,
              article_id: str | None = None, model: str | None = None) -> list[Event]:
    """Code one text (a sentence, a paragraph or an article) and return its events."""
    from sayso.pipeline import Config, code_one

    art = Article(id=article_id or content_id((title or "") + "\n" + text), text=text, title=title, date=date)
    return list(code_one(art, Config(model=model)).events)


def code_articles(articles: Iterable[Article | dict], *, model: str | None = None,
                  batch_size: int = 32) -> Iterator[tuple[Article, list[Event]]]:
    """Code many articles lazily (Article records or dicts with id/text/title/date), in order."""
    from sayso.ingest import Skipped, record_to_article
    from sayso.pipeline import Config, code_stream

    def as_articles() -> Iterator[Article]:
        for n, a in enumerate(articles):
            if isinstance(a, Article):
                yield a
                continue
            item = record_to_article(a, f"record {n}", None)
            if isinstance(item, Skipped):
                raise InputError(f"E103 {item.origin}: {item.reason}")
            yield item

    for art, coded in code_stream(as_articles(), Config(model=model, batch_size=batch_size)):
        yield art, list(coded.events)


def open_store(path: str = "sayso.duckdb", *, read_only: bool = False):
    """Open (or create) the DuckDB store; see sayso.store.Store."""
    from sayso.store import open_store as _open

    return _open(path, read_only=read_only)

"""Helpers the tests share: code a text (its events, or the whole coded article with its notes) and find an
actor by its mention."""

from __future__ import annotations

import sayso
from sayso.events.extract import Coded
from sayso.model import Actor, Article, Event, content_id
from sayso.pipeline import Config, code_one


def events_on(text: str, day: str = "2019-03-01") -> list[Event]:
    """The events sayso codes in a text published on `day`."""
    return sayso.code_text(text, date=day)


def coded_triples(text: str, day: str) -> list[tuple[str, str | None, str | None]]:
    """(CAMEO code, source code, target code) of each event sayso codes in a text published on `day`."""
    return [(e.cameo_code, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events_on(text, day)]


def has_event(text: str, code: str, source: str | None = None, target: str | None = None, *, day: str) -> bool:
    """An event of `code` whose source and target are the given actor codes (None: not checked)."""
    return any(c == code and source in (None, s) and target in (None, t) for c, s, t in coded_triples(text, day))


def coded_on(text: str, day: str, config: Config | None = None) -> Coded:
    """The whole coding of a text published on `day`: its events and the run's notes on what was not coded."""
    return code_one(Article(id=content_id(text), text=text, date=day), config or Config())


def actor_named(events: list[Event], text: str) -> Actor:
    """The first source or target whose mention text is `text`."""
    for e in events:
        for actor in (e.source, e.target):
            if actor is not None and actor.text == text:
                return actor
    raise AssertionError(f"no actor {text!r} in {[(e.source, e.target) for e in events]}")

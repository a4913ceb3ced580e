"""Helpers the actor tests share: code a text and find an actor by its mention."""

from __future__ import annotations

import sayso
from sayso.model import Actor, Event


def events_on(text: str, day: str = "2019-03-01") -> list[Event]:
    """The events sayso codes in a text published on `day`."""
    return sayso.code_text(text, date=day)


def actor_named(events: list[Event], text: str) -> Actor:
    """The first source or target whose mention text is `text`."""
    for e in events:
        for actor in (e.source, e.target):
            if actor is not None and actor.text == text:
                return actor
    raise AssertionError(f"no actor {text!r} in {[(e.source, e.target) for e in events]}")

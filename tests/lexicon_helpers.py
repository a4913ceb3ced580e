"""Helpers the lexicon-coverage tests share: what a sentence codes, matched by code and countries."""

from __future__ import annotations

from sayso.model import Actor, Event

ANY = object()  # the role is not checked


def country(actor: Actor | None) -> str | None:
    """An actor's country, None for no actor."""
    return actor.country if actor is not None else None


def matches(e: Event, code: str, src: object, tgt: object) -> bool:
    """The event has this CAMEO code and these source and target countries (ANY: not checked)."""
    return e.cameo_code == code and (src is ANY or country(e.source) == src) and \
        (tgt is ANY or country(e.target) == tgt)


def show(events: list[Event], rule: bool = False) -> list[tuple]:
    """Events as short tuples, for assertion messages."""
    return [(e.cameo_code, *((e.rule,) if rule else ()), e.trigger.text, country(e.source), country(e.target))
            for e in events]

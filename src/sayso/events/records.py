"""Assemble an event record: ontology lookup, date, place and confidence."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sayso.events import anchors
from sayso.events.speakers import tok_span
from sayso.events.state import ArticleState, Resources, Sent
from sayso.model import Actor, Article, Attribution, Event, EventDate, Place, Span, event_id


def make_event(article: Article, s: Sent, tok: Token, code: str, rule: str, src: Actor | None,
               tgt: Actor | None, negated: bool, fact: str, links: list[Attribution], res: Resources,
               on: date | None, st: ArticleState, *, salt: str = "", eid: str | None = None,
               trigger: Span | None = None, place: Place | None = None) -> Event:
    """Assemble the record, looking up the ontology and the event's date and place."""
    info = res.ontology.get(code)
    trig = trigger or tok_span(tok, s.off)
    return Event(
        event_id=eid or event_id(article.id, s.index, trig.start, trig.end, code, salt),
        article_id=article.id,
        sentence_index=s.index,
        sentence_text=s.text,
        trigger=trig,
        source=src,
        target=tgt,
        cameo_code=code,
        cameo_root=code[:2],
        quad_class=info.quad_class,
        goldstein=info.goldstein,
        plover_type=info.plover_type,
        plover_mode=info.plover_mode,
        negated=negated,
        factuality=fact,
        attribution=tuple(links),
        date=_event_date(tok, s, on, fact),
        place=place or _event_place(tok, s, st, src, tgt),
        rule=rule,
        confidence=_confidence(src, tgt, links),
    )


def _confidence(src: Actor | None, tgt: Actor | None, links: list[Attribution]) -> float:
    """A rough score: resolved actors and an explicit cue raise it."""
    score = 0.5
    score += 0.2 if src is not None and src.country else 0.0
    score += 0.1 if tgt is not None and tgt.country else 0.0
    score += 0.1 if not links or all(link.cue is not None for link in links) else -0.1
    return round(min(score, 0.95), 2)


def _event_date(tok: Token, s: Sent, on: date | None, fact: str) -> EventDate | None:
    """The event's date (see sayso.events.anchors)."""
    return anchors.event_date(tok, s.span, on, fact)


def _event_place(tok: Token, s: Sent, st: ArticleState, src: Actor | None, tgt: Actor | None) -> Place | None:
    """The event's place (see sayso.events.anchors)."""
    found = place_and_mention(tok, s, st, src, tgt)
    if found:
        return found[0]
    countries = {a.country for a in (src, tgt) if a is not None and a.country}
    if st.dateline is not None and st.dateline.country and countries <= {st.dateline.country}:
        return st.dateline  # 'CAIRO - Police arrested ...'; not 'WASHINGTON - Russia attacked Ukraine'
    return None


def place_and_mention(tok: Token, s: Sent, st: ArticleState, src: Actor | None,
                      tgt: Actor | None) -> tuple[Place, SpacySpan] | None:
    """The event's place and the name that gave it; the event's source is not its place ('Iran said'), but
    a place acted on is both the target and where it happened ('shelled areas outside Kyiv')."""
    used = {(a.start, a.end) for a in (src,) if a is not None}
    return anchors.place_and_mention(tok, s.span, s.off, st.ctx.focus(), used)

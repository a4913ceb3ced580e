"""The quotes table: one row per attribution found in an article (direct quotes, speech cues with their
content clause, 'according to', headline)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from sayso.attribution import QuoteSpan, according_to
from sayso.doccache import kids, text_between
from sayso.events.speakers import clause_like_object, quote_index, tok_span
from sayso.events.state import ArticleState, Sent, token_key
from sayso.events.tree import has_that
from sayso.model import Actor, Span


@dataclass(frozen=True, slots=True)
class QuoteRecord:
    """One attribution found in the article (the quotes table): who, cue, content, kind."""

    speaker: Actor | None
    cue: Span | None
    content: Span
    kind: str
    event_id: str | None


def quote_records(quotes: list[QuoteSpan], st: ArticleState, text: str, sents: list[Sent],
                  headline: tuple[Actor, Span, int] | None) -> list[QuoteRecord]:
    """One row per attribution: direct quotes, speech cues with their content clause, 'according to', headline."""
    rows: list[QuoteRecord] = []
    quoted_cues = set()
    for qi, q in enumerate(quotes):
        speaker, cue, cue_key = st.quote_speaker.get(qi, (None, None, None))
        quoted_cues.add(cue_key)
        content = Span(text[q.start:q.end], q.start, q.end)
        rows.append(QuoteRecord(speaker, cue, content, "direct", st.speech_ids.get(cue_key) if cue_key else None))
    for k, (tok, s) in st.cue_tokens.items():
        objs = [c for c in kids(tok) if c.dep_ == "dobj"]
        parts = [c for c in kids(tok) if c.dep_ in ("ccomp", "parataxis", "xcomp")] or \
            [c for c in kids(tok) if c.dep_ == "prep" and c.lower_ in ("of", "for", "over")] or \
            [g for o in objs for g in kids(o) if g.dep_ in ("relcl", "acl") and has_that(g)] or \
            ([*objs, *(c for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "as")]
             if objs and any(c.dep_ == "prep" and c.lower_ == "as" for c in kids(tok)) else []) or \
            [c for c in [clause_like_object(tok)] if c is not None]
        toks = [t for c in parts for t in c.subtree if quote_index(t.idx + s.off, quotes) is None]
        if not parts and tok.dep_ in ("parataxis", "ccomp", "advcl") and tok.head.i < tok.i:
            # '..., state media reported': the content is the clause the cue hangs on
            inner = {t.i for t in tok.subtree}
            toks = [t for t in tok.head.subtree if t.i not in inner and quote_index(t.idx + s.off, quotes) is None]
        if not toks or (k in quoted_cues and len(toks) < 3):
            continue
        content = _content_span(toks, s.off)
        if content.text:
            rows.append(QuoteRecord(st.speakers[k], tok_span(tok, s.off), content, "indirect",
                                    st.speech_ids.get(k)))
    for s in sents:
        for tok in s.tokens():
            if tok.lower_ != "according" or tok.dep_ != "prep":
                continue
            src = according_to(tok.head)
            if src is None:
                continue
            skip = {t.i for t in tok.subtree}
            toks = [t for t in tok.head.subtree if t.i not in skip]
            cue_end = tok.i + 1 if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to" else tok.i
            cue = Span(text_between(tok, tok.doc[cue_end]), tok.idx + s.off,
                       tok.doc[cue_end].idx + len(tok.doc[cue_end].text) + s.off)
            if toks:
                rows.append(QuoteRecord(st.actors.get(token_key(src, s.off)), cue, _content_span(toks, s.off),
                                        "according_to", None))
    if headline and sents:
        speaker, colon, colon_i = headline
        s = sents[0]
        toks = [t for t in s.tokens() if t.i > colon_i]
        if toks:
            rows.append(QuoteRecord(speaker, colon, _content_span(toks, s.off), "headline", None))
    return rows


def _content_span(toks: list[Token], off: int) -> Span:
    """The document span covering tokens, without punctuation or quote marks at its edges."""
    toks = sorted(toks, key=lambda t: t.i)
    while toks and (toks[0].is_punct or toks[0].is_space or (toks[0].dep_ == "mark" and toks[0].lower_ == "that")):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks = toks[:-1]
    if not toks:
        return Span("", off, off)
    first, last = toks[0], toks[-1]
    return Span(text_between(first, last), first.idx + off, last.idx + len(last.text) + off)

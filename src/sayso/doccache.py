"""Per-Doc caches of what spaCy rebuilds on every access (the text, the entity index) and of the trigger
pattern each token matches.

`Doc.text` joins every token each time it is read and `Doc.ents` builds new Span objects, so
calling them per token made coding quadratic in document length. Both are computed once per Doc
and kept in `doc.user_data` (the Doc's own storage; nothing lives at module level).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

T = TypeVar("T")
R = TypeVar("R")

_TEXT = "sayso.text"
_ENTS = "sayso.ents"
_ENT_AT = "sayso.ent_at"
_MATCH = "sayso.match"
_TOKEN = "sayso.token"


def doc_text(doc: Doc) -> str:
    """The Doc's text, built once."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def doc_ents(doc: Doc) -> tuple[SpacySpan, ...]:
    """The Doc's entity spans, built once (the pipeline has finished setting them)."""
    ents = doc.user_data.get(_ENTS)
    if ents is None:
        ents = doc.user_data[_ENTS] = tuple(doc.ents)
    return ents


def ent_at(tok: Token) -> SpacySpan | None:
    """The entity span holding a token, by a per-Doc index."""
    doc = tok.doc
    index = doc.user_data.get(_ENT_AT)
    if index is None:
        index = doc.user_data[_ENT_AT] = {i: e for e in doc_ents(doc) for i in range(e.start, e.end)}
    return index.get(tok.i)


def entity_of(tok: Token) -> SpacySpan | None:
    """The named-entity span a token belongs to, if any (tokens outside entities skip the index)."""
    return ent_at(tok) if tok.ent_type_ else None


def match_memo(tok: Token, lexicon: T, find: Callable[[Token, T], R]) -> R:
    """`find(tok, lexicon)`, computed once per token and lexicon (the parse is final once coding starts)."""
    memo = tok.doc.user_data.get(_MATCH)
    if memo is None or memo[0] is not lexicon:
        memo = tok.doc.user_data[_MATCH] = (lexicon, {})
    found = memo[1]
    if tok.i not in found:
        found[tok.i] = find(tok, lexicon)
    return found[tok.i]


def token_memo(tok: Token, question: str, find: Callable[[Token], R]) -> R:
    """`find(tok)`, computed once per token for a named question about its (final) parse."""
    memo = tok.doc.user_data.setdefault(_TOKEN, {})
    key = (question, tok.i)
    if key not in memo:
        memo[key] = find(tok)
    return memo[key]


def children(tok: Token, *deps: str) -> list[Token]:
    """Children of a token with one of the given dependency labels."""
    return [c for c in tok.children if c.dep_ in deps]


def text_between(first: Token, last: Token) -> str:
    """The document text from the start of `first` to the end of `last`."""
    return doc_text(first.doc)[first.idx:last.idx + len(last.text)]


def sent_ents(sent: SpacySpan) -> list[SpacySpan]:
    """The entities inside a sentence."""
    return [e for e in doc_ents(sent.doc) if e.start >= sent.start and e.end <= sent.end]


def forget(doc: Doc) -> None:
    """Drop the caches: the entity spans point back at the Doc, and that cycle would outlive the article."""
    for key in (_TEXT, _ENTS, _ENT_AT, _MATCH):
        doc.user_data.pop(key, None)

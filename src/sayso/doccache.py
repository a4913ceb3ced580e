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
_KIDS = "sayso.kids"
_SENT_ENTS = "sayso.sent_ents"
#: what a memo holds for a question not asked yet (None is a common answer)
_UNSET = object()


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
    data = tok.doc.user_data
    memo = data.get(_MATCH)
    if memo is None or memo[0] is not lexicon:
        memo = data[_MATCH] = (lexicon, {})
    found = memo[1]
    i = tok.i
    hit = found.get(i, _UNSET)
    if hit is _UNSET:
        hit = found[i] = find(tok, lexicon)
    return hit


def token_memo(tok: Token, question: str, find: Callable[[Token], R]) -> R:
    """`find(tok)`, computed once per token for a named question about its (final) parse."""
    memo = tok.doc.user_data.setdefault(_TOKEN, {})
    key = (question, tok.i)
    hit = memo.get(key, _UNSET)
    if hit is _UNSET:
        hit = memo[key] = find(tok)
    return hit


def kids(tok: Token) -> tuple[Token, ...]:
    """A token's children in order, built once per Doc: `Token.children` makes a new Token object for every
    child on every walk, and the rules walk the same heads many times."""
    data = tok.doc.user_data
    memo = data.get(_KIDS)
    if memo is None:
        memo = data[_KIDS] = {}
    i = tok.i
    found = memo.get(i)
    if found is None:
        found = memo[i] = tuple(tok.children)
    return found


def subtree(tok: Token) -> tuple[Token, ...]:
    """A token's subtree in document order, built once per Doc: several rules walk the same trigger's."""
    return token_memo(tok, "subtree", _subtree)


def _subtree(tok: Token) -> tuple[Token, ...]:
    """`subtree` without the memo."""
    return tuple(tok.subtree)


def children(tok: Token, *deps: str) -> list[Token]:
    """Children of a token with one of the given dependency labels."""
    return [c for c in kids(tok) if c.dep_ in deps]


def text_between(first: Token, last: Token) -> str:
    """The document text from the start of `first` to the end of `last`."""
    return doc_text(first.doc)[first.idx:last.idx + len(last.text)]


def sent_ents(sent: SpacySpan) -> list[SpacySpan]:
    """The entities inside a sentence (found once per sentence: the rules ask for them per trigger)."""
    doc = sent.doc
    memo = doc.user_data.setdefault(_SENT_ENTS, {})
    key = (sent.start, sent.end)
    found = memo.get(key)
    if found is None:
        found = memo[key] = tuple(e for e in doc_ents(doc) if e.start >= key[0] and e.end <= key[1])
    return list(found)


def forget(doc: Doc) -> None:
    """Drop the caches: the entity spans and tokens point back at the Doc, and that cycle would outlive the
    article."""
    for key in (_TEXT, _ENTS, _ENT_AT, _MATCH, _TOKEN, _KIDS, _SENT_ENTS):
        doc.user_data.pop(key, None)

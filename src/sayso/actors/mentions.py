"""Noun phrases and the mentions actors get: a phrase's tokens, its text and document span, whether it is
definite, and the CAMEO-style code of a country and sector."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from sayso.doccache import kids, text_between
from sayso.model import Actor

NP_LEFT_DEPS = {"compound", "amod", "poss", "det", "nmod", "nummod", "quantmod"}


def actor_code(country: str | None, sector: str | None, cameo: str | None = None) -> str | None:
    """The CAMEO-style code: country code then sector ('RUSGOV'), or whichever part is known."""
    head = cameo or country or ""
    return (head + (sector or "")) or None


def span_actor(doc_off: int, first: Token, last: Token, **fields) -> Actor:
    """An Actor whose mention runs from `first` to `last` (inclusive), with document offsets."""
    start = first.idx + doc_off
    end = last.idx + len(last.text) + doc_off
    text = text_between(first, last)
    return Actor(text=text, start=start, end=end, **fields)


def np_tokens(head: Token) -> list[Token]:
    """The noun phrase up to its head: left modifiers (with their subtrees) and the head."""
    left = head.i
    for c in kids(head):
        if c.i > head.i:
            break  # (children come in order: the left ones first)
        if any(g.dep_ in ("nsubj", "nsubjpass") and not (g.pos_ == "ADJ" and g.ent_type_ in ("DEMONYM", "NORP"))
               for g in kids(c)):
            # a misparsed clause ('Merkel hosted Putin' read as 'hosted' modifying 'Putin'); an adjective is no
            # subject ('a Chinese refrigerated cargo ship' with 'Chinese' made the subject of 'refrigerated')
            continue
        if is_coordinated_modifier(c):
            continue  # 'Rebels and government forces': a coordinated noun the parser hung as a modifier
        if c.dep_ in NP_LEFT_DEPS or (c.dep_ == "punct" and c.text == "-"):
            left = min(left, c.left_edge.i)
    doc = head.doc
    return [doc[i] for i in range(left, head.i + 1)]


def text(words: list[Token]) -> str:
    """The document text covered by a token list."""
    return text_between(words[0], words[-1])


def with_np_text(actor: Actor, words: list[Token], off: int) -> Actor:
    """Widen an actor's mention to the whole noun phrase ('Russian President Vladimir Putin')."""
    start = words[0].idx + off
    if start >= actor.start:
        return actor
    return replace(actor, text=text(words) if words[-1].idx + off < actor.end else actor.text,
                   start=min(start, actor.start))


def is_definite(tok: Token) -> bool:
    """A definite description: 'the politician', 'the ministry'."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in kids(tok))


def is_coordinated_modifier(tok: Token) -> bool:
    """'Rebels and government forces': a plural noun with its own 'and' that the parser hung as a modifier of
    the next noun is a conjunct ('US and British warplanes', 'UN and European mediators' are modifiers)."""
    return tok.dep_ == "nmod" and tok.tag_ == "NNS" and tok.i < tok.head.i and any(g.dep_ == "cc" for g in kids(tok))

"""Who says so: direct-quote spans, speech cues and the attribution chain of every token."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from sayso.events.lexicon import Cue, Lexicon

OPEN_QUOTES = "“«„"
CLOSE_QUOTES = "”»"
STRAIGHT = '"'
CONTENT_DEPS = {"ccomp", "parataxis"}
PASSIVE_SUBJ = {"nsubjpass"}


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A direct quotation: character offsets into the document, inner text without the marks."""

    start: int
    end: int

    def contains(self, pos: int) -> bool:
        """True when a character offset lies inside the quote."""
        return self.start <= pos < self.end


def find_quotes(text: str) -> list[QuoteSpan]:
    """Direct quotes by their marks: curly or straight, across sentences; unbalanced ones end at the paragraph.

    A curly quote left open at the end of a paragraph stays open when the next paragraph opens
    with a quote mark (the news convention for quotes that run over several paragraphs).
    """
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    opener = ""
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\n" and open_at is not None and text.startswith("\n\n", i):
            j = i
            while j < n and text[j] in "\n \t":
                j += 1
            if not (j < n and text[j] in OPEN_QUOTES + STRAIGHT):
                spans.append(QuoteSpan(open_at, i))
                open_at = None
        elif ch in OPEN_QUOTES or (ch == STRAIGHT and open_at is None):
            if open_at is not None and opener != STRAIGHT and ch in OPEN_QUOTES:
                # a new opening mark while one is open: the earlier quote ran on; keep one span
                pass
            elif open_at is None:
                open_at, opener = i + 1, ch
        elif (ch in CLOSE_QUOTES or ch == STRAIGHT) and open_at is not None:
            spans.append(QuoteSpan(open_at, i))
            open_at = None
        i += 1
    if open_at is not None:
        spans.append(QuoteSpan(open_at, n))
    return [s for s in spans if s.end - s.start > 1]


def cue_for(tok: Token, lexicon: Lexicon) -> Cue | None:
    """The speech/cognition cue a verb token is, if any ('said', 'claimed', 'summed up')."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    return lexicon.cue(tok.lemma_.lower())


def according_to(tok: Token) -> Token | None:
    """The source of an 'according to X' (or 'in the words of X') attached to a clause head."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "according":
            for to in c.children:
                if to.lower_ == "to":
                    objs = [o for o in to.children if o.dep_ == "pobj"]
                    if objs:
                        return objs[0]
    return None


def speaker_token(cue_tok: Token) -> Token | None:
    """The grammatical speaker of a cue: its subject, or the subject it shares through coordination."""
    t = cue_tok
    for _ in range(4):
        for c in t.children:
            if c.dep_ in ("nsubj",):
                return c
            if c.dep_ == "agent":
                objs = [o for o in c.children if o.dep_ == "pobj"]
                if objs:
                    return objs[0]
        if t.dep_ in ("conj", "xcomp", "advcl") and t.head.i != t.i:
            t = t.head
        else:
            break
    return None


def cue_content(cue_tok: Token) -> list[Token]:
    """The clausal content of a speech cue: its ccomp (and parataxis) children."""
    return [c for c in cue_tok.children if c.dep_ in CONTENT_DEPS]


def chain_steps(tok: Token, lexicon: Lexicon) -> list[tuple[str, Token]]:
    """The cue and 'according to' tokens governing `tok`, innermost first, as (kind, token) pairs.

    Walks up the dependency tree; passing from a clause into the head it is the content of
    (ccomp/parataxis of a speech cue) adds that cue; an 'according to X' on any clause on the way
    adds X.
    """
    steps: list[tuple[str, Token]] = []
    t = tok
    seen = 0
    while seen < 50:
        seen += 1
        acc = according_to(t)
        if acc is not None:
            steps.append(("according_to", acc))
        h = t.head
        if h.i == t.i:
            break
        if t.dep_ in CONTENT_DEPS and cue_for(h, lexicon) is not None:
            steps.append(("cue", h))
        t = h
    return steps

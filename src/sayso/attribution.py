"""Who says so: direct-quote spans, speech cues and the attribution chain of every token."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from sayso.doccache import kids
from sayso.events.lexicon import Cue, Lexicon

OPEN_QUOTES = "“«„"
CLOSE_QUOTES = "”»"
STRAIGHT = '"'
#: The characters find_quotes acts on: quote marks and line breaks.
_MARKS = re.compile("[\n" + re.escape(OPEN_QUOTES + CLOSE_QUOTES + STRAIGHT) + "]")
CONTENT_DEPS = {"ccomp", "parataxis"}
#: The parts of speech a cue can have (cue_for answers None for any other token without a lookup).
CUE_POS = ("VERB", "AUX")
#: Cues whose 'of'/'for' gerund is a claim about the accused ('accused X of shelling').
ACCUSING_CUES = {"accuse", "blame", "charge", "condemn", "criticise", "criticize", "denounce", "fault", "suspect"}
#: Cues whose infinitive or gerund complement is reported content, not the speaker's own act.
REPORTING_XCOMP = {"deny", "admit", "claim", "acknowledge", "allege", "confirm", "report", "recall"}


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
    n = len(text)
    for m in _MARKS.finditer(text):  # (every other character leaves the state as it is)
        i = m.start()
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
    if open_at is not None:
        spans.append(QuoteSpan(open_at, n))
    return [s for s in spans if s.end - s.start > 1]


def cue_for(tok: Token, lexicon: Lexicon) -> Cue | None:
    """The speech/cognition cue a verb token is, if any ('said', 'claimed', 'summed up')."""
    if tok.pos_ not in CUE_POS:
        return None
    return lexicon.cue(tok.lemma_.lower())


def according_to(tok: Token) -> Token | None:
    """The source of an 'according to X' (or 'in the words of X') attached to a clause head."""
    for c in kids(tok):
        if c.dep_ == "prep" and c.lower_ == "according":
            for to in kids(c):
                if to.lower_ == "to":
                    objs = [o for o in kids(to) if o.dep_ == "pobj"]
                    if objs:
                        return objs[0]
    return None


#: Nouns for something said or written, whose participle speaks for its issuer ('a statement demanding ...').
UTTERANCE_NOUNS = {"statement", "letter", "declaration", "resolution", "report", "communique", "communiqué",
                   "message", "speech", "appeal", "petition", "note", "memo", "memorandum", "document", "video",
                   "post", "tweet", "announcement", "address", "interview", "editorial", "broadcast", "comment",
                   "remark", "remarks", "notice", "decree", "order", "motion", "bill", "ultimatum", "plea"}


#: Verbs by which a speaker puts out a statement ('issued a statement demanding ...').
ISSUE_VERBS = {"issue", "release", "publish", "make", "adopt", "pass", "send", "deliver", "post", "sign", "read",
               "give", "draft", "circulate", "submit", "put", "present", "table", "broadcast", "approve", "write"}


def speaker_token(cue_tok: Token) -> Token | None:
    """The grammatical speaker of a cue: its subject, or the subject it shares through coordination."""
    t = cue_tok
    for _ in range(4):
        for c in kids(t):
            if c.dep_ in ("nsubj",):
                inner = [g for g in kids(c) if g.dep_ == "nsubj"] if c.tag_ in ("VBG", "VBN") else []
                return inner[0] if inner else c  # 'The Red Cross working in Yemen said' misparsed
            if c.dep_ == "agent":
                objs = [o for o in kids(c) if o.dep_ == "pobj"]
                if objs:
                    return objs[0]
            if c.dep_ == "csubj" and c.tag_ in ("VBG", "VBN"):
                # 'The Red Cross working in Syria said': the parser made the participle a clausal subject
                subj = [g for g in kids(c) if g.dep_ == "nsubj"]
                if subj:
                    return subj[0]
        if t.dep_ in ("conj", "xcomp", "advcl") and t.head.i != t.i:
            t = t.head
        elif t.dep_ == "acl" and t.head.pos_ == "NOUN" and t.head.dep_ in ("dobj", "pobj") and \
                t.head.lemma_.lower() in UTTERANCE_NOUNS:
            # 'issued a statement demanding that ...', 'in a statement calling for ...': the issuer speaks;
            # 'vetoed a resolution condemning ...' names no speaker of it
            noun = t.head
            if noun.dep_ == "dobj" and noun.head.lemma_.lower() not in ISSUE_VERBS:
                return None
            t = noun.head if noun.dep_ == "dobj" else noun.head.head
        elif t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN") and t.tag_ == "VBG":
            return t.head  # 'fired tear gas at demonstrators demanding lower taxes': the demonstrators demand
        else:
            break
    return None


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
        trailing = trailing_cue(t, lexicon)
        if trailing is not None and trailing.i != tok.i:
            steps.append(("cue", trailing))
        h = t.head
        if h.i == t.i:
            break
        if is_content_of(t, h, lexicon):
            steps.append(("cue", h))
        elif t.dep_ in ("relcl", "acl") and _has_that(t) and h.dep_ in ("dobj", "pobj"):
            # 'told a news conference that Russia had not attacked': the clause hangs on the noun
            gov = h.head if h.dep_ == "dobj" else h.head.head
            if cue_for(gov, lexicon) is not None:
                steps.append(("cue", gov))
                t = gov
                continue
        t = h
    return steps


def _has_that(tok: Token) -> bool:
    """A clause introduced by the complementiser 'that'."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in kids(tok))


def is_content_of(clause: Token, cue_tok: Token, lexicon: Lexicon) -> bool:
    """Whether a clause is the reported content of a cue verb.

    ccomp and parataxis are content, and xcomp too for cues that report rather than commit
    ('denied firing', 'admitted having'). A clause before the cue that a semicolon or colon
    separates from it, or before a cue that has its own object, is not ('EU imposes
    sanctions; Minsk condemns move').
    """
    cue = cue_for(cue_tok, lexicon)
    if cue is None:
        return False
    if clause.dep_ == "prep" and clause.lower_ in ("of", "for") and cue.lemma in ACCUSING_CUES:
        # 'accused Ukraine of shelling Donetsk': the shelling is the accuser's claim
        return any(c.dep_ == "pcomp" for c in kids(clause))
    if clause.dep_ == "xcomp":
        return (cue.content_mood is None and cue.stance in ("denies", "doubts")) or cue.lemma in REPORTING_XCOMP
    if clause.dep_ not in CONTENT_DEPS:
        return False
    if clause.i < cue_tok.i:
        between = cue_tok.doc[clause.i:cue_tok.i]
        if any(t.text in (";", ":") for t in between):
            return False
        if any(c.dep_ == "dobj" for c in kids(cue_tok)):
            return False
    return True


def trailing_cue(clause: Token, lexicon: Lexicon) -> Token | None:
    """'Warplanes struck targets near Damascus, state media reported': a cue parsed as a child of its content."""
    for c in kids(clause):
        if c.dep_ in ("parataxis", "ccomp", "advcl") and c.i > clause.i and cue_for(c, lexicon) is not None \
                and any(g.dep_ in ("nsubj", "nsubjpass") for g in kids(c)) \
                and not any(g.dep_ in ("ccomp", "xcomp", "dobj") for g in kids(c)):
            return c
    return None

"""Anchor an event in time and space: the date expression and the place its clause carries.

Pure functions over a trigger token and its sentence; the coder passes the article's publication date
and its country focus.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sayso.doccache import kids, sent_ents, subtree
from sayso.model import EventDate, Place
from sayso.when_where import default_date, resolve_date, resolve_place

PLACE_LABELS = {"GPE", "LOC", "FAC", "COUNTRY", "CAPITAL"}
PLACE_PREPS = {"in", "near", "at", "outside", "inside", "around", "across", "into", "from", "through", "outside of"}
#: Verbs and nouns whose object is the place where the event happens.
PLACE_OBJECT_VERBS = {"capture", "seize", "visit", "invade", "occupy", "storm", "enter", "besiege", "shell",
                      "bomb", "retake", "recapture", "liberate", "encircle", "surround", "raid", "tour", "take"}
PLACE_OBJECT_NOUNS = {"invasion", "occupation", "siege", "capture", "bombing", "shelling", "blockade",
                      "visit", "tour", "liberation", "annexation", "recapture", "fall"}
NOT_PLACES = {"PERSON", "PERSON_ACTOR", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"}
NOUN_MODIFIER_DEPS = {"nummod", "compound", "amod", "poss", "nmod", "quantmod"}


def clause_of(tok: Token) -> Token:
    """The nearest clause head at or above a token."""
    t = tok
    while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
        t = t.head
    return t


def event_date(tok: Token, sent: SpacySpan, on: date | None, fact: str) -> EventDate | None:
    """A date expression in the trigger's clause, else in its sentence, else the publication date."""
    future = fact in ("intended", "threatened", "demanded")
    ents = [e for e in sent_ents(sent) if e.label_ == "DATE"]
    ents = [e for e in ents if e.root.dep_ not in NOUN_MODIFIER_DEPS]  # 'the 2014 blast' dates the blast
    own = clause_of(tok).i if ents else -1  # (worked out once, not for every token of every date)
    below = {t.idx for t in subtree(tok)} if ents else set()
    local = [e for e in ents if any(clause_of(t).i == own or t.idx in below for t in e)]
    adverbial = [e for e in ents if e not in local and _is_adverbial(e)]
    for e in local + adverbial:
        got = resolve_date(_date_text(e), on, future=future)
        if got is not None:
            return got
    return default_date(on)


def _is_adverbial(ent: SpacySpan) -> bool:
    """A date that modifies a clause ('on Monday', 'last week'), not a noun ('the 2014 blast')."""
    root = ent.root
    if root.dep_ in ("npadvmod", "tmod", "advmod"):
        return True
    return root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.pos_ in ("VERB", "AUX")


def _date_text(ent: SpacySpan) -> str:
    """The date phrase with a leading 'within' / 'over the next' the tagger left out ('within seven days')."""
    doc = ent.doc
    start = ent.start
    while start > 0 and doc[start - 1].lower_ in ("within", "in", "over", "next", "past", "the", "last"):
        start -= 1
    return _strip_brackets(doc[start:ent.end].text)


def _strip_brackets(text: str) -> str:
    """Date text without stray brackets or quote marks that NER sometimes includes."""
    return text.strip("[]()“”\"' ")


def place_and_mention(tok: Token, sent: SpacySpan, off: int, focus: str | None,
                      used: set[tuple[int, int]]) -> tuple[Place, SpacySpan] | None:
    """The event's place ('in Aleppo', 'meeting in China', 'stormed Mariupol', else the sentence's) with the
    name that gave it; `used` are the document offsets of the event's actors, which are not its place."""
    cands: list[SpacySpan] = []
    for e in sent_ents(sent):
        after_prep = e.root.dep_ == "pobj" and e.root.head.lower_ in PLACE_PREPS
        # 'in Rotterdam' tagged as a person: after a place preposition a one-word name may still be a place
        person_place = e.label_ == "PERSON" and after_prep and len(e) == 1
        if (e.label_ in NOT_PLACES and not person_place) or (e.start_char + off, e.end_char + off) in used:
            continue
        # the tagger sometimes labels a place as a language or a group ('Aleppo'): after a place
        # preposition any name is tried against the gazetteer; elsewhere only place labels are
        if after_prep or (e.label_ in PLACE_LABELS and e.root.head.dep_ == "prep" and
                          e.root.head.lower_ in PLACE_PREPS):
            cands.append(e)
    below = {t.idx for t in subtree(tok)} if cands else set()  # (worked out once, not for every candidate)
    own = clause_of(tok).i if cands else -1
    local = [e for e in cands if e.root.idx in below or e.root.head.head.i == own]
    for e in place_objects(tok, sent) + local + [e for e in cands if e not in local]:
        got = resolve_place(e.text, country_focus=focus)
        if got is not None:
            return got, e
    return None


def place_objects(tok: Token, sent: SpacySpan) -> list[SpacySpan]:
    """Places that are what the event is done to: 'captured Kherson', 'will visit Paris', 'invasion of
    Ukraine', 'an offensive on Mosul' (a city or region there, not a country acting)."""
    lemma = tok.lemma_.lower()
    heads = [tok]
    if tok.pos_ == "VERB":
        heads += [o for o in kids(tok) if o.dep_ == "dobj" and o.pos_ == "NOUN"]  # 'launched an offensive'
    out = []
    for e in sent_ents(sent):
        if e.label_ in NOT_PLACES:
            continue
        root = e.root
        if root.dep_ == "dobj" and root.head.i == tok.i and lemma in PLACE_OBJECT_VERBS:
            out.append(e)
        elif root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.i in {h.i for h in heads}:
            prep = root.head.lower_
            if (prep == "of" and lemma in PLACE_OBJECT_NOUNS) or \
                    (prep in ("on", "against", "toward", "towards") and e.label_ in ("GPE", "LOC", "FAC")):
                out.append(e)
    return out

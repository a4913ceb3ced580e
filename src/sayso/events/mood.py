"""Mood and factuality: is the event asserted, reported, intended, threatened, demanded, hypothetical...?"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.doccache import kids
from sayso.events.lexicon import Lexicon
from sayso.events.matching import MEETING_HEADS
from sayso.events.negation import WARNING_VERBS, intent_noun, unhesitating
from sayso.events.relations import ASKING_NOUNS
from sayso.events.tree import (
    has_for_mark,
    has_that,
    has_to,
    is_infinitive_complement,
    is_passive,
    purpose_phrase_verb,
)

HEDGES = {"allegedly", "reportedly", "apparently", "purportedly", "supposedly", "possibly", "perhaps",
          "probably", "likely"}
UNCERTAIN_MODALS = {"may", "might"}
HYPOTHETICAL_MODALS = {"would", "could", "should"}
DEMAND_MODALS = {"must", "ought"}
FUTURE = {"will", "shall", "'ll"}
#: Heads whose infinitive is an act not yet done ('continue to send' is done, so it is not here).
INTENT_HEADS = {"plan", "intend", "aim", "want", "seek", "hope", "prepare", "decide", "resolve", "try",
                "mean", "offer", "agree", "promise", "pledge", "vow", "propose", "expect",
                "schedule", "due",
                # adjectives of readiness: 'China was ready to work with France'
                "ready", "willing", "prepared", "eager", "determined", "keen", "poised", "set"}
THREAT_HEADS = {"threaten"}
DEMAND_HEADS = {"urge", "call", "demand", "ask", "appeal", "press", "insist", "order", "request", "need",
                "require"}
#: Heads that ask an act of their object only when they have one ('pressured the government to resign';
#: 'the army pushed to retake the town' is the army's own effort).
OBJECT_DEMAND_HEADS = {"pressure", "push", "lobby", "encourage", "exhort", "implore", "beg", "persuade", "convince"}
DEMAND_ADJ = {"necessary", "important", "essential", "vital", "imperative", "crucial", "needed"}


#: Verbs that only say when an act starts or goes on ('began pulling out', 'will start withdrawing'): the
#: act takes their mood.
ASPECTUAL = {"begin", "start", "continue", "resume", "keep"}


#: Words whose 'for X to V' clause is what is asked for ('called for the president to resign').
FOR_DEMANDS = frozenset({"call", "appeal", "press", "push", "plea", "campaign", "lobby", "pressure", "clamour",
                         "clamor", "demand", "ask", "petition", "agitate"})


def mood_of(tok: Token, lexicon: Lexicon) -> str | None:
    """The mood the grammar gives an event (None when it is a plain statement of fact)."""
    if (head := unhesitating(tok)) is not None:
        return mood_of(head, lexicon)  # 'would not hesitate to strike' is as meant as 'would strike'
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        # 'threatened to declare a curfew': a nominal event shares the mood of the act that brings it
        governing = mood_of(tok.head, lexicon)
        if governing is not None:
            return governing
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.lemma_.lower() in MEETING_HEADS and \
            tok.head.lower_ in ("to", "into", "in") and tok.head.head.pos_ == "VERB":
        # 'urged Israel to return to negotiations', 'agreed to take part in talks': talks one goes back to or
        # joins are as real as the going back (an attack one responds to is not: only talks)
        governing = mood_of(tok.head.head, lexicon)
        if governing is not None:
            return governing
    own_kids = kids(tok)
    aux = {c.lower_ for c in own_kids if c.dep_ == "aux"}  # (the modals and auxiliaries asked about below)
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in own_kids):
        return "hypothetical"
    if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("any", "every") for c in own_kids):
        return "hypothetical"  # 'warned that any attack on Lebanon would be answered': no attack has happened
    if _alleged(tok):
        return "uncertain"
    if has_for_mark(tok) and has_to(tok):
        # 'called for the president to resign', 'calls for X to go': wanted, never a fact
        return "demanded" if tok.head.lemma_.lower() in DEMAND_HEADS | FOR_DEMANDS else "hypothetical"
    if tok.dep_ == "advcl" and any(c.lower_ in ("if", "unless") for c in own_kids):
        return "hypothetical"
    if any(c.lower_ in HEDGES for c in own_kids) or aux & UNCERTAIN_MODALS:
        return "uncertain"
    if aux & DEMAND_MODALS:
        return "demanded"
    if "would" in aux and _reported_clause(tok, lexicon):
        return "intended"  # 'said she would not back the plan': the future of reported speech, not a supposition
    if aux & HYPOTHETICAL_MODALS:
        return "hypothetical"
    if tok.dep_ in ("csubj", "csubjpass") and any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS | UNCERTAIN_MODALS
                                                  for c in kids(tok.head)):
        return "hypothetical"  # 'arming Russia would damage relations': the arming is a supposition
    if tok.dep_ == "pcomp" and tok.head.lower_ == "against" and tok.head.head.lemma_.lower() in WARNING_VERBS:
        return "hypothetical"  # 'warned Washington against selling weapons to Taiwan': not done, warned off
    if tok.dep_ == "pcomp" and intent_noun(tok) is not None:
        return "intended"  # 'has no intention of attacking Kosovo': an aim (disavowed here), not an act
    if (noun_mood := _proposal_mood(tok)) is not None:
        return noun_mood  # 'declined an invitation to join the talks': the joining is only proposed
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ASPECTUAL and tok.head.i != tok.i:
        return mood_of(tok.head, lexicon)  # 'would begin pulling its troops out': the beginning's mood
    t = tok
    for _ in range(5):
        if t.dep_ in ("xcomp", "ccomp", "conj", "advcl") and t.head.i != t.i:
            head = t.head
            lemma = head.lemma_.lower()
            cue = lexicon.cue(lemma)
            infinitive = is_infinitive_complement(t)
            # 'pressure the government to resign' parsed as a clause with its own subject
            asked = t.dep_ == "ccomp" and has_to(t) and any(c.dep_ == "nsubj" for c in kids(t))
            # ('the premier was pressed by parliament to help Nepal': the one asked is the passive's subject)
            on_object = asked or any(c.dep_ == "dobj" or (c.dep_ == "nsubjpass" and lemma in OBJECT_DEMAND_HEADS)
                                     for c in kids(head))
            if infinitive or asked or (t.dep_ == "ccomp" and cue and cue.content_mood):
                if lemma in THREAT_HEADS or (cue and cue.content_mood == "threatened"):
                    return "threatened"
                if infinitive and lemma in INTENT_HEADS and not on_object:
                    return "intended"  # 'X wants to help Y' is X's intent; 'X wants Y to help' a demand
                if lemma in DEMAND_HEADS or lemma in DEMAND_ADJ or (cue and cue.content_mood == "demanded") or \
                        (lemma in OBJECT_DEMAND_HEADS and on_object):
                    return "demanded"
                if lemma in INTENT_HEADS or (cue and cue.content_mood == "intended"):
                    return "intended"
                if head.pos_ == "ADJ" and lemma in DEMAND_ADJ:
                    return "demanded"
            if t.dep_ == "conj":
                t = head
                continue
            if infinitive and head.pos_ in ("VERB", "AUX", "ADJ"):
                t = head
                continue
        break
    if aux & FUTURE:
        return "intended"
    if tok.dep_ == "ROOT" and has_to(tok) and any(c.dep_ in ("nsubj", "nsubjpass") for c in own_kids):
        return "intended"  # a headline's future: 'Germany to send more Patriot systems to Ukraine'
    return None


def purpose_clause(tok: Token) -> bool:
    """An act that is the purpose of another ('deployed troops to help fight the insurgents', 'fired tear gas
    to disperse the crowd'): a 'to' clause on a verb, or an infinitive under one; it has not happened yet."""
    t = tok
    for _ in range(3):
        if (t.dep_ == "advcl" and t.head.i != t.i and t.head.pos_ in ("VERB", "AUX") and has_to(t)) or \
                purpose_phrase_verb(t) is not None:  # '... in a bid to force the Commission to act'
            return True
        if t.dep_ != "xcomp" or t.head.i == t.i:
            return False
        t = t.head
    return False


#: Nouns whose 'to' infinitive is asked for ('an ultimatum to hand over the guard', 'a resolution to ...').
DEMAND_NOUNS = ASKING_NOUNS | {"pressure", "motion", "resolution"}
#: Ordinals that make 'the first country to recognise X' a fact, not a proposal.
ORDINAL_ADJ = frozenset({"first", "second", "third", "last", "only", "latest", "next"})


def _proposal_mood(tok: Token) -> str | None:
    """The mood of a 'to' infinitive that hangs on a noun: what an invitation, offer, plan or pledge
    proposes is intended, what a call, demand or ultimatum asks is demanded, a threat is threatened
    ('declined an invitation to join', 'an ultimatum to hand over'); not 'the first country to recognise'.
    A 'that' clause on a demand noun is demanded too ('its demand that X release ...')."""
    head = tok.head
    if tok.dep_ == "acl" and head.pos_ == "NOUN" and head.lemma_.lower() in DEMAND_NOUNS and \
            has_that(tok):
        return "demanded"  # 'renewed its demand that Azerbaijan release the prisoners'
    if tok.dep_ != "acl" or head.pos_ != "NOUN" or not has_to(tok):
        return None
    if any(c.lower_ in ORDINAL_ADJ for c in kids(head) if c.dep_ in ("amod", "advmod")):
        return None
    lemma = head.lemma_.lower()
    if lemma in THREAT_HEADS or lemma == "threat":
        return "threatened"
    return "demanded" if lemma in DEMAND_NOUNS else "intended"


#: Participles whose 'of' / 'with' / 'for' gerund is only alleged ('a man suspected of killing', 'the general was
#: charged with ordering', 'arrested for spying'); 'convicted of' and 'jailed for' are not among them.
ALLEGING = frozenset({"suspect", "accuse", "charge", "blame", "allege", "indict", "implicate", "arrest", "detain",
                      "want", "investigate", "question"})


def _alleged(tok: Token) -> bool:
    """An act that someone is only suspected or charged of, with no speaker saying so ('a man suspected of
    killing two missionaries'): not asserted. An accuser's own claim ('X accused Y of ...') is reported."""
    if tok.dep_ != "pcomp" or tok.head.dep_ != "prep" or tok.head.lower_ not in ("of", "with", "for"):
        return False
    verb = tok.head.head
    return verb.lemma_.lower() in ALLEGING and is_passive(verb)


def _reported_clause(tok: Token, lexicon: Lexicon) -> bool:
    """A clause that is the content of a speech cue ('X said (that) ... would ...'), or coordinated with one."""
    t = tok
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    cue = lexicon.cue(t.head.lemma_.lower()) if t.dep_ == "ccomp" else None
    return cue is not None and cue.kind == "speech"


def factuality(mood: str | None, stances: list[str], negated_by_denial: bool = False) -> str:
    """Combine mood and the stance of the innermost cue into one factuality value."""
    if (stances and stances[-1] == "denies") or negated_by_denial:
        return "denied"
    if mood:
        return mood
    if stances and stances[-1] == "doubts":
        return "uncertain"
    if stances:
        return "reported"
    return "asserted"

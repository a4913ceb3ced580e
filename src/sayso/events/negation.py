"""Acts that did not happen: negated, refused, prevented or called off, and acts only intended
('has no plans to invade')."""

from __future__ import annotations

from spacy.tokens import Token

from sayso.doccache import children, kids
from sayso.events.tree import has_to, is_infinitive_complement

#: Verbs whose infinitive complement is an act not done.
REFUSAL_VERBS = {"refuse", "decline", "fail", "reject", "resist", "avoid", "rule"}


def is_negated(tok: Token) -> bool:
    """Negation on the trigger ('did not attack', 'no talks'), or shared from the verb it is coordinated with."""
    if any(c.dep_ == "neg" or (c.lower_ in ("no", "never") and c.dep_ in ("det", "advmod", "neg"))
           for c in kids(tok)):
        return True
    if any(c.lower_ in ("longer", "more") and c.dep_ == "advmod" and any(g.lower_ == "no" for g in kids(c))
           for c in kids(tok)):
        return True  # 'would no longer cooperate'
    if tok.dep_ == "conj" and not children(tok, "nsubj", "nsubjpass"):
        return is_negated(tok.head)
    if tok.dep_ == "pcomp" and _prevented(tok.head):
        return True  # 'took the town without firing a shot', 'stopped short of imposing sanctions'
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in CALLED_OFF:
        return True  # 'postponed a planned protest': it did not take place
    if (noun := intent_noun(tok)) is not None and \
            any(c.lower_ == "no" and c.dep_ in ("det", "neg") for c in kids(noun)):
        return True  # 'has no plans to invade', 'no intention of attacking': disavowed
    if tok.pos_ == "NOUN" and (verb := _governing_verb(tok)) is not None and is_infinitive_complement(verb) and \
            verb.head.lemma_.lower() in REFUSAL_VERBS:
        return True  # 'refused to take part in talks': the talks the refusal is about did not happen
    if tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_.lower() in LETTING_VERBS and tok.head.i != tok.i:
        return is_negated(tok.head)  # 'refused to let the refugees enter', 'did not allow inspectors to visit'
    # 'refused to deploy troops': the deployment did not happen
    return is_infinitive_complement(tok) and tok.head.lemma_.lower() in REFUSAL_VERBS


def unhesitating(tok: Token) -> Token | None:
    """The negated 'hesitate' whose infinitive `tok` is ('would not hesitate to strike': the strike is as
    meant as 'would strike'), else None."""
    head = tok.head
    if head.i != tok.i and head.lemma_.lower() == "hesitate" and is_infinitive_complement(tok) and \
            children(head, "neg"):
        return head
    return None


#: Verbs that let another act: what they would let happen does not when they are refused or negated.
LETTING_VERBS = frozenset({"let", "allow", "permit"})


def _governing_verb(noun: Token) -> Token | None:
    """The verb a noun is the object of, directly or through its prepositions and object nouns ('take part
    in talks' -> take)."""
    t = noun
    for _ in range(4):
        if t.dep_ not in ("dobj", "pobj", "prep") or t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


#: Nouns for an aim, whose 'to' infinitive or 'of' gerund is an act only intended ('plans to invade',
#: 'the intention of attacking').
INTENT_NOUNS = frozenset({"plan", "intention", "intent", "desire", "wish", "ambition", "aim"})


def intent_noun(tok: Token) -> Token | None:
    """The aim noun whose act `tok` is: 'plans to invade', 'no intention of attacking'; None otherwise."""
    if tok.dep_ == "acl" and has_to(tok):
        noun = tok.head
    elif tok.dep_ == "pcomp" and tok.head.lower_ == "of":
        noun = tok.head.head
    else:
        return None
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in INTENT_NOUNS else None


#: Verbs (and 'stopped short') whose 'from'/'of' gerund names an act kept from happening.
PREVENTING = frozenset({"refrain", "prevent", "stop", "bar", "keep", "deter", "dissuade", "restrain", "prohibit",
                        "desist", "abstain", "block", "short"})
#: Verbs whose object event does not take place ('postponed the protest', 'cancelled the talks').
CALLED_OFF = frozenset({"postpone", "delay", "defer", "cancel", "scrap", "shelve", "abandon", "forgo", "forego"})
#: Verbs whose 'against V-ing' names an act their object is warned off, not one done ('warned Washington
#: against selling arms': Washington would sell).
WARNING_VERBS = frozenset({"warn", "caution", "advise"})


def _prevented(prep: Token) -> bool:
    """A preposition that introduces an act kept from happening: 'without firing', 'refrained from
    attacking', 'prevented the protesters from marching', 'stopped short of imposing'."""
    low = prep.lower_
    if low == "without":
        return True
    return low in ("from", "of") and prep.head.lemma_.lower() in PREVENTING

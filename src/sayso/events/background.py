"""Background events: acts a sentence mentions only to date or explain its main event.

'Serbia lifted the curfew, a week after rebels seized the town' reports the lifting; the seizure was news a
week earlier and is coded from its own article. Coding it again from every later mention would count one
act many times with a vague date, so by default sayso notes such triggers instead of coding them
(`--background keep` codes them too, with the rule suffix '+background').
"""

from __future__ import annotations

from spacy.tokens import Token

from sayso.doccache import kids

#: Prepositions and conjunctions that place one event in time against another.
TEMPORAL = frozenset({"after", "since", "following", "before", "until"})


def is_background(tok: Token) -> bool:
    """Whether a trigger sits in a clause or phrase that puts its event at another time than the main
    event's: 'a week after rebels seized the town', 'since last month's attack', 'whom they had seized'.
    'Retook the village after fierce fighting' is one episode: the fighting is not background."""
    t = tok
    for _ in range(8):
        if t.dep_ == "pobj" and t.head.lower_ in TEMPORAL and (_shifted(t.head) or _own_time(t)):
            return True
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TEMPORAL and
                                     (_shifted(c) or _own_time(t) or _measured_before(t, c))
                                     for c in kids(t)):
            return True
        if t.dep_ == "relcl" and _past_perfect(t) and _has_gap(t):
            return True
        if t.head.i == t.i or t.dep_ in ("ROOT", "ccomp"):
            return False
        t = t.head
    return False


def _shifted(word: Token) -> bool:
    """A temporal word measured off the main event ('a week after', 'days before') or 'since'."""
    return word.lower_ == "since" or any(c.dep_ == "npadvmod" for c in kids(word))


def _measured_before(clause: Token, mark: Token) -> bool:
    """'Hours after the US vetoed ...' with the measure hung on the clause's verb, not on 'after'."""
    return any(c.dep_ == "npadvmod" and c.i < mark.i for c in kids(clause))


def _own_time(t: Token) -> bool:
    """A clause or phrase with a time of its own: a past perfect, or a date inside it ('last month's attack')."""
    return _past_perfect(t) or any(x.ent_type_ == "DATE" for x in t.subtree if x.i != t.i)


def _has_gap(t: Token) -> bool:
    """A real relative clause: a relative pronoun in it, or its object left to the noun it modifies ('the
    town rebels had seized'). 'told a news conference that Russia had not attacked Ukraine', parsed as a
    relative clause, has its subject and object and is the content of what was told."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and c.lower_ in RELATIVES for c in t.subtree):
        return True
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in kids(t))


#: Relative pronouns ('that' only when it fills a role, not as the complementiser 'that').
RELATIVES = frozenset({"who", "whom", "which", "that", "whose"})


def _past_perfect(t: Token) -> bool:
    """'had seized': an act before the time the sentence reports."""
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in kids(t))

"""Acts announced on a condition: the condition clause and the threat (13x) an act becomes."""

from __future__ import annotations

from spacy.tokens import Token

from sayso.doccache import kids
from sayso.events import tree
from sayso.events.negation import unhesitating

#: The threat (13x) an act becomes when announced on a condition: most specific code prefix first.
THREAT_AS = (("161", "1313"), ("162", "1311"), ("163", "1312"), ("164", "134"), ("165", "135"),
             ("166", "136"), ("0874", "136"), ("172", "132"), ("12", "130"), ("14", "133"), ("15", "138"),
             ("16", "131"), ("17", "137"), ("18", "1383"), ("19", "1384"), ("20", "1385"))


def threat_code(code: str) -> str | None:
    """The threat code for a hostile act (None for cooperative acts: 'will sign if ...' is no threat)."""
    return next((threat for prefix, threat in THREAT_AS if code.startswith(prefix)), None)


def condition_clause(tok: Token) -> Token | None:
    """The 'unless ...' / 'if ...' clause attached to a future or modal act ('will cut aid unless X ...')."""
    if (head := unhesitating(tok)) is not None and (found := condition_clause(head)) is not None:
        return found  # 'would not hesitate, if attacked, to strike': the condition may hang on 'hesitate'
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in kids(tok)) and \
            not tree.is_infinitive_complement(tok):
        return None
    for c in kids(tok):
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("unless", "if") for m in kids(c)):
            return c
    return None

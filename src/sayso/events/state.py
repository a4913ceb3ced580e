"""The per-article working state the coder's passes share: the resources consulted, sentence records, token keys."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sayso.actors.base import ActorBase
from sayso.actors.discourse import Discourse
from sayso.events.lexicon import Lexicon
from sayso.model import Actor, Place, Span
from sayso.ontology import Ontology


@dataclass(frozen=True, slots=True)
class Resources:
    """Everything the coder consults, loaded once per process."""

    lexicon: Lexicon
    actors: ActorBase
    ontology: Ontology
    #: How symmetric events of several actors are written: "pairs" (A->B and B->A, the default) or "group"
    #: (each actor with no target, as the PLOVER gold codes 'A and B agreed').
    symmetric: str = "pairs"
    #: Background events ('a week after rebels seized the town'): "skip" (noted, not coded) or "keep" (coded,
    #: rule suffix '+background'). See sayso.events.background.
    background: str = "skip"


@dataclass
class Sent:
    """A sentence with its document offset, global index and text (read once: Span.text walks tokens)."""

    span: SpacySpan
    off: int
    index: int
    text: str = ""
    #: the places named after a locative preposition, with their country (iso3, cameo): found once per
    #: sentence by events.parties.place_mentions, which every inferred source or target asks for
    places: list[tuple[SpacySpan, str, str]] | None = field(default=None, repr=False)
    #: the sentence's tokens, made once by `tokens()` (iterating the span makes a new Token object for each)
    token_list: tuple[Token, ...] | None = field(default=None, repr=False, compare=False)

    def tokens(self) -> tuple[Token, ...]:
        """The sentence's tokens in order, made once: the passes walk every sentence several times."""
        if self.token_list is None:
            self.token_list = tuple(self.span)
        return self.token_list


@dataclass
class ArticleState:
    """Per-article working state (lives for one call of code_article)."""

    ctx: Discourse = field(default_factory=Discourse)
    actors: dict[tuple[int, int], Actor | None] = field(default_factory=dict)
    speakers: dict[tuple[int, int], Actor] = field(default_factory=dict)
    speech_ids: dict[tuple[int, int], str] = field(default_factory=dict)
    cue_tokens: dict[tuple[int, int], tuple[Token, Sent]] = field(default_factory=dict)
    quote_speaker: dict[int, tuple[Actor | None, Span | None, tuple[int, int] | None]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    #: where the article was filed ('CAIRO, May 3 (Reuters) -'): the country of actors and events that the
    #: sentence leaves without one
    dateline: Place | None = None
    #: the dateline's city as mentioned (text, start, end in the document), which names an actor inferred from it
    dateline_mention: tuple[str, int, int] | None = None
    #: the protesters of recent sentences (sentence index, actor), which a later concession answers ('Thousands
    #: marched on the palace. On Sunday the president resigned.')
    protests: list[tuple[int, Actor]] = field(default_factory=list)


def token_key(tok: Token, off: int) -> tuple[int, int]:
    """A token's identity across segments."""
    return (off, tok.i)

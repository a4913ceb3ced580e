"""Typed records: the article that goes in and the event that comes out (DESIGN.md, "The record")."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Factuality = Literal[
    "asserted", "reported", "intended", "threatened", "demanded", "hypothetical", "uncertain", "denied"
]
QuoteKind = Literal["direct", "indirect", "according_to", "headline"]
DatePrecision = Literal["day", "week", "month", "year", "unknown"]
PlacePrecision = Literal["city", "admin1", "country"]

FACTUALITIES: tuple[str, ...] = (
    "asserted", "reported", "intended", "threatened", "demanded", "hypothetical", "uncertain", "denied",
)
SECTORS: tuple[str, ...] = (
    "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "INS", "IGO", "NGO", "MED", "BUS", "CVL", "REF",
    "ELI", "EDU", "REL", "LAB", "AGR", "HLH", "CRM", "UAF",
)


#: The ways symmetric events of several actors can be written: reciprocal pairs (A->B, B->A) or, as the
#: PLOVER gold does, each actor with no target.
SYMMETRIC_STYLES = ("pairs", "group")

#: What to do with background events ('a week after rebels seized the town'): note them (skip) or code them.
BACKGROUND_MODES = ("skip", "keep")


@dataclass(frozen=True, slots=True)
class Article:
    """One input document; `text` is the body, `title` the headline when known."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd publication date
    source: str | None = None  # the outlet
    url: str | None = None
    origin: str | None = None  # where it was read from: "file.jsonl:12"

    @property
    def document(self) -> str:
        """The text the character offsets of every event refer to: title, blank line, body."""
        return compose_document(self.title, self.text)


def compose_document(title: str | None, text: str) -> str:
    """Join a headline and a body the way DESIGN.md fixes offsets: title + "\\n\\n" + text."""
    if title and title.strip():
        return f"{title.strip()}\n\n{text}"
    return text


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of the document: its text and character offsets [start, end)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Actor:
    """A coded actor: the mention (text/offsets) and what it resolves to."""

    text: str
    start: int
    end: int
    actor_id: str | None = None
    name: str | None = None
    country: str | None = None  # ISO 3166 alpha-3, None for transnational
    sector: str | None = None
    code: str | None = None  # CAMEO-style actor code, e.g. RUSGOV


@dataclass(frozen=True, slots=True)
class Attribution:
    """One link of the chain of who asserts an event, outermost first."""

    speaker: Actor | None
    cue: Span | None
    quote: QuoteKind
    speech_event_id: str | None = None


@dataclass(frozen=True, slots=True)
class EventDate:
    """When an event happened (or is due): an ISO date range and how precise it is."""

    start: str | None
    end: str | None
    precision: DatePrecision
    text: str | None = None


@dataclass(frozen=True, slots=True)
class Place:
    """Where an event happened, resolved against the offline gazetteer."""

    name: str
    country: str | None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: PlacePrecision = "country"


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event: who did what to whom, when, where, and who says so."""

    event_id: str
    article_id: str
    sentence_index: int
    sentence_text: str
    trigger: Span
    source: Actor | None
    target: Actor | None
    cameo_code: str
    cameo_root: str
    quad_class: int
    goldstein: float
    plover_type: str | None
    plover_mode: str | None
    negated: bool
    factuality: str
    attribution: tuple[Attribution, ...] = ()
    date: EventDate | None = None
    place: Place | None = None
    rule: str = ""
    confidence: float = 0.5
    explanation: tuple[str, ...] = field(default=(), compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of DESIGN.md (the explanation trail is not part of the record)."""
        out = asdict(self)
        out.pop("explanation", None)
        out["attribution"] = list(out["attribution"])
        return out


def event_id(article_id: str, sentence_index: int, start: int, end: int, code: str, salt: str = "") -> str:
    """A stable id: the same article, sentence, trigger offsets and code always give the same id."""
    key = f"{article_id}\x1f{sentence_index}\x1f{start}\x1f{end}\x1f{code}\x1f{salt}"
    return hashlib.blake2b(key.encode("utf-8"), digest_size=10).hexdigest()


def content_id(text: str) -> str:
    """A stable article id derived from the content, for records that carry none."""
    return "sha-" + hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()

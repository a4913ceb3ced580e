"""Stream articles through spaCy and the coder: segment long texts, batch the parser, stitch results."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language

from sayso.errors import SaysoError
from sayso.events.extract import Coded, code_article
from sayso.events.state import Resources
from sayso.model import BACKGROUND_MODES, SYMMETRIC_STYLES, Article

MAX_SEGMENT = 50_000  # characters per parsed piece: keeps parser memory flat on huge articles


@dataclass(frozen=True, slots=True)
class Config:
    """What a coding run uses: the model and any user data files."""

    model: str | None = None
    actor_files: tuple[str, ...] = ()
    lexicon_files: tuple[str, ...] = ()
    batch_size: int = 32
    n_process: int = 1
    symmetric: str = "pairs"  # or "group": see Resources.symmetric
    background: str = "skip"  # or "keep": see Resources.background


@functools.lru_cache(maxsize=4)
def load_resources(actor_files: tuple[str, ...] = (), lexicon_files: tuple[str, ...] = (),
                   symmetric: str = "pairs", background: str = "skip") -> Resources:
    """Lexicon, actor base and ontology, loaded and validated once per process."""
    from sayso.actors.base import load_actor_base
    from sayso.events.lexicon import load_lexicon
    from sayso.ontology import load_ontology
    from sayso.places import load_gazetteer

    if symmetric not in SYMMETRIC_STYLES:
        raise SaysoError(f"E107 symmetric must be one of {', '.join(SYMMETRIC_STYLES)}, got {symmetric!r}")
    if background not in BACKGROUND_MODES:
        raise SaysoError(f"E108 background must be one of {', '.join(BACKGROUND_MODES)}, got {background!r}")
    load_gazetteer()  # build the place index now, not inside the first article's timing
    return Resources(lexicon=load_lexicon(lexicon_files), actors=load_actor_base(actor_files),
                     ontology=load_ontology(), symmetric=symmetric, background=background)


def get_nlp(config: Config) -> Language:
    """The spaCy pipeline for a config (cached per process)."""
    from sayso.nlp import load_nlp

    return load_nlp(config.model, config.actor_files)


def segments(document: str, limit: int = MAX_SEGMENT) -> list[tuple[str, int]]:
    """Split a document into pieces of at most `limit` characters at paragraph (else line, else space) breaks."""
    if len(document) <= limit:
        return [(document, 0)]
    out: list[tuple[str, int]] = []
    pos = 0
    n = len(document)
    while pos < n:
        end = min(pos + limit, n)
        if end < n:
            cut = -1
            for sep in ("\n\n", "\n", ". ", " "):
                cut = document.rfind(sep, pos + limit // 2, end)
                if cut != -1:
                    end = cut + len(sep)
                    break
        out.append((document[pos:end], pos))
        pos = end
    return out


def code_stream(articles: Iterable[Article], config: Config = Config()) -> Iterator[tuple[Article, Coded]]:
    """Code articles lazily, in input order; the parser sees batches, the corpus is never held whole."""
    nlp = get_nlp(config)
    res = load_resources(config.actor_files, config.lexicon_files, config.symmetric, config.background)

    def pieces() -> Iterator[tuple[str, tuple[int, int, int]]]:
        for n, art in enumerate(queue_in(articles)):
            segs = segments(art.document, MAX_SEGMENT)
            for k, (text, off) in enumerate(segs):
                yield text, (n, off, len(segs) - 1 - k)

    pending: list[Article] = []

    def queue_in(items: Iterable[Article]) -> Iterator[Article]:
        for a in items:
            pending.append(a)
            yield a

    docs: list = []
    for doc, (_n, off, left) in nlp.pipe(pieces(), as_tuples=True, batch_size=config.batch_size,
                                         n_process=config.n_process):
        docs.append((doc, off))
        if left == 0:
            art = pending.pop(0)
            yield art, code_article(art, docs, res)
            docs = []


def code_one(article: Article, config: Config = Config()) -> Coded:
    """Code a single article (the explain command and the Python API use it)."""
    for _art, coded in code_stream([article], config):
        return coded
    raise AssertionError("code_stream yields one result per article")

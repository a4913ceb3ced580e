"""Score coded events against a gold set: type, actor and triple metrics, confusions, misses.

Definitions (also in METRIC_DEFINITIONS, quoted in the report and docs/benchmarks.md):

* Scheme. A gold sentence is scored on CAMEO roots when any of its gold events has one
  (PETRARCH files; also sentences with no gold events), otherwise on PLOVER types (PLOVER
  GSR). Under the PLOVER scheme, predicted events without a PLOVER type (CAMEO 01
  statements) are not scored: PLOVER cannot express them.
* Matching. Within a sentence, gold and predicted events are paired one-to-one, greedily by
  best agreement: same type first, then same source country, target country, source
  sector, target sector. Leftover gold events are misses, leftover predictions false positives.
* Actors are compared at country level (ISO3, or a group prefix such as IGO/NGO/IMG) and at
  country+sector level (the first three letters of the sector; an IGO/NGO without a sector
  counts as sector IGO/NGO). A predicted actor without a country is placed by the first three
  letters of its code (IGOUNO -> IGO). A missing actor equals only a missing actor.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any, Literal

from sayso.evaluate.gold import GoldEvent, GoldSentence
from sayso.model import Actor, Event

Scheme = Literal["cameo", "plover"]
CodeFn = Callable[[str, str | None], Sequence[Event]]

GROUP_PREFIXES: frozenset[str] = frozenset({"IGO", "NGO"})

METRIC_DEFINITIONS: tuple[tuple[str, str], ...] = (
    ("type accuracy", "share of gold events whose type (CAMEO root, or PLOVER type) is the type of "
     "some predicted event in the same sentence (multiplicity ignored)"),
    ("type precision/recall/F1", "one-to-one per sentence: a gold and a predicted event of the same "
     "type pair up; precision = pairs / predicted events with a type, recall = pairs / gold events"),
    ("source/target country accuracy", "among gold events matched to a predicted event of the right "
     "type, the share whose source (target) country is right; a missing actor matches only a missing one"),
    ("source/target country+sector accuracy", "the same, with country and sector both right"),
    ("triple precision/recall/F1", "a matched pair counts when source country, target country and type "
     "(CAMEO root; PLOVER type for PLOVER gold) all agree; precision over scored predicted events, "
     "recall over gold events"),
    ("confusion", "gold type -> type of the predicted event it was matched to; 'none' on the predicted "
     "side is a missed gold event, 'none' on the gold side a false positive"),
)


@dataclass(frozen=True, slots=True)
class PRF:
    """Precision, recall and F1 from true positives over gold and predicted counts."""

    tp: int
    n_gold: int
    n_pred: int
    precision: float | None
    recall: float | None
    f1: float | None


@dataclass(frozen=True, slots=True)
class TypeScore:
    """Event-type scores for one scheme (CAMEO root or PLOVER type); see METRIC_DEFINITIONS."""

    found: int  # gold events whose type some predicted event in the sentence has
    accuracy: float | None  # found / n_gold
    prf: PRF


@dataclass(frozen=True, slots=True)
class ActorScore:
    """Source or target accuracy over gold events matched with the right type."""

    n: int
    country_correct: int
    country_sector_correct: int
    country_accuracy: float | None
    country_sector_accuracy: float | None


@dataclass(frozen=True, slots=True)
class ConfusionCell:
    """How often a gold type was matched to a predicted type ("none" = missed / spurious)."""

    gold: str
    predicted: str
    count: int


@dataclass(frozen=True, slots=True)
class Miss:
    """A sentence the coder got wrong at triple level: what was expected, what came out, why."""

    sentence_id: str
    text: str
    gold: tuple[str, ...]
    predicted: tuple[str, ...]
    problems: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EvalResult:
    """All scores of one evaluation run; `to_dict()` gives the JSON form."""

    n_sentences: int
    n_gold: int
    n_pred: int  # predicted events scored
    n_pred_unscored: int  # predicted events without a PLOVER type in PLOVER-scheme sentences
    cameo_root: TypeScore | None
    plover_type: TypeScore | None
    source: ActorScore
    target: ActorScore
    triple: PRF
    confusion: tuple[ConfusionCell, ...]
    misses: tuple[Miss, ...]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of every field (nested records as dicts, tuples as lists)."""
        return _listify(asdict(self))


def _listify(value: Any) -> Any:
    """Tuples to lists, recursively, so the dict is plain JSON."""
    if isinstance(value, dict):
        return {k: _listify(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_listify(v) for v in value]
    return value


def _ratio(num: int, den: int) -> float | None:
    """num/den, or None when there is nothing to divide by."""
    return num / den if den else None


def prf(tp: int, n_gold: int, n_pred: int) -> PRF:
    """Precision, recall and F1 (None where a denominator is zero)."""
    p, r = _ratio(tp, n_pred), _ratio(tp, n_gold)
    f1 = None if p is None or r is None else (2 * p * r / (p + r) if p + r else 0.0)
    return PRF(tp, n_gold, n_pred, p, r, f1)


# ---------------------------------------------------------------- normalised views


@dataclass(frozen=True, slots=True)
class _Side:
    """An actor reduced to what is compared: country key and sector key, plus a label."""

    country: str | None
    sector: str | None
    label: str


def _sector_key(country: str | None, sector: str | None) -> str | None:
    """The sector compared: its first three letters; an IGO/NGO without one is IGO/NGO."""
    key = sector.strip()[:3].upper() if sector and sector.strip() else None
    if key is None and country in GROUP_PREFIXES:
        return country
    return key


def _label(country: str | None, sector: str | None) -> str:
    """A short actor label: USA-GOV, USA, -GOV, IGO (not IGO-IGO), or "-" for no actor."""
    if country is None and sector is None:
        return "-"
    return f"{country or ''}-{sector}" if sector and sector != country else str(country)


def gold_side(country: str | None, sector: str | None) -> _Side:
    """The compared view of a gold actor."""
    sec = _sector_key(country, sector)
    return _Side(country, sec, _label(country, sec))


def predicted_side(actor: Actor | None) -> _Side:
    """The compared view of a predicted actor: country, else the code's group prefix (IGO...)."""
    if actor is None:
        return _Side(None, None, "-")
    country = actor.country
    if country is None and actor.code and len(actor.code) >= 3 and actor.code[:3].isalpha():
        country = actor.code[:3].upper()
    if country is None and actor.sector in GROUP_PREFIXES:
        country = actor.sector
    sec = _sector_key(country, actor.sector)
    return _Side(country, sec, f'{_label(country, sec)} "{actor.text}"')


@dataclass(frozen=True, slots=True)
class _Item:
    """A gold or predicted event reduced to what is compared."""

    source: _Side
    target: _Side
    root: str | None
    plover: str | None
    label: str


def _gold_item(g: GoldEvent) -> _Item:
    """The compared view of a gold event."""
    src, tgt = gold_side(g.source_country, g.source_sector), gold_side(g.target_country, g.target_sector)
    kind = "/".join(x for x in (g.cameo_root, g.plover_type) if x) or "?"
    return _Item(src, tgt, g.cameo_root, g.plover_type, f"{src.label} -[{kind}]-> {tgt.label}")


def _pred_item(e: Event) -> _Item:
    """The compared view of a predicted event."""
    src, tgt = predicted_side(e.source), predicted_side(e.target)
    kind = "/".join(x for x in (e.cameo_code, e.plover_type) if x) or "?"
    return _Item(src, tgt, e.cameo_root, e.plover_type, f"{src.label} -[{kind}]-> {tgt.label}")


def _type(item: _Item, scheme: Scheme) -> str | None:
    """The item's type under the scheme: CAMEO root or PLOVER type."""
    return item.root if scheme == "cameo" else item.plover


def _agreement(g: _Item, p: _Item, scheme: Scheme) -> int:
    """Agreement weight ordering type > source country > target country > sectors."""
    t = _type(g, scheme)
    return (
        16 * (t is not None and t == _type(p, scheme))
        + 8 * (g.source.country == p.source.country)
        + 4 * (g.target.country == p.target.country)
        + 2 * (g.source.sector == p.source.sector)
        + (g.target.sector == p.target.sector)
    )


def match(gold: Sequence[_Item], pred: Sequence[_Item], scheme: Scheme) -> dict[int, int]:
    """Greedy one-to-one matching by best agreement: gold index -> predicted index."""
    pairs = sorted(
        ((_agreement(g, p, scheme), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, i, j in pairs:
        if i not in out and j not in used:
            out[i] = j
            used.add(j)
    return out


def _multiset_hits(gold: list[str], pred: list[str]) -> int:
    """How many gold labels a one-to-one pairing with equal predicted labels can cover."""
    return sum((Counter(gold) & Counter(pred)).values())


# ---------------------------------------------------------------- per sentence


def _scheme(sentence: GoldSentence) -> Scheme:
    """CAMEO when any gold event has a root (or there are none), PLOVER otherwise."""
    if sentence.events and all(e.cameo_root is None for e in sentence.events):
        return "plover"
    return "cameo"


@dataclass(frozen=True, slots=True)
class _SentenceScore:
    """One sentence's counts, confusion cells and (when something is wrong) its Miss."""

    tally: Counter[str]
    confusion: Counter[tuple[str, str]]
    miss: Miss | None


def _score_sentence(sentence: GoldSentence, events: Sequence[Event]) -> _SentenceScore:
    """Count one sentence: type hits, matched actors, triples, confusions and problems."""
    tally: Counter[str] = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    scheme = _scheme(sentence)
    gold = [_gold_item(g) for g in sentence.events]
    all_pred = [_pred_item(e) for e in events]
    pred = all_pred if scheme == "cameo" else [p for p in all_pred if p.plover is not None]
    tally["sentences"] += 1
    tally["gold"] += len(gold)
    tally["pred"] += len(pred)
    tally["pred_unscored"] += len(all_pred) - len(pred)

    if scheme == "cameo":
        roots = [g.root for g in gold if g.root]
        pred_roots = [p.root for p in pred if p.root]
        tally["root_gold"] += len(roots)
        tally["root_pred"] += len(pred_roots)
        tally["root_tp"] += _multiset_hits(roots, pred_roots)
        tally["root_found"] += sum(r in set(pred_roots) for r in roots)
        tally["cameo_sentences"] += 1
    plovers = [g.plover for g in gold if g.plover]
    pred_plovers = [p.plover for p in all_pred if p.plover]
    tally["plover_gold"] += len(plovers)
    tally["plover_pred"] += len(pred_plovers)
    tally["plover_tp"] += _multiset_hits(plovers, pred_plovers)
    tally["plover_found"] += sum(t in set(pred_plovers) for t in plovers)

    pairs = match(gold, pred, scheme)
    problems: list[str] = []
    for i, g in enumerate(gold):
        gtype = _type(g, scheme) or "?"
        if i not in pairs:
            confusion[(gtype, "none")] += 1
            problems.append(f"missed: {g.label}")
            continue
        p = pred[pairs[i]]
        ptype = _type(p, scheme) or "?"
        confusion[(gtype, ptype)] += 1
        if gtype != ptype:
            problems.append(f"wrong type: gold {g.label}, got {p.label}")
            continue
        tally["type_matched"] += 1
        src_ok = g.source.country == p.source.country
        tgt_ok = g.target.country == p.target.country
        tally["source_country"] += src_ok
        tally["target_country"] += tgt_ok
        tally["source_country_sector"] += src_ok and g.source.sector == p.source.sector
        tally["target_country_sector"] += tgt_ok and g.target.sector == p.target.sector
        if src_ok and tgt_ok:
            tally["triple_tp"] += 1
            continue
        if not src_ok:
            problems.append(f"wrong source: gold {g.source.label}, got {p.source.label}")
        if not tgt_ok:
            problems.append(f"wrong target: gold {g.target.label}, got {p.target.label}")
    for j in sorted(set(range(len(pred))) - set(pairs.values())):
        confusion[("none", _type(pred[j], scheme) or "?")] += 1
        problems.append(f"extra: {pred[j].label}")
    miss = None
    if problems:
        miss = Miss(sentence.id, sentence.text, tuple(g.label for g in gold),
                    tuple(p.label for p in all_pred), tuple(problems))
    return _SentenceScore(tally, confusion, miss)


def _actor_score(n: int, country: int, country_sector: int) -> ActorScore:
    """An ActorScore from its counts."""
    return ActorScore(n, country, country_sector, _ratio(country, n), _ratio(country_sector, n))


def _type_score(found: int, tp: int, n_gold: int, n_pred: int) -> TypeScore:
    """A TypeScore from its counts."""
    return TypeScore(found, _ratio(found, n_gold), prf(tp, n_gold, n_pred))


def evaluate(gold: Iterable[GoldSentence], code: CodeFn, *,
             progress: Callable[[int], None] | None = None) -> EvalResult:
    """Code every gold sentence with `code(text, date)` and score the events against the gold.

    Streams the gold set; `progress(n)` is called after each sentence with the count done.
    CAMEO-root scores cover CAMEO-scheme sentences only (None when there are none); PLOVER
    scores cover every gold event and prediction that has a PLOVER type.
    """
    tally: Counter[str] = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    misses: list[Miss] = []
    for n, sentence in enumerate(gold, 1):
        scored = _score_sentence(sentence, list(code(sentence.text, sentence.date)))
        tally.update(scored.tally)
        confusion.update(scored.confusion)
        if scored.miss is not None:
            misses.append(scored.miss)
        if progress is not None:
            progress(n)
    matched = tally["type_matched"]
    cameo = (
        _type_score(tally["root_found"], tally["root_tp"], tally["root_gold"], tally["root_pred"])
        if tally["cameo_sentences"] else None
    )
    plover = (
        _type_score(tally["plover_found"], tally["plover_tp"], tally["plover_gold"], tally["plover_pred"])
        if tally["plover_gold"] or tally["plover_pred"] else None
    )
    cells = tuple(
        ConfusionCell(g, p, c) for (g, p), c in sorted(confusion.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    return EvalResult(
        n_sentences=tally["sentences"],
        n_gold=tally["gold"],
        n_pred=tally["pred"],
        n_pred_unscored=tally["pred_unscored"],
        cameo_root=cameo,
        plover_type=plover,
        source=_actor_score(matched, tally["source_country"], tally["source_country_sector"]),
        target=_actor_score(matched, tally["target_country"], tally["target_country_sector"]),
        triple=prf(tally["triple_tp"], tally["gold"], tally["pred"]),
        confusion=cells,
        misses=tuple(misses),
    )

"""Score predicted attributions (sayso's quote rows) against gold ones: source, cue, content; exact and overlap."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sayso.errors import InputError
from sayso.evaluate.brat import ROLES, Fragment, GoldAttribution, span_text
from sayso.model import Article

MODES: tuple[str, ...] = ("exact", "overlap")
EDGE_CHARS = " \t\n\"'“”‘’.,;:!?"  # trimmed from both ends of a span before an exact comparison (when text is known)
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


@dataclass(frozen=True, slots=True)
class PredictedAttribution:
    """One predicted attribution: the speaker mention, the cue and the content as character fragments."""

    doc_id: str
    source: tuple[Fragment, ...]
    cue: tuple[Fragment, ...]
    content: tuple[Fragment, ...]
    kind: str | None = None


def _frag(span: Any) -> tuple[Fragment, ...]:
    """Fragments of an Actor/Span object or a {start, end} dict (None -> empty)."""
    if span is None:
        return ()
    if isinstance(span, Mapping):
        start, end = span.get("start"), span.get("end")
    else:
        start, end = getattr(span, "start", None), getattr(span, "end", None)
    if start is None or end is None:
        return ()
    return ((int(start), int(end)),)


def from_quote_record(doc_id: str, quote: Any) -> PredictedAttribution:
    """A sayso QuoteRecord (or QuoteRow) as a predicted attribution."""
    return PredictedAttribution(doc_id, _frag(quote.speaker), _frag(quote.cue), _frag(quote.content), quote.kind)


def from_quote_dict(row: Mapping[str, Any], doc_id: str | None = None) -> PredictedAttribution:
    """A row of the quotes table in its JSON form (QuoteRow.to_dict(), `sayso code --quotes-out`)."""
    return PredictedAttribution(doc_id or str(row["article_id"]), _frag(row.get("speaker")), _frag(row.get("cue")),
                                _frag(row.get("content")), row.get("kind"))


def read_quotes_jsonl(path: str | Path) -> list[PredictedAttribution]:
    """Read a quotes JSONL file (one QuoteRow dict a line) into predicted attributions."""
    p = Path(path)
    out: list[PredictedAttribution] = []
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"E101 cannot read {p}: {err}") from err
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            out.append(from_quote_dict(json.loads(line)))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as err:
            raise InputError(f"E105 {p}:{lineno}: not a quote row: {err}") from err
    return out


@dataclass(frozen=True, slots=True)
class PRF:
    """Precision, recall and F1 from counts (matched predictions, predictions, gold)."""

    tp: int
    n_pred: int
    n_gold: int

    @property
    def precision(self) -> float:
        """tp / predictions."""
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        """tp / gold."""
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        """Counts and rates, rounded."""
        return {"tp": self.tp, "n_pred": self.n_pred, "n_gold": self.n_gold, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass(frozen=True, slots=True)
class AttributionScores:
    """The result: attribution detection, per-role scores by mode, recall by gold kind, misses and false alarms."""

    n_docs: int
    n_gold: int
    n_pred: int
    attribution: PRF  # a predicted attribution matched to a gold one (content overlap, else cue overlap)
    roles: Mapping[str, Mapping[str, PRF]]  # role -> mode -> PRF; content also has "jaccard50"
    by_kind: Mapping[str, tuple[int, int]]  # gold kind -> (matched, gold)
    kind_agreement: tuple[int, int] = (0, 0)  # matched pairs with the same kind, matched pairs where gold has a kind
    misses: tuple[GoldAttribution, ...] = ()
    false_positives: tuple[PredictedAttribution, ...] = ()
    texts: Mapping[str, str] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (misses and false positives as counts)."""
        return {
            "n_docs": self.n_docs, "n_gold": self.n_gold, "n_pred": self.n_pred,
            "attribution": self.attribution.to_dict(),
            "roles": {r: {m: s.to_dict() for m, s in modes.items()} for r, modes in self.roles.items()},
            "recall_by_kind": {k: {"matched": m, "gold": n} for k, (m, n) in self.by_kind.items()},
            "kind_agreement": {"same": self.kind_agreement[0], "matched_with_kind": self.kind_agreement[1]},
            "n_misses": len(self.misses), "n_false_positives": len(self.false_positives),
        }


def _chars(frags: tuple[Fragment, ...]) -> set[int]:
    """The character positions a span covers."""
    return {i for a, b in frags for i in range(a, b)}


def _trim(frags: tuple[Fragment, ...], text: str | None) -> tuple[Fragment, ...]:
    """Drop edge whitespace, quote marks and punctuation from a span (needs the text; unchanged without it)."""
    if text is None or not frags:
        return tuple(sorted(frags))
    out = []
    for a, b in sorted(frags):
        a, b = max(a, 0), min(b, len(text))  # predicted offsets may run past the end
        while a < b and text[a] in EDGE_CHARS:
            a += 1
        while b > a and text[b - 1] in EDGE_CHARS:
            b -= 1
        if b > a:
            out.append((a, b))
    return tuple(out)


def _words(frags: tuple[Fragment, ...], text: str | None) -> set[tuple[int, int]]:
    """Word tokens (by offsets) inside a span; single characters when the text is unknown."""
    if text is None:
        return {(i, i + 1) for i in _chars(frags)}
    return {(a + m.start(), a + m.end()) for a, b in frags for m in _WORD.finditer(text[max(a, 0):b])}


def _same(g: tuple[Fragment, ...], p: tuple[Fragment, ...], mode: str, text: str | None) -> bool:
    """Whether a gold and a predicted span agree under a mode (exact, overlap, jaccard50)."""
    if not g or not p:
        return False
    if mode == "exact":
        return _trim(g, text) == _trim(p, text)
    if mode == "overlap":
        return bool(_chars(g) & _chars(p))
    gw, pw = _words(g, text), _words(p, text)
    return bool(gw | pw) and len(gw & pw) / len(gw | pw) >= 0.5


def _greedy(scored: list[tuple[int, int, int, int]], used_g: set[int], used_p: set[int]) -> list[tuple[int, int]]:
    """Pick (gold, pred) pairs best score first, each side used once."""
    pairs = []
    for *_score, gi, pi in sorted(scored):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def match_document(gold: list[GoldAttribution], pred: list[PredictedAttribution]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching in a document: by content overlap first, then leftovers by cue overlap."""
    by_content, by_cue = [], []
    for gi, g in enumerate(gold):
        gc, gq = _chars(g.content), _chars(g.cue)
        for pi, p in enumerate(pred):
            ov, cue_ov = len(gc & _chars(p.content)), len(gq & _chars(p.cue))
            if ov:
                by_content.append((-ov, -cue_ov, gi, pi))
            elif cue_ov:
                by_cue.append((-cue_ov, 0, gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = _greedy(by_content, used_g, used_p) + _greedy(by_cue, used_g, used_p)
    return sorted(pairs)


def evaluate_attributions(gold: Iterable[GoldAttribution], predicted: Iterable[PredictedAttribution],
                          texts: Mapping[str, str] | None = None) -> AttributionScores:
    """Match predictions to gold per document and score each role, exact and by overlap (content also Jaccard≥0.5)."""
    texts = dict(texts or {})
    by_doc_g: dict[str, list[GoldAttribution]] = {}
    by_doc_p: dict[str, list[PredictedAttribution]] = {}
    for g in gold:
        by_doc_g.setdefault(g.doc_id, []).append(g)
    for p in predicted:
        by_doc_p.setdefault(p.doc_id, []).append(p)
    modes = {r: (*MODES, "jaccard50") if r == "content" else MODES for r in ROLES}
    tp: Counter[tuple[str, str]] = Counter()
    n_pred_role: Counter[str] = Counter()
    n_gold_role: Counter[str] = Counter()
    kind_tp: Counter[str] = Counter()
    kind_gold: Counter[str] = Counter()
    kind_same = kind_known = 0
    misses: list[GoldAttribution] = []
    fps: list[PredictedAttribution] = []
    matched = 0
    docs = sorted(set(by_doc_g) | set(by_doc_p))
    for doc in docs:
        gs, ps, text = by_doc_g.get(doc, []), by_doc_p.get(doc, []), texts.get(doc)
        pairs = match_document(gs, ps)
        matched += len(pairs)
        for role in ROLES:
            n_gold_role[role] += sum(1 for g in gs if getattr(g, role))
            n_pred_role[role] += sum(1 for p in ps if getattr(p, role))
        for g in gs:
            kind_gold[g.kind or "unknown"] += 1
        for gi, pi in pairs:
            g, p = gs[gi], ps[pi]
            kind_tp[g.kind or "unknown"] += 1
            if g.kind:
                kind_known += 1
                kind_same += g.kind == p.kind
            for role in ROLES:
                for mode in modes[role]:
                    if _same(getattr(g, role), getattr(p, role), mode, text):
                        tp[(role, mode)] += 1
        got_g = {gi for gi, _ in pairs}
        got_p = {pi for _, pi in pairs}
        misses.extend(g for i, g in enumerate(gs) if i not in got_g)
        fps.extend(p for i, p in enumerate(ps) if i not in got_p)
    n_gold = sum(len(v) for v in by_doc_g.values())
    n_pred = sum(len(v) for v in by_doc_p.values())
    roles = {r: {m: PRF(tp[(r, m)], n_pred_role[r], n_gold_role[r]) for m in modes[r]} for r in ROLES}
    by_kind = {k: (kind_tp[k], kind_gold[k]) for k in sorted(kind_gold)}
    return AttributionScores(len(docs), n_gold, n_pred, PRF(matched, n_pred, n_gold), roles, by_kind,
                             (kind_same, kind_known), tuple(misses), tuple(fps), texts)


def _pct(x: float) -> str:
    """A rate as a percentage with one decimal."""
    return f"{100 * x:5.1f}"


def _show(text: str | None, frags: tuple[Fragment, ...], width: int = 70) -> str:
    """A span for the report: its text (shortened) or its offsets."""
    if not frags:
        return "-"
    s = span_text(text, frags) if text is not None else ";".join(f"{a}-{b}" for a, b in frags)
    s = " ".join(s.split())
    return s if len(s) <= width else s[: width - 1] + "…"


def render_text(scores: AttributionScores, top: int = 15) -> str:
    """A plain-text report: the score table, recall by kind, then the first misses and false positives."""
    lines = [f"attribution evaluation: {scores.n_docs} documents, {scores.n_gold} gold, {scores.n_pred} predicted",
             "",
             f"{'':22}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'pred':>6}{'gold':>6}"]

    def row(name: str, s: PRF) -> str:
        return f"{name:22}{_pct(s.precision):>7}{_pct(s.recall):>7}{_pct(s.f1):>7}{s.tp:>6}{s.n_pred:>6}{s.n_gold:>6}"

    lines.append(row("attribution (matched)", scores.attribution))
    for role, modes in scores.roles.items():
        for mode, s in modes.items():
            lines.append(row(f"{role} {mode}", s))
    lines += ["", "recall by gold kind (matched / gold):"]
    for kind, (m, n) in scores.by_kind.items():
        lines.append(f"  {kind:14}{m:>4} / {n:<4}{_pct(m / n if n else 0.0)}%")
    same, known = scores.kind_agreement
    lines.append(f"kind agreement on matched pairs: {same} / {known} ({_pct(same / known if known else 0.0).strip()}%)")
    if scores.misses and top > 0:
        lines += ["", f"missed gold attributions ({len(scores.misses)}, first {min(top, len(scores.misses))}):"]
        for g in scores.misses[:top]:
            t = scores.texts.get(g.doc_id)
            lines.append(f"  {g.doc_id} {g.ann_id} [{g.kind or '?'}] {_show(t, g.source, 30)} | {_show(t, g.cue, 15)}"
                         f" | {_show(t, g.content)}")
    if scores.false_positives and top > 0:
        n_fp = len(scores.false_positives)
        lines += ["", f"false positives ({n_fp}, first {min(top, n_fp)}):"]
        for p in scores.false_positives[:top]:
            t = scores.texts.get(p.doc_id)
            lines.append(f"  {p.doc_id} [{p.kind or '?'}] {_show(t, p.source, 30)} | {_show(t, p.cue, 15)}"
                         f" | {_show(t, p.content)}")
    lines += [
        "",
        "matching: each prediction pairs with at most one gold attribution of its document, largest content overlap",
        "first, then leftovers by cue overlap. exact = same span after trimming edge spaces, quote marks and",
        "punctuation; overlap = any shared character; jaccard50 = word-token Jaccard >= 0.5.",
        "Role P = matched pairs agreeing on the role / predictions with that role; R = ... / gold with that role.",
    ]
    return "\n".join(lines)


def render_json(scores: AttributionScores) -> str:
    """The scores as indented JSON."""
    return json.dumps(scores.to_dict(), indent=2)


def article_for(doc_id: str, document: str, date: str | None = None) -> Article:
    """An Article whose `document` is exactly `document`: a one-line first paragraph is taken as the title."""
    head, sep, body = document.partition("\n\n")
    if sep and head and "\n" not in head and head == head.strip() and body:
        art = Article(id=doc_id, text=body, title=head, date=date)
        if art.document == document:
            return art
    return Article(id=doc_id, text=document, date=date)

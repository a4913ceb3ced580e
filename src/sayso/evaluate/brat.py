"""Read BRAT standoff attribution annotations (PolNeAR style): Source, Cue, Content spans linked into attributions."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from sayso.errors import InputError

Fragment = tuple[int, int]  # [start, end) character offsets into the .txt file
ROLES: tuple[str, ...] = ("source", "cue", "content")
KINDS: frozenset[str] = frozenset({"direct", "indirect", "according_to", "headline"})
KIND_ATTRIBUTES: frozenset[str] = frozenset({"kind", "quotetype", "quote"})  # attribute names that carry the kind

_TEXT_BOUND = re.compile(r"^(?P<type>[^\s]+) (?P<frags>\d+ \d+(?:;\d+ \d+)*)$")
_ARG = re.compile(r"^(?P<role>[^\s:]+):(?P<ref>[TER]\d+)$")


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    """One annotated attribution: who (source), the cue, what is attributed (content), and its kind if given."""

    doc_id: str
    source: tuple[Fragment, ...]
    cue: tuple[Fragment, ...]
    content: tuple[Fragment, ...]
    kind: str | None = None
    ann_id: str = ""  # the E/R/T id that anchors it in the .ann file


@dataclass(frozen=True, slots=True)
class _TextBound:
    """A T line: its type and fragments."""

    type: str
    frags: tuple[Fragment, ...]


def _role(name: str) -> str | None:
    """Map a BRAT type or argument role ('Source', 'SOURCE', 'Content2', 'Arg-Cue') to source/cue/content."""
    key = re.sub(r"\d+$", "", name).lower()
    for role in ROLES:
        if key == role or key.endswith("-" + role) or key.endswith("_" + role):
            return role
    return None


def _fail(path: str, line: int, message: str) -> InputError:
    """An InputError naming the file and line."""
    return InputError(f"E105 {path}:{line}: {message}")


def _parse_text_bound(body: str, text_field: str | None, path: str, lineno: int,
                      text: str | None) -> _TextBound:
    """Parse 'Type 10 25;30 40' (and check the quoted text against the document when it is known)."""
    m = _TEXT_BOUND.match(body)
    if not m:
        raise _fail(path, lineno, f"bad text-bound annotation {body!r} (want 'Type START END[;START END]')")
    frags: list[Fragment] = []
    for piece in m["frags"].split(";"):
        a, b = (int(x) for x in piece.split(" "))
        if b < a:
            raise _fail(path, lineno, f"span end {b} before start {a}")
        if text is not None and b > len(text):
            raise _fail(path, lineno, f"span {a}-{b} runs past the end of the text ({len(text)} characters)")
        frags.append((a, b))
    if text is not None and text_field is not None:
        want = " ".join(text[a:b] for a, b in frags)
        if " ".join(want.split()) != " ".join(text_field.split()):
            raise _fail(path, lineno, f"annotated text {text_field!r} does not match the document {want!r}")
    return _TextBound(m["type"], tuple(frags))


def _parse_args(items: list[str], path: str, lineno: int) -> list[tuple[str, str]]:
    """Parse 'Role:T1' argument items."""
    out = []
    for item in items:
        m = _ARG.match(item)
        if not m:
            raise _fail(path, lineno, f"bad argument {item!r} (want 'Role:T1')")
        out.append((m["role"], m["ref"]))
    return out


@dataclass
class _Parsed:
    """Everything read from one .ann file, before the attributions are assembled."""

    texts: dict[str, _TextBound]
    events: dict[str, tuple[int, list[tuple[str, str]]]]  # id -> (line, [(role, ref)]) trigger first
    relations: dict[str, tuple[int, str, str, str]]  # id -> (line, type, arg1, arg2)
    kinds: dict[str, str]  # annotation id -> kind


def _parse_lines(lines: list[str], path: str, text: str | None) -> _Parsed:
    """First pass: parse every line into T, E, R and kind attributes; ignore notes and normalizations."""
    p = _Parsed({}, {}, {}, {})
    for lineno, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line[0] in "#*N":
            continue
        fields = line.split("\t")
        ann_id = fields[0]
        if len(fields) < 2 or not re.fullmatch(r"[TERAM]\d+", ann_id):
            raise _fail(path, lineno, f"cannot read line {line[:60]!r} (want 'ID<TAB>annotation')")
        body = fields[1].strip()
        if ann_id in p.texts or ann_id in p.events or ann_id in p.relations:
            raise _fail(path, lineno, f"duplicate annotation id {ann_id}")
        if ann_id[0] == "T":
            p.texts[ann_id] = _parse_text_bound(body, fields[2] if len(fields) > 2 else None, path, lineno, text)
        elif ann_id[0] == "E":
            p.events[ann_id] = (lineno, _parse_args(body.split(), path, lineno))
        elif ann_id[0] == "R":
            parts = body.split()
            args = _parse_args(parts[1:], path, lineno) if len(parts) == 3 else []
            if len(args) != 2:
                raise _fail(path, lineno, f"bad relation {body!r} (want 'TYPE Arg1:T1 Arg2:T2')")
            p.relations[ann_id] = (lineno, parts[0], args[0][1], args[1][1])
        else:
            parts = body.split()
            if len(parts) == 3 and parts[0].lower() in KIND_ATTRIBUTES:
                kind = parts[2].lower().replace("-", "_")
                if kind not in KINDS:
                    raise _fail(path, lineno, f"unknown kind {parts[2]!r} (one of {', '.join(sorted(KINDS))})")
                p.kinds[parts[1]] = kind
    return p


def _merge(frags: list[Fragment]) -> tuple[Fragment, ...]:
    """Sorted, de-duplicated fragments."""
    return tuple(sorted(set(frags)))


def _check_ref(p: _Parsed, ref: str, path: str, lineno: int) -> _TextBound:
    """The text-bound annotation a reference points to."""
    if ref not in p.texts:
        raise _fail(path, lineno, f"reference {ref} is not a text-bound annotation in this file")
    return p.texts[ref]


def _assemble(p: _Parsed, doc_id: str, path: str) -> list[GoldAttribution]:
    """Second pass: events and relations (grouped by their Arg1 hub) become attributions."""
    out: list[GoldAttribution] = []
    for eid, (lineno, args) in p.events.items():
        roles: dict[str, list[Fragment]] = {r: [] for r in ROLES}
        kind = p.kinds.get(eid)
        for i, (name, ref) in enumerate(args):
            tb = _check_ref(p, ref, path, lineno)
            role = _role(name) or (_role(tb.type) if i > 0 else None)
            if role:
                roles[role].extend(tb.frags)
            kind = kind or p.kinds.get(ref)
        if not roles["content"] and not roles["cue"]:
            raise _fail(path, lineno, f"event {eid} has neither a Content nor a Cue argument")
        out.append(GoldAttribution(doc_id, _merge(roles["source"]), _merge(roles["cue"]), _merge(roles["content"]),
                                   kind, eid))
    hubs: dict[str, dict[str, list[Fragment]]] = {}
    hub_ids: dict[str, list[str]] = {}
    for rid, (lineno, rtype, arg1, arg2) in p.relations.items():
        hub_tb = _check_ref(p, arg1, path, lineno)
        tb = _check_ref(p, arg2, path, lineno)
        group = hubs.setdefault(arg1, {r: [] for r in ROLES})
        hub_ids.setdefault(arg1, []).append(rid)
        hub_role = _role(hub_tb.type)
        if hub_role and hub_tb.frags[0] not in group[hub_role]:
            group[hub_role].extend(hub_tb.frags)
        role = _role(rtype) or _role(tb.type)
        if role is None:
            raise _fail(path, lineno, f"relation {rid}: cannot tell the role of {arg2} ({rtype} / {tb.type})")
        group[role].extend(tb.frags)
    for hub, group in hubs.items():
        ids = [hub, *hub_ids[hub]]
        kind = next((p.kinds[i] for i in ids if i in p.kinds), None)
        out.append(GoldAttribution(doc_id, _merge(group["source"]), _merge(group["cue"]), _merge(group["content"]),
                                   kind, hub_ids[hub][0]))
    return out


def read_ann(ann_path: str | Path, text: str | None = None, doc_id: str | None = None) -> list[GoldAttribution]:
    """Read one .ann file; with `text` (the .txt content) every annotated span is checked against it."""
    path = Path(ann_path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"E101 cannot read {path}: {err}") from err
    return _assemble(_parse_lines(lines, str(path), text), doc_id or path.stem, str(path))


@dataclass(frozen=True, slots=True)
class BratDocument:
    """One annotated document: its id (the file stem), its text and its gold attributions."""

    doc_id: str
    text: str
    attributions: tuple[GoldAttribution, ...]


def read_brat_dir(directory: str | Path) -> Iterator[BratDocument]:
    """Every NAME.txt with a NAME.ann beside it, in name order; a .txt without .ann is an error."""
    root = Path(directory)
    if not root.is_dir():
        raise InputError(f"E101 not a directory: {root}")
    txts = sorted(root.glob("*.txt"))
    if not txts:
        raise InputError(f"E102 no .txt files in {root}")
    for txt in txts:
        ann = txt.with_suffix(".ann")
        if not ann.exists():
            raise InputError(f"E102 {txt} has no annotation file {ann.name}")
        try:
            text = txt.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise InputError(f"E101 cannot read {txt}: {err}") from err
        yield BratDocument(txt.stem, text, tuple(read_ann(ann, text, txt.stem)))


def span_text(text: str, frags: tuple[Fragment, ...]) -> str:
    """The text of a (possibly discontinuous) span, fragments joined by ' … '."""
    return " … ".join(text[a:b] for a, b in frags)


def read_tsv_map(path: str | Path) -> Mapping[str, str]:
    """A tab-separated file (dates.tsv: name<TAB>date[<TAB>...]) as name -> second column; '#' lines are comments."""
    out: dict[str, str] = {}
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"E101 cannot read {p}: {err}") from err
    for lineno, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            raise InputError(f"E105 {p}:{lineno}: want at least two tab-separated columns, got {len(parts)}")
        out[parts[0].strip()] = parts[1].strip()
    return out

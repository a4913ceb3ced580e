"""The trigger lexicon (events.yaml) and the speech-cue lexicon (cues.yaml): load, validate, index."""

from __future__ import annotations

import functools
import importlib.resources
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

import yaml

from sayso.errors import DataFileError

POS_KEYS = ("verb", "noun", "adj")
STANCES = ("asserts", "denies", "doubts", "reports")
MOODS = ("intended", "threatened", "demanded")


@dataclass(frozen=True, slots=True)
class Pattern:
    """One trigger pattern: a lemma of a part of speech plus constraints, giving a CAMEO code."""

    id: str
    pos: str  # verb | noun | adj
    lemma: str
    code: str
    particle: str | None = None
    prep: str | None = None
    objects: frozenset[str] = frozenset()
    target_prep: tuple[str, ...] = ()
    symmetric: bool = False
    source_prep: tuple[str, ...] = ("by",)
    modifiers: frozenset[str] = frozenset()  # nouns: a compound/amod word the trigger must carry ('hunger strike')
    prep_objects: frozenset[str] = frozenset()  # the object of `prep` must be one of these ('go on strike')
    complement: frozenset[str] = frozenset()  # an infinitive the trigger must govern ('gave them 48 hours to leave')
    no_object: bool = False  # the trigger must have no direct object: 'flew to Kabul', not 'flew oxygen to Manaus'
    people_object: bool = False  # an object, if any, must name people or a body: 'released him', not 'released water'
    subjects: frozenset[str] = frozenset()  # the subject's head must be one of these: 'troops left Mali'
    origin: str = ""

    @property
    def specificity(self) -> int:
        """How many constraints the pattern sets: the more specific pattern wins."""
        return (self.particle is not None) + (self.prep is not None) + 2 * bool(self.objects) + \
            2 * bool(self.modifiers) + 2 * bool(self.prep_objects) + 2 * bool(self.complement) + \
            2 * bool(self.subjects)

    def constraint_key(self) -> tuple:
        """What two patterns must not share while giving different codes."""
        return (self.pos, self.lemma, self.particle, self.prep, self.objects, self.modifiers, self.prep_objects,
                self.complement, self.no_object, self.people_object, self.subjects)


@dataclass(frozen=True, slots=True)
class Cue:
    """A speech or cognition cue: who says (or thinks) so, and with what stance."""

    id: str
    lemma: str | None
    phrase: str | None
    stance: str
    kind: str
    code: str | None
    content_mood: str | None = None


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The indexed trigger patterns and speech cues."""

    patterns: Mapping[tuple[str, str], tuple[Pattern, ...]]
    cues: Mapping[str, Cue]
    phrases: Mapping[str, Cue]

    def candidates(self, pos: str, lemma: str) -> tuple[Pattern, ...]:
        """Patterns for a lemma, most specific first."""
        return self.patterns.get((pos, lemma), ())

    def cue(self, lemma: str) -> Cue | None:
        """The speech/cognition cue for a verb lemma, if any."""
        return self.cues.get(lemma)

    def size(self) -> int:
        """Number of expanded patterns (an object list of n lemmas counts n)."""
        return sum(max(1, len(p.objects)) for ps in self.patterns.values() for p in ps)


def _data_path(name: str) -> Path:
    """A file inside the package's data folder."""
    return Path(str(importlib.resources.files("sayso") / "data" / name))


def _load_yaml(path: Path) -> object:
    """Parse YAML, turning syntax errors into DataFileError with the line."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        raise DataFileError(str(path), mark.line + 1 if mark else None, f"E201 invalid YAML: {err}") from err
    except OSError as err:
        raise DataFileError(str(path), None, f"E202 cannot read: {err}") from err


def _entry_lines(path: Path) -> list[int]:
    """Line numbers of the file's list items, so errors can name them (best effort: one list a file)."""
    lines = []
    try:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.lstrip().startswith("- "):
                lines.append(n)
    except OSError:
        pass
    return lines


#: The keys an events.yaml entry may have.
PATTERN_KEYS = frozenset({"id", "code", "verb", "noun", "adj", "particle", "prep", "object", "target_prep", "symmetric",
                          "source_prep", "modifier", "prep_object", "complement", "no_object", "people_object",
                          "subject"})


def parse_pattern(raw: object, origin: str, line: int | None, known_codes: Iterable[str]) -> Pattern:
    """Validate one events.yaml entry."""
    if not isinstance(raw, dict):
        raise DataFileError(origin, line, "E203 an entry must be a mapping")
    pid = raw.get("id")
    code = raw.get("code")
    if not isinstance(pid, str) or not pid:
        raise DataFileError(origin, line, "E204 entry without an 'id'")
    unknown = sorted(str(k) for k in raw if k not in PATTERN_KEYS)
    if unknown:  # a misspelt constraint would otherwise be dropped and the pattern fire too widely
        raise DataFileError(origin, line, f"E216 entry '{pid}': unknown key(s) {', '.join(unknown)}; "
                            f"known: {', '.join(sorted(PATTERN_KEYS))}")
    if not isinstance(code, str) or not code.isdigit() or code not in known_codes:
        raise DataFileError(origin, line, f"E205 entry '{pid}': unknown CAMEO code {code!r} (quote it: \"0311\")")
    pos_keys = [k for k in POS_KEYS if raw.get(k)]
    if len(pos_keys) != 1:
        raise DataFileError(origin, line, f"E206 entry '{pid}': give exactly one of verb, noun, adj")
    pos = pos_keys[0]
    objects = raw.get("object") or []
    if isinstance(objects, str):
        objects = [objects]
    pobjs = raw.get("prep_object") or []
    if isinstance(pobjs, str):
        pobjs = [pobjs]
    if pobjs and not raw.get("prep"):
        raise DataFileError(origin, line, f"E215 entry '{pid}': prep_object needs a prep")
    mods = raw.get("modifier") or []
    if isinstance(mods, str):
        mods = [mods]
    comps = raw.get("complement") or []
    if isinstance(comps, str):
        comps = [comps]
    subjects = raw.get("subject") or []
    if isinstance(subjects, str):
        subjects = [subjects]
    tprep = raw.get("target_prep") or []
    sprep = raw.get("source_prep") or ["by"]
    return Pattern(
        id=pid, pos=pos, lemma=str(raw[pos]).lower(), code=code,
        particle=(str(raw["particle"]).lower() if raw.get("particle") else None),
        prep=(str(raw["prep"]).lower() if raw.get("prep") else None),
        objects=frozenset(str(o).lower() for o in objects),
        modifiers=frozenset(str(m).lower() for m in mods),
        prep_objects=frozenset(str(o).lower() for o in pobjs),
        complement=frozenset(str(c).lower() for c in comps),
        no_object=bool(raw.get("no_object", False)),
        people_object=bool(raw.get("people_object", False)),
        subjects=frozenset(str(w).lower() for w in subjects),
        target_prep=tuple(str(p).lower() for p in ([tprep] if isinstance(tprep, str) else tprep)),
        symmetric=bool(raw.get("symmetric", False)),
        source_prep=tuple(str(p).lower() for p in ([sprep] if isinstance(sprep, str) else sprep)),
        origin=f"{origin}:{line}" if line else origin,
    )


def parse_cue(raw: object, origin: str, line: int | None, known_codes: Iterable[str]) -> Cue:
    """Validate one cues.yaml entry."""
    if not isinstance(raw, dict) or not raw.get("id"):
        raise DataFileError(origin, line, "E207 a cue must be a mapping with an 'id'")
    cid = str(raw["id"])
    if bool(raw.get("lemma")) == bool(raw.get("phrase")):
        raise DataFileError(origin, line, f"E208 cue '{cid}': give exactly one of lemma, phrase")
    stance = raw.get("stance", "asserts")
    if stance not in STANCES:
        raise DataFileError(origin, line, f"E209 cue '{cid}': stance must be one of {', '.join(STANCES)}")
    code = raw.get("code")
    if code is not None and (not isinstance(code, str) or code not in known_codes):
        raise DataFileError(origin, line, f"E205 cue '{cid}': unknown CAMEO code {code!r}")
    mood = raw.get("content_mood")
    if mood is not None and mood not in MOODS:
        raise DataFileError(origin, line, f"E210 cue '{cid}': content_mood must be one of {', '.join(MOODS)}")
    return Cue(id=cid, lemma=(str(raw["lemma"]).lower() if raw.get("lemma") else None),
               phrase=(str(raw["phrase"]).lower() if raw.get("phrase") else None),
               stance=stance, kind=str(raw.get("kind", "speech")), code=code, content_mood=mood)


def _items(path: Path, key: str) -> list[tuple[object, int | None]]:
    """The list under `key` with the line number of each item."""
    data = _load_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        raise DataFileError(str(path), None, f"E211 expected a mapping with a '{key}' list")
    lines = _entry_lines(path)
    items = data[key]
    return [(it, lines[i] if len(lines) == len(items) else None) for i, it in enumerate(items)]


@functools.lru_cache(maxsize=8)
def load_lexicon(extra: tuple[str, ...] = ()) -> Lexicon:
    """Load the package lexicons plus user files (patterns under 'entries', cues under 'cues')."""
    from sayso.ontology import load_ontology

    codes = set(load_ontology().codes())
    user = {Path(e): _peek_keys(Path(e)) for e in extra}
    pattern_files = [_data_path("events.yaml"), *(f for f, keys in user.items() if "entries" in keys)]
    cue_files = [_data_path("cues.yaml"), *(f for f, keys in user.items() if "cues" in keys)]
    for f in user:
        if f not in pattern_files and f not in cue_files:
            raise DataFileError(str(f), None, "E214 a lexicon file needs an 'entries' or a 'cues' list")
    by_key: dict[tuple, Pattern] = {}
    ids: dict[str, str] = {}
    for f in pattern_files:
        package = f == pattern_files[0]
        for raw, line in _items(f, "entries"):
            p = parse_pattern(raw, str(f), line, codes)
            if p.id in ids and package:
                raise DataFileError(str(f), line, f"E212 duplicate id '{p.id}' (also at {ids[p.id]})")
            ids[p.id] = p.origin
            old = by_key.get(p.constraint_key())
            if old and old.code != p.code and package:
                raise DataFileError(str(f), line, f"E213 pattern '{p.id}' conflicts with '{old.id}' "
                                    f"({old.origin}): same constraints, codes {p.code} and {old.code}")
            by_key[p.constraint_key()] = p  # a user file overrides the package entry
    index: dict[tuple[str, str], list[Pattern]] = {}
    for p in by_key.values():
        index.setdefault((p.pos, p.lemma), []).append(p)
    patterns = {k: tuple(sorted(v, key=lambda p: -p.specificity)) for k, v in index.items()}
    cues: dict[str, Cue] = {}
    phrases: dict[str, Cue] = {}
    for f in cue_files:
        for raw, line in _items(f, "cues"):
            c = parse_cue(raw, str(f), line, codes)
            if c.lemma:
                cues[c.lemma] = c
            else:
                phrases[c.phrase or ""] = c
    return Lexicon(patterns=MappingProxyType(patterns), cues=MappingProxyType(cues),
                   phrases=MappingProxyType(phrases))


def _peek_keys(path: Path) -> tuple[str, ...]:
    """Top-level keys of a YAML file (for telling pattern files from cue files)."""
    data = _load_yaml(path)
    return tuple(data) if isinstance(data, dict) else ()

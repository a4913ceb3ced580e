"""Checks on the shipped lexicon data: src/sayso/data/events.yaml and cues.yaml.

These tests only parse YAML (no spaCy model needed).
"""
from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[1] / "src" / "sayso" / "data"
EVENTS = DATA / "events.yaml"
CUES = DATA / "cues.yaml"
CAMEO_CSV = DATA / "cameo.csv"

CODE_RE = re.compile(r"^\d{2,4}$")
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
LEMMA_RE = re.compile(r"^[a-z][a-z0-9'-]*$")

TRIGGER_KEYS = ("verb", "noun", "adj")
EVENT_KEYS = {"no_object", "people_object", "id", "code", "verb", "noun", "adj", "particle", "prep", "object",
              "target_prep", "symmetric", "source_prep", "modifier", "prep_object", "complement", "subject"}
CUE_KEYS = {"id", "lemma", "phrase", "stance", "kind", "code", "content_mood"}
STANCES = {"asserts", "denies", "doubts", "reports"}
KINDS = {"speech", "cognition", "source"}
MOODS = {"intended", "threatened", "demanded"}

MIN_PATTERNS = 1500
MIN_CUES = 90


@pytest.fixture(scope="module")
def events():
    with EVENTS.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    assert isinstance(data, dict) and data.get("version") == 1
    assert isinstance(data.get("entries"), list) and data["entries"]
    return data["entries"]


@pytest.fixture(scope="module")
def cues():
    with CUES.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    assert isinstance(data, dict) and data.get("version") == 1
    assert isinstance(data.get("cues"), list) and data["cues"]
    return data["cues"]


def _trigger(entry):
    kinds = [k for k in TRIGGER_KEYS if k in entry]
    assert len(kinds) == 1, f"{entry.get('id')}: needs exactly one of verb/noun/adj, has {kinds}"
    return kinds[0], entry[kinds[0]]


def _constraint_key(entry):
    kind, lemma = _trigger(entry)
    obj = frozenset(entry["object"]) if "object" in entry else None
    mods = frozenset(entry["modifier"]) if "modifier" in entry else None
    pobjs = frozenset(entry["prep_object"]) if "prep_object" in entry else None
    comps = frozenset(entry["complement"]) if "complement" in entry else None
    subjects = frozenset(entry["subject"]) if "subject" in entry else None
    return (kind, lemma, entry.get("particle"), entry.get("prep"), obj, mods, pobjs, comps, subjects)


def _n_patterns(entry):
    return len(entry["object"]) if "object" in entry else 1


# ---------------------------------------------------------------- events.yaml

def test_event_entries_well_formed(events):
    for e in events:
        assert isinstance(e, dict), e
        unknown = set(e) - EVENT_KEYS
        assert not unknown, f"{e.get('id')}: unknown keys {unknown}"
        assert "id" in e and "code" in e, e
        assert isinstance(e["id"], str) and ID_RE.match(e["id"]), e["id"]
        assert isinstance(e["code"], str) and CODE_RE.match(e["code"]), f"{e['id']}: code {e['code']!r}"
        kind, lemma = _trigger(e)
        assert isinstance(lemma, str) and LEMMA_RE.match(lemma), f"{e['id']}: {kind} {lemma!r}"
        for key in ("particle", "prep"):
            if key in e:
                assert isinstance(e[key], str) and LEMMA_RE.match(e[key]), f"{e['id']}: {key} {e[key]!r}"
        if "source_prep" in e:  # one preposition, or a list tried in order ('by', then 'of')
            preps = [e["source_prep"]] if isinstance(e["source_prep"], str) else e["source_prep"]
            assert isinstance(preps, list) and preps and all(isinstance(x, str) and LEMMA_RE.match(x) for x in preps), \
                f"{e['id']}: source_prep {e['source_prep']!r}"
        if "particle" in e:
            assert kind == "verb", f"{e['id']}: particle only on verbs"
        if "object" in e:
            objs = e["object"]
            assert isinstance(objs, list) and objs, f"{e['id']}: object must be a non-empty list"
            assert all(isinstance(o, str) and LEMMA_RE.match(o) for o in objs), f"{e['id']}: {objs}"
            assert len(set(objs)) == len(objs), f"{e['id']}: duplicate object lemmas"
        if "target_prep" in e:
            tps = e["target_prep"]
            assert isinstance(tps, list) and tps, f"{e['id']}: target_prep must be a non-empty list"
            assert all(isinstance(p, str) and LEMMA_RE.match(p) for p in tps), f"{e['id']}: {tps}"
        if "symmetric" in e:
            assert isinstance(e["symmetric"], bool), f"{e['id']}: symmetric must be a bool"


def test_event_ids_unique(events):
    dup = [i for i, n in Counter(e["id"] for e in events).items() if n > 1]
    assert not dup, f"duplicate ids: {dup}"


def test_no_identical_constraints_with_different_codes(events):
    codes = defaultdict(set)
    for e in events:
        codes[_constraint_key(e)].add(e["code"])
    clashes = {k: v for k, v in codes.items() if len(v) > 1}
    assert not clashes, f"same constraints, different codes: {clashes}"


def test_no_expanded_pattern_is_ambiguous(events):
    """Each (trigger, particle, prep, object lemma, modifier or complement) pattern belongs to one entry only."""
    owner = {}
    clashes = []
    for e in events:
        kind, lemma = _trigger(e)
        base = (kind, lemma, e.get("particle"), e.get("prep"))
        for obj in e.get("object", [None]):
            extra = [("modifier", m) for m in e.get("modifier", [])] + \
                [("prep_object", o) for o in e.get("prep_object", [])] + \
                [("complement", c) for c in e.get("complement", [])] + \
                [("subject", w) for w in e.get("subject", [])]
            for mod in extra or [None]:
                key = (*base, obj, mod)
                if key in owner and owner[key] != e["id"]:
                    clashes.append((key, owner[key], e["id"]))
                owner[key] = e["id"]
    assert not clashes, f"patterns claimed by two entries: {clashes[:10]}"


def test_every_cameo_root_covered(events):
    roots = {e["code"][:2] for e in events}
    missing = [f"{r:02d}" for r in range(1, 21) if f"{r:02d}" not in roots]
    assert not missing, f"CAMEO roots without entries: {missing}"


def test_enough_expanded_patterns(events):
    total = sum(_n_patterns(e) for e in events)
    assert total >= MIN_PATTERNS, f"only {total} expanded patterns"


@pytest.mark.skipif(not CAMEO_CSV.exists(), reason="cameo.csv not present")
def test_event_codes_exist_in_cameo_table(events):
    with CAMEO_CSV.open(encoding="utf-8", newline="") as fh:
        known = {row["code"] for row in csv.DictReader(fh)}
    unknown = sorted({e["code"] for e in events} - known)
    assert not unknown, f"codes not in cameo.csv: {unknown}"


# ---------------------------------------------------------------- cues.yaml

def test_cues_well_formed(cues):
    assert len(cues) >= MIN_CUES, f"only {len(cues)} cues"
    for c in cues:
        assert isinstance(c, dict), c
        unknown = set(c) - CUE_KEYS
        assert not unknown, f"{c.get('id')}: unknown keys {unknown}"
        assert isinstance(c.get("id"), str) and ID_RE.match(c["id"]), c
        assert ("lemma" in c) != ("phrase" in c), f"{c['id']}: needs exactly one of lemma/phrase"
        if "lemma" in c:
            assert isinstance(c["lemma"], str) and LEMMA_RE.match(c["lemma"]), c
        else:
            assert isinstance(c["phrase"], str) and c["phrase"] == c["phrase"].lower().strip(), c
        assert c.get("stance") in STANCES, c
        assert c.get("kind") in KINDS, c
        assert "code" in c, f"{c['id']}: code missing (use null)"
        if c["code"] is not None:
            assert isinstance(c["code"], str) and CODE_RE.match(c["code"]), c
        if c["kind"] in ("cognition", "source"):
            assert c["code"] is None, f"{c['id']}: cognition/source cues have code null"
        if "content_mood" in c:
            assert c["content_mood"] in MOODS, c


def test_cue_ids_and_triggers_unique(cues):
    dup = [i for i, n in Counter(c["id"] for c in cues).items() if n > 1]
    assert not dup, f"duplicate cue ids: {dup}"
    trig = Counter(c.get("lemma") or c.get("phrase") for c in cues)
    dup = [t for t, n in trig.items() if n > 1]
    assert not dup, f"cue lemma/phrase listed twice: {dup}"


def test_core_cues_present(cues):
    lemmas = {c["lemma"]: c for c in cues if "lemma" in c}
    phrases = {c["phrase"] for c in cues if "phrase" in c}
    for lemma in ("say", "tell", "claim", "deny", "accuse", "promise", "threaten", "urge", "believe"):
        assert lemma in lemmas, lemma
    assert "according to" in phrases
    assert lemmas["deny"]["stance"] == "denies"
    assert lemmas["promise"].get("content_mood") == "intended"
    assert lemmas["threaten"].get("content_mood") == "threatened"
    assert lemmas["believe"]["kind"] == "cognition" and lemmas["believe"]["code"] is None
    # British and American spellings both present
    for a, b in (("criticise", "criticize"), ("emphasise", "emphasize"), ("summarise", "summarize")):
        assert a in lemmas and b in lemmas, (a, b)

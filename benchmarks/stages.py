"""What each of sayso's stages adds to coding time, as a share of the bare spaCy parse of the same texts.

usage: python benchmarks/stages.py [CORPUS ...] [--articles 400] [--json]

Runs bare spaCy (`nlp.pipe`) and then sayso (`code_stream`) over the same articles in one process,
the sayso run under cProfile, and reports the time spent inside each stage's functions (actor
resolution, attribution, date and place resolution, event roles) as a percentage of the bare parse.
cProfile slows Python code more than spaCy's compiled parser, so the profiled shares are upper bounds;
an unprofiled sayso run over the same articles gives the real overhead, and the estimate scales each
stage's profiled share by (real overhead / profiled overhead).
"""

from __future__ import annotations

import argparse
import cProfile
import itertools
import json
import pstats
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT / "examples" / "demo.jsonl"

#: stage -> (module file suffix, function names) whose cumulative time is charged to the stage; actor
#: resolution's resolve_token covers the helpers it calls in actors/ (mentions, sectors, countries, named,
#: gender, coreference); the event-role functions live in roles.py, matching.py and mood.py, whose callers in
#: events/ (assemble, inferred, recoding) need no entry, and code_article is still in extract.py
STAGES: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "actor resolution": (("actors/resolve.py", ("resolve_token",)),),
    "attribution": (("attribution.py", ("find_quotes", "chain_steps", "trailing_cue")),
                    ("events/speakers.py", ("_assign_quotes", "attribution_links", "_is_speech_act",
                                            "headline_speaker")),
                    ("events/quotes.py", ("quote_records",))),
    "dates": (("events/records.py", ("_event_date",)),),
    "places": (("events/records.py", ("_event_place",)),),
    "event roles and mood": (("events/matching.py", ("match",)),
                             ("events/roles.py", ("subject_tokens", "target_tokens", "noun_roles")),
                             ("events/mood.py", ("mood_of",))),
    "all of sayso's own work": (("events/extract.py", ("code_article",)),),
}


def articles(paths: list[str], n: int) -> Iterator:
    """The first n articles of the corpus, repeated with fresh ids when it is shorter."""
    from sayso.ingest import Skipped, read_inputs

    def once():
        return (a for a in read_inputs(paths) if not isinstance(a, Skipped))

    base = list(itertools.islice(once(), n))
    if not base:
        raise SystemExit("no readable article in the corpus")
    for i in range(n):
        a = base[i % len(base)]
        yield replace(a, id=f"{a.id}-{i}")


def stage_seconds(stats: pstats.Stats) -> dict[str, float]:
    """Cumulative seconds of each stage's functions (outermost calls only, so no double counting)."""
    out = {}
    raw = stats.stats  # type: ignore[attr-defined]
    for stage, parts in STAGES.items():
        total = 0.0
        for suffix, names in parts:
            for (path, _line, name), (_cc, _nc, _tt, ct, _callers) in raw.items():
                if path.endswith(suffix) and name in names:
                    total += ct
        out[stage] = total
    return out


def main(argv: list[str] | None = None) -> int:
    """Run the comparison and print the table (or JSON)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="*", default=[str(DEFAULT_CORPUS)])
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    import spacy

    from sayso.nlp import DEFAULT_MODEL
    from sayso.pipeline import Config, code_stream, get_nlp, load_resources

    config = Config()
    get_nlp(config)
    load_resources()
    bare = spacy.load(DEFAULT_MODEL)
    texts = [a.document for a in articles(args.corpus, args.articles)]
    list(bare.pipe(texts[:20]))
    for _ in code_stream(articles(args.corpus, 20), config):
        pass

    t0 = time.perf_counter()
    for _ in bare.pipe(texts, batch_size=32):
        pass
    bare_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    for _ in code_stream(articles(args.corpus, args.articles), config):
        pass
    plain_s = time.perf_counter() - t0

    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    n_events = sum(len(c.events) for _a, c in code_stream(articles(args.corpus, args.articles), config))
    prof.disable()
    sayso_s = time.perf_counter() - t0
    stages = stage_seconds(pstats.Stats(prof))
    own_profiled = stages["all of sayso's own work"]
    own_plain = max(plain_s - bare_s, 0.0)
    scale = own_plain / own_profiled if own_profiled else 0.0
    result = {"articles": args.articles, "events": n_events, "bare_parse_s": round(bare_s, 2),
              "sayso_s": round(plain_s, 2), "sayso_profiled_s": round(sayso_s, 2),
              "stages_pct_of_bare_parse": {k: round(100 * v / bare_s, 1) for k, v in stages.items()},
              "stages_pct_estimated_unprofiled": {k: round(100 * v * scale / bare_s, 1) for k, v in stages.items()}}
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"{args.articles} articles, {n_events} events; bare parse {bare_s:.1f} s, sayso {plain_s:.1f} s "
          f"(under cProfile {sayso_s:.1f} s)")
    print(f"{'stage':28} {'profiled, % of parse':>22} {'estimated unprofiled':>22}")
    for k, v in result["stages_pct_of_bare_parse"].items():
        print(f"{k:28} {v:21.1f}% {result['stages_pct_estimated_unprofiled'][k]:21.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())

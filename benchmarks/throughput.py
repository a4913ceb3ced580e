"""Throughput and memory: sayso's coding run against bare spaCy on the same corpus, in the same process.

Order: warm-up (both) -> bare spaCy -> sayso -> bare spaCy; the ratio uses the mean of the two bare runs.
Usage: python benchmarks/throughput.py [CORPUS ...] [--min-articles 2000] [--batch-size 32]
       [--n-process 1] [--store PATH] [--json] [--profile N]
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import gc
import io
import json
import os
import platform
import pstats
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from sayso.ingest import Skipped, read_inputs
from sayso.model import Article
from sayso.nlp import DEFAULT_MODEL
from sayso.pipeline import Config, code_stream, get_nlp, load_resources

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = str(ROOT / "examples" / "demo.jsonl")
WARMUP = 20
STORE_BATCH = 200  # articles per store transaction, as `sayso code` does
CHECKPOINTS = (0.25, 0.5, 0.75, 1.0)


def rss_mb() -> float:
    """The current resident set size in MB (VmRSS from /proc/self/status)."""
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def peak_rss_mb() -> float:
    """The peak resident set size of this process so far in MB (ru_maxrss is in KB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def corpus(paths: list[str], min_articles: int) -> Iterator[Article]:
    """Stream the corpus once, then again (with distinct ids) until at least `min_articles` have come out."""
    n = 0
    for rep in range(sys.maxsize):
        before = n
        for item in read_inputs(paths):
            if isinstance(item, Skipped):
                continue
            if rep and n >= min_articles:
                return
            yield item if rep == 0 else dataclasses.replace(item, id=f"{item.id}~r{rep}")
            n += 1
        if n >= min_articles or n == before:
            return


def limited(articles: Iterable[Article], limit: int) -> Iterator[Article]:
    """The first `limit` articles of a stream."""
    for n, art in enumerate(articles):
        if n >= limit:
            return
        yield art


def texts(articles: Iterable[Article]) -> Iterator[str]:
    """The text sayso parses for each article (title, blank line, body)."""
    for art in articles:
        yield art.document


def run_bare(nlp: Language, articles: Iterable[Article], args: argparse.Namespace) -> dict[str, Any]:
    """Time plain `nlp.pipe` over the articles; count articles, sentences and words (non-punctuation tokens)."""
    n = sents = words = 0
    gc.collect()
    t0 = time.perf_counter()
    for doc in nlp.pipe(texts(articles), batch_size=args.batch_size, n_process=args.n_process):
        n += 1
        sents += sum(1 for _ in doc.sents)
        words += sum(1 for t in doc if not (t.is_punct or t.is_space))
    return {"seconds": time.perf_counter() - t0, "articles": n, "sentences": sents, "words": words}


class StoreSink:
    """Batched writes to a sayso store, the way `sayso code` does them (one transaction per batch)."""

    def __init__(self, path: str) -> None:
        from sayso.store import open_store

        self.store = open_store(path)
        self.run_id = self.store.start_run(DEFAULT_MODEL, ["benchmarks/throughput.py"])
        self.batch: list = []

    def write(self, art: Article, coded: Any) -> None:
        """Queue one article's rows; write a full batch in one transaction."""
        from sayso.cli import quote_rows

        self.batch.append((art, coded.events, quote_rows(art, coded), coded.n_sentences))
        if len(self.batch) >= STORE_BATCH:
            self.flush()

    def flush(self) -> None:
        """Write the queued articles."""
        if self.batch:
            self.store.write_batch(self.batch, self.run_id)
            self.batch = []

    def close(self, n_articles: int, n_events: int) -> None:
        """Flush, record the run, close the store."""
        self.flush()
        self.store.finish_run(self.run_id, {"n_records": n_articles, "n_coded": n_articles, "n_events": n_events})
        self.store.close()


def run_sayso(articles: Iterable[Article], config: Config, total: int, sink: StoreSink | None) -> dict[str, Any]:
    """Time `code_stream` over the articles, consuming every result; sample RSS at 25/50/75/100 %."""
    marks = {max(1, round(total * p)): p for p in CHECKPOINTS}
    rss: dict[str, float] = {}
    n = events = sents = 0
    gc.collect()
    rss["start"] = rss_mb()
    t0 = time.perf_counter()
    for art, coded in code_stream(articles, config):
        n += 1
        events += len(coded.events)
        sents += coded.n_sentences
        if sink is not None:
            sink.write(art, coded)
        if n in marks:
            rss[f"{marks[n]:.0%}"] = rss_mb()
    if sink is not None:
        sink.close(n, events)
    return {"seconds": time.perf_counter() - t0, "articles": n, "events": events, "sentences": sents,
            "rss_mb": {k: round(v, 1) for k, v in rss.items()}}


def warm_up(nlp: Language, config: Config, make: Callable[[], Iterator[Article]], args: argparse.Namespace) -> None:
    """Load both pipelines and push a few articles through each, so loading is not timed."""
    run_bare(nlp, limited(make(), WARMUP), args)
    for _ in code_stream(limited(make(), WARMUP), config):
        pass


def rates(seconds: float, counts: dict[str, Any]) -> dict[str, float]:
    """Articles, sentences and words per second."""
    return {f"{k}_per_s": round(counts[k] / seconds, 1) for k in ("articles", "sentences", "words")}


def machine() -> dict[str, Any]:
    """Where the benchmark ran: cores, CPU model, Python and spaCy versions, date."""
    cpu = "unknown"
    with open("/proc/cpuinfo", encoding="utf-8") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return {"nproc": os.cpu_count(), "cpu": cpu, "python": platform.python_version(), "spacy": spacy.__version__,
            "model": DEFAULT_MODEL, "commit": commit(), "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")}


def commit() -> str:
    """The sayso commit measured (read-only git), '+dirty' when src/ has uncommitted changes."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
        dirty = subprocess.run(["git", "diff", "--quiet", "HEAD", "--", "src"], cwd=ROOT).returncode != 0
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + ("+dirty" if dirty else "")


def benchmark(args: argparse.Namespace) -> dict[str, Any]:
    """Warm up, then time bare -> sayso -> bare and collect rates, the ratio and memory."""
    paths = args.corpus or [DEFAULT_CORPUS]
    config = Config(batch_size=args.batch_size, n_process=args.n_process)
    mem = {"after_imports": rss_mb()}
    bare_nlp = spacy.load(DEFAULT_MODEL)
    mem["after_bare_model"] = rss_mb()
    get_nlp(config)
    load_resources(config.actor_files, config.lexicon_files)
    warm_up(bare_nlp, config, lambda: corpus(paths, args.min_articles), args)
    mem["after_warm_up"] = rss_mb()
    bare1 = run_bare(bare_nlp, corpus(paths, args.min_articles), args)
    sink = StoreSink(args.store) if args.store else None
    if sink is not None:
        mem["after_store_open"] = rss_mb()
    coded = run_sayso(corpus(paths, args.min_articles), config, bare1["articles"], sink)
    bare2 = run_bare(bare_nlp, corpus(paths, args.min_articles), args)
    bare_s = (bare1["seconds"] + bare2["seconds"]) / 2
    counts = {k: bare1[k] for k in ("articles", "sentences", "words")}
    return {
        "corpus": paths, "min_articles": args.min_articles, "batch_size": args.batch_size,
        "n_process": args.n_process, "store": args.store, **counts,
        "events": coded["events"], "sayso_sentences": coded["sentences"],
        "bare_seconds": [round(bare1["seconds"], 2), round(bare2["seconds"], 2)],
        "bare_mean_seconds": round(bare_s, 2), "sayso_seconds": round(coded["seconds"], 2),
        "bare": rates(bare_s, counts), "sayso": rates(coded["seconds"], counts),
        "ratio": round(coded["seconds"] / bare_s, 3),
        "peak_rss_mb": round(peak_rss_mb(), 1), "rss_mb": {k: round(v, 1) for k, v in mem.items()},
        "sayso_rss_mb": coded["rss_mb"],
        "store_mb": round(os.path.getsize(args.store) / 2**20, 1) if args.store and args.store != ":memory:" else None,
        "machine": machine(),
    }


def report(r: dict[str, Any]) -> str:
    """The results as readable lines."""
    m = r["machine"]
    what = "sayso + store" if r["store"] else "sayso"
    lines = [
        f"machine: {m['nproc']} cores, {m['cpu']}, Python {m['python']}, spaCy {m['spacy']}, {m['model']}",
        f"sayso commit {m['commit']}, {m['date']}",
        f"corpus: {' '.join(r['corpus'])} (>= {r['min_articles']} articles), batch {r['batch_size']}, "
        f"n_process {r['n_process']}" + (f", store {r['store']}" if r["store"] else ""),
        f"articles {r['articles']}, sentences {r['sentences']} (sayso splits {r['sayso_sentences']}), "
        f"words {r['words']}, events {r['events']}",
        f"{'':14}{'seconds':>10}{'articles/s':>12}{'sentences/s':>13}{'words/s':>10}",
    ]
    for name, secs, rt in (("bare spaCy", r["bare_mean_seconds"], r["bare"]), (what, r["sayso_seconds"], r["sayso"])):
        lines.append(f"{name:14}{secs:>10.2f}{rt['articles_per_s']:>12.1f}{rt['sentences_per_s']:>13.1f}"
                     f"{rt['words_per_s']:>10.0f}")
    lines += [
        f"bare runs: {r['bare_seconds'][0]:.2f} s and {r['bare_seconds'][1]:.2f} s (mean used)",
        f"ratio {what} / bare spaCy: {r['ratio']:.3f}",
        f"peak RSS: {r['peak_rss_mb']:.0f} MB (whole process: both pipelines loaded)",
        "RSS before: " + ", ".join(f"{k} {v:.0f} MB" for k, v in r["rss_mb"].items()),
        f"RSS during {what}: " + ", ".join(f"{k} {v:.0f} MB" for k, v in r["sayso_rss_mb"].items()),
    ]
    if r["store_mb"] is not None:
        lines.append(f"store file: {r['store_mb']:.1f} MB")
    return "\n".join(lines)


def profile(args: argparse.Namespace, n_articles: int, top: int = 15) -> str:
    """cProfile `code_stream` on a few articles; the top functions of sayso's own modules by cumulative time."""
    paths = args.corpus or [DEFAULT_CORPUS]
    config = Config(batch_size=args.batch_size, n_process=1)
    for _ in code_stream(limited(corpus(paths, WARMUP), WARMUP), config):
        pass
    prof = cProfile.Profile()
    prof.enable()
    for _ in code_stream(limited(corpus(paths, n_articles), n_articles), config):
        pass
    prof.disable()
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out).sort_stats("cumulative")
    stats.print_stats(r"sayso[/\\](?!pipeline)", top)
    return out.getvalue()


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command-line options."""
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("corpus", nargs="*", help="inputs read_inputs accepts (default: examples/demo.jsonl, repeated)")
    p.add_argument("--min-articles", type=int, default=2000, help="repeat the corpus until this many articles")
    p.add_argument("--batch-size", type=int, default=32, help="nlp.pipe batch size (both runs)")
    p.add_argument("--n-process", type=int, default=1, help="nlp.pipe processes (both runs)")
    p.add_argument("--store", default=None, help="also write to a new DuckDB store at this path (or :memory:)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--profile", type=int, default=0, metavar="N",
                   help="instead: cProfile sayso on N articles, top 15 sayso functions by cumulative time")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark (or the profile) and print the results."""
    args = parse_args(argv)
    if args.store and args.store != ":memory:" and os.path.exists(args.store):
        print(f"throughput: {args.store} exists; give a new path for --store", file=sys.stderr)
        return 2
    if args.profile:
        print(profile(args, args.profile))
        return 0
    result = benchmark(args)
    print(json.dumps(result, indent=2) if args.json else report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())

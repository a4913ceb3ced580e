"""Shared fixtures: the spaCy model loaded once, the demo corpus coded once, a store written once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "examples" / "demo.jsonl"


def document_of(article: dict) -> str:
    """The text every offset refers to: title, a blank line, then the body (DESIGN.md)."""
    title = (article.get("title") or "").strip()
    return f"{title}\n\n{article['text']}" if title else article["text"]


@pytest.fixture(scope="session")
def demo_articles() -> list[dict]:
    """The demo corpus as the dicts in examples/demo.jsonl, in file order."""
    with DEMO.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="session")
def nlp_loaded():
    """Load the default pipeline once per session (every later call hits the process cache)."""
    from sayso.pipeline import Config, get_nlp, load_resources

    nlp = get_nlp(Config())
    load_resources()
    return nlp


@pytest.fixture(scope="session")
def demo_coded(nlp_loaded, demo_articles) -> list[tuple[str, list[dict]]]:
    """(article id, its events as JSON dicts) for every demo article, coded once through the public API."""
    import sayso

    return [(art.id, [e.to_dict() for e in events]) for art, events in sayso.code_articles(demo_articles)]


@pytest.fixture(scope="session")
def demo_events(demo_coded) -> list[dict]:
    """Every event of the demo corpus as a JSON dict (the DESIGN.md record)."""
    return [e for _aid, events in demo_coded for e in events]


@pytest.fixture(scope="session")
def demo_store(nlp_loaded, tmp_path_factory) -> Path:
    """A DuckDB store holding the demo corpus, written once by `sayso code` (through click's runner)."""
    from click.testing import CliRunner

    from sayso.cli import cli

    db = tmp_path_factory.mktemp("store") / "demo.duckdb"
    result = CliRunner().invoke(cli, ["code", str(DEMO), "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output
    return db

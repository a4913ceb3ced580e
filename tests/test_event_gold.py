"""Our own event gold set (examples/event-gold) scored end to end through `sayso eval`: a regression guard.

The floors sit a few points under the numbers in docs/benchmarks.md, so a change that loses events,
sources or targets across many constructions fails here, while one sentence more or less does not.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sayso.cli import cli

pytestmark = pytest.mark.model

GOLD = Path(__file__).resolve().parents[1] / "examples" / "event-gold" / "sayso-events-gold.json"


def test_the_event_gold_set_reads_and_scores_above_its_floors():
    result = CliRunner().invoke(cli, ["eval", "plover-gsr", str(GOLD), "--format", "json"],
                                catch_exceptions=False)
    assert result.exit_code == 0
    scores = json.loads(result.stdout)
    assert scores["n_sentences"] == 76 and scores["n_gold"] == 84
    assert scores["plover_type"]["accuracy"] >= 0.85
    assert scores["source"]["country_accuracy"] >= 0.90
    assert scores["target"]["country_accuracy"] >= 0.75
    assert scores["triple"]["f1"] >= 0.55


GOLD_2 = GOLD.with_name("sayso-events-gold-2.json")


def test_the_second_event_gold_set_scores_above_its_floors():
    result = CliRunner().invoke(cli, ["eval", "plover-gsr", str(GOLD_2), "--format", "json"],
                                catch_exceptions=False)
    assert result.exit_code == 0
    scores = json.loads(result.stdout)
    assert scores["n_sentences"] == 88 and scores["n_gold"] == 99
    assert scores["plover_type"]["accuracy"] >= 0.82
    assert scores["source"]["country_accuracy"] >= 0.88
    assert scores["target"]["country_accuracy"] >= 0.68
    assert scores["triple"]["f1"] >= 0.47

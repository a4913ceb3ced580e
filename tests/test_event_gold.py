"""Our own event gold sets (examples/event-gold) scored end to end through `sayso eval`: a regression guard.

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
GOLD_2 = GOLD.with_name("sayso-events-gold-2.json")
GOLD_3 = GOLD.with_name("sayso-events-gold-3.json")
GOLD_4 = GOLD.with_name("sayso-events-gold-4.json")


@pytest.mark.parametrize(("gold", "size", "floors"), [
    (GOLD, (76, 84), {"type": 0.85, "source": 0.90, "target": 0.75, "triple": 0.55}),
    (GOLD_2, (88, 99), {"type": 0.82, "source": 0.88, "target": 0.68, "triple": 0.47}),
    (GOLD_3, (90, 100), {"type": 0.90, "source": 0.90, "target": 0.72, "triple": 0.48}),
    (GOLD_4, (60, 67), {"type": 0.78, "source": 0.74, "target": 0.58, "triple": 0.18}),
])
def test_the_event_gold_sets_read_and_score_above_their_floors(gold, size, floors):
    result = CliRunner().invoke(cli, ["eval", "plover-gsr", str(gold), "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 0
    scores = json.loads(result.stdout)
    assert (scores["n_sentences"], scores["n_gold"]) == size
    assert scores["plover_type"]["accuracy"] >= floors["type"]
    assert scores["source"]["country_accuracy"] >= floors["source"]
    assert scores["target"]["country_accuracy"] >= floors["target"]
    assert scores["triple"]["f1"] >= floors["triple"]

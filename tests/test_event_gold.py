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
GOLD_5 = GOLD.with_name("sayso-events-gold-5.json")
GOLD_6 = GOLD.with_name("sayso-events-gold-6.json")
GOLD_7 = GOLD.with_name("sayso-events-gold-7.json")
GOLD_8 = GOLD.with_name("sayso-events-gold-8.json")
GOLD_9 = GOLD.with_name("sayso-events-gold-9.json")
GOLD_10 = GOLD.with_name("sayso-events-gold-10.json")
GOLD_11 = GOLD.with_name("sayso-events-gold-11.json")


@pytest.mark.parametrize(("gold", "size", "floors"), [
    (GOLD, (76, 84), {"type": 0.90, "source": 0.95, "target": 0.78, "triple": 0.60}),
    (GOLD_2, (88, 99), {"type": 0.86, "source": 0.92, "target": 0.82, "triple": 0.62}),
    (GOLD_3, (90, 100), {"type": 0.92, "source": 0.93, "target": 0.78, "triple": 0.52}),
    (GOLD_4, (60, 67), {"type": 0.80, "source": 0.82, "target": 0.68, "triple": 0.24}),
    (GOLD_5, (80, 92), {"type": 0.82, "source": 0.86, "target": 0.79, "triple": 0.42}),
    (GOLD_6, (80, 90), {"type": 0.89, "source": 0.86, "target": 0.61, "triple": 0.36}),
    (GOLD_7, (80, 89), {"type": 0.78, "source": 0.78, "target": 0.63, "triple": 0.29}),
    (GOLD_8, (80, 91), {"type": 0.72, "source": 0.82, "target": 0.62, "triple": 0.29}),
    (GOLD_9, (80, 90), {"type": 0.77, "source": 0.78, "target": 0.54, "triple": 0.22}),
    (GOLD_10, (80, 88), {"type": 0.78, "source": 0.92, "target": 0.67, "triple": 0.35}),
    (GOLD_11, (80, 93), {"type": 0.76, "source": 0.86, "target": 0.57, "triple": 0.24}),
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

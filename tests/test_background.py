"""Background events: an act a sentence mentions only to date or explain its main event ('a week after
rebels seized the town') is noted, not coded, unless the run asks to keep it ('+background').

Every sentence is our own. Tests that parse text load the spaCy model (marked `model`)."""

from __future__ import annotations

import pytest

from actor_helpers import coded_on
from sayso.errors import SaysoError
from sayso.pipeline import Config, load_resources


def _coded(text: str, background: str = "skip"):
    return coded_on(text, "2014-06-01", Config(background=background))


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger"), [
    ("Mali lifted the curfew in Gao on Sunday, a week after rebels seized the town.", "seized"),
    ("The rebels freed the peacekeepers whom they had captured in May.", "captured"),
    ("Kenya closed its border with Somalia, two days after an attack on Kenyan troops.", "attack"),
])
def test_a_background_act_is_noted_not_coded(text: str, trigger: str) -> None:
    coded = _coded(text)
    assert trigger not in {e.trigger.text for e in coded.events}
    assert any(f"'{trigger}'" in n and "--background keep" in n for n in coded.notes)
    assert coded.events  # the main event is still coded
    kept = [e for e in _coded(text, "keep").events if e.trigger.text == trigger]
    assert kept and all(e.rule.endswith("+background") for e in kept)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The army retook the village after fierce fighting with guerrillas.",  # one episode
    "Rebels seized the town on Sunday.",
    "Police said the rebels had seized the town.",  # reported content, not a relative clause
])
def test_the_main_event_and_its_own_episode_are_coded(text: str) -> None:
    coded = _coded(text)
    assert not any("main event" in n for n in coded.notes)
    assert any(e.cameo_root in ("19", "17") for e in coded.events)


def test_an_unknown_background_mode_is_a_clear_error() -> None:
    with pytest.raises(SaysoError, match="E108"):
        load_resources((), (), "pairs", "drop")


@pytest.mark.model
def test_a_complement_clause_parsed_as_relative_is_not_background() -> None:
    # 'that' is the complementiser of what was told, though the parser hangs the clause on 'conference'
    coded = _coded("The minister told a news conference that Chad had not attacked Sudan.")
    attack = [e for e in coded.events if e.cameo_root == "19"]
    assert attack and attack[0].negated

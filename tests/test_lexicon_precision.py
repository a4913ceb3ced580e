"""Lexicon entries that were too broad: a trigger word in a sense no careful event coder would code ("fought
back tears", "withdrew $2 billion", "executed the trade"), or would code as another
act ("attacked the budget" is criticism, "killed the bill" a rejection, "a barrage of criticism" no shelling).
Each fix is tested both ways: the sentence in the entry's own sense still codes it, the other one does not.

Every sentence is our own. Tests that parse text load the spaCy model (marked `model`)."""

from __future__ import annotations

from functools import partial

import pytest

from actor_helpers import coded_triples, has_event

_codes = partial(coded_triples, day="2019-05-01")
_has = partial(has_event, day="2019-05-01")


def _lacks(text: str, code: str) -> bool:
    """No event of `code` (or of a code under it) is coded in the text."""
    return not any(c.startswith(code) for c, _, _ in _codes(text))


# an act done to people or forces (people_object), with the object lists that keep its other true objects
@pytest.mark.model
@pytest.mark.parametrize(("true_text", "code", "source", "false_text"), [
    ("Kurdish fighters fought Islamic State militants near Kobani.", "190", "SYRREB",
     "The president fought back tears at the funeral."),
    ("Ethiopia fought a war with Eritrea from 1998 to 2000.", "190", "ETH",
     "The central bank fought inflation with higher rates."),
    ("Government forces battled Boko Haram fighters near Maiduguri.", "190", "NGAMIL",
     "The governor battled cancer for two years."),
    ("Syria withdrew its forces from Lebanon in 2005.", "0874", "SYR",
     "The company withdrew its profit forecast."),
    ("Russia withdrew its warships from the Black Sea.", "0874", "RUS",
     "The bank withdrew its forecast for growth in China."),
    ("NATO pulled out its troops from Afghanistan.", "0874", "IGOWSTNAT",
     "The campaign pulled out all the stops in Ohio."),
    ("Iraqi forces captured two Islamic State commanders.", "173", "IRQMIL",
     "The opposition captured the imagination of young voters."),
    ("Saudi Arabia executed 37 people on Tuesday.", "1823", "SAU",
     "The company executed the trade on Friday."),
    ("Russia deployed drones over the Black Sea.", "154", "RUS",
     "The company deployed new software across its branches."),
    ("Armenia mobilised reservists on Sunday.", "154", "ARM",
     "The government mobilised emergency funds for the farmers."),
    ("Qatar helped the refugees in Lebanon.", "070", "QAT",
     "The weak yen helped Toyota's profits last quarter."),
    ("The US sanctioned three Russian banks.", "163", "USA",
     "The health authority sanctioned the use of the vaccine."),
    ("The US sanctioned Chinese oil tankers.", "163", "USA",
     "The Security Council sanctioned the use of force against Iraq."),
    ("Egypt expelled him to Sudan.", "174", "EGY",
     "The company expelled gas from the reactor."),
])
def test_acts_on_people_or_forces(true_text: str, code: str, source: str, false_text: str) -> None:
    assert _has(true_text, code, source), _codes(true_text)
    assert _lacks(false_text, code), _codes(false_text)


# a hijacked vehicle's owner is the one hijacked (a commercial ship is a business asset); weapons inspectors
# are inspectors, not forces withdrawn
@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Pirates hijacked a Greek-owned cargo ship off the coast of Yemen.", "181", "CRM", "GRCBUS"),
    ("Britain will withdraw its weapons inspectors from Iraq next month.", "1662", "GBR", "IRQ"),
])
def test_object_compounds_keep_their_reading(text: str, code: str, source: str, target: str) -> None:
    assert _has(text, code, source, target), _codes(text)


# a figurative sense codes as the act it stands for, the literal sense keeps its code
@pytest.mark.model
@pytest.mark.parametrize(("literal", "literal_code", "figurative", "figurative_code", "wrong_code"), [
    ("Rebels attacked an army convoy near Goma.", "190",
     "The opposition attacked the budget as reckless.", "111", "190"),
    ("Israeli jets attacked Hamas positions in Gaza.", "190",
     "The opposition attacked the government's handling of the crisis.", "111", "190"),
    ("Gunmen killed two soldiers near the border.", "190",
     "The senator killed the bill in committee.", "120", "190"),
    ("Syrian forces shot down an Israeli drone.", "190",
     "The finance minister shot down the idea of new taxes.", "120", "190"),
    ("Hamas fired a barrage of rockets at Israel.", "194",
     "The minister faced a barrage of criticism over the plan.", "111", "194"),
    ("The minister defended the decision to raise taxes.", "052",
     "The army defended the city against the rebels.", "190", "052"),
    ("The minister talked with his Iranian counterpart.", "040",
     "The prime minister talked to reporters in Brussels.", "010", "040"),
    ("Police backed down after the protest.", "080",
     "Police backed off after the warning.", "080", "051"),
    ("The US issued a warning to North Korea.", "130",
     "The Indian government issued a cyclone warning on Monday.", "012", "130"),
    ("Iran warned the United States against any attack.", "130",
     "The Met Office warned of flooding in Wales.", "012", "130"),
])
def test_figurative_sense_takes_its_own_code(literal: str, literal_code: str, figurative: str,
                                             figurative_code: str, wrong_code: str) -> None:
    assert _has(literal, literal_code), _codes(literal)
    assert _has(figurative, figurative_code), _codes(figurative)
    assert not _has(figurative, wrong_code), _codes(figurative)


# whose policy is attacked is the target of the criticism, not what the policy is about
@pytest.mark.model
def test_attacked_policy_targets_its_owner() -> None:
    text = "The senator attacked the president's remarks on immigration."
    assert _has(text, "111", "LEG", "GOV"), _codes(text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "source"), [
    ("North Korea test-fired a ballistic missile into the sea on Sunday.", "PRK"),
    ("Iran test-launched a new cruise missile on Tuesday.", "IRN"),
])
def test_a_missile_test_is_a_show_of_force_not_a_strike(text: str, source: str) -> None:
    assert _has(text, "150", source), _codes(text)
    assert _lacks(text, "195"), _codes(text)
    # a missile fired at someone stays a strike
    strike = "Russia launched missiles at Kyiv overnight."
    assert _has(strike, "195", "RUS"), _codes(strike)

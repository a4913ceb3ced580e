"""Nominal events received by the subject: 'drew criticism from X', 'came under attack by Y', 'faces
sanctions from Z'. The 'from'/'by' phrase is the actor and the subject the target; reading the subject as
the actor would reverse who did what to whom.

Every sentence is our own. Tests that parse text load the spaCy model (marked `model`)."""

from __future__ import annotations

import pytest

from actor_helpers import actor_named as _actor
from actor_helpers import events_on as _events


def _pairs(text: str, root: str) -> list[tuple[str | None, str | None]]:
    """(source code, target code) of the events of CAMEO root `root` coded in `text`."""
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in _events(text, "2016-05-01") if e.cameo_code.startswith(root)]


@pytest.mark.model
@pytest.mark.parametrize(("text", "root", "pair"), [
    ("The Israeli government drew sharp criticism from the United Nations over the raid.", "11",
     ("IGOUNO", "ISRGOV")),
    ("Pakistan received a request from Afghanistan to extradite the suspects.", "02", ("AFG", "PAK")),
    ("The Turkish army came under attack by Syrian rebels near the border.", "19", ("SYRREB", "TURMIL")),
])
def test_the_subject_receives_the_act_of_the_from_or_by_phrase(text: str, root: str, pair: tuple) -> None:
    assert pair in _pairs(text, root)
    assert (pair[1], pair[0]) not in _pairs(text, root)


@pytest.mark.model
def test_a_received_act_without_its_actor_still_has_its_target() -> None:
    # nobody named: the criticism is of the minister, by someone unknown
    assert _pairs("The Greek finance minister drew criticism over the budget.", "11") == [(None, "GRCGOV")]


@pytest.mark.model
def test_a_possessor_still_names_the_actor() -> None:
    # 'faced Russia's criticism': Russia criticised, whatever verb governs the noun
    assert ("RUS", "UKRGOV") in _pairs("The Ukrainian government faced Russia's criticism of the law.", "11")


@pytest.mark.model
@pytest.mark.parametrize(("text", "root", "pair"), [
    # a headline's passive without 'were': the soldiers are the ones killed, the rebels the killers
    ("Three soldiers killed in an ambush by rebels in Mali.", "19", ("MLIREB", "MLIMIL")),
    ("Two journalists arrested by police in Cairo.", "17", ("EGYCOP", "EGYMED")),
])
def test_a_headline_passive_keeps_who_did_it(text: str, root: str, pair: tuple) -> None:
    assert _pairs(text, root) == [pair]


@pytest.mark.model
def test_an_intransitive_act_is_no_headline_passive() -> None:
    # 'protested' has no object and needs none: the students protest
    assert [p[0] for p in _pairs("Thousands of Chilean students protested in Santiago.", "14")] == ["CHLEDU"]


@pytest.mark.model
def test_a_main_verb_hung_under_the_subject_still_has_its_subject() -> None:
    # the small model roots this sentence at 'Nurses' and hangs 'collected' under 'groups'
    pairs = _pairs("Nurses from three Canadian aid groups collected and delivered blankets to a school in Kabul.",
                   "07")
    assert pairs and all(source == "CANHLH" for source, _target in pairs)


@pytest.mark.model
@pytest.mark.parametrize(("text", "root", "pair"), [
    # 'from' names whom a demand is made of, before any other party of the sentence
    ("China demanded a full apology from NATO on Sunday for the bombing of its embassy.", "10",
     ("CHN", "IGOWSTNAT")),
    ("Iraq demanded compensation from Kuwait.", "10", ("IRQ", "KWT")),
    # an investigation 'into' someone, even with a date between
    ("Brazilian prosecutors opened an investigation on Friday into the Brazilian foreign minister.", "09",
     ("BRAJUD", "BRAGOV")),
    # an international body as the object is a target without a country
    ("Sudan expelled 13 international aid agencies from Darfur on Wednesday.", "16", ("SDN", "NGO")),
    # 'the country's people' are of the country the article is about
    ("The Australian government apologised on Wednesday to the country's Aboriginal people.", "05",
     ("AUSGOV", "AUSCVL")),
])
def test_targets_named_by_from_into_and_the_country(text: str, root: str, pair: tuple) -> None:
    assert pair in _pairs(text, root)


@pytest.mark.model
def test_a_description_in_apposition_does_not_replace_a_coordinated_actor() -> None:
    pairs = _pairs("Colombia's government and the National Liberation Army, the country's last active guerrilla "
                   "group, agreed on Tuesday to resume peace talks.", "03")
    assert ("COLGOV", "COLREBELN") in pairs


@pytest.mark.model
def test_claiming_responsibility_names_the_attacker() -> None:
    events = _events("The Taliban claimed responsibility for the bombing of a police station in Kabul.", "2016-05-01")
    bombing = next(e for e in events if e.cameo_code.startswith("19"))
    assert bombing.source is not None and bombing.source.code.startswith("AFGREB")


@pytest.mark.model
def test_medics_counting_casualties_accuse_no_one() -> None:
    events = _events("Five villagers were killed in Turkish artillery shelling in Afrin, medics said.", "2016-05-01")
    assert not [e for e in events if e.cameo_code.startswith("11")]
    assert [e.cameo_code for e in events if e.source is not None and e.source.sector == "HLH"] == ["010"]


@pytest.mark.model
def test_a_group_linked_to_an_organisation_is_not_that_organisation() -> None:
    events = _events("The Al Qaeda-linked Malian jihadist group Ansar Dine claimed responsibility for the raid on "
                     "an army post in Gao.", "2016-05-01")
    assert all(e.source is None or not e.source.code.startswith("IMGMOSALQ") for e in events)


@pytest.mark.model
def test_an_attack_as_subject_stands_for_its_doers() -> None:
    pairs = _pairs("An attack by Syrian rebels on an army unit near the village killed 12 soldiers on Sunday.", "19")
    killing = [p for p in pairs if p[1] is not None and p[1].endswith("MIL")]
    assert killing and all(source == "SYRREB" for source, _target in killing)


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Peru's attorney general opened an investigation into the president.", "Peru's attorney general", "PERJUD"),
    ("Mexican air force planes flew medicine into Honduras on Tuesday.", "Mexican air force planes", "MEXMIL"),
])
def test_more_role_words(text: str, mention: str, code: str) -> None:
    assert _actor(_events(text, "2016-05-01"), mention).code == code

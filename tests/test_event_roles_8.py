"""Roles found this session: a refused proposal is aimed at whom the proposed act concerns ('turned down an
invitation to visit Cairo' is aimed at Egypt), unless the proposal is someone's own bid.

Every sentence is our own. Tests that parse text load the spaCy model (marked `model`)."""

from __future__ import annotations

import pytest

import sayso
from actor_helpers import coded_triples


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Hamas turned down an invitation to visit Cairo.", ("125", "PSEREBHMS", "EGYGOV")),
    ("The rebels rejected an offer to hold talks with the Colombian government.", ("120", "REB", "COLGOV")),
    # a bid's owner is whom blocking it is aimed at, not the body it wants to join
    ("Turkey blocked Sweden's bid to join NATO.", ("129", "TUR", "SWE")),
])
def test_a_refused_proposal_is_aimed_at_whom_the_proposed_act_concerns(text: str,
                                                                       expected: tuple[str, str, str]) -> None:
    assert expected in coded_triples(text, "2018-03-01")


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The dockers' union called off a week-long strike after talks with the Kenyan government.",
     ("082", "LAB", "KENGOV")),
    ("Ghanaian teachers called off their strike following negotiations with the government.",
     ("082", "GHAEDU", "GHAGOV")),
])
def test_a_concession_after_talks_is_aimed_at_the_other_side_of_the_talks(
        text: str, expected: tuple[str, str | None, str]) -> None:
    code, source, target = expected
    assert any(c == code and t == target and (source is None or s == source)
               for c, s, t in coded_triples(text, "2015-02-01"))


@pytest.mark.model
def test_a_concession_after_protests_still_answers_the_protesters() -> None:
    # the older rule is untouched: protests, not talks, before the resignation
    triples = coded_triples("Thousands marched in Accra. After weeks of protests the Ghanaian minister resigned.",
                            "2015-02-01")
    assert not any(t == "GHAGOV" for c, _, t in triples if c.startswith("08"))


@pytest.mark.model
def test_an_attack_launched_to_take_ground_is_aimed_at_those_it_is_taken_from() -> None:
    triples = coded_triples("Malian troops launched an offensive to retake the town from Tuareg rebels.", "2013-01-20")
    # the offensive is done (asserted) and aimed at the rebels; the retaking is its purpose, a row of its own
    assert ("190", "MLIMIL", "REB") in triples
    assert any(c == "192" and t == "REB" for c, _, t in triples)


@pytest.mark.model
def test_an_attack_launched_to_protect_someone_is_not_aimed_at_them() -> None:
    triples = coded_triples("The army launched an offensive to protect civilians in the north.", "2013-01-20")
    assert [t for c, _, t in triples if c == "190"] == [None]


@pytest.mark.model
def test_an_agreement_to_meet_is_still_one_row_per_side() -> None:
    # the generic agreement adds nothing to the agreed meeting (intents are what root 03 codes)
    triples = coded_triples("Ghana and Togo agreed to meet.", "2013-01-20")
    assert sorted(c for c, _, _ in triples) == ["036", "036"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # troops sent to a border are aimed at the neighbour across it, however the 'with' phrase is hung
    ("Extra troops were sent to Tajikistan's border with Afghanistan on Monday by the government in Dushanbe.",
     ("154", "TJKGOV", "AFG")),
    ("Tajikistan sent extra troops to its border with Afghanistan.", ("154", "TJK", "AFG")),
])
def test_forces_sent_to_a_border_are_aimed_at_the_neighbour(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded_triples(text, "2021-07-06")


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # a measure on goods is aimed at where they come from
    ("India lifted the punitive tariffs it imposed on almonds from the United States two years ago.",
     ("085", "IND", "USA")),
    ("China's ban on all imports of Japanese seafood took effect on Thursday.", ("172", "CHN", "JPN")),
    ("The US ban on imports from Iran remains in force.", ("172", "USA", "IRN")),
    # people stay the target themselves
    ("The EU imposed sanctions on officials from Belarus.", ("163", "IGOEEC", "BLRGOV")),
])
def test_a_measure_on_goods_is_aimed_at_their_origin(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded_triples(text, "2023-08-24")


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # the fallback still reads phrases of the act's own clause ('near its border with X')
    ("Russia massed troops near its border with Ukraine.", ("154", "RUS", "UKR")),
    ("Colombia sent troops to the area in a concession to the protesters.", ("154", "COL", "CVL")),
])
def test_a_fallback_target_in_the_acts_own_clause_is_still_read(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded_triples(text, "2022-02-01")


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # an appeal is aimed at whom it calls on, not at whom the demanded act concerns
    ("Canada called on Saudi Arabia to free jailed women's rights activists.", ("020", "CAN", "SAU")),
    ("The EU called upon Serbia to arrest the suspects.", ("020", "IGOEEC", "SRB")),
    # a demand's 'that' clause on the demand noun names whom it is made of
    ("Armenia renewed its demand that Azerbaijan release the prisoners.", ("100", "ARM", "AZE")),
    # missiles and rockets fired towards or over a country are aimed at it
    ("North Korea fired two missiles towards Japan.", ("195", "PRK", "JPN")),
    ("North Korea fired a missile over Japan.", ("195", "PRK", "JPN")),
    ("Hamas fired rockets toward Israel.", ("194", "PSEREBHMS", "ISR")),
    # officials a state's forces arrest are that state's own
    ("Cambodian security forces arrested dozens of royalist officials.", ("173", "KHMMIL", "KHMGOV")),
    # an object 'it' is not another name of its own clause's subject
    ("Taiwan rejected Beijing's unification proposal, and China accused it of provoking confrontation.",
     ("112", "CHN", "TWN")),
])
def test_targets_found_by_the_target_probe(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded_triples(text, "2019-05-01")


@pytest.mark.model
def test_what_a_demand_noun_asks_is_demanded_not_asserted() -> None:
    events = sayso.code_text("Armenia renewed its demand that Azerbaijan release the prisoners.", date="2019-05-01")
    (release,) = [e for e in events if e.cameo_code.startswith("084")]
    assert release.factuality == "demanded"


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # 'with' hung on the verb still names the partner whose ties are cut
    ("Egypt cut ties with Qatar.", ("161", "EGY", "QAT")),
    # arriving in a capital is a visit to its government
    ("The Iranian foreign minister arrived in Beijing on Monday.", ("042", "IRNGOV", "CHNGOV")),
    # the helped one is parsed as the subject of the bare infinitive
    ("Obama vowed to help the Iraqi government defeat the Islamic State.", ("033", "USAGOV", "IRQGOV")),
    # an investigation into acts by someone is aimed at the doer
    ("The ICC opened an investigation into alleged war crimes by Israel.", ("090", "IGOICC", "ISR")),
])
def test_more_targets_found_by_the_target_probe(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded_triples(text, "2015-05-01")


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # a protest at a country's embassy or consulate is aimed at that country's government
    ("Hundreds of Ukrainians protested outside the Russian embassy in Kyiv.", ("141", "UKRCVL", "RUSGOV")),
    ("Protesters rallied in front of the US embassy in Seoul.", ("141", "KORCVL", "USAGOV")),
    # with no mission, still the government of where it happens
    ("Thousands marched in Cairo.", ("141", "EGYCVL", "EGYGOV")),
    # 'as a warning to X': the deployment and the warning are both aimed at X, and the warning is the deployer's
    ("Israel deployed extra troops to the north as a warning to Hezbollah.", ("154", "ISR", "LBNREBHEZ")),
    ("Israel deployed extra troops to the north as a warning to Hezbollah.", ("130", "ISR", "LBNREBHEZ")),
])
def test_protests_at_missions_and_acts_meant_as_warnings(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded_triples(text, "2022-03-01")


@pytest.mark.model
@pytest.mark.parametrize(("text", "code"), [
    # a decision keeps the act's own code (intended), where a plan or a wish to do harm is its threat
    ("The EU decided to impose sanctions on Belarus.", "163"),
    ("The EU plans to impose sanctions on Belarus.", "1312"),
])
def test_a_decision_is_not_a_threat(text: str, code: str) -> None:
    events = sayso.code_text(text, date="2021-06-01")
    assert any(e.cameo_code == code and e.factuality in ("intended", "threatened") for e in events)

"""Recall probe, round 7: less common wire-copy verbs and their nominal and passive forms that the lexicon
lacked ('put out a statement', 'owned up to', 'jetted into', 'haggled over', 'amnestied', 'initialled', 'sold
fighter jets', 'annulled the decree', 'chided', 'scuttled the deal', 'pelted police with stones', 'declared
persona non grata', 'the expropriation of', 'frog-marched', 'interdicted', 'pummelled', 'strafed'), each with the
code its plain synonym already has; and figurative or non-political senses of the same verbs that stay uncoded.

Every sentence is our own. Tests that parse text load the spaCy model (marked `model`)."""

from __future__ import annotations

from functools import partial

import pytest

from actor_helpers import coded_triples, has_event

_codes = partial(coded_triples, day="2019-05-01")
_has = partial(has_event, day="2019-05-01")


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("The Kremlin put out a statement on Monday about the talks.", "010", "RUSGOV", None),
    ("President Erdogan addressed the nation on Sunday evening.", "010", "TURGOV", None),
    ("The Turkish defence minister briefed reporters in Ankara on Tuesday.", "010", "TURGOV", None),
    ("Germany voiced misgivings about the Chinese investment plan.", "012", "DEU", None),
    ("Berlin voiced unease about the Turkish operation.", "012", "DEUGOV", None),
    ("Tokyo raised concerns with Beijing over the detentions.", "012", "JPNGOV", "CHNGOV"),
    ("Iran owned up to shooting down the Ukrainian airliner.", "015", "IRN", None),
    ("Islamic State claimed the attack on the church.", "015", "IMGMOSISL", None),
    ("The Rwandan government repudiated the allegations.", "016", "RWAGOV", None),
    ("Moscow disavowed the hackers.", "016", "RUSGOV", None),
])
def test_statements_admissions_denials(text: str, code: str, source: str | None, target: str | None) -> None:
    assert _has(text, code, source, target), _codes(text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("The Chinese premier jetted into Canberra on Saturday.", "042", "CHNGOV", None),
    ("Macron spoke by telephone with Putin on Friday.", "041", "FRAGOV", "RUSGOV"),
    ("Macron and Putin spoke by phone on Friday.", "041", "FRAGOV", "RUSGOV"),
    ("Biden talked on the phone with Netanyahu.", "041", "USAELI", "ISRGOV"),
    ("Israel and Lebanon haggled over the maritime border.", "046", "ISR", "LBN"),
    ("Ethiopia and Egypt wrangled over the Nile dam.", "046", "EGY", "ETH"),
    ("Israel and Hamas bargained over the prisoner swap.", "046", "ISR", "PSEREBHMS"),
])
def test_consultation(text: str, code: str, source: str | None, target: str | None) -> None:
    assert _has(text, code, source, target), _codes(text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Washington extolled India's democracy.", "051", "USAGOV", "IND"),
    ("Myanmar amnestied more than 5,000 prisoners.", "056", "MMR", None),
    ("Thousands of prisoners were amnestied by the Myanmar junta.", "056", "MMRMIL", None),
    ("The treaty was initialled by Serbia and Kosovo.", "057", "SRB", "KSV"),
    ("The Turkish parliament ratified Finland's membership of NATO.", "057", "TURLEG", None),
    ("The signing of the peace accord by Ethiopia and Eritrea ended the war.", "057", "ETH", None),
    ("Kenya's ratification of the treaty came in May.", "057", "KEN", None),
])
def test_diplomatic_cooperation(text: str, code: str, source: str | None, target: str | None) -> None:
    assert _has(text, code, source, target), _codes(text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Egypt passed intelligence to Israel.", "064", "EGY", "ISR"),
    ("Russia sold fighter jets to Algeria.", "072", "RUS", "DZA"),
    ("Turkey sold drones to Ukraine.", "072", "TUR", "UKR"),
    ("Iran shipped drones to Russia.", "072", "IRN", "RUS"),
    ("Britain supplied Ukraine with tanks.", "072", "GBR", "UKR"),
    ("The supply of missiles to Ukraine by Britain angered Moscow.", "072", "GBR", "UKR"),
    ("Russia sheltered the fugitive Ukrainian president.", "075", "RUS", "UKRGOV"),
    ("Germany welcomed one million refugees.", "075", "DEU", None),
    ("Ecuador's granting of asylum to Assange angered London.", "075", "ECU", None),
])
def test_material_cooperation_and_aid(text: str, code: str, source: str | None, target: str | None) -> None:
    assert _has(text, code, source, target), _codes(text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("The government annulled the controversial decree.", "0832", "GOV", None),
    ("The decree was annulled by the Supreme Court.", "0832", "JUD", None),
    ("France returned the looted treasures to Benin.", "0842", "FRA", "BEN"),
    ("Israel evacuated its forces from southern Lebanon.", "0874", "ISR", None),
])
def test_yielding(text: str, code: str, source: str | None, target: str | None) -> None:
    assert _has(text, code, source, target), _codes(text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Beijing chided Tokyo over its defence white paper.", "111", "CHNGOV", "JPNGOV"),
    ("The opposition assailed the government over inflation.", "111", "OPP", "GOV"),
    ("Turkey's lambasting of Sweden drew a sharp response.", "111", "TUR", "SWE"),
    ("Beijing upbraided Washington over the arms sale.", "111", "CHNGOV", "USAGOV"),
    ("The opposition vilified the prime minister.", "111", "OPP", "GOV"),
    ("State media pilloried the dissident.", "111", "MED", None),
    ("Turkey's summoning of the Dutch ambassador escalated the row.", "114", "TUR", "NLDGOV"),
    # a jail term is a sentence, not an arrest
    ("The prime minister was jailed for life.", "116", None, "GOV"),
])
def test_disapproval(text: str, code: str, source: str | None, target: str | None) -> None:
    assert _has(text, code, source, target), _codes(text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Russia's rebuff of the offer angered Kyiv.", "120", "RUS", None),
    ("Hungary scuttled the deal.", "120", "HUN", None),
    ("Iran stonewalled the IAEA inspectors.", "120", "IRN", "IGOUNOIAE"),
])
def test_rejection(text: str, code: str, source: str | None, target: str | None) -> None:
    assert _has(text, code, source, target), _codes(text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Traders shut their shops in protest.", "143", "BUS", None),
    ("Protesters pelted police with stones.", "145", "CVL", "COP"),
    ("Demonstrators hurled stones at the police.", "145", "CVL", "COP"),
    ("Protesters went on the rampage in Nairobi.", "145", "KENCVL", None),
    ("Russia conscripted 300,000 reservists.", "154", "RUS", None),
])
def test_protest_and_posture(text: str, code: str, source: str | None, target: str | None) -> None:
    assert _has(text, code, source, target), _codes(text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Poland declared the Russian diplomat persona non grata.", "161", "POL", None),
    ("Washington's blacklisting of Huawei hurt Chinese suppliers.", "163", "USAGOV", None),
])
def test_reduced_relations(text: str, code: str, source: str | None, target: str | None) -> None:
    assert _has(text, code, source, target), _codes(text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Venezuela's expropriation of the oil fields angered Exxon.", "1711", "VEN", None),
    ("Bolivia's nationalisation of the gas industry alarmed investors.", "1711", "BOL", None),
    ("Iran commandeered the British-flagged tanker.", "1711", "IRN", None),
    ("The government muzzled the independent press.", "1721", "GOV", None),
    ("The junta imposed a media blackout.", "1721", "GOV", None),
    ("The closure of the newspaper by the government drew criticism.", "1721", "GOV", None),
    ("Thailand disbanded the opposition party.", "1722", "THA", "THAOPP"),
    ("Police frog-marched the former prime minister out of court.", "173", "COP", None),
    ("Police nabbed the suspect in Lagos.", "173", "NGACOP", None),
    ("The roundup of opposition activists by police drew condemnation.", "173", "COP", "OPP"),
    ("Hundreds of protesters were incarcerated.", "173", None, "CVL"),
])
def test_coercion(text: str, code: str, source: str | None, target: str | None) -> None:
    assert _has(text, code, source, target), _codes(text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Gunmen snatched three tourists in Mali.", "181", "MLIINS", "MLICVL"),
    ("Soldiers beat the protester to death.", "1823", "MIL", "CVL"),
    # the blast did the killing: one bombing whose target is the three killed (not also the station)
    ("A bomb blast at a police station in Quetta killed three officers.", "183", None, None),
    ("The navy interdicted an Iranian dhow carrying weapons.", "191", "MIL", None),
    ("The US Navy interdicted an Iranian arms shipment bound for Yemen.", "191", "USAMIL", None),
    ("Russian forces seized the nuclear plant.", "192", "RUSMIL", None),
    ("Russian forces pummelled Kharkiv.", "194", "RUSMIL", "UKR"),
    ("The army pummelled the rebel enclave with artillery.", "194", "MIL", None),
    ("Syrian jets strafed the rebel convoy.", "195", "SYRMIL", "REB"),
    ("The convoy was strafed by Syrian jets.", "195", "SYRMIL", None),
])
def test_violence(text: str, code: str, source: str | None, target: str | None) -> None:
    assert _has(text, code, source, target), _codes(text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "code"), [
    ("Critics pummelled the government's budget plan.", "194"),
    ("Civilians sheltered in basements during the shelling.", "075"),
    ("The hospital sheltered the wounded.", "075"),
    ("Shoppers haggled over prices at the market.", "046"),
    ("Firefighters put out the blaze in the capital.", "010"),
    ("The minister addressed concerns about inflation.", "010"),
    ("The navy scuttled the damaged ship.", "120"),
    ("Russia sold gas to China.", "072"),
    ("The new law raised fears of a crackdown.", "012"),
    ("The closure of the paper mill cost 300 jobs.", "1721"),
    ("The minister threw a party for the delegation.", "145"),
    ("The storm claimed dozens of lives.", "015"),
])
def test_other_senses_stay_uncoded(text: str, code: str) -> None:
    assert not _has(text, code), _codes(text)

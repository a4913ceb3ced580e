"""Nominal events the lexicon lacked or read too narrowly: acts named by a noun with their actors in
prepositional phrases or possessives ('the delivery of howitzers to Armenia by India', 'Turkey's restoration of
ties with Egypt', 'military aid to Kyiv from Oslo'), each with the code its plain verb already has; the
'of' phrase names the actor where it is the one acting ('the withdrawal of Rwandan troops', 'the resignation
of the prime minister', 'the recall of the Turkish ambassador').

Every sentence is our own. Tests that parse text load the spaCy model (marked `model`)."""

from __future__ import annotations

from functools import partial

import pytest

from actor_helpers import coded_triples, has_event

_codes = partial(coded_triples, day="2019-05-01")
_has = partial(has_event, day="2019-05-01")


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Japan's acknowledgement of wartime abuses was praised in Seoul.", "015", "JPN", None),
    ("Iran's admission of responsibility for the downing of the airliner came days later.", "015", "IRN", None),
])
def test_acknowledgement(text: str, code: str, source: str | None, target: str | None) -> None:
    assert _has(text, code, source, target), _codes(text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("An invitation was extended to the Ghanaian president by Japan.", "026", "JPN", "GHAGOV"),
])
def test_invitation_extended(text: str, code: str, source: str | None, target: str | None) -> None:
    assert _has(text, code, source, target), _codes(text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Support for Taiwan from Lithuania angered China.", "051", "LTU", "TWN"),
    ("Turkey's restoration of ties with Egypt ended a decade of rupture.", "050", "TUR", "EGY"),
    ("Morocco's resumption of relations with Israel was announced on Thursday.", "050", "MAR", "ISR"),
    ("Britain's reopening of its embassy in Tehran was welcomed.", "050", "GBR", None),
])
def test_diplomatic_cooperation(text: str, code: str, source: str | None, target: str | None) -> None:
    assert _has(text, code, source, target), _codes(text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Information sharing between Kenya and Uganda has improved.", "064", "KEN", "UGA"),
    ("An intelligence exchange between Jordan and Egypt foiled the plot.", "064", "JOR", "EGY"),
])
def test_intelligence_sharing(text: str, code: str, source: str | None, target: str | None) -> None:
    assert _has(text, code, source, target), _codes(text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("The delivery of howitzers to Armenia by India alarmed Azerbaijan.", "072", "IND", "ARM"),
    ("Russian arms deliveries to Myanmar continued.", "072", "RUS", "MMR"),
    ("French arms sales to Egypt rose sharply.", "072", "FRA", "EGY"),
    ("Military aid to Kyiv from Oslo doubled.", "072", "NORGOV", "UKRGOV"),
    ("Humanitarian aid from Saudi Arabia to Yemen arrived in Aden.", "073", "SAU", "YEM"),
    ("Ukraine's delivery of grain to Somalia resumed.", "073", "UKR", "SOM"),
    ("The delivery of aid to Sudan by the United Nations resumed.", "070", "IGOUNO", "SDN"),
    ("French debt relief for Mali was announced in Bamako.", "071", "FRA", "MLI"),
    ("China's forgiveness of Zambian debt surprised creditors.", "071", "CHN", None),
    ("Latvia's grant of asylum to the Russian journalist angered Moscow.", "075", "LVA", "RUSMED"),
    ("The deployment of Kenyan peacekeepers to Haiti was delayed.", "074", "KENMIL", "HTI"),
])
def test_aid_and_arms(text: str, code: str, source: str | None, target: str | None) -> None:
    assert _has(text, code, source, target), _codes(text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Iran's release of two French prisoners was welcomed in Paris.", "0841", "IRN", None),
    ("A prisoner exchange between Ethiopia and Eritrea took place.", "0841", "ETH", "ERI"),
    ("Russia's exchange of prisoners with the United States took place in Abu Dhabi.", "0841", "RUS", "USA"),
    ("The European Union's lifting of sanctions on Belarus drew criticism.", "085", "IGOEEC", "BLR"),
    ("Washington's easing of sanctions on Cuba was welcomed in Havana.", "085", "USAGOV", "CUB"),
    ("China's lifting of restrictions on Australian wine was welcomed.", "081", "CHN", "AUS"),
    ("Ethiopia's lifting of the state of emergency was welcomed.", "0814", "ETH", None),
    ("Saudi Arabia's lifting of the blockade on Qatar was celebrated in Doha.", "0872", "SAU", "QAT"),
    ("Pakistan's reopening of the border with Afghanistan eased shortages.", "081", "PAK", "AFG"),
    ("The resignation of the Lebanese prime minister shocked Beirut.", "0831", "LBNGOV", None),
    ("The demobilization of FARC guerrillas began in 2017.", "0873", "COLREBFAR", None),
])
def test_yielding(text: str, code: str, source: str | None, target: str | None) -> None:
    assert _has(text, code, source, target), _codes(text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("The deployment of British troops to Estonia was announced.", "154", "GBRMIL", "EST"),
    ("The Chinese deployment to Djibouti was expanded.", "154", "CHN", "DJI"),
    ("The Chinese military build-up near Taiwan alarmed Tokyo.", "154", "CHN", "TWN"),
])
def test_force_posture(text: str, code: str, source: str | None, target: str | None) -> None:
    assert _has(text, code, source, target), _codes(text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Nicaragua's severing of relations with Taiwan pleased Beijing.", "161", "NIC", "TWN"),
    ("Mali's suspension of relations with Ukraine was condemned.", "161", "MLI", "UKR"),
    ("The recall of the Turkish ambassador from Israel was announced.", "161", "TURGOV", "ISR"),
    ("The ambassador was recalled from Ankara by Vienna.", "161", "AUTGOV", "TURGOV"),
    ("Sweden's suspension of aid to Uganda was criticised.", "162", "SWE", "UGA"),
    ("The American freeze on aid to Ukraine was lifted.", "162", "USA", None),
    ("The suspension of funding to Sudan by the World Bank was announced.", "1621", None, "SDN"),
    ("Britain's freezing of Libyan assets was upheld.", "163", "GBR", None),
])
def test_reduced_relations(text: str, code: str, source: str | None, target: str | None) -> None:
    assert _has(text, code, source, target), _codes(text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("A bomb attack by the PKK killed two police officers.", "183", None, None),
    ("The capture of the town by jihadists was confirmed by the army.", "192", None, None),
    ("The use of sarin by the Syrian army was confirmed.", "2041", "SYRMIL", None),
    # extradited to a country: that country is the target, not the person sent
    ("The extradition of the businessman to Turkey was approved.", "063", None, "TUR"),
])
def test_force_and_judicial_acts(text: str, code: str, source: str | None, target: str | None) -> None:
    assert _has(text, code, source, target), _codes(text)

"""Trigger-lexicon coverage, second round: expulsions by order, delisting, ultimatums, compensation,
invasion, destroyed property, inspections, travel advisories, appeals for something specific, and a few
constructions that were coded as the wrong act. The sentences are written for these tests."""

from __future__ import annotations

import pytest

import sayso
from lexicon_helpers import ANY, country, matches, show
from sayso.events.lexicon import load_lexicon

pytestmark = pytest.mark.model


def _events(text: str, date: str = "2019-05-01"):
    return sayso.code_text(text, date=date)


def _show(events) -> list[tuple]:
    return show(events, rule=True)


# ---------------------------------------------------------------- the lexicon itself

def test_verb_and_noun_of_invasion_agree():
    """'invaded X', 'the invasion of X' and 'launched an invasion' are all CAMEO's occupation (192)."""
    lex = load_lexicon()
    codes = {p.code for p in lex.candidates("verb", "invade")} | \
        {p.code for p in lex.candidates("noun", "invasion")} | \
        {p.code for p in lex.candidates("verb", "launch") if "invasion" in p.objects}
    assert codes == {"192"}


def test_delisting_eases_what_listing_imposes():
    """Taking a party off a terror list is 085; putting it on one is 163 (as 'blacklist')."""
    lex = load_lexicon()
    off = {p.code for p in lex.candidates("verb", "remove") if "terror" in p.prep_objects}
    on = {p.code for p in lex.candidates("verb", "add") if "terror" in p.prep_objects}
    assert off == {"085"} and on == {"163"}
    assert {p.code for p in lex.candidates("verb", "blacklist")} == {"163"}


def test_want_stays_a_cognition_cue():
    """'X wants Y to act' vs 'X wants to act' cannot be told apart by a cue code (see the report): the cue
    keeps no speech code, so 'wants to resume talks' is not turned into an appeal."""
    cue = load_lexicon().cue("want")
    assert cue is not None and cue.kind == "cognition" and cue.code is None


# ---------------------------------------------------------------- through the pipeline

CASES = [
    # 16 / 17 expulsion by order (CAMEO: diplomats 161, peacekeepers 1661, observers 1662, NGOs 1663,
    # other foreigners 174)
    ("Moscow ordered three Polish diplomats to leave Russia within a week.", "161", "RUS", "POL"),
    ("Bolivia ordered the American ambassador out of the country.", "161", "BOL", "USA"),
    ("Eritrea ordered the UN peacekeepers to leave its territory.", "1661", "ERI", ANY),
    ("Belarus ordered the OSCE monitors to leave the country.", "1662", "BLR", ANY),
    ("Sudan ordered 13 NGOs to leave Darfur.", "1663", "SDN", ANY),
    ("China ordered the Australian correspondent to leave the country.", "174", "CHN", "AUS"),
    ("Turkey announced the expulsion of ten Western ambassadors.", "161", "TUR", ANY),
    ("The United States ordered the closure of the Russian consulate in San Francisco.", "161", "USA", "RUS"),
    # 08 delisting: the sanctions a listing carries are eased (085); 16 listing imposes them (163)
    ("The United States removed Sudan from its terror blacklist.", "085", "USA", "SDN"),
    ("Washington took Cuba off its terrorism blacklist in 2015.", "085", "USA", "CUB"),
    ("The European Union struck the rebel group off its terrorism list.", "085", ANY, ANY),
    ("Canada delisted the Tamil Tigers from its terror list.", "085", "CAN", ANY),
    ("The State Department revoked the terrorist designation of the Houthis.", "085", "USA", "YEM"),
    ("Britain designated Hamas as a terrorist organisation.", "163", "GBR", "PSE"),
    ("The European Union added Iran's Revolutionary Guards to its terror list.", "163", ANY, "IRN"),
    # 13 ultimatums
    ("ECOWAS gave Niger's junta a deadline to reinstate the president.", "139", ANY, "NER"),
    ("Washington set a March deadline for Pyongyang.", "139", "USA", "PRK"),
    # 08 compensation settles a claim: CAMEO codes paying it as returning property (0842); announced, it is
    # the intent to yield (035)
    ("Italy paid compensation to the families of the Libyan victims.", "0842", "ITA", "LBY"),
    ("Germany agreed to pay reparations to Namibia.", "035", "DEU", "NAM"),
    # 19 invasion
    ("Iraqi forces invaded Kuwait in August 1990.", "192", "IRQ", "KWT"),
    ("Russia's invasion of Ukraine drew sanctions from the West.", "192", "RUS", "UKR"),
    # 17 destroyed property
    ("Islamic State militants blew up an ancient shrine in Mosul.", "1712", ANY, ANY),
    ("Protesters set the ruling party's headquarters ablaze in Dhaka.", "1712", "BGD", ANY),
    ("Protesters burned down a police station in Minneapolis.", "1712", "USA", ANY),
    ("Militants blew up the police headquarters in Arish.", "1712", "EGY", ANY),
    # 09 inspections
    ("IAEA inspectors inspected Iran's nuclear facilities.", "090", ANY, "IRN"),
    ("UN inspectors carried out an inspection at the Yongbyon reactor in North Korea.", "090", ANY, ANY),
    # 16 travel advisories (see events.yaml: an official measure curtailing travel, 160)
    ("Canada issued a travel warning for Haiti.", "160", "CAN", "HTI"),
    ("The US raised its travel advisory for Nigeria to the highest level.", "160", "USA", "NGA"),
    ("Britain advised against all travel to Libya.", "160", "GBR", ANY),
    # 02 appeals: what is asked for picks the code
    ("The UN Secretary-General called for an immediate ceasefire in Sudan.", "0256", ANY, ANY),
    ("Human rights groups called for the release of the jailed activists in Bahrain.", "0253", ANY, ANY),
    ("Kyiv asked Washington for more air defence missiles.", "0232", "UKR", "USA"),
    ("Sri Lanka asked the IMF for an emergency loan.", "0231", "LKA", ANY),
    ("Haiti appealed for international aid after the earthquake.", "023", "HTI", ANY),
    # 08 yielding to demands (not a meeting, not a plain agreement)
    ("The Kenyan government met the demands of the striking teachers.", "080", "KEN", ANY),
    ("The Serbian government agreed to the demands of the protesting farmers.", "080", "SRB", ANY),
    # 07 refugees sheltered; 03 loans approved
    ("Uganda sheltered a million South Sudanese refugees.", "075", "UGA", ANY),
    ("The IMF approved a $3 billion loan for Egypt.", "0331", ANY, "EGY"),  # approved, not yet given
    # 08 international involvement allowed
    ("Ethiopia allowed an African Union delegation into Tigray.", "086", "ETH", ANY),
    # 16 leaving a treaty, cutting energy
    ("The United States withdrew from the INF treaty.", "160", "USA", ANY),
    ("Russia cut off gas supplies to Bulgaria.", "163", "RUS", "BGR"),  # not the siege of cut-off-supply (191)
    # 15 weapons tests, 17 hacking and fines, 18/20 kinds of attack
    ("North Korea conducted its sixth nuclear test.", "150", "PRK", ANY),
    ("Russia fined the American company for violating its data law.", "172", "RUS", "USA"),
    ("Russian hackers hacked the email accounts of German lawmakers.", "171", "RUS", "DEU"),
    ("Chinese hackers launched a cyberattack on Indian power grids.", "171", "CHN", ANY),
    ("Gunmen hacked seven farmers to death in Plateau state in Nigeria.", "1823", "NGA", ANY),
    ("The Pakistani Taliban carried out a suicide bombing in Peshawar.", "1831", "PAK", ANY),
    ("The chemical attack on Khan Sheikhoun killed dozens of people in Syria.", "2041", ANY, ANY),
]


@pytest.mark.parametrize(("text", "code", "src", "tgt"), CASES, ids=[f"{c[1]}-{c[0][:40]}" for c in CASES])
def test_sentence_is_coded(text, code, src, tgt):
    evs = _events(text)
    assert any(matches(e, code, src, tgt) for e in evs), _show(evs)


WRONG = [
    # the order is the expulsion: no separate plain demand
    ("Moscow ordered three Polish diplomats to leave Russia within a week.", ("100",)),
    # yielding to demands is no meeting (040) and consumes the demand noun (no 100 by the strikers)
    ("The Kenyan government met the demands of the striking teachers.", ("040", "100")),
    # a listed party taken off the list is not attacked (strike 190)
    ("The European Union struck the rebel group off its terrorism list.", ("190",)),
    # a travel advisory is no appeal (020) and no threat (130)
    ("Britain advised against all travel to Libya.", ("020", "130")),
    ("Canada issued a travel warning for Haiti.", ("130",)),
    # leaving a treaty is no military retreat (0874); compensation is no aid (07x)
    ("The United States withdrew from the INF treaty.", ("0874",)),
    ("Italy paid compensation to the families of the Libyan victims.", ("070", "071")),
    # blowing up a building is property destruction, not unspecified violence (180)
    ("Islamic State militants blew up an ancient shrine in Mosul.", ("180",)),
    # a weapons test is a show of force, not an attack; a cyberattack is not conventional force
    ("North Korea conducted its sixth nuclear test.", ("190", "195")),
    ("Chinese hackers launched a cyberattack on Indian power grids.", ("190",)),
    # kinds of attack are not the generic or aerial codes
    ("The Pakistani Taliban carried out a suicide bombing in Peshawar.", ("195",)),
]


@pytest.mark.parametrize(("text", "codes"), WRONG, ids=[f"not-{'-'.join(c[1])}-{c[0][:40]}" for c in WRONG])
def test_not_coded_as(text, codes):
    evs = _events(text)
    assert not any(e.cameo_code in codes for e in evs), _show(evs)


@pytest.mark.parametrize("text", [
    "Kim Jong Un inspected a munitions factory in Pyongyang.",  # a leader's tour, no investigation
    "The president inspected a guard of honour in Nairobi.",
    "The city was designated as a UNESCO World Heritage site.",  # a designation that is no listing
    "The electoral commission removed the candidate from the list of contenders.",  # a bare list
])
def test_look_alikes_are_not_coded(text):
    evs = _events(text)
    assert not any(e.cameo_code in ("090", "163", "085") for e in evs), _show(evs)


def test_refusing_to_pay_compensation_is_refusing_to_yield():
    """The refused concession is CAMEO's refusal to yield (124), not a rejection of aid (121)."""
    evs = _events("The government refused to pay compensation to the families of the victims in Chile.")
    assert any(e.cameo_code == "124" and country(e.source) == "CHL" for e in evs), _show(evs)
    assert not any(e.cameo_code in ("0842", "121") for e in evs), _show(evs)


def test_wants_to_act_is_intent_not_appeal():
    """'Iran wants to resume talks with the EU' is Iran's intent (036), not an appeal (02x) by Iran."""
    evs = _events("Iran wants to resume talks with the European Union.")
    assert any(e.cameo_code == "036" and country(e.source) == "IRN" for e in evs), _show(evs)
    assert not any(e.cameo_root == "02" for e in evs), _show(evs)

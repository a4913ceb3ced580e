"""Trigger-lexicon coverage for common wire-news events: strikes and protests, aid, asylum requests,
defiance, human shields, mediation and visits. The sentences are written for these tests."""

from __future__ import annotations

import pytest

import sayso
from lexicon_helpers import ANY, country, matches, show
from sayso.events.lexicon import load_lexicon


def _events(text: str, date: str = "2024-03-01"):
    return sayso.code_text(text, date=date)


def _show(events) -> list[tuple]:
    return show(events, rule=False)


# ---------------------------------------------------------------- no model needed

def test_strike_modifiers_choose_the_code():
    """'hunger strike' is 142, a labour strike 143, an air strike 195, a bare 'strike' stays 190."""
    pats = {frozenset(p.modifiers): p.code for p in load_lexicon().candidates("noun", "strike")}
    assert pats[frozenset()] == "190"
    assert pats[frozenset({"hunger"})] == "142"
    assert pats[frozenset({"air", "drone", "missile", "rocket", "aerial"})] == "195"
    labour = next(code for mods, code in pats.items() if "general" in mods)
    assert labour == "143"


def test_protest_is_not_a_speech_cue():
    """'protest' is an act (141 demonstrate) coded from events.yaml; only 'protest to X' is 114."""
    lex = load_lexicon()
    assert lex.cue("protest") is None
    codes = {(p.prep, p.code) for p in lex.candidates("verb", "protest")}
    assert (None, "141") in codes and ("against", "141") in codes and ("to", "114") in codes


# ---------------------------------------------------------------- through the pipeline

CASES = [
    # 14 protest: strikes are protests, not attacks
    ("Palestinian prisoners in Israeli jails went on hunger strike.", "142", "PSE", ANY),
    ("Teachers in Kenya started a hunger strike on Tuesday.", "142", "KEN", ANY),
    ("Palestinian detainees staged a hunger strike in Israeli prisons.", "142", "PSE", ANY),
    ("Teachers in Nigeria began a three-day strike.", "143", "NGA", ANY),
    ("Nurses in Britain took industrial action over pay.", "143", "GBR", ANY),
    ("Argentine workers staged a general strike.", "143", "ARG", ANY),
    ("Kenyan dockworkers downed tools on Tuesday.", "143", "KEN", ANY),
    ("Traders in Lagos shunned work to protest the killing of a colleague.", "143", "NGA", ANY),
    ("Traders in Lagos shunned work to protest the killing of a colleague.", "141", "NGA", ANY),
    ("Thousands of Hungarians protested in Budapest against the new law.", "141", "HUN", "HUN"),
    ("Iranian students gathered to protest against the nuclear deal.", "141", "IRN", ANY),
    ("Hundreds of Iraqis rallied in Baghdad in protest of the US embassy.", "141", "IRQ", "USA"),
    ("Students staged a sit-in at the ministry in Seoul.", "141", "KOR", ANY),
    ("A sit-in by farmers in New Delhi entered its second month.", "141", "IND", ANY),
    ("Opposition activists in Belarus collected signatures against the referendum.", "140", "BLR", ANY),
    # 11 a protest addressed to a government is an official complaint
    ("China protested to Japan over the detention of its fishermen.", "114", "CHN", "JPN"),
    # 07 provide aid
    ("Japan donated 500 tons of rice to North Korea.", "073", "JPN", "PRK"),
    ("The Red Cross handed over medical supplies to hospitals in Gaza.", "073", ANY, "PSE"),
    ("The World Bank gave $500 million to Kenya.", "071", ANY, "KEN"),
    ("The European Union provided support to Ukraine.", "070", ANY, "UKR"),
    ("Ecuador granted asylum to the Australian activist.", "075", "ECU", "AUS"),
    # 03 intent: money pledged is economic aid pledged
    ("France pledged 100 million euros in aid to Lebanon.", "0331", "FRA", "LBN"),
    # 02 appeal: asylum
    ("Hundreds of Syrians sought asylum in Germany.", "0233", "SYR", ANY),
    ("Thousands of Afghans sought refuge in Pakistan.", "0233", "AFG", ANY),
    ("The Russian journalist applied for asylum in France.", "0233", "RUS", ANY),  # prep_object: asylum
    # 12 reject: defy norms, law
    ("North Korea reneged on its commitment to dismantle the reactor.", "128", "PRK", ANY),
    ("Opposition supporters violated the ban on rallies in Kampala.", "128", "UGA", ANY),
    # 17 coerce, 18 assault
    ("Hackers defaced Israeli government websites.", "171", ANY, "ISR"),
    ("Islamic State militants held civilians as human shields in Mosul.", "184", ANY, ANY),
    ("Hamas accused Israel of using civilians as human shields.", "184", "ISR", ANY),
    ("Iran executed three men in Tehran.", "1823", "IRN", ANY),
    # 08 yield
    ("Kenya cancelled the curfew in Nairobi.", "0813", "KEN", ANY),
    # 05 an election result endorsed (recognising a result is not recognising a state)
    ("Ivory Coast's constitutional court approved the election results.", "051", "CIV", ANY),
    ("The African Union recognized the victory of the opposition candidate in Malawi.", "051", ANY, "MWI"),
    # 04 consult
    ("Qatar launched a mediation effort between Sudan and South Sudan.", "045", "QAT", "SDN"),
    ("Qatar launched a mediation effort between Sudan and South Sudan.", "045", "QAT", "SSD"),
    ("The UN dispatched observers to Syria.", "042", ANY, "SYR"),
    ("China sent an envoy to Myanmar.", "042", "CHN", "MMR"),
    # 09 investigate
    ("The IAEA sent inspectors to Iran.", "090", ANY, "IRN"),
    # 19 fight
    ("US air strikes killed militants in Somalia.", "195", "USA", ANY),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "src", "tgt"), CASES, ids=[f"{c[1]}-{c[0][:40]}" for c in CASES])
def test_sentence_is_coded(text, code, src, tgt):
    evs = _events(text)
    assert any(matches(e, code, src, tgt) for e in evs), _show(evs)


@pytest.mark.model
def test_received_delegation_names_who_sent_it():
    evs = [e for e in _events("Iran received a delegation from the IAEA.") if e.cameo_code == "043"]
    assert evs and evs[0].source.country == "IRN"
    assert evs[0].target is not None and evs[0].target.code.startswith("IGO")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Greek unions called a 24-hour strike against austerity.",
    "Palestinian detainees staged a hunger strike in Israeli prisons.",
    "Teachers in Nigeria began a three-day strike.",
    "The prisoners threatened a hunger strike.",
])
def test_labour_and_hunger_strikes_are_not_attacks(text):
    evs = _events(text)
    assert not any(e.cameo_root in ("13", "18", "19") and e.cameo_code != "133" for e in evs), _show(evs)


@pytest.mark.model
def test_handing_over_a_person_is_not_aid():
    evs = _events("Kenyan police handed over the suspect to Ugandan authorities.")
    assert not any(e.cameo_root == "07" for e in evs), _show(evs)
    assert any(e.cameo_code == "063" and country(e.target) == "UGA" for e in evs), _show(evs)

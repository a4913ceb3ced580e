"""Events found in the fourteenth session: one row for one act when an announced meeting states its purpose.

Every sentence is our own. Tests that parse text load the spaCy model (marked `model`)."""

from __future__ import annotations

import pytest

from actor_helpers import coded_triples, events_on


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Modi and Sharif will meet in Astana to discuss water sharing.",
    "The two foreign ministers will meet in Geneva next week to discuss a prisoner exchange.",
])
def test_an_announced_meeting_and_its_purpose_are_one_act(text: str) -> None:
    # the discussing is what the meeting is for: the intent to meet (036), not also a consultation (040)
    codes = [c for c, _, _ in coded_triples(text, "2017-06-01")]
    assert codes and set(codes) == {"036"}, codes


@pytest.mark.model
def test_a_meeting_held_and_its_purpose_are_one_act() -> None:
    codes = [c for c, _, _ in coded_triples("Modi met Sharif in Astana to discuss water sharing.", "2017-06-01")]
    assert codes == ["040", "040"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "target"), [
    # sanctions under their other names
    ("The European Union announced visa restrictions on six Belarusian officials.", "163", "BLRGOV"),
    ("Washington unveiled new export controls on China on Tuesday.", "163", "CHN"),
    ("The EU hit Russian banks with fresh sanctions on Friday.", "163", "RUSBUS"),
    # a deadline given to a state to do what is asked is an ultimatum
    ("Ankara gave Stockholm thirty days to comply with its conditions.", "139", "SWEGOV"),
    # a diplomat ordered out is expelled
    ("Burkina Faso's junta told the French envoy to leave the country within two days.", "161", "FRAGOV"),
    # defending another, welcoming another
    ("Chinese Foreign Minister Wang Yi leapt to the defence of Russia on Monday.", "052", "RUS"),
    ("Narendra Modi rolled out the red carpet for Saudi Crown Prince Mohammed bin Salman.", "043", "SAUGOV"),
])
def test_wordings_of_known_acts(text: str, code: str, target: str) -> None:
    triples = coded_triples(text, "2023-03-01")
    assert (code, target) in [(c, t) for c, _, t in triples], triples


@pytest.mark.model
@pytest.mark.parametrize(("text", "code"), [
    # ending a curfew or a state of emergency eases it; it is not imposed
    ("Authorities in Sri Lanka scrapped the nationwide curfew on Friday.", "0813"),
    ("Peru's government revoked the state of emergency in Lima.", "0814"),
    # halting funds to an agency
    ("Sweden paused its funding to the UN agency on Friday.", "1621"),
])
def test_ending_a_measure(text: str, code: str) -> None:
    codes = [c for c, _, _ in coded_triples(text, "2023-03-01")]
    assert code in codes and "1723" not in codes and "1724" not in codes, codes


@pytest.mark.model
def test_placed_under_state_management_is_no_emergency() -> None:
    text = "Moscow seized the local assets of a Finnish firm, placing them under temporary state management."
    assert "1724" not in [c for c, _, _ in coded_triples(text, "2023-03-01")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code"), [
    # a bomb going off is a bombing (183); its victims are its target, one row
    ("A bomb exploded at a bus station in Kabul on Monday, killing nine people.", "183"),
    ("Twelve people were killed when a bomb went off at a market in Quetta.", "183"),
    # a generic killing in a named kind of attack is that attack
    ("Gunmen killed 40 villagers in a massacre in central Mali.", "202"),
    ("The air force killed six militants in an air strike near Kandahar.", "195"),
    ("Jets dropped poison gas on the rebel-held town.", "2041"),
    ("Uganda began a mass expulsion of Rwandan herders.", "201"),
])
def test_violence_takes_its_specific_code(text: str, code: str) -> None:
    triples = coded_triples(text, "2021-03-01")
    assert [c for c, _, _ in triples if c[:2] in ("18", "19", "20")] == [code], triples


@pytest.mark.model
def test_a_bombing_keeps_its_victims_as_target() -> None:
    triples = coded_triples("A bomb exploded at a bus station in Kabul on Monday, killing nine people.", "2021-03-01")
    assert [t for c, _, t in triples if c == "183"] == ["AFGCVL"], triples


@pytest.mark.model
def test_a_harm_done_by_its_own_doers_keeps_them() -> None:
    triples = coded_triples("The air force killed six militants in an air strike near Kandahar.", "2021-03-01")
    sources = [s for c, s, _ in triples if c == "195"]
    assert sources and all(s is not None and s.endswith("MIL") for s in sources), triples


@pytest.mark.model
@pytest.mark.parametrize(("text", "pair"), [
    # fighting that 'erupted' or 'broke out' between two sides is fought by both
    ("Fighting erupted on Sunday between Ethiopian troops and Tigrayan forces.", {"ETHMIL"}),
    ("Clashes broke out between Indian and Chinese soldiers in the Galwan valley.", {"INDMIL", "CHNMIL"}),
])
def test_fighting_that_broke_out_between_two_sides(text: str, pair: set[str]) -> None:
    triples = [t for t in coded_triples(text, "2020-11-15") if t[0].startswith("19")]
    assert len(triples) == 2 and pair <= {s for _, s, _ in triples} | {t for _, _, t in triples}, triples


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # the small model reads 'persona' as a verb whose subject is the diplomats; the parse repair undoes it
    "Latvia declared three Russian diplomats persona non grata on Tuesday.",
    "Kenya declared the Sudanese ambassador persona non grata.",
])
def test_diplomats_declared_persona_non_grata_are_expelled(text: str) -> None:
    triples = coded_triples(text, "2022-04-01")
    assert [(c, t) for c, _, t in triples] == [("161", "RUSGOV" if "Russian" in text else "SDNGOV")], triples


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "target"), [
    # an accord named as a proper noun is still an accord
    ("Morocco and Israel signed the Rabat Accords in December.", "057", "ISR"),
    # stationing forces abroad is deploying them there (announced: intended)
    ("Britain will station an armoured battalion in Estonia next year.", "154", "EST"),
    # capturing part of a place
    ("Israeli troops captured the northern part of Khan Younis on Monday.", "192", None),
])
def test_more_wordings(text: str, code: str, target: str | None) -> None:
    triples = coded_triples(text, "2021-01-10")
    assert any(c == code and (target is None or t == target) for c, _, t in triples), triples


@pytest.mark.model
def test_promised_to_scale_back_military_activity() -> None:
    # scaling back military activity de-escalates (087); promised, it is an intent to yield (035)
    codes = [c for c, _, _ in coded_triples("Russia promised to scale back military activity near Kharkiv.",
                                            "2022-03-29")]
    assert "035" in codes, codes


@pytest.mark.model
def test_would_not_hesitate_is_a_threat_not_a_report() -> None:
    # 'would not hesitate to strike ... if' is as meant as 'would strike ... if': a conditional threat (13x)
    text = "Pakistan would not hesitate to strike India if provoked, the army chief said."
    triples = coded_triples(text, "2019-03-01")
    assert any(c.startswith("13") and s == "PAK" and t == "IND" for c, s, t in triples), triples


@pytest.mark.model
def test_did_not_hesitate_is_done() -> None:
    # the act one did not hesitate to do was done, not negated
    events = [e for e in events_on("Japan did not hesitate to condemn the test.", "2019-03-01")
              if e.cameo_code.startswith("11")]
    assert events and not events[0].negated and events[0].factuality == "asserted"

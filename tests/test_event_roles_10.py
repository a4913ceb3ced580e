"""Roles and actors found in the tenth session: an actor named only by its sector takes the country of
the place the sentence names through a demonym ('in the Kazakh town of X') or of the dateline when the
sentence names no other country.

Every sentence is our own. Tests that parse text load the spaCy model (marked `model`)."""

from __future__ import annotations

import pytest

from actor_helpers import coded_triples


@pytest.mark.model
@pytest.mark.parametrize(("text", "country"), [
    # towns the gazetteer does not know: the demonym says where they are
    ("Protesters burned the mayor's office in the southern Bolivian town of Qhatavi, a Chilean radio station "
     "reported.", "BOL"),
    ("Rebels shelled a market in the main square of the eastern Congolese town of Mbutakeni, a Rwandan "
     "newspaper said.", "COD"),
    ("Gunmen killed two guards at a hotel in the hills above Kabul on Friday.", "AFG"),
])
def test_an_actor_named_by_its_sector_is_of_the_place_the_sentence_names(text: str, country: str) -> None:
    triples = coded_triples(text, "2015-06-01")
    assert triples and all(s is not None and s.startswith(country) for _, s, _t in triples)


@pytest.mark.model
def test_a_demonym_on_a_thing_names_no_place() -> None:
    # 'Chinese goods' is not where the police acted: no country is guessed for them
    triples = coded_triples("Police seized Chinese goods at a market on Monday.", "2015-06-01")
    assert triples and all(s == "COP" for _, s, _t in triples)


@pytest.mark.model
@pytest.mark.parametrize(("text", "source", "target"), [
    # the sentence names the dateline's own country: the unnamed actors are of it
    ("HARARE, May 3 (Reuters) - Soldiers stormed Zimbabwe's parliament on Tuesday and detained the speaker.",
     "ZWEMIL", "ZWE"),
    ("QUITO (AP) - Opposition leader Ana Rivas demanded on Monday that Ecuador's electoral court recount "
     "the votes.", "ECUOPP", "ECUJUD"),
])
def test_the_dateline_gives_the_country_when_the_sentence_names_only_its_own(
        text: str, source: str, target: str) -> None:
    triples = coded_triples(text, "2019-05-03")
    assert any(s == source and t is not None and t.startswith(target) for _, s, t in triples)


@pytest.mark.model
def test_the_dateline_gives_no_country_when_the_sentence_names_another() -> None:
    # filed from Washington about Yemen: the unnamed fighters are not American
    triples = coded_triples("WASHINGTON (AP) - Fighters shelled the Yemeni port of Hodeidah on Monday.", "2019-05-03")
    assert triples and not any(s is not None and s.startswith("USA") for _, s, _t in triples)


@pytest.mark.model
@pytest.mark.parametrize(("text", "target"), [
    ("The coast guard fired on and sank a Chinese fishing boat on Monday.", "CHNBUS"),
    ("Iranian commandos seized a British oil tanker in the strait.", "GBRBUS"),
    ("Gunmen took hundreds of passengers hostage aboard a train.", "CVL"),
    ("Militants took two Swiss engineers hostage near the dam.", "CHECVL"),
])
def test_a_seized_or_attacked_craft_or_hostage_is_the_target(text: str, target: str) -> None:
    triples = coded_triples(text, "2019-07-20")
    assert any(c[:2] in ("17", "18", "19") and t == target for c, _s, t in triples)


@pytest.mark.model
def test_a_foreign_boat_gives_the_state_body_acting_on_it_no_country() -> None:
    triples = coded_triples("The coast guard fired on and sank a Chinese fishing boat on Monday.", "2019-07-20")
    assert triples and not any(s is not None and s.startswith("CHN") for _, s, _t in triples)


@pytest.mark.model
def test_foreign_nationals_do_not_name_the_police_who_arrest_them_but_protesters_do() -> None:
    assert ("173", "COP", "CHNCVL") in coded_triples("Police arrested two Chinese nationals.", "2019-07-20")
    assert ("175", "KENCOP", "KENCVL") in coded_triples("Police fired tear gas at Kenyan protesters.", "2019-07-20")


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Norway held back $20 million in aid to Uganda on Thursday.", ("162", "NOR", "UGA")),
    ("Sweden held back funding for the Kenyan agency.", ("1621", "SWE", None)),
    ("Ghana will not renew the licence of the Chinese mining firm, the president said.", ("121", "GHA", "CHNBUS")),
    ("Kenya handed over a wanted banker to Ugandan investigators on Friday.", ("063", "KEN", "UGACOP")),
    ("The government tore up its agreement with the UN commission on Monday.", ("160", "GOV", "IGOUNO")),
    ("Japan said it would give Kenya two million doses of vaccine.", ("033", "JPN", "KEN")),
])
def test_new_triggers_code_their_acts(text: str, expected: tuple) -> None:
    code, source, target = expected
    triples = coded_triples(text, "2020-03-05")
    assert any(c == code and s == source and (target is None or t == target) for c, s, t in triples), triples


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The government called in the army to guard the capital.",
    "The government called the army in to guard the capital.",
])
def test_calling_in_the_army_is_a_mobilisation(text: str) -> None:
    assert any(c == "154" for c, _s, _t in coded_triples(text, "2020-03-05"))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The minister visited China on Monday.",
    "The president tore up the deal with Iran.",
])
def test_an_unnamed_official_is_not_of_the_state_it_deals_with(text: str) -> None:
    triples = coded_triples(text, "2020-03-05")
    assert triples and all(s == "GOV" for _c, s, _t in triples)


@pytest.mark.model
def test_a_country_inside_a_name_does_not_count_as_the_other_side() -> None:
    # the country named inside the movement's name is the president's own
    text = "President Mwamba conceded to demands from the National Front for the Liberation of Zambia."
    assert any(s == "ZMBGOV" for _c, s, _t in coded_triples(text, "2020-03-05"))


@pytest.mark.model
@pytest.mark.parametrize(("text", "target"), [
    ("The United States sent 2,000 troops to Honduras in a show of force against Nicaragua.", "NIC"),
    ("China sent warships near the island in a show of strength aimed at Taiwan.", "TWN"),
])
def test_a_show_of_force_is_aimed_at_whom_it_names_not_where_troops_go(text: str, target: str) -> None:
    assert any(c.startswith("15") and t == target for c, _s, t in coded_triples(text, "1988-03-16"))


@pytest.mark.model
def test_a_demonym_the_parser_made_a_subject_still_names_the_craft() -> None:
    # the small model reads 'Chinese' as the subject of 'refrigerated'; the ship is still China's
    triples = coded_triples("Peru's navy seized a Chinese refrigerated cargo ship near the coast on Sunday.",
                            "2020-07-19")
    assert ("1711", "PERMIL", "CHNBUS") in triples


@pytest.mark.model
@pytest.mark.parametrize(("text", "target"), [
    ("The ICC opened an investigation into war crimes in Ukraine.", "UKR"),
    ("The UN launched an inquiry into abuses committed in Myanmar.", "MMR"),
    ("The commission opened an inquiry into killings by Kenyan police.", "KENCOP"),
])
def test_an_inquiry_into_misdeeds_is_aimed_at_their_doer_or_place(text: str, target: str) -> None:
    assert any(c.startswith("09") and t == target for c, _s, t in coded_triples(text, "2022-03-03"))


@pytest.mark.model
@pytest.mark.parametrize(("text", "target"), [
    ("The last Italian soldiers of the training mission left Niger on Monday.", "NER"),
    ("UN peacekeepers quit Congo after 25 years.", "COD"),
])
def test_troops_leaving_a_country_withdraw_from_it(text: str, target: str) -> None:
    assert any(c == "0874" and t == target for c, _s, t in coded_triples(text, "2024-09-02"))


@pytest.mark.model
def test_an_official_leaving_a_city_is_no_withdrawal() -> None:
    assert not any(c.startswith("087") for c, _s, _t in coded_triples("The minister left Kabul on Monday.",
                                                                      "2024-09-02"))


def test_a_subject_constraint_is_read_and_makes_a_pattern_more_specific() -> None:
    from sayso.events.lexicon import parse_pattern
    plain = parse_pattern({"id": "leave-place", "verb": "leave", "object": ["place"], "code": "0874"},
                          "user.yaml", 3, {"0874"})
    troops = parse_pattern({"id": "troop-leave", "verb": "leave", "subject": ["troop"], "object": ["place"],
                            "code": "0874"}, "user.yaml", 4, {"0874"})
    assert troops.subjects == frozenset({"troop"}) and troops.specificity > plain.specificity
    assert troops.constraint_key() != plain.constraint_key()


def test_a_misspelt_lexicon_key_is_an_error_naming_the_entry_and_line() -> None:
    from sayso.errors import DataFileError
    from sayso.events.lexicon import parse_pattern
    with pytest.raises(DataFileError) as err:
        parse_pattern({"id": "troop-leave", "verb": "leave", "subjet": ["troop"], "code": "0874"},
                      "my-lexicon.yaml", 12, {"0874"})
    message = str(err.value)
    assert "my-lexicon.yaml" in message and "12" in message and "subjet" in message and "E216" in message


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The European Union lifted most of its sanctions on Cuba in 2016.", ("085", "IGOEEC", "CUB")),
    ("Iranian hackers broke into the computers of the Albanian government.", ("171", "IRNCRM", "ALBGOV")),
    ("Chinese hackers hacked the Australian parliament.", ("171", "CHNCRM", "AUSLEG")),
    ("Sudan's army ousted the president on Thursday.", ("170", "SDNMIL", "SDNGOV")),
    ("Turkish forces intercepted a flotilla bound for Cyprus.", ("191", "TURMIL", None)),
    ("Japan provided Sri Lanka with a $1 billion loan.", ("071", "JPN", "LKA")),
    ("Poland handed 30 tanks to Ukraine.", ("072", "POL", "UKR")),
    ("The Commonwealth suspended Fiji after the coup.", ("160", None, "FJI")),
    ("Kenya's opposition disputed the results of the election.", ("120", "KENOPP", None)),
])
def test_probe_found_acts_are_coded(text: str, expected: tuple) -> None:
    code, source, target = expected
    triples = coded_triples(text, "2019-06-01")
    assert any(c == code and (source is None or s == source) and (target is None or t == target)
               for c, s, t in triples), triples


@pytest.mark.model
def test_lifting_part_of_the_sanctions_is_no_sanction() -> None:
    triples = coded_triples("The European Union lifted most of its sanctions on Cuba in 2016.", "2016-06-01")
    assert not any(c.startswith("16") for c, _s, _t in triples)


@pytest.mark.model
def test_rebels_handing_over_their_weapons_disarm_rather_than_give_aid() -> None:
    triples = coded_triples("The rebels handed over their weapons to the UN.", "2019-06-01")
    assert any(c.startswith("087") for c, _s, _t in triples) and not any(c == "072" for c, _s, _t in triples)


@pytest.mark.model
def test_talks_someone_refused_to_join_are_not_asserted_as_held() -> None:
    import sayso
    events = sayso.code_text("The opposition refused to take part in talks with the government.", date="2019-06-01")
    talks = [e for e in events if e.cameo_code.startswith("04")]
    assert talks and all(e.negated for e in talks)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Kenyan troops pulled out of Kismayo on Friday.", ("0874", "KENMIL", "SOM")),
    ("Troops withdrew from Kherson in November.", ("0874", "MIL", "UKR")),
    ("Rebels seized the town of Goma on Tuesday.", ("192", "CODREB", "COD")),
])
def test_a_place_left_or_seized_names_its_country(text: str, expected: tuple) -> None:
    assert expected in coded_triples(text, "2022-11-15")


@pytest.mark.model
def test_a_warning_is_aimed_at_whom_the_condition_of_its_clause_names() -> None:
    text = "Beijing warned that it would take firm countermeasures if the Czech senate speaker visited Taiwan."
    assert any(c.startswith("13") and t is not None and t.startswith("CZE")
               for c, _s, t in coded_triples(text, "2020-08-25"))


@pytest.mark.model
@pytest.mark.parametrize(("text", "target"), [
    ("Students in Dhaka went on strike to demand the resignation of the prime minister.", "BGDGOV"),
    ("Opposition supporters blocked roads in Chisinau to demand the government's resignation.", "MDAGOV"),
])
def test_a_target_found_through_the_purpose_takes_the_sentences_country(text: str, target: str) -> None:
    assert any(c.startswith("14") and t == target for c, _s, t in coded_triples(text, "2023-03-01"))


@pytest.mark.model
@pytest.mark.parametrize(("text", "code"), [
    ("Thousands of Serbs gathered outside the presidency in Belgrade to denounce the mine deal.", "141"),
    ("French students occupied university buildings to oppose the pension law.", "144"),
    ("Moscow said it would cut gas supplies to Moldova unless Chisinau paid its debts.", "1312"),
])
def test_protest_and_threat_forms_from_the_probe(text: str, code: str) -> None:
    assert any(c == code for c, _s, _t in coded_triples(text, "2023-03-01"))


@pytest.mark.model
def test_troops_occupying_a_town_still_occupy_it_and_officials_gathering_do_not_protest() -> None:
    assert any(c == "192" for c, _s, _t in coded_triples("Russian troops occupied the town.", "2023-03-01"))
    assert not any(c.startswith("14") for c, _s, _t in coded_triples("Officials gathered to discuss the budget.",
                                                                       "2023-03-01"))


@pytest.mark.model
def test_brussels_as_an_actor_is_the_eu_and_as_a_place_belgium() -> None:
    assert any(s == "IGOEEC" for _c, s, _t in coded_triples("Brussels imposed tariffs on Chinese cars.", "2024-07-05"))
    assert any(s == "BELCOP" for _c, s, _t in coded_triples("Police in Brussels arrested two men.", "2024-07-05"))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ukraine's president met European leaders in Brussels on Thursday.",
    "The Afghan foreign minister met Western diplomats in Kabul.",
])
def test_leaders_of_a_region_are_of_no_one_country_where_they_meet(text: str) -> None:
    # the regional group keeps its sector and takes no country from the meeting place
    triples = coded_triples(text, "2024-07-05")
    assert triples and all("GOV" in (s, t) for _c, s, t in triples)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Qatar's blockade by Saudi Arabia ended in January 2021.", ("191", "SAU", "QAT")),
    ("Russia's attack on Ukraine continued.", ("190", "RUS", "UKR")),
])
def test_a_by_agent_makes_the_possessor_the_target(text: str, expected: tuple) -> None:
    assert expected in coded_triples(text, "2021-01-10")


@pytest.mark.model
def test_the_group_names_the_latest_armed_group_again() -> None:
    text = "Houthi rebels seized a cargo ship in the Red Sea on Sunday. The group later released its crew."
    triples = coded_triples(text, "2023-11-20")
    assert any(c == "0841" and s is not None and s.startswith("YEMREB") for c, s, _t in triples)


@pytest.mark.model
def test_the_group_names_no_state_body() -> None:
    # only the ministry was named before: 'the group' is no one known, so no act is pinned on the ministry
    triples = coded_triples("The ministry met reporters on Monday. The group demanded new elections.", "2023-11-20")
    assert not any(c.startswith("10") and s is not None and s.endswith("GOV") for c, s, _t in triples)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Palestinians held a general strike against Israeli raids on Nablus.", ("143", "PSE", "ISR")),
    ("Chinese consumers boycotted Japanese products over the island dispute.", ("143", "CHN", "JPN")),
])
def test_a_strike_or_boycott_is_aimed_at_whose_acts_or_goods_it_opposes(text: str, expected: tuple) -> None:
    code, source, target = expected
    assert any(c == code and s is not None and s.startswith(source) and t == target
               for c, s, t in coded_triples(text, "2012-09-18"))


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya ended its military mission in Somalia in 2024.", ("0874", "KEN", "SOM")),
    ("Russian troops withdrew from the west bank of the Dnipro in Kherson.", ("0874", "RUSMIL", "UKR")),
    ("Myanmar's army seized power on Monday.", ("170", "MMRMIL", "MMR")),
    ("Russian hackers infiltrated US energy networks.", ("171", "RUSCRM", "USA")),
    ("Iranian hackers attacked water utilities in Israel in April.", ("190", "IRNCRM", "ISR")),
])
def test_missions_power_and_networks_name_their_country(text: str, expected: tuple) -> None:
    assert expected in coded_triples(text, "2021-02-01")


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The US gave Ukraine permission to strike targets in Russia.", ("190", "UKR", "RUS")),
    ("The president declined to give permission to Turkey to strike Syria.", ("190", "TUR", "SYR")),
])
def test_the_one_given_permission_does_the_permitted_act(text: str, expected: tuple) -> None:
    assert expected in coded_triples(text, "2016-05-01")


@pytest.mark.model
def test_the_country_is_the_previous_sentences_subject_not_this_ones() -> None:
    text = ("Estonia let Taiwan open a trade office in Tallinn. China responded by recalling its ambassador "
            "from the country.")
    assert ("161", "CHN", "EST") in coded_triples(text, "2024-03-01")


@pytest.mark.model
def test_people_acting_at_a_rally_hold_it_but_security_forces_do_not() -> None:
    held = coded_triples("Iranian women burned headscarves at rallies against the morality police.", "2022-10-01")
    assert any(c.startswith("14") and s == "IRNCVL" for c, s, _t in held)
    fired = coded_triples("Soldiers opened fire during a protest in Yangon.", "2021-03-01")
    assert not any(c.startswith("14") and s is not None and s.endswith("MIL") for c, s, _t in fired)


@pytest.mark.model
def test_expelled_spies_are_their_states_officials() -> None:
    assert ("161", "NLD", "RUSGOV") in coded_triples("The Netherlands expelled four Russian spies.", "2018-10-04")

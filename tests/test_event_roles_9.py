"""Roles and actors found in the ninth session: a participle the parser took for the main verb ('The
activists jailed for ... were freed by X'), terms forced on a party, and a country named again by a
description ('the small Gulf state', 'the Himalayan nation').

Every sentence is our own. Tests that parse text load the spaCy model (marked `model`)."""

from __future__ import annotations

import pytest

import sayso
from actor_helpers import coded_triples
from sayso.actors.descriptions import load_descriptors, parse_descriptors
from sayso.errors import DataFileError


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Students jailed for protesting against the junta were released on Friday by the generals.",
    "Protesters detained during the rally were released by Belarusian police on Friday.",
])
def test_a_participle_read_as_the_main_verb_keeps_its_noun_as_whom_it_was_done_to(text: str) -> None:
    triples = coded_triples(text, "2021-03-01")
    jailing = [(s, t) for c, s, t in triples if c == "173"]
    release = [(s, t) for c, s, t in triples if c.startswith("084")]
    # the jailed are its target, not its source; the release is aimed at them too
    assert jailing and all(s is None and t is not None and t.endswith(("CVL", "EDU")) for s, t in jailing)
    assert release and all(t is not None and t.endswith(("CVL", "EDU")) for _, t in release)


@pytest.mark.model
def test_a_real_coordination_keeps_its_subject_as_the_actor() -> None:
    triples = coded_triples("Rebels attacked the town and were repelled by the army.", "2021-03-01")
    assert any(c == "190" and s == "REB" for c, s, _ in triples)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Saudi Arabia forced a deal on Qatar.",
    "Doha signed under an accord forced on Qatar by Saudi Arabia.",
])
def test_terms_forced_on_a_party_are_aimed_at_the_party(text: str) -> None:
    assert ("170", "SAU", "QAT") in coded_triples(text, "2017-07-01")


@pytest.mark.model
def test_forcing_someone_from_office_is_still_aimed_at_them() -> None:
    triples = coded_triples("The army chief threatened to force the Fijian government from office.", "2006-11-01")
    assert any(t == "FJIGOV" for c, _, t in triples if c[:2] in ("13", "17"))


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Bahrain signed the pact. The terms were forced on the island kingdom by Saudi Arabia.",
     ("170", "SAU", "BHR")),
    ("Nepal rejected the claim. India accused the Himalayan nation of harbouring militants.",
     ("112", "IND", "NPL")),
    ("Iran tested a missile. The US imposed sanctions on the Islamic republic.", ("163", "USA", "IRN")),
    # the latest country that fits: Estonia is Baltic, Russia is not
    ("Estonia expelled a Russian diplomat. Moscow then expelled two diplomats of the Baltic state.",
     ("161", "RUSGOV", "EST")),
])
def test_a_description_names_again_the_latest_country_that_fits_it(text: str,
                                                                   expected: tuple[str, str, str]) -> None:
    code, source, target = expected
    assert any(c == code and s == source and t is not None and t.startswith(target)
               for c, s, t in coded_triples(text, "2018-06-01"))


@pytest.mark.model
def test_a_description_no_named_country_fits_stays_unresolved() -> None:
    # Canada is no Gulf state: the description is not forced onto it
    triples = coded_triples("Canada criticised the plan. Officials then accused the Gulf state of lying.",
                            "2018-06-01")
    assert not any(t is not None and t.startswith("CAN") for c, _, t in triples if c == "112")


def test_the_descriptor_table_lists_known_countries_only() -> None:
    table = load_descriptors()
    assert {"QAT", "SAU"} <= table["gulf"] and "IRN" not in table["gulf"]
    assert "NPL" in table["himalayan"] and "FRA" in table["european"]


def test_a_bad_descriptor_row_names_its_file_and_line() -> None:
    text = "# comment\ndescriptor,countries\ngulf,SAU|QAT\nbaltic,EST|XXX\n"
    with pytest.raises(DataFileError, match=r"mine\.csv:4: .*'XXX'"):
        parse_descriptors(text, "mine.csv", {"AS": frozenset({"SAU", "QAT"}), "EU": frozenset({"EST"})})


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Israel responded with air strikes on Gaza.", ("195", "ISR", "PSE")),
    ("Turkey retaliated with tariffs on American goods.", ("163", "TUR", "USA")),
])
def test_an_act_one_responds_with_is_done_by_the_responder(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded_triples(text, "2019-04-01")


@pytest.mark.model
def test_an_its_in_a_trailing_speech_tag_is_the_reported_subject_not_the_last_place() -> None:
    # the foreign ministry is India's: no accusation by Pakistan, named only as the summit's city
    triples = coded_triples("India will not attend the summit in Islamabad, its foreign ministry said.", "2016-09-28")
    assert not any(s is not None and s.startswith("PAK") for _, s, _ in triples)
    assert any(s == "INDGOV" for c, s, _ in triples if c == "010")


@pytest.mark.model
def test_an_its_on_a_passive_agent_is_the_sentence_subject() -> None:
    triples = coded_triples("Iran released the Greek-flagged tanker seized by its navy in the Gulf.", "2019-09-27")
    assert any(c == "171" and s == "IRNMIL" for c, s, _ in triples)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("A statement from the Egyptian foreign ministry condemned the Israeli raid on Jenin.", ("111", "EGYGOV", "ISR")),
    ("A letter from Iran's ambassador accused the United States of provocation.", ("112", "IRNGOV", "USA")),
    ("A resolution adopted by the UN General Assembly demanded that Russia withdraw its troops.",
     ("100", "IGOUNO", "RUS")),
])
def test_a_document_speaks_for_its_author(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded_triples(text, "2023-02-24")


@pytest.mark.model
def test_a_report_from_a_place_is_not_that_country_speaking() -> None:
    triples = coded_triples("A report from Gaza said Israeli jets struck a school.", "2023-11-01")
    assert not any(s is not None and s.startswith("PSE") for _, s, _ in triples)


@pytest.mark.model
def test_the_accused_does_the_act_even_when_of_hangs_on_the_object() -> None:
    # the parser hangs 'of killing' on 'troops'; the killers are still the troops, not forces of the place
    triples = coded_triples("A UN report accused Eritrean troops of killing civilians in Tigray.", "2021-06-01")
    assert any(c == "190" and s == "ERIMIL" for c, s, _ in triples)
    assert not any(s is not None and s.endswith("UAF") for _, s, _ in triples)


@pytest.mark.model
def test_a_proposal_for_an_act_is_not_its_doer() -> None:
    triples = coded_triples("Nepal turned down a Chinese proposal for building a rail link.", "2014-05-01")
    assert not any(s == "CHN" for c, s, _ in triples if c.startswith("05"))


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("A coalition led by Saudi Arabia struck Houthi positions near Hodeidah.", ("190", "SAU")),
    ("A delegation led by the Chinese foreign minister met Putin.", ("040", "CHNGOV")),
])
def test_a_group_led_by_a_country_is_of_that_country(text: str, expected: tuple[str, str]) -> None:
    code, source = expected
    assert any(c == code and s == source for c, s, _ in coded_triples(text, "2018-06-13"))


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "source"), [
    ("Serbia has no intention of attacking Kosovo, its president said.", "190", "SRB"),
    ("Russia has no plans to attack NATO, the Kremlin said.", "190", "RUS"),
])
def test_a_disavowed_aim_is_a_negated_intent_of_its_owner(text: str, code: str, source: str) -> None:
    events = [e for e in sayso.code_text(text, date="2023-01-10") if e.cameo_code == code]
    assert events and all(e.negated and e.factuality == "intended" for e in events)
    assert all(e.source is not None and e.source.country == source for e in events)


@pytest.mark.model
def test_a_disavowed_aim_feeds_no_accusation() -> None:
    events = list(sayso.code_text("Russia has no plans to attack NATO, the Kremlin said.", date="2023-01-10"))
    assert not any(e.cameo_root == "11" for e in events)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Russia's demand that Ukraine withdraw its troops angered Kyiv.", ("100", "RUS", "UKR")),
    ("Armenia's plea for Russian peacekeepers to protect the villages went unanswered.", ("020", "ARM", "RUSMIL")),
    ("A call by the African Union for Sudan's warring parties to observe a truce went unheeded.",
     ("020", "IGOAFU", "SDN")),
    ("Beijing condemned allegations by the United States that Chinese hackers had breached its networks.",
     ("112", "USA", "CHN")),
])
def test_a_demand_or_accusation_noun_is_aimed_at_whom_its_clause_names(text: str,
                                                                       expected: tuple[str, str, str]) -> None:
    code, source, target = expected
    assert any(c == code and s == source and t is not None and t.startswith(target)
               for c, s, t in coded_triples(text, "2022-03-01"))


@pytest.mark.model
@pytest.mark.parametrize(("text", "code"), [
    ("Syrian forces used chemical weapons in the rebel-held town.", "2041"),
    ("The army used sarin gas against civilians.", "2041"),
    ("Government forces used a nerve agent on the town.", "2041"),
    ("Police used tear gas against protesters.", "175"),
])
def test_a_chemical_agent_is_a_weapon_of_mass_destruction_and_tear_gas_is_not(text: str, code: str) -> None:
    assert code in [c for c, _, _ in coded_triples(text, "2017-04-04")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Witnesses said soldiers fired on protesters in Khartoum.",
    "A report said Israeli jets struck a school in Gaza.",
    "Sources said Russian troops shelled the village.",
])
def test_what_an_uncoded_speaker_says_stays_attributed_to_it(text: str) -> None:
    events = list(sayso.code_text(text, date="2023-01-01"))
    attacks = [e for e in events if e.cameo_root == "19"]
    speaker = text.split(" said")[0]
    # never asserted by the reporter: reported, with the speaker's own words in the attribution
    assert attacks and all(e.factuality == "reported" for e in attacks)
    assert all(e.attribution and e.attribution[0].speaker is not None and e.attribution[0].speaker.text == speaker
               for e in attacks)
    # an uncoded speaker makes no statement or accusation row of its own
    assert not any(e.cameo_root in ("01", "11") for e in events)


@pytest.mark.model
def test_a_cue_that_is_an_act_keeps_its_row_with_an_uncoded_subject() -> None:
    triples = coded_triples("A peace plan drawn up by UN mediators was rejected by the Bosnian Serb parliament.",
                            "1993-05-06")
    assert any(c.startswith("12") and s == "BIHLEG" for c, s, _ in triples)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Sudan and South Sudan blamed one another for the clashes.", ("112", "SDN", "SSD")),
    ("Sudan and South Sudan blamed one another for the clashes.", ("112", "SSD", "SDN")),
])
def test_one_another_is_each_other(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded_triples(text, "2012-04-10")


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Chad, whose government expelled French troops, signed a deal with Russia.", ("174", "TCDGOV")),
    ("Venezuela, whose troops massed on the border, said it would not invade Guyana.", ("154", "VENMIL")),
    ("Saudi Arabia resumed flights to Iran. The kingdom's foreign minister will visit Tehran next week.",
     ("036", "SAUGOV")),
    ("Taiwan reported Chinese warplanes near its coast. The island accused Beijing of raising tensions.",
     ("112", "TWN")),
    # a former Soviet republic is not Russia, though 'Soviet' alone names the Soviet Union
    ("Belarus agreed to store the warheads. The former Soviet republic said the move was defensive.",
     ("010", "BLR")),
])
def test_a_described_or_related_owner_gives_its_country(text: str, expected: tuple[str, str]) -> None:
    code, source = expected
    assert any(c == code and s == source for c, s, _ in coded_triples(text, "2023-06-01"))


@pytest.mark.model
def test_hosting_weapons_is_no_meeting() -> None:
    triples = coded_triples("Belarus hosted Russian nuclear weapons.", "2023-06-01")
    assert not any(c.startswith("04") for c, _, _ in triples)
    assert ("043", "EGY", "ISRGOV") in coded_triples("Egypt hosted the Israeli prime minister.", "2023-06-01")


@pytest.mark.model
def test_commandos_are_military_and_victims_are_of_the_place() -> None:
    triples = coded_triples("South African commandos raided houses in Gaborone, the capital of Botswana, "
                            "killing 12 people.", "1985-06-14")
    assert ("190", "ZAFMIL", "BWACVL") in triples


@pytest.mark.model
def test_a_crowd_outside_a_city_landmark_is_of_that_country() -> None:
    triples = coded_triples("About 100,000 students rallied outside Seoul's main railway station.", "1980-05-15")
    assert any(c == "141" and s == "KOREDU" for c, s, _ in triples)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Gunmen armed with rifles stormed the hotel.",
    "A warship armed with cruise missiles entered the Mediterranean.",
])
def test_armed_with_describes_and_arms_no_one(text: str) -> None:
    assert not any(c.startswith("07") for c, _, _ in coded_triples(text, "2015-01-01"))


@pytest.mark.model
def test_armed_by_someone_is_still_arming() -> None:
    assert ("072", "IRN", "REB") in coded_triples("Rebels armed by Iran attacked the base.", "2015-01-01")


@pytest.mark.model
def test_an_amount_in_aid_is_aid() -> None:
    triples = coded_triples("The United States suspended $3.5 million in military aid to Thailand.", "2014-05-24")
    assert ("162", "USA", "THA") in triples


@pytest.mark.model
def test_their_on_a_light_verb_noun_is_every_holder() -> None:
    triples = coded_triples("Two Japanese destroyers and a Philippine navy frigate held their first joint "
                            "exercise on Tuesday.", "2023-06-01")
    assert {s for c, s, _ in triples if c == "062"} == {"JPNMIL", "PHLMIL"}


@pytest.mark.model
def test_a_finite_clause_left_without_subject_is_not_the_main_subjects_act() -> None:
    text = ("Two French military planes carrying rescuers landed in Beirut on Wednesday, a day after a huge "
            "explosion at the port killed more than 100 people, the Elysee said.")
    events = list(sayso.code_text(text, date="2020-08-05"))
    killings = [e for e in events if e.cameo_root == "19"]
    assert killings and not any(e.source is not None and e.source.country == "FRA" for e in killings)
    # an inferred perpetrator is reported, and the speaker accuses no one of it
    assert not any(e.cameo_root == "11" for e in events)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Obama lifted a decades-old ban on sales of US weapons to Vietnam.", ("085", "USAGOV", "VNM")),
    ("China imposed a ban on Japanese seafood imports.", ("163", "CHN", "JPN")),
])
def test_a_ban_on_trade_is_an_embargo(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded_triples(text, "2016-05-23")


@pytest.mark.model
def test_a_ban_on_gatherings_stays_administrative() -> None:
    triples = coded_triples("The government imposed a ban on public gatherings.", "2016-05-23")
    assert any(c == "172" for c, _, _ in triples) and not any(c == "163" for c, _, _ in triples)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("A missile fired by Houthi rebels struck a tanker in the Red Sea.", ("190", "YEMREBHTH")),
    ("A torpedo fired by a North Korean submarine sank a South Korean warship.", ("190", "PRKMIL")),
    ("A rocket launched from Gaza hit a house in Sderot.", ("190", "PSE")),
])
def test_a_weapon_subject_is_used_by_whoever_fired_it(text: str, expected: tuple[str, str]) -> None:
    code, source = expected
    assert any(c == code and s == source for c, s, _ in coded_triples(text, "2024-01-10"))


@pytest.mark.model
def test_war_games_near_a_country_are_a_show_of_force_at_it() -> None:
    assert ("150", "CHN", "TWN") in coded_triples("China held war games around Taiwan.", "2023-04-08")


@pytest.mark.model
def test_a_headline_infinitive_is_a_future_act() -> None:
    events = list(sayso.code_text("Germany to send more Patriot systems to Ukraine", date="2024-06-01"))
    assert any(e.cameo_code == "033" and e.factuality == "intended" and e.target is not None
               and e.target.country == "UKR" for e in events)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The US delivered air defence systems to Kyiv.",
    "Germany sent more Patriot systems to Ukraine.",
])
def test_weapon_systems_named_by_their_kind_are_arms(text: str) -> None:
    assert any(c == "072" and t is not None and t.startswith("UKR") for c, _, t in coded_triples(text, "2024-06-01"))


@pytest.mark.model
def test_any_other_system_is_no_arms() -> None:
    assert not coded_triples("The company provided a new payment system to banks.", "2024-06-01")


@pytest.mark.model
def test_a_leader_of_another_kind_is_another_person() -> None:
    triples = coded_triples("Kenya's president met the opposition leader on Monday.", "2018-03-09")
    assert ("040", "KENGOV", "OPP") in triples or any(c == "040" and s == "KENGOV" and t is not None
                                                     and t.endswith("OPP") for c, s, t in triples)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Uganda has sent troops to Juba at the request of South Sudan's government to help secure the airport.",
     ("070", "UGA", "SSDGOV")),
    ("France deployed troops at the invitation of the Malian government.", ("154", "FRA", "MLIGOV")),
])
def test_an_act_at_someones_request_is_done_for_them(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded_triples(text, "2013-12-20")


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # (the place left names the target since session 10)
    ("The last Ethiopian troops pulled out of Mogadishu on Thursday.", ("0874", "ETHMIL", "SOM")),
    ("Australia took legal action against Japan at the world court.", ("115", "AUS", "JPN")),
    ("Zuma froze university fees, conceding the main demand of students.", ("080", "ZAFGOV", "ZAFEDU")),
])
def test_lexicon_gaps_found_in_set_9(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in coded_triples(text, "2015-10-23")


@pytest.mark.model
def test_two_verbs_share_the_object_named_after_the_second() -> None:
    triples = coded_triples("Police in Minsk detained and later released the editor of an opposition newspaper.",
                            "2021-05-23")
    assert ("173", "BLRCOP", "BLRMED") in triples and ("084", "BLRCOP", "BLRMED") in triples


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Hours after the United States vetoed the resolution, Russia expelled two diplomats.",
    "Russia expelled two diplomats days after the United States vetoed the resolution.",
])
def test_an_act_measured_off_in_hours_or_days_is_background(text: str) -> None:
    codes = [c for c, _, _ in coded_triples(text, "2023-02-20")]
    assert "161" in codes and not any(c.startswith("12") for c in codes)


@pytest.mark.model
def test_barring_broadcasters_is_censorship() -> None:
    triples = coded_triples("Pakistan's media regulator barred television channels in Lahore from broadcasting "
                            "his speeches.", "2023-03-05")
    assert any(c == "1721" and s == "PAK" and t == "PAKMED" for c, s, t in triples)


@pytest.mark.model
@pytest.mark.parametrize(("text", "code"), [
    ("Rebels seized 29 Chinese workers near the border.", "181"),
    ("Gunmen seized three Japanese tourists in Sinai.", "181"),
    ("Police seized two journalists in Minsk.", "173"),
    ("Rebels seized a government building.", "171"),
])
def test_seizing_people_is_an_abduction_or_an_arrest_not_a_seizure_of_property(text: str, code: str) -> None:
    assert code in [c for c, _, _ in coded_triples(text, "2012-01-28")]

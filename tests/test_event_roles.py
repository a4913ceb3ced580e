"""Event roles from the dependency tree, on sentences written for these tests."""

from __future__ import annotations

import pytest

import sayso

pytestmark = pytest.mark.model


def coded(text: str, date: str = "2022-05-01"):
    """(source code, cameo code, target code, factuality, negated) for each event."""
    return {(e.source.code if e.source else None, e.cameo_code, e.target.code if e.target else None,
             e.factuality, e.negated) for e in sayso.code_text(text, date=date)}


def test_active_voice():
    assert coded("Russian troops shelled Kharkiv's outskirts.") == {("RUSMIL", "194", "UKR", "asserted", False)}


def test_passive_voice_with_agent():
    evs = sayso.code_text("The convoy was attacked by Syrian rebels.", date="2016-09-20")
    attack = next(e for e in evs if e.trigger.text == "attacked")
    assert attack.source.code == "SYRREB"


def test_coordinated_subjects_give_one_event_each():
    evs = [e for e in sayso.code_text("France and Germany condemned the coup in Niger.", date="2023-07-27")
           if e.cameo_code.startswith("11")]
    assert sorted(e.source.country for e in evs) == ["DEU", "FRA"]


def test_symmetric_events_give_the_reciprocal_pair():
    evs = [e for e in sayso.code_text("Serbia and Kosovo held talks in Brussels.", date="2023-02-27")
           if e.cameo_root == "04"]
    assert {(e.source.country, e.target.country) for e in evs} == {("SRB", "XKX"), ("XKX", "SRB")}


def test_agreed_to_meet_and_threatened_to_impose():
    text = "India agreed to meet Chinese officials, and Beijing threatened to impose tariffs on India."
    evs = sayso.code_text(text, date="2020-07-01")
    meet = [e for e in evs if e.trigger.text == "meet"]
    assert {(e.source.country, e.target.country, e.factuality) for e in meet} == {
        ("IND", "CHN", "intended"), ("CHN", "IND", "intended")}
    (impose,) = [e for e in evs if e.trigger.text == "impose"]  # the threatened act keeps its own row
    assert (impose.source.country, impose.target.country, impose.factuality) == ("CHN", "IND", "threatened")
    (threat,) = [e for e in evs if e.trigger.text == "threatened"]
    assert (threat.cameo_code, threat.source.country, threat.target.country) == ("1312", "CHN", "IND")


def test_relative_clause_subject_is_the_noun_it_modifies():
    text = "The Kurdish militia, which attacked Turkish positions, denied the charge."
    evs = sayso.code_text(text, date="2019-10-10")
    attack = next(e for e in evs if e.trigger.text == "attacked")
    assert attack.source.sector is not None and attack.target.country == "TUR"


def test_prepositional_target():
    evs = sayso.code_text("The United States imposed sanctions on Venezuela on Monday.", date="2019-01-28")
    sanction = next(e for e in evs if e.cameo_code == "163")
    assert (sanction.source.country, sanction.target.country) == ("USA", "VEN")


def test_negation_is_marked():
    evs = sayso.code_text("Israel did not attack the convoy.", date="2019-03-15")
    assert [e.negated for e in evs if e.trigger.text == "attack"] == [True]


def test_refusal_is_a_rejection():
    evs = sayso.code_text("Hungary refused to lift its veto on the aid package.", date="2023-12-15")
    assert any(e.cameo_root == "12" and e.source.country == "HUN" for e in evs)


def test_what_a_quantity_noun_measures_decides_the_object():
    evs = sayso.code_text("Japan sent 500 tons of food aid to Sri Lanka.", date="2022-05-01")
    aid = [e for e in evs if e.cameo_root == "07"]
    assert aid and aid[0].source.country == "JPN" and aid[0].target.country == "LKA"


def test_an_announced_act_of_cooperation_is_coded_as_the_intent():
    evs = sayso.code_text("Japan will send 500 tons of food aid to Sri Lanka.", date="2022-05-01")
    aid = [e for e in evs if e.trigger.text == "send"]
    assert [(e.cameo_code, e.source.country, e.target.country, e.factuality) for e in aid] == [
        ("033", "JPN", "LKA", "intended")]


def test_taking_part_in_a_nominal_event_makes_the_subject_its_actor():
    evs = sayso.code_text("Thousands of Kenyans joined a protest in Nairobi against the tax bill.", date="2024-06-25")
    protest = [e for e in evs if e.cameo_root == "14"]
    assert protest and protest[0].source.country == "KEN" and protest[0].place.country == "KEN"


def test_accused_each_other_is_reciprocal():
    evs = [e for e in sayso.code_text("Armenia and Azerbaijan accused each other of shelling.", date="2020-10-11")
           if e.cameo_code == "112"]
    assert {(e.source.country, e.target.country) for e in evs} == {("ARM", "AZE"), ("AZE", "ARM")}


def test_refused_cooperation_is_a_rejection_and_the_refused_act_did_not_happen():
    evs = sayso.code_text("Turkey refused to send troops to Libya.", date="2020-01-05")
    refused = [e for e in evs if e.cameo_root == "12"]
    assert refused and all(e.source.country == "TUR" for e in refused)
    assert not any(e.cameo_root == "07" and not e.negated for e in evs)


def test_will_not_cooperate_is_a_rejection_but_did_not_is_a_negated_act():
    future = sayso.code_text("Jordan will not accept more refugees.", date="2020-01-05")
    assert any(e.cameo_root == "12" and e.source.country == "JOR" for e in future)
    past = [e for e in sayso.code_text("Jordan did not accept more refugees.", date="2020-01-05")
            if e.trigger.text == "accept"]
    assert [(e.cameo_root, e.negated) for e in past] == [("07", True)]


def test_responding_to_an_act_targets_its_author():
    evs = sayso.code_text("Berlin rejected Minsk's proposal.", date="2020-01-05")
    rejected = next(e for e in evs if e.trigger.text == "rejected")
    assert (rejected.source.country, rejected.target.country) == ("DEU", "BLR")


@pytest.mark.parametrize(("text", "trigger", "target"), [
    # beyond the direct object
    ("Iran threatened to cut diplomatic ties with Bahrain.", "threatened", "BHR"),
    ("Israeli tanks shelled positions of the Egyptian army.", "shelled", "EGY"),
    ("Argentina apologized to Chile for the incident.", "apologized", "CHL"),
    ("Washington threatened further action against Pyongyang.", "threatened", "PRK"),
    # the author or owner of an acted-on thing
    ("Angolan rebels rejected an appeal from the government to disarm.", "rejected", "AGOGOV"),
    ("The Kenyan government welcomed Uganda's decision to reopen the border.", "welcomed", "UGA"),
    ("Mali's rebels dismissed the plan by the government.", "dismissed", "MLIGOV"),
    # one step further in
    ("Serbia is investigating alleged abuses by Serbian extremists.", "investigating", "SRBINS"),
    ("France mobilized its reservists for a possible conflict with Libya.", "mobilized", "LBY"),
    ("The UN suspended aid deliveries in Aleppo after the attack.", "suspended", "SYR"),
    ("Tunisian police fired shots in the air to disperse Islamist protesters.", "disperse", "TUNCVL"),
    ("Several hundred supporters of the former president gathered in Bamako demanding that he be restored "
     "to power.", "demanding", "MLIELI"),
])
def test_targets_beyond_the_direct_object(text, trigger, target):
    ev = next(e for e in sayso.code_text(text, date="2010-05-01") if e.trigger.text == trigger)
    assert ev.target is not None and ev.target.code.startswith(target)


def test_coordinated_national_modifiers_give_one_actor_each():
    evs = [e for e in sayso.code_text("French and German activists staged a sit-in in Beijing.", date="2008-08-06")
           if e.cameo_root == "14"]
    assert sorted(e.source.country for e in evs) == ["DEU", "FRA"]
    assert {e.target.code for e in evs} == {"CHNGOV"} and all("place-government" in e.rule for e in evs)


def test_a_supposed_act_is_hypothetical():
    evs = sayso.code_text("The minister warned that arming Russia would damage relations.", date="2023-04-06")
    assert [e.factuality for e in evs if e.trigger.text == "arming"] == ["hypothetical"]


def test_a_trigger_compounded_into_a_generic_head_takes_the_heads_roles():
    evs = sayso.code_text("The mediation effort by Norway collapsed on Monday.", date="2020-01-01")
    assert [(e.cameo_root, e.source.country) for e in evs if e.trigger.text == "mediation"] == [("04", "NOR")]


def test_returning_for_talks_makes_the_travellers_the_parties():
    evs = sayso.code_text("Iranian and American negotiators returned to Vienna for talks.", date="2021-04-01")
    talks = [e for e in evs if e.trigger.text == "talks"]
    assert {(e.source.country, e.target.country) for e in talks} == {("IRN", "USA"), ("USA", "IRN")}


def test_an_intent_takes_the_target_of_an_uncoded_act_it_announces():
    evs = sayso.code_text("The Chilean defence minister has pledged to continue military assistance to Paraguay.",
                          date="2010-05-01")
    pledge = next(e for e in evs if e.trigger.text == "pledged")
    assert (pledge.cameo_root, pledge.target.country) == ("03", "PRY")


def test_an_infinitive_parsed_as_adverbial_clause_is_still_the_threatened_act():
    # the small model hangs 'to sever' under 'threatened' as advcl because of 'on Tuesday'
    evs = sayso.code_text("The Latvian parliament threatened on Tuesday to sever relations with Belarus.",
                          date="2010-05-01")
    threat = next(e for e in evs if e.trigger.text == "threatened")
    assert (threat.cameo_code, threat.target.country) == ("1313", "BLR")  # threat to break relations
    sever = next(e for e in evs if e.trigger.text == "sever")
    assert sever.factuality == "threatened"


def test_continuing_an_act_is_doing_it_not_intending_it():
    evs = sayso.code_text("Mexico continued to send troops to the border last year.", date="2010-05-01")
    assert {e.factuality for e in evs if e.trigger.text == "send"} == {"asserted"}


def test_a_demand_in_reported_speech_targets_each_obliged_party():
    evs = sayso.code_text("The Dutch foreign minister said that the Congolese government and the rebels "
                          "must return to talks.", date="2010-05-01")
    demands = {e.target.code for e in evs if e.cameo_root == "10"}
    assert demands == {"CODGOV", "CODREB"}


def test_an_obligation_outranks_a_hostile_relative_clause():
    evs = sayso.code_text("Ukraine said on Friday that Libya must release a fishing boat that was seized "
                          "by Libyan coastguards.", date="2010-05-01")
    said = next(e for e in evs if e.trigger.text == "said")
    assert (said.cameo_root, said.target.country) == ("10", "LBY")


def test_an_announced_hostile_act_on_a_condition_is_a_threat():
    evs = sayso.code_text("Ghana said it would withdraw its peacekeepers from Mali unless the junta "
                          "agreed to hold elections.", date="2010-05-01")
    act = next(e for e in evs if e.trigger.text == "withdraw")
    assert (act.cameo_root, act.factuality, act.target.country) == ("13", "threatened", "MLI")
    assert "conditional-threat" in act.rule


def test_a_reporters_supposition_is_not_a_threat():
    evs = sayso.code_text("If Iran enriches uranium further, Israel would strike its nuclear sites.",
                          date="2010-05-01")
    assert all(e.cameo_root != "13" for e in evs)


def test_people_without_a_country_take_the_country_where_they_act():
    evs = sayso.code_text("Thousands of people rallied in Tbilisi to demand new elections.", date="2010-05-01")
    assert {e.source.country for e in evs if e.source is not None} == {"GEO"}


def test_a_country_named_as_the_other_party_does_not_place_civilians():
    evs = sayso.code_text("Protesters burned flags of Denmark.", date="2010-05-01")
    assert all(e.source is None or e.source.country is None for e in evs)


def test_an_attitude_passive_makes_its_subject_the_source():
    evs = sayso.code_text("Vietnam is committed to opening its economy, the minister said.", date="2010-05-01")
    committed = next(e for e in evs if e.trigger.text == "committed")
    assert (committed.source.country, committed.target) == ("VNM", None)


def test_a_mediator_launching_mediation_between_two_parties_is_the_source():
    evs = sayso.code_text("Kuwait's emir launched a mediation effort between Qatar and Bahrain.",
                          date="2010-05-01")
    assert {(e.source.country, e.target.country) for e in evs if e.cameo_code.startswith("045")} == \
        {("KWT", "QAT"), ("KWT", "BHR")}


def test_a_statement_about_ones_own_act_concerns_its_target():
    evs = sayso.code_text("The US claimed that it had attacked Iraq.", date="2010-05-01")
    claim = next(e for e in evs if e.trigger.text == "claimed")
    assert claim.target.country == "IRQ"


def test_a_hostile_act_a_speaker_announces_of_itself_is_a_threat():
    evs = sayso.code_text("Venezuelan officials said they would boycott every meeting with the "
                          "United States.", date="2010-05-01")
    act = next(e for e in evs if e.trigger.text == "boycott")
    assert (act.cameo_root, act.target.country, act.factuality) == ("13", "USA", "threatened")
    assert act.rule.endswith("announced-threat")


def test_a_hostile_act_reported_of_someone_else_is_not_their_threat():
    evs = sayso.code_text("Officials in Kyiv said Russia would bomb the power grid again.", date="2022-11-01")
    act = next(e for e in evs if e.trigger.text == "bomb")
    assert act.cameo_root == "19"


@pytest.mark.parametrize("text", [
    "The rebels issued a statement demanding that the Turkish government release their leader.",
    "The Red Cross working in Syria said Turkish forces must protect civilians.",
])
def test_speakers_the_parser_hides_are_found(text):
    evs = sayso.code_text(text, date="2010-05-01")
    assert any(e.cameo_root == "10" and e.target is not None and e.target.country == "TUR" for e in evs)


def test_the_objects_own_specific_reading_beats_a_generic_verb_pattern():
    evs = sayso.code_text("Teachers launched a general strike in Kenya on Monday.", date="2010-05-01")
    assert {e.cameo_code for e in evs} == {"143"}
    evs = sayso.code_text("The US Air Force launched strikes on militant camps in Somalia.", date="2010-05-01")
    assert {e.cameo_root for e in evs} == {"19"}


def test_a_domestic_body_acted_on_by_its_own_government_is_the_target():
    evs = sayso.code_text("The Egyptian government banned the Muslim Brotherhood.", date="2014-01-01")
    ban = next(e for e in evs if e.trigger.text == "banned")
    assert ban.target is not None and ban.target.country == "EGY"


def test_state_actors_without_a_country_take_the_place_they_act_in():
    evs = sayso.code_text("Police arrested two Italian doctors in Libya.", date="2010-05-01")
    arrest = next(e for e in evs if e.trigger.text == "arrested")
    assert (arrest.source.code, arrest.target.code) == ("LBYCOP", "ITAHLH")


@pytest.mark.parametrize("text", [
    "Turkey threatened to halt the talks if Greece went ahead with the drilling.",
    "Turkey threatened to halt the talks unless Greece stopped the drilling.",
])
def test_a_threat_is_aimed_at_whom_its_condition_names(text):
    evs = sayso.code_text(text, date="2020-08-01")
    threat = next(e for e in evs if e.trigger.text == "threatened")
    assert (threat.cameo_root, threat.target.country) == ("13", "GRC")


def test_a_threat_to_act_on_someone_concerns_them():
    evs = sayso.code_text("President Kagame threatened to bar Rwandan opposition candidates from the election.",
                          date="2010-05-01")
    threat = next(e for e in evs if e.trigger.text == "threatened")
    assert threat.target.code == "RWAOPP"


def test_a_curfew_is_aimed_at_the_place_it_is_imposed_on():
    evs = sayso.code_text("The government imposed a curfew in Kano after the riots.", date="2010-05-01")
    curfew = next(e for e in evs if e.cameo_code.startswith("172"))
    assert (curfew.source.code, curfew.target.country, curfew.target.text) == ("NGAGOV", "NGA", "Kano")


def test_a_protest_is_aimed_at_whom_its_purpose_clause_names():
    evs = sayso.code_text("A member of the Kenyan parliament began a hunger strike to protest President Moi's "
                          "refusal to hold elections.", date="2010-05-01")
    strike = next(e for e in evs if e.cameo_code == "142")
    assert strike.source.code == "KENLEG"  # 'a member of the parliament'
    assert strike.target is not None and strike.target.country == "KEN"


def test_a_lowercase_word_spelled_like_a_demonym_is_no_country():
    evs = sayso.code_text("British activists staged a protest in Beijing, scaling a pole near the stadium.",
                          date="2008-08-06")
    assert all(e.target is None or e.target.country != "POL" for e in evs)


def test_agreeing_to_act_on_someone_is_not_an_agreement_with_them():
    evs = sayso.code_text("Obama agreed to lift sanctions against Cuba.", date="2015-07-01")
    assert all(e.source.country == "USA" for e in evs)


def test_a_list_the_parser_makes_an_apposition_is_still_a_coordination():
    evs = sayso.code_text("The US, Japan, and Canada met on Friday.", date="2015-07-01")
    assert {(e.source.country, e.target.country) for e in evs} == {
        (a, b) for a in ("USA", "JPN", "CAN") for b in ("USA", "JPN", "CAN") if a != b}


def test_they_in_what_coordinated_speakers_say_is_all_of_them():
    evs = sayso.code_text("Obama and Merkel said they will attack Libya.", date="2015-07-01")
    attacks = [e for e in evs if e.trigger.text == "attack"]
    assert sorted(e.source.country for e in attacks) == ["DEU", "USA"]


def test_an_infinitive_of_a_speech_verb_is_no_speech():
    evs = sayso.code_text("Jordan's foreign minister met with Egyptian President Abdel Fattah al-Sisi to discuss "
                          "ways to counter Islamic State militants.", date="2015-07-01")
    assert all(e.trigger.text != "counter" for e in evs)


def test_a_targetless_repeat_of_an_aimed_act_is_dropped():
    evs = sayso.code_text("Jordan's foreign minister met with Egyptian President Abdel Fattah al-Sisi to discuss "
                          "the war.", date="2015-07-01")
    consult = [e for e in evs if e.cameo_root == "04"]
    assert consult and all(e.target is not None for e in consult)


def test_a_fronted_with_phrase_is_no_prepositional_pattern():
    evs = sayso.code_text("With the signing of a truce, the Ethiopian government and the TPLF have agreed to "
                          "allow aid into Tigray.", date="2022-11-03")
    assert {e.cameo_code for e in evs if e.trigger.text == "agreed"} == {"030"}


def test_a_participle_modifying_a_noun_has_that_noun_as_actor():
    evs = sayso.code_text("Police fired tear gas at crowds protesting the disputed vote count in Nairobi.",
                          date="2017-08-09")
    protest = next(e for e in evs if e.trigger.text == "protesting")
    assert protest.source.code == "KENCVL"


def test_an_arrest_without_its_agent_is_the_act_of_the_state_where_it_happens():
    evs = sayso.code_text("A Canadian aid worker was arrested in Lebanon for spying for Israel.", date="2010-05-01")
    arrest = next(e for e in evs if e.trigger.text == "arrested")
    assert (arrest.source.code, arrest.target.country) == ("LBNGOV", "CAN")
    assert arrest.rule.endswith("place-government-source")


def test_preventing_a_demonstration_is_coercion_of_its_organisers():
    evs = sayso.code_text("Turkish police prevented a demonstration by students in Ankara.", date="2010-05-01")
    assert [(e.cameo_code, e.source.code, e.target.code) for e in evs] == [("1721", "TURCOP", "TUREDU")]


def test_police_act_on_their_own_countrys_people_and_the_row_says_so():
    ev = next(e for e in sayso.code_text("Tunisian police fired shots in the air to disperse Islamist protesters.",
                                         date="2001-01-01") if e.trigger.text == "disperse")
    assert "+domestic-target" in ev.rule
    assert ev.factuality == "intended" and ev.rule.endswith("+purpose")  # what they opened fire for


def test_a_nominal_event_shares_the_mood_of_the_act_that_brings_it():
    from sayso.events.mood import mood_of
    from sayso.nlp import load_nlp
    from sayso.pipeline import load_resources

    doc = load_nlp()("The president threatened to declare a curfew in Bamako.")
    curfew = next(t for t in doc if t.lower_ == "curfew")
    assert mood_of(curfew, load_resources().lexicon) == "threatened"
    evs = sayso.code_text("The president threatened to declare a curfew in Bamako.", date="2001-01-01")
    threat = next(e for e in evs if e.trigger.text == "threatened")
    assert threat.cameo_code == "132" and threat.target.country == "MLI"  # a threat of restrictions


def test_a_participle_with_by_names_its_agent():
    evs = sayso.code_text("Qatar signed an agreement forced on it by Saudi Arabia.", date="2014-04-01")
    forced = [e for e in evs if e.trigger.text == "forced"]
    assert forced and all(e.source.country == "SAU" for e in forced)


def test_a_trigger_noun_modifying_another_noun_is_no_event():
    evs = sayso.code_text("Nurses from three Canadian aid groups delivered vaccines to a clinic in Kabul.",
                          date="2003-05-01")
    assert [e.trigger.text for e in evs] == ["delivered"]
    assert evs[0].source.code == "CANHLH"


def test_an_unknown_name_takes_the_country_its_apposition_gives():
    evs = sayso.code_text("Mourad Benhaddou, Algeria's most prominent rights campaigner, began a hunger strike "
                          "in prison.", date="2003-05-01")
    assert evs[0].source.country == "DZA"


def test_an_act_and_its_outcome_are_one_row_done_to_the_victims():
    # 'killing scores of mourners' says what the bombing did: one act, one row, aimed at the people it killed
    evs = sayso.code_text("Saudi-led aircraft bombed a funeral hall in Sanaa, killing scores of mourners.",
                          date="2016-10-09")
    assert [e.trigger.text for e in evs] == ["bombed"]
    assert evs[0].target is not None and evs[0].target.code == "YEMCVL"


def test_on_the_day_a_leader_steps_down_the_days_events_are_still_his():
    evs = sayso.code_text("Egyptian President Hosni Mubarak stepped down on Friday.", date="2011-02-11")
    assert evs and evs[0].source.code == "EGYGOV"


@pytest.mark.parametrize(("text", "code"), [
    ("The opposition coalition agreed to talks with the government.", "OPP"),  # bodies: a role word
    ("Thailand's Constitutional Court banned the opposition Move Forward Party.", "THAJUD"),  # or their name
    ("A rebel movement attacked an army base.", "REB"),
    ("Thousands of Nigerians converged on Lagos for a rally.", "NGACVL"),  # people of a country
    ("Israeli tanks and drones shelled targets near Rafah.", "ISRMIL"),  # its machines
    ("Burundian militiamen attacked a refugee camp.", "BDIMIL"),
])
def test_the_source_gets_its_sector_from_role_words_names_and_nationality(text, code):
    evs = sayso.code_text(text, date="2023-08-07")
    assert evs and evs[0].source.code == code


def test_agreeing_to_talks_makes_the_subject_a_party_to_them():
    evs = sayso.code_text("The opposition coalition agreed to talks with the government.", date="2023-08-07")
    talks = {(e.source.sector, e.target.sector) for e in evs if e.trigger.text == "talks"}
    assert talks == {("OPP", "GOV"), ("GOV", "OPP")}  # talks are mutual


def test_a_finite_verb_misparsed_as_a_participle_keeps_its_subject():
    evs = sayso.code_text("Boko Haram insurgents, who have waged an uprising in northeast Nigeria since 2009, "
                          "killed at least 30 villagers on Saturday.", date="2020-11-29")
    kill = next(e for e in evs if e.trigger.text == "killed")
    assert kill.source.actor_id == "boko-haram"


@pytest.mark.parametrize(("text", "code", "target"), [
    ("Kenyan troops carried out joint patrols with Somali government forces along the border.", "062", "SOMMIL"),
    ("Spain extradited a former Venezuelan spy chief to the United States on Wednesday.", "063", "USA"),
    ("The French government scrapped a planned increase in fuel taxes in a concession to protesters.",
     "0832", "FRACVL"),
    ("Russia has massed more than 100,000 troops near its border with Ukraine.", "154", "UKR"),
    ("Teachers across Kenya went on strike on Monday.", "143", "KENGOV"),
])
def test_constructions_a_coder_expects(text, code, target):
    evs = [e for e in sayso.code_text(text, date="2020-01-15") if e.cameo_code == code]
    assert evs and evs[0].target is not None and evs[0].target.code == target


@pytest.mark.parametrize(("text", "code", "target"), [
    ("The nurses' union said on Monday that it had called off its three-day strike.", "082", None),
    ("President Santos has conceded to demands from the rebels to reform the courts.", "080", "REB"),
    ("Greece announced a suspension of flights to Albania on Friday.", "160", "ALB"),
    ("Germany suspended part of its military aid program for Mali.", "162", "MLI"),
])
def test_frames_around_nominal_events(text, code, target):
    evs = sayso.code_text(text, date="1995-06-01")
    assert [e.cameo_code for e in evs if e.cameo_root != "01"] == [code]  # the framed noun is no event of its own
    ev = next(e for e in evs if e.cameo_code == code)
    assert (ev.target.code if ev.target else None) == target


def test_a_date_after_a_verb_is_no_required_preposition():
    evs = sayso.code_text("Senior Indian and Pakistani diplomats agreed on Friday that their countries should "
                          "cooperate.", date="1999-09-01")
    assert {e.cameo_code for e in evs} == {"030"}


def test_vowing_a_hostile_act_is_a_threat_and_pledging_aid_an_intent():
    evs = sayso.code_text("The militia vowed to attack government forces in the capital.", date="2015-01-01")
    vow = next(e for e in evs if e.trigger.text == "vowed")
    assert vow.cameo_root == "13" and vow.rule.endswith("+hostile-content")
    evs = sayso.code_text("The government pledged to send food aid to the refugees.", date="2015-01-01")
    assert next(e for e in evs if e.trigger.text == "pledged").cameo_root == "03"


def test_unnamed_perpetrators_are_the_places_unidentified_armed_forces_and_the_place_stays():
    evs = sayso.code_text("An aid convoy was attacked near Idlib two days ago.", date="2021-03-17")
    attack = next(e for e in evs if e.trigger.text == "attacked")
    assert attack.source.code == "SYRUAF" and "+unidentified-armed-forces" in attack.rule
    assert attack.place is not None and attack.place.name == "Idlib"


def test_a_demonym_before_a_misparsed_gerund_is_its_actor():
    evs = sayso.code_text("Five villagers were killed in Turkish artillery shelling in Afrin.", date="2018-02-20")
    assert {e.source.country for e in evs} == {"TUR"}


def test_fighting_with_someone_after_a_clause_is_fought_by_its_subject():
    evs = sayso.code_text("Ethiopian-led forces have recaptured a town in Somalia after heavy fighting with "
                          "guerrillas.", date="1989-01-01")
    fights = {(e.source.country, e.target.sector) for e in evs if e.trigger.text == "fighting"}
    assert ("ETH", "REB") in fights


def test_a_party_named_union_is_no_trade_union():
    evs = sayso.code_text("The Homeland Union began collecting signatures.", date="1999-01-01")
    assert evs and evs[0].source.sector != "LAB"


def test_a_participle_after_there_were_takes_its_noun_as_undergoer():
    evs = sayso.code_text("There were 7 Turkish soldiers killed in Syria last week.", date="2022-06-01")
    assert [(e.source.code, e.target.code) for e in evs] == [("SYRUAF", "TURMIL")]


def test_violence_named_as_a_topic_gets_no_inferred_perpetrator():
    evs = sayso.code_text("Chancellor Merkel expressed sorrow for the deadly shootings in Munich.",
                          date="2016-07-23")
    assert all(e.source is None or e.source.sector != "UAF" for e in evs)


def test_an_ethnic_group_of_a_country_is_that_countrys_people():
    evs = sayso.code_text("Bosnian Croats demanded a truce with Muslim forces.", date="1994-01-01")
    assert [(e.cameo_code, e.source.code) for e in evs] == [("1056", "BIHCVL")]  # the truce is the demand's


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Armenian demonstrators received weapons from the Armenian government.", "072", "ARMGOV", "ARMCVL"),
    ("Kenya received a 500 million dollar loan from China.", "071", "CHN", "KEN"),
])
def test_receiving_aid_makes_the_giver_the_source(text, code, source, target):
    evs = sayso.code_text(text, date="2015-01-01")
    assert [(e.cameo_code, e.source.code, e.target.code) for e in evs] == [(code, source, target)]


def test_wanting_to_act_is_an_intent_and_wanting_another_to_act_a_demand():
    evs = sayso.code_text("The French foreign minister wants to help Lebanon.", date="2015-01-01")
    assert [(e.cameo_code, e.factuality) for e in evs] == [("033", "intended")]
    evs = sayso.code_text("Obama wants Cameron to attack Syria.", date="2015-01-01")
    assert {e.factuality for e in evs if e.trigger.text == "attack"} == {"demanded"}


def test_an_intended_hostile_act_is_a_threat():
    evs = sayso.code_text("Obama wants to attack Syria.", date="2015-01-01")
    assert [(e.cameo_root, e.factuality, e.target.country) for e in evs] == [("13", "threatened", "SYR")]
    assert evs[0].rule.endswith("+intended-threat")


def test_an_attacked_city_the_tagger_took_for_a_person_stands_for_its_country():
    evs = sayso.code_text("The Russian army began shelling Kharkiv.", date="2022-03-01")
    assert [(e.source.code, e.target.country) for e in evs] == [("RUSMIL", "UKR")]


@pytest.mark.parametrize(("text", "day", "target"), [
    ("Russian troops seized Melitopol.", "2022-03-01", "UKR"),
    ("The Taliban captured Kunduz.", "2021-08-08", "AFG"),  # before the Taliban governed (REB, not GOV)
])
def test_a_named_city_taken_is_occupied_territory_of_its_country(text, day, target):
    evs = sayso.code_text(text, date=day)
    assert [(e.cameo_code, e.target.country) for e in evs] == [("192", target)]


@pytest.mark.parametrize(("text", "code"), [
    ("The International Labor Office reiterated its demand that Israel ease restrictions.", "IGOUNOILO"),
    ("Belgium's King Philippe expressed his deepest regrets to Congo.", "BELGOV"),  # a leading title
])
def test_names_resolve_by_alias_and_title(text, code):
    evs = sayso.code_text(text, date="2020-06-30")
    assert code in {e.source.code for e in evs}


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Senegal announced that it would withdraw their peacekeeping battalion from Gambia unless the rebels "
     "signed a truce.", "withdraw", "GMB"),  # one's own forces are no target
    ("A Peruvian judge ordered former president Alan Garcia to testify in a bribery inquiry.", "ordered",
     "PERELI"),  # a court acts on its own country's people
    ("The IAEA dispatched inspectors to the Yongbyon Nuclear Research Center in North Korea.",
     "dispatched", "PRK"),  # an unknown facility in a country
])
def test_targets_of_withdrawals_orders_and_facilities(text, trigger, target):
    ev = next(e for e in sayso.code_text(text, date="1995-06-01") if e.trigger.text == trigger)
    assert ev.target is not None and ev.target.code == target


def test_a_ceasefire_is_not_aimed_at_the_place_where_it_was_negotiated():
    evs = sayso.code_text("Armenia and Azerbaijan agreed to a humanitarian ceasefire after ten hours of talks in "
                          "Moscow.", date="2020-10-10")
    assert all(e.target is None or e.target.country != "RUS" for e in evs)


@pytest.mark.parametrize(("text", "source"), [
    ("A car bomb outside the town of Samarra killed four policemen on Sunday.", "IRQUAF"),  # Samarra tagged NORP
    ("A roadside bomb near the city of Kandahar killed two Afghan soldiers.", "AFGUAF"),
])
def test_a_town_named_after_the_town_of_places_unnamed_perpetrators(text, source):
    (attack,) = [e for e in sayso.code_text(text, date="2007-03-04") if e.cameo_root == "19"]
    assert attack.source is not None and attack.source.code == source


@pytest.mark.parametrize(("text", "country"), [
    ("The Green Dawn party said on Friday that it will boycott Zambia's presidential election.", "ZMB"),
    ("The little-known Renewal Movement said it would boycott Kenya's parliamentary elections.", "KEN"),
])
def test_an_unknown_party_stays_an_actor_speaks_of_itself_and_takes_its_countrys_name(text, country):
    evs = sayso.code_text(text, date="2021-08-01")
    (boycott,) = [e for e in evs if e.trigger.text == "boycott"]
    assert boycott.source is not None and boycott.source.text == "it"
    assert (boycott.source.country, boycott.source.sector) == (country, None)  # no sector is guessed
    assert boycott.target is not None and boycott.target.code == country
    (said,) = [e for e in evs if e.trigger.text == "said"]
    assert said.source.text.lower().endswith(("party", "movement"))


def test_a_state_of_emergency_declared_in_a_country_is_aimed_at_it():
    (ev,) = sayso.code_text("The junta declared a state of emergency in Myanmar on Monday.", date="2021-02-01")
    assert (ev.cameo_code, ev.source.code, ev.target.code) == ("1724", "MMRGOV", "MMR")
    assert ev.rule.endswith("+place-target")


@pytest.mark.parametrize(("text", "code", "target"), [
    ("Turkish police prevented a rally staged by students at Ankara University.", "1721", "TUREDU"),
    ("Riot police broke up a protest organised by Kenyan opposition supporters.", "175", "KENOPP"),
])
def test_the_agent_of_an_acted_on_protest_is_the_target(text, code, target):
    evs = sayso.code_text(text, date="2022-03-01")
    assert [(e.cameo_code, e.target.code if e.target else None) for e in evs] == [(code, target)]


def test_a_brokered_deal_names_no_party_by_its_broker():
    evs = sayso.code_text("Hamas and Israel accepted a truce brokered by Qatar.", date="2023-11-22")
    assert {e.cameo_code for e in evs if e.source.country == "QAT"} == {"045"}  # Qatar mediates, no truce party
    assert {(e.source.country, e.target.country) for e in evs if e.cameo_code == "0871"} == {
        ("PSE", "ISR"), ("ISR", "PSE")}


@pytest.mark.parametrize(("text", "target"), [
    ("Gunmen attacked the wounded at a clinic in Homs.", "SYRCVL"),
    ("Soldiers executed the injured after the battle in Mosul.", "IRQCVL"),
])
def test_the_wounded_are_civilians_and_no_act_of_wounding(text, target):
    evs = sayso.code_text(text, date="2016-05-01")
    assert [e.target.code for e in evs] == [target]


def test_a_threat_against_two_countries_gives_one_event_each():
    evs = sayso.code_text("Al-Qaeda threatened to inflict heavy losses on the United States and Israel.",
                          date="2002-10-08")
    assert sorted((e.cameo_root, e.target.code) for e in evs) == [("13", "ISR"), ("13", "USA")]


@pytest.mark.parametrize(("text", "code", "target"), [
    ("Nicaragua forced the UN refugee agency out of the country.", "1663", "IGO"),  # an IGO object is a target
    ("The army forced out hundreds of families from the camp.", "174", "CVL"),
    ("Thousands of Syrians sought refuge in Turkey last month.", "0233", "TUR"),
    ("The dissident requested asylum from Britain.", "0233", "GBR"),
])
def test_expulsions_and_asylum_requests(text, code, target):
    (ev,) = sayso.code_text(text, date="2015-09-01")
    assert ev.cameo_code == code
    assert ev.target is not None and ev.target.code[:3] == target


@pytest.mark.parametrize(("text", "source", "code", "target"), [
    ("A court in Kenya issued arrest warrants for three Ugandan men wanted in the death of a shopkeeper.",
     "KENJUD", "173", "UGACVL"),
    ("Armenian protesters received assurances from the Armenian government.", "ARMGOV", "030", "ARMCVL"),
    ("Russia is staging military exercises in Venezuela.", "RUS", "150", "VEN"),  # a show of force abroad
    ("Russia held military exercises in Kaliningrad.", "RUS", "150", None),  # at home: aimed at no one
    ("President Biden expressed sorrow for the deadly floods in Pakistan.", "USAGOV", "018", "PAK"),
])
def test_targets_of_warrants_assurances_exercises_and_condolences(text, source, code, target):
    evs = [e for e in sayso.code_text(text, date="2022-09-01") if e.cameo_code == code]
    assert [(e.source.code, e.target.code if e.target else None) for e in evs] == [(source, target)]
    assert all(e.rule.endswith("+place-target") == (code in ("150", "018") and target is not None) for e in evs)


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("The French envoy held talks with the Iraqi prime minister during an unannounced visit to Baghdad on Sunday.",
     "visit", "FRAGOV", "IRQGOV"),  # the one visiting is the subject of the clause the visit frames
    ("Palestinian youths threw stones during demonstrations against Israeli troops.", "demonstrations",
     "PSECVL", "ISRMIL"),
    ("The Canadian government announced travel bans against four Russian officers.", "bans", "CANGOV", "RUSMIL"),
])
def test_nominal_events_framed_by_a_clause_take_its_subject(text, trigger, source, target):
    evs = [e for e in sayso.code_text(text, date="2022-03-01") if e.trigger.text == trigger]
    assert [(e.source.code, e.target.code) for e in evs] == [(source, target)]


@pytest.mark.parametrize(("text", "mention", "country"), [
    ("The government expressed gratitude for India's help.", "The government", None),
    ("The president welcomed Japan's decision to send aid.", "The president", None),
    ("Syria's army shelled the town, the government said.", "the government", "SYR"),
])
def test_an_unnamed_government_is_not_of_the_country_whose_act_it_answers(text, mention, country):
    evs = sayso.code_text(text, date="2020-02-02")
    (src,) = {e.source for e in evs if e.source is not None and e.source.text == mention}
    assert src.country == country


def test_closing_a_border_with_two_countries_is_aimed_at_each():
    evs = sayso.code_text("Kazakhstan closed its borders with China and Kyrgyzstan.", date="1992-05-01")
    assert sorted((e.cameo_code, e.target.code) for e in evs) == [("191", "CHN"), ("191", "KGZ")]


@pytest.mark.parametrize(("text", "source"), [
    ("The Association of Arab Lawyers condemned the verdict.", "NGO"),  # an unknown body's head says NGO
    ("The Kenyan Farmers Association demanded lower fuel prices.", "KENNGO"),
])
def test_unknown_associations_and_forums_are_ngos(text, source):
    (ev,) = sayso.code_text(text, date="2019-04-01")
    assert ev.source.code == source


def test_a_stateless_body_demanding_of_a_country_makes_a_demand_on_it():
    evs = sayso.code_text("The Global Water Forum concluded that the United States must fund clean water projects.",
                          date="2003-03-22")
    (ev,) = [e for e in evs if e.trigger.text == "concluded"]
    assert (ev.source.code, ev.cameo_root, ev.target.code) == ("NGO", "10", "USA")


def test_a_prepositions_object_the_parser_made_a_clause_subject_is_still_the_target():
    (ev,) = sayso.code_text("Ecuador has granted diplomatic asylum to three Bolivian army officers holed up in its "
                            "embassy.", date="1990-01-20")
    assert (ev.cameo_code, ev.target.code) == ("075", "BOLMIL")


def test_a_cue_verb_coded_as_a_material_act_is_no_speech():
    (ev,) = sayso.code_text("Israel recalled its ambassador to Turkey for consultations.", date="2023-08-01")
    assert (ev.cameo_code, ev.source.code, ev.target.code) == ("161", "ISR", "TUR")  # not its own envoy


@pytest.mark.parametrize(("text", "speaker"), [
    ("Police in Nairobi fired tear gas at demonstrators demanding lower taxes.", "KENCVL"),  # the crowd demands
    ("The rebels issued a statement demanding lower taxes.", "REB"),  # a statement speaks for its issuer
])
def test_who_demands_in_a_participle(text, speaker):
    evs = sayso.code_text(text, date="2024-06-25")
    assert {e.source.code for e in evs if e.trigger.text == "demanding"} == {speaker}


def test_a_warning_to_two_countries_gives_one_event_each():
    evs = sayso.code_text("Turkey warned Sweden and Finland against harbouring Kurdish militants.", date="2022-06-01")
    assert sorted(e.target.code for e in evs if e.trigger.text == "warned") == ["FIN", "SWE"]


@pytest.mark.parametrize(("text", "accuses"), [
    ("Rebels said government forces fired on a village, killing six civilians.", True),  # the other side
    ("Police said gunmen fired on a village, killing six civilians.", False),  # a crime report
])
def test_reporting_the_other_sides_attack_is_an_accusation(text, accuses):
    evs = sayso.code_text(text, date="2016-04-01")
    assert any(e.cameo_code == "112" for e in evs) is accuses


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The Soviet Union sent troops to Afghanistan.", "RUS", "AFG"),  # successor states code the old ones
    ("The European Community imposed an arms embargo on Yugoslavia.", "IGOEEC", "SRB"),
    ("Soviet troops withdrew from Czechoslovakia.", "RUSMIL", "CZE"),
])
def test_cold_war_names(text, source, target):
    (ev,) = sayso.code_text(text, date="1985-06-01")
    assert (ev.source.code, ev.target.code) == (source, target)


def test_no_longer_cooperating_is_a_one_sided_refusal():
    evs = sayso.code_text("Pakistan said it would no longer cooperate with the United States on counterterrorism.",
                          date="2011-11-28")
    assert {(e.cameo_root, e.source.country, e.target.country) for e in evs} == {
        ("12", "PAK", "USA"), ("01", "PAK", "USA")}  # no reciprocal refusal, no accusation


def test_a_generic_refusal_gives_way_to_the_specific_one():
    evs = sayso.code_text("Iran refused to meet with American negotiators.", date="2019-05-01")
    assert [(e.cameo_code, e.target.code) for e in evs] == [("125", "USAGOV")]


@pytest.mark.parametrize(("text", "code", "target"), [
    ("Obama wants Iran to halt uranium enrichment.", "020", "IRN"),  # a wish that another act: an appeal
    ("The EU added five Iranian officials to its sanctions list.", "163", "IRNGOV"),  # the list is no target
    ("The rebels went on strike against the government.", "143", "GOV"),
    ("Britain advised against all travel to Libya.", "160", "LBY"),
    ("Amnesty International called for the release of the journalists.", "0253", "MED"),  # no 'release' event
])
def test_appeals_listings_strikes_and_advisories(text, code, target):
    evs = sayso.code_text(text, date="2011-03-01")
    assert [(e.cameo_code, e.target.code if e.target else None) for e in evs] == [(code, target)]


def test_wanting_to_act_oneself_is_no_appeal():
    evs = sayso.code_text("Iran wants to resume talks with the EU.", date="2011-03-01")
    assert {e.cameo_code for e in evs} == {"036"}


@pytest.mark.parametrize(("text", "target"), [
    ("The UN Security Council demanded on Thursday that Iraq withdraw immediately from Kuwait.", "IRQ"),
    ("Four Gulf states demanded on Friday that Qatar shut down the television network.", "QAT"),  # 'shut' VBD
])
def test_a_demand_that_someone_act_is_aimed_at_them_whatever_the_tense(text, target):
    evs = sayso.code_text(text, date="1990-11-29")
    (demand,) = [e for e in evs if e.trigger.text == "demanded"]
    assert demand.target.code == target


@pytest.mark.parametrize(("text", "expected"), [
    ("Soviet troops and tanks massed along the Polish border on Wednesday.",  # an active participle
     [("154", "RUSMIL", "POL"), ("154", "RUSMIL", "POL")]),  # one event per coordinated actor
    ("Turkey massed troops on its border with Syria.", [("154", "TUR", "SYR")]),  # 'Turkey' parsed npadvmod
    ("China's military sent 71 warplanes and seven warships towards Taiwan.", [("154", "CHNMIL", "TWN")]),
    ("Serbia's president ordered troops closer to the border with Kosovo.", [("154", "SRBGOV", "KSV")]),
    ("Greece sent rescue teams and medical supplies to Turkey.", [("073", "GRC", "TUR")]),  # second object
    ("The president ordered troops and police to the capital.", [("154", "GOV", None)]),  # own forces
    ("India put its armed forces on high alert after the attack.", [("152", "IND", None)]),
])
def test_mobilising_and_sending(text, expected):
    evs = sayso.code_text(text, date="1999-08-20")
    assert [(e.cameo_code, e.source.code, e.target.code if e.target else None) for e in evs] == expected


def test_one_act_from_two_triggers_is_one_event():
    evs = sayso.code_text("Thousands of Buddhist monks marched through Yangon on Monday in the largest protest in "
                          "nearly 20 years.", date="2007-09-25")
    assert len([e for e in evs if e.cameo_root == "14"]) == 1


def _coded_with(text: str, symmetric: str) -> set[tuple]:
    from sayso.model import Article
    from sayso.pipeline import Config, code_one

    art = Article(id=f"sym-{symmetric}", text=text, date="2023-02-27")
    return {(e.cameo_root, e.source.country, e.target.country if e.target else None)
            for e in code_one(art, Config(symmetric=symmetric)).events}


@pytest.mark.parametrize(("text", "group"), [
    ("Serbia and Kosovo held talks in Brussels.", {("04", "SRB", None), ("04", "XKX", None)}),
    ("Talks between Serbia and Kosovo resumed in Brussels.", {("04", "SRB", None), ("04", "XKX", None)}),
    ("Serbia met with Kosovo in Brussels.", {("04", "SRB", "XKX")}),  # one side named as the partner
    ("Serbia and Kosovo accused each other of provocations.", {("11", "SRB", "XKX"), ("11", "XKX", "SRB")}),
])
def test_the_group_style_writes_symmetric_acts_as_plover_does(text, group):
    assert _coded_with(text, "group") == group
    from sayso.model import Article
    from sayso.pipeline import Config, code_one

    rules = {e.rule for e in code_one(Article(id="sym-rule", text=text), Config(symmetric="group")).events}
    assert any(r.endswith("+grouped") for r in rules) == (len(group) == 2 and "accused" not in text)
    assert ("04", "SRB", "XKX") in _coded_with(text, "pairs") or "accused" in text


def test_an_unknown_symmetric_style_is_a_clear_error():
    from sayso.errors import SaysoError
    from sayso.pipeline import load_resources

    with pytest.raises(SaysoError, match="E107"):
        load_resources((), (), "both")


def test_a_border_that_only_locates_is_no_target():
    evs = sayso.code_text("Greece demanded that its European Union partners refuse to recognize the republic on "
                          "Greece's northern border.", date="1992-01-15")
    assert all(e.target is None or e.target.country != "GRC" for e in evs)
    assert ("100", "IGOEEC") in {(e.cameo_code, e.target.code if e.target else None) for e in evs}


def test_review_misfires_stay_fixed():
    evs = sayso.code_text("Amnesty International reported on the killings of protesters.", date="2015-06-01")
    assert not any(e.cameo_root == "19" and e.source is not None for e in evs)  # the reporter is no killer
    evs = sayso.code_text("The Umma party demanded that it be allowed to contest the elections.", date="2015-06-01")
    assert not any(e.target is not None and e.target.name == e.source.name for e in evs)  # no demand of itself
    evs = sayso.code_text("The Kenyan government said opposition supporters staged a peaceful protest.",
                          date="2015-06-01")
    assert "112" not in {e.cameo_code for e in evs}  # a peaceful protest reported is no accusation
    evs = sayso.code_text("The UN asked whether Syria had used chemical weapons.", date="2015-06-01")
    assert not any(e.target is not None and e.target.country == "SYR" for e in evs)  # a question demands nothing


def test_an_unknown_partys_country_is_no_state_code():
    (ev,) = sayso.code_text("The Green Dawn party criticised Kenya.", date="2015-06-01")
    assert (ev.source.country, ev.source.code, ev.target.code) == ("KEN", None, "KEN")


@pytest.mark.parametrize(("text", "code", "target", "suffix"), [
    ("Ethiopia's parliament lifted the state of emergency on Tuesday.", "0814", "ETH", "+own-country-target"),
    ("Poland's Communist authorities imposed martial law on Sunday.", "1724", "POL", "+own-country-target"),
    ("Turkey lifted an overnight curfew in northern Cyprus.", "0813", "CYP", "+place-target"),
])
def test_emergency_rule_is_aimed_at_its_place_or_the_states_own_country(text, code, target, suffix):
    (ev,) = sayso.code_text(text, date="1989-06-01")
    assert (ev.cameo_code, ev.target.code, ev.rule.endswith(suffix)) == (code, target, True)


@pytest.mark.parametrize(("text", "expected"), [
    ("Moscow announced it would begin pulling its troops out of Afghanistan.", ("035", "AFG", "intended")),
    ("Kenya's president lifted the ban on opposition parties on Tuesday.", ("081", "KENOPP", "asserted")),
    ("Saudi Arabia tipped off the United States about two parcel bombs.", ("064", "USA", "asserted")),
])
def test_begin_to_withdraw_lift_a_ban_on_and_tip_off(text, expected):
    evs = sayso.code_text(text, date="1991-12-03")
    assert expected in {(e.cameo_code, e.target.code if e.target else None, e.factuality) for e in evs}


@pytest.mark.parametrize(("text", "source"), [
    ("Tens of thousands of students marched through Beijing on Thursday.", "CHNEDU"),
    ("Thousands of Buddhist monks marched through Yangon on Monday.", "MMRREL"),
])
def test_people_marching_through_a_city_are_of_its_country(text, source):
    evs = sayso.code_text(text, date="2007-09-24")
    assert {e.source.code for e in evs if e.cameo_root == "14"} == {source}


@pytest.mark.parametrize(("text", "target"), [
    ("Algerian President Abdelaziz Bouteflika resigned on Tuesday after weeks of mass protests.", "DZACVL"),
    ("The minister resigned after a corruption scandal.", None),  # a scandal is no protest
])
def test_a_concession_after_protests_answers_the_protesters(text, target):
    (ev,) = sayso.code_text(text, date="2019-04-03")
    assert (ev.target.code if ev.target else None) == target
    assert ev.rule.endswith("+answers-protest") == (target is not None)


def test_things_are_no_actors_of_the_country_in_their_of_phrase():
    evs = sayso.code_text("Merkel faces pressure from parliament to help Greece.", date="2015-06-01")
    assert all(e.source is None or e.source.text != "pressure" for e in evs)
    evs = sayso.code_text("Critics of Kenya's Senate protested in Nairobi.", date="2015-06-01")
    assert {e.source.country for e in evs if e.cameo_root == "14"} == {"KEN"}  # people of a body still are


def test_a_facility_examined_in_a_country_is_aimed_at_it():
    evs = sayso.code_text("The UN experts want to re-examine the missile sites in Iraq.", date="2015-06-01")
    assert [(e.cameo_code, e.target.code, e.factuality) for e in evs] == [("090", "IRQ", "intended")]


def test_joint_exercises_are_reciprocal():
    evs = sayso.code_text("The United States and South Korea began joint military exercises on Monday.",
                          date="2023-08-21")
    assert {(e.cameo_code, e.source.country, e.target.country) for e in evs} == {
        ("062", "USA", "KOR"), ("062", "KOR", "USA")}


@pytest.mark.parametrize(("text", "target"), [
    ("Rebels attacked a police station in Kano.", "NGACOP"),  # a place of a body is that body's
    ("Gunmen stormed a government building in Kabul.", "AFGGOV"),
    ("Rebels attacked a military base in Kano.", "NGAMIL"),
])
def test_a_place_of_a_body_stands_for_the_body(text, target):
    (ev,) = sayso.code_text(text, date="2018-02-01")
    assert ev.target.code == target


@pytest.mark.parametrize(("text", "expected"), [
    ("Turkey blocked Sweden's bid to join NATO.", ("129", "TUR", "SWE")),
    ("Ukrainian forces recaptured the town of Kupiansk from Russian troops.", ("192", "UKRMIL", "RUSMIL")),
])
def test_blocking_a_bid_and_taking_ground_from_someone(text, expected):
    evs = sayso.code_text(text, date="2023-06-01")
    assert expected in {(e.cameo_code, e.source.code, e.target.code if e.target else None) for e in evs}


def test_a_vetoed_resolution_does_not_speak_for_the_vetoing_side():
    evs = sayso.code_text("Russia vetoed a UN Security Council resolution condemning the annexation.",
                          date="2022-09-30")
    assert not any(e.cameo_root == "11" and e.source.country == "RUS" for e in evs)


@pytest.mark.parametrize(("text", "target"), [
    ("Israeli jets struck targets near Damascus overnight.", "SYR"),  # a thing struck: the place's country
    ("Gunmen attacked a mosque in Kabul.", "AFG"),
])
def test_violence_against_things_aims_at_their_country(text, target):
    evs = sayso.code_text(text, date="2023-06-01")
    assert {e.target.country for e in evs if e.cameo_root == "19" and e.target} == {target}

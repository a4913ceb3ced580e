"""Actors named through their group: affiliates of a body ('activists from the opposition party'), parts
of a group ('some of the rebel commanders'), participles that describe people rather than report an act,
and a diplomatic venue abroad that is not a party's country.

Every sentence is our own. Tests that parse text load the spaCy model (marked `model`)."""

from __future__ import annotations

import pytest

from actor_helpers import actor_named as _actor
from actor_helpers import events_on as _events


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "code"), [
    # a party named: the opposition, not a crowd of civilians
    ("Angry activists from the opposition Democratic Party staged rallies in Nairobi.", "Angry activists",
     "KENOPP"),
    ("Supporters of the jailed Ugandan opposition leader blocked roads in Kampala.", "Supporters", "UGAOPP"),
    ("Members of the Kenyan parliament criticised the police on Monday.", "Members", "KENLEG"),
    # supporters of a government are people rallying for it; its members are the government
    ("Supporters of the Kenyan government rallied in Nairobi.", "Supporters", "KENCVL"),
    ("Members of the Kenyan government criticised the court.", "Members", "KENGOV"),
    # armed men loyal to a government are its forces; loyal to a warlord they stay armed challengers
    ("Fighters loyal to the Libyan government shelled rebel positions.", "Fighters", "LBYMIL"),
    ("Militants loyal to a Somali warlord attacked a police station.", "Militants", "SOMREB"),
])
def test_an_affiliate_takes_the_sector_and_country_of_its_body(text: str, mention: str, code: str) -> None:
    assert _actor(_events(text, "2012-05-01"), mention).code == code


@pytest.mark.model
def test_a_crowd_from_a_city_stays_civilians() -> None:
    # no political body named: the protesters are civilians, whatever 'from' says
    events = _events("Activists from Nairobi staged a rally against the Kenyan government.", "2012-05-01")
    assert _actor(events, "Activists").sector == "CVL"


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Some of the Afghan soldiers refused to fight the insurgents.", "Some of the Afghan soldiers", "AFGMIL"),
    ("Two of the Kenyan opposition lawmakers boycotted the vote.", "Two of the Kenyan opposition lawmakers",
     "KENOPP"),
])
def test_a_part_of_a_group_acts_as_the_group(text: str, mention: str, code: str) -> None:
    assert _actor(_events(text, "2012-05-01"), mention).code == code


@pytest.mark.model
def test_a_partitive_of_a_pronoun_follows_the_pronoun() -> None:
    events = _events("Syrian rebels stormed the town on Monday. Many of them accused the government of fraud.",
                     "2012-05-01")
    accusation = next(e for e in events if e.cameo_code.startswith("11"))
    assert accusation.source is not None and accusation.source.code == "SYRREB"


@pytest.mark.model
def test_a_participle_describing_people_is_no_event() -> None:
    # 'wounded civilians' are the ones treated; no one is reported wounding them here
    events = _events("Doctors from a French charity treated wounded civilians in Aleppo.", "2013-05-01")
    assert [e.cameo_code[:2] for e in events] == ["07"]
    assert events[0].source is not None and events[0].source.code == "FRAHLH"
    # the verb itself is still an act
    assert any(e.cameo_code.startswith("19") for e in _events("Gunmen wounded five civilians in Aleppo.",
                                                                 "2013-05-01"))


@pytest.mark.model
def test_a_venue_abroad_is_not_the_country_of_a_meetings_party() -> None:
    met = _events("The rebel commanders met Sudanese officials in Doha.", "2012-05-01")
    assert _actor(met, "The rebel commanders").country is None
    # where the act is done there, the place still says where the countryless party is
    fought = _events("Rebels attacked an army base in Mali on Monday.", "2012-05-01")
    assert _actor(fought, "Rebels").country == "MLI"


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Students at Tehran University staged a sit-in against the government.", "Students", "IRNEDU"),
    ("Workers at a Chilean copper mine went on strike on Monday.", "Workers", "CHLLAB"),
])
def test_people_at_a_place_are_of_its_country(text: str, mention: str, code: str) -> None:
    assert _actor(_events(text, "2012-05-01"), mention).code == code


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "code"), [
    # a title that belongs to a body: the Pope is the Holy See's religious head
    ("Pope Francis met the Cuban president in Havana.", "Pope Francis", "VATREL"),
    # a former dictator is a former officeholder of his country, named by the court of that country
    ("A Guatemalan court convicted former dictator Efrain Rios Montt of genocide.",
     "former dictator Efrain Rios Montt", "GTMELI"),
    # a generic head takes the body its 'of' phrase names, not its own default
    ("A delegation of six US senators held talks with the Taiwanese president.", "A delegation", "USALEG"),
    # '<demonym> state' is the country
    ("Spain and Ireland formally recognised a Palestinian state on Tuesday.", "a Palestinian state", "PSE"),
    # people of an international organisation act for it
    ("Workers from the UN agency UNRWA handed out food to refugees.", "Workers", "IGOUNOREFRWA"),
    ("Surgeons from the Red Cross treated wounded civilians in Kigali.", "Surgeons", "NGOHLHIRC"),
])
def test_titles_bodies_and_states_named_through_a_phrase(text: str, mention: str, code: str) -> None:
    assert _actor(_events(text, "2016-05-01"), mention).code == code


@pytest.mark.model
@pytest.mark.parametrize(("text", "code"), [
    ("The UN agency handed out food parcels to refugees in Gaza.", "073"),
    ("The Red Cross distributed aid among displaced families.", "070"),
])
def test_handing_out_relief_is_aid(text: str, code: str) -> None:
    assert [e.cameo_code for e in _events(text, "2016-05-01")] == [code]


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "code"), [
    # a place named through a possessive still says where the countryless actor is
    ("Opposition lawmakers staged a sit-in in Kosovo's parliament on Thursday.", "Opposition lawmakers",
     "KSVOPP"),
    ("Gunmen abducted dozens of villagers in north-western Nigeria's Zamfara state.", "Gunmen", "NGAINS"),
    # 'Russian-backed' names a backer: the separatists are of no stated country; 'US-led' forces are the US's
    ("Russian-backed separatists shelled the port city on Saturday.", "Russian-backed separatists", "REB"),
    ("US-led forces bombed the town on Saturday.", "US-led forces", "USAMIL"),
    # an unknown name described by a role: the role, and the sentence's country
    ("Moshood Abiola, the opposition leader, was arrested by armed police at a hideout in Lagos.",
     "Moshood Abiola", "NGAOPP"),
])
def test_places_backers_and_described_names(text: str, mention: str, code: str) -> None:
    assert _actor(_events(text, "2016-05-01"), mention).code == code


@pytest.mark.model
def test_a_possessive_that_names_no_place_gives_no_country() -> None:
    events = _events("Police arrested the activists at Russia's request.", "2016-05-01")
    assert _actor(events, "Police").country is None


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "target"), [
    ("Commonwealth leaders suspended Nigeria's military government from the group.", "160", "NGAGOV"),
    # the object is no actor, its owner is: 'the credentials of three reporters'
    ("Beijing revoked the press credentials of three Wall Street Journal reporters.", "172", "USAMED"),
])
def test_suspensions_and_revoked_credentials(text: str, code: str, target: str) -> None:
    (event,) = _events(text, "2016-05-01")
    assert (event.cameo_code, event.target.code if event.target else None) == (code, target)


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "code"), [
    # an army yielding to or coercing a countryless group acts at home, as a government does
    ("Myanmar's military announced a ceasefire with ethnic armed groups in the north.", "ethnic armed groups",
     "MMRREB"),
    # the accused of a statement takes its country from where the sentence places it
    ("Human Rights Watch accused the elite police unit of torturing detainees in Bangladesh.",
     "the elite police unit", "BGDCOP"),
])
def test_countryless_targets_at_home(text: str, mention: str, code: str) -> None:
    assert _actor(_events(text, "2016-05-01"), mention).code == code


@pytest.mark.model
def test_a_state_freeing_or_arresting_people_acts_at_home() -> None:
    # a bare country acts as its state: the countryless people it frees or arrests are its own
    assert _actor(_events("Myanmar freed two local journalists on Tuesday.", "2019-05-07"),
                  "two local journalists").code == "MMRMED"
    assert _actor(_events("Iran arrested dozens of students on Monday.", "2019-05-07"), "students").code == "IRNEDU"


@pytest.mark.model
def test_members_of_an_unknown_named_body_stand_for_it() -> None:
    (arrest,) = _events("Egyptian police arrested members of the Green Dawn movement.", "2019-05-07")
    assert arrest.target is not None and arrest.target.name == "the Green Dawn movement"
    assert arrest.target.country == "EGY"


@pytest.mark.model
def test_a_state_yielding_to_an_unknown_named_body_yields_at_home() -> None:
    events = _events("President Abdelaziz Bouteflika said he would lift the ban on the Islamic Salvation Front.",
                     "2000-05-07")
    assert _actor(events, "the Islamic Salvation Front").country == "DZA"


@pytest.mark.model
@pytest.mark.parametrize(("text", "target"), [
    ("President Dos Santos conceded to demands from the Angolan rebels.", "AGOREB"),
    ("The Nigerian government bowed to pressure from the unions.", "NGALAB"),
])
def test_yielding_to_demands_yields_to_who_made_them(text: str, target: str) -> None:
    concession = next(e for e in _events(text, "2000-05-07") if e.cameo_code.startswith("08"))
    assert concession.target is not None and concession.target.code == target


@pytest.mark.model
@pytest.mark.parametrize(("text", "day", "mention", "code"), [
    # a surname shared by two officeholders: the given name before it decides
    ("Chilean President Michelle Bachelet held talks with her Argentine counterpart, Cristina Fernandez, in "
     "Buenos Aires.", "2008-10-21", "Cristina Fernandez", "ARGGOV"),
    ("Maria Fernandez, a Dominican activist, criticised the government.", "2008-10-21", "Maria Fernandez",
     "DOMCVL"),
    # a title before the surname is no given name
    ("President Fernandez met the Haitian president on Monday.", "2008-10-21", "President Fernandez", "DOMGOV"),
])
def test_a_given_name_tells_officeholders_apart(text: str, day: str, mention: str, code: str) -> None:
    assert _actor(_events(text, day), mention).code == code


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "code"), [
    # 'for' names whom a spokesman or lawyer speaks for
    ("A spokesman for Portugal's defence ministry said the ministry would send doctors to Beira.", "A spokesman",
     "PRTGOV"),
    ("A lawyer for the jailed Kenyan opposition leader criticised the court.", "A lawyer", "KENOPP"),
])
def test_who_speaks_for_a_body_is_of_it(text: str, mention: str, code: str) -> None:
    assert _actor(_events(text, "2019-03-20"), mention).code == code


@pytest.mark.model
def test_sending_doctors_is_aid_not_a_show_of_force() -> None:
    codes = [e.cameo_code for e in _events("'We will send military engineers, doctors and a water purification unit "
                                           "to Beira,' a spokesman for Portugal's defence ministry said.",
                                           "2019-03-20")]
    assert not [c for c in codes if c[:2] in ("13", "15")]
    assert any(c.startswith("03") or c.startswith("07") for c in codes)


@pytest.mark.model
def test_a_crowd_backing_a_leader_is_of_the_leaders_country() -> None:
    events = _events("Thousands of rioters backing former President Jair Bolsonaro stormed the Congress on Sunday.",
                     "2023-01-09")
    assert _actor(events, "rioters").code == "BRACVL"


@pytest.mark.model
def test_international_inspectors_allowed_in_stay_international() -> None:
    events = _events("Iraq said it would allow weapons inspectors to return without conditions.", "2002-09-17")
    assert _actor(events, "weapons inspectors").country is None


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "code"), [
    # a name in apposition to its description takes the description's role
    ("Bangladesh's main opposition party, the Awami League, demanded that the prime minister resign.",
     "the Awami League", "BGDOPP"),
    # a group sent somewhere is of what its 'of' phrase names
    ("A brigade of 52 Cuban doctors and nurses landed in Milan on Sunday to help Italian hospitals.",
     "A brigade", "CUBHLH"),
])
def test_descriptions_and_groups(text: str, mention: str, code: str) -> None:
    assert _actor(_events(text, "1996-03-05"), mention).code == code

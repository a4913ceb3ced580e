"""Coreference across sentences: a subject 'it' or 'they' continues the last main-clause subject body or
group, 'the rebels' or 'the ministry' names the group or body named before (a state body only by the same
word), and 'the office of' an organisation is the organisation.

Every text is our own. Tests that parse text load the spaCy model (marked `model`)."""

from __future__ import annotations

import pytest

import sayso
from sayso.model import Event


def _last(text: str, day: str = "2009-05-01") -> list[Event]:
    events = sayso.code_text(text, date=day)
    last = max(e.sentence_index for e in events)
    return [e for e in events if e.sentence_index == last]


@pytest.mark.model
def test_a_subject_it_continues_the_last_subject_body() -> None:
    events = _last("The office of the UN High Commissioner for Refugees said on Friday that thousands of Somalis "
                   "had fled toward the Kenyan border. It flew tents and blankets to the camps on Saturday.")
    aid = [e for e in events if e.cameo_root == "07"]
    assert aid and aid[0].source.actor_id == "unhcr"


@pytest.mark.model
def test_a_definite_group_names_the_group_before() -> None:
    events = _last("Colombia's FARC rebels said they would stop kidnapping. The guerrillas freed ten soldiers on "
                   "Monday.")
    freed = [e for e in events if e.cameo_root == "08"]
    assert freed and freed[0].source.code.startswith("COLREB")


@pytest.mark.model
def test_a_state_body_is_named_back_only_by_the_same_word() -> None:
    events = _last("North Korea's foreign ministry rejected the demand. 'We will not allow the inspectors back,' "
                   "the ministry said.")
    assert {e.source.code for e in events if e.trigger.text == "said"} == {"PRKGOV"}
    # 'the government' is not whichever government was named last (here the expelled diplomats')
    events = _last("Chile is expelling 18 Russian diplomats, the government said on Saturday.")
    said = [e for e in events if e.trigger.text == "said"]
    assert said and said[0].source.country != "RUS"


@pytest.mark.model
def test_a_short_name_is_the_person_or_body_named_before() -> None:
    events = _last("Canadian Foreign Minister John Baird criticised Iran on Friday. Baird said Canada would "
                   "close its embassy in Tehran.", "2012-09-07")
    assert {e.source.code for e in events if e.trigger.text == "said"} == {"CANGOV"}
    # a Korean name's first word is the surname
    events = _last("South Korean President Lee Myung-bak replaced his defence minister. Lee ordered more troops "
                   "to the border islands.", "2010-11-25")
    assert {e.source.code for e in events if e.cameo_root == "15"} == {"KORGOV"}


@pytest.mark.model
def test_a_generic_organisation_noun_names_the_organisation_before() -> None:
    events = _last("NATO warned the Bosnian Serbs that it would answer any new attack. On Wednesday the alliance "
                   "launched air strikes on Serb positions.", "1994-08-05")
    assert {e.source.code for e in events if e.cameo_root == "19"} == {"IGOWSTNAT"}


@pytest.mark.model
def test_an_object_it_is_not_its_own_clauses_subject() -> None:
    events = _last("Kosovo declared independence on Sunday. On Monday the government in Tirana recognised it.",
                   "2008-02-18")
    assert {(e.source.code, e.target.country) for e in events if e.cameo_root == "05"} == {("ALBGOV", "XKX")}


@pytest.mark.model
def test_the_kingdom_is_the_country_named_before() -> None:
    events = _last("Canada's foreign ministry urged Saudi Arabia on Friday to free jailed activists. On Sunday "
                   "the kingdom expelled the Canadian ambassador.", "2018-08-06")
    assert {(e.source.code, e.target.code) for e in events if e.cameo_root == "16"} == {("SAU", "CANGOV")}


@pytest.mark.model
def test_thousands_of_them_continue_the_subject_group() -> None:
    events = _last("Students at Tehran University were beaten when police raided their dormitory on Friday. On "
                   "Saturday thousands of them took to the streets of Tehran.", "1999-07-10")
    protest = [e for e in events if e.cameo_root == "14"]
    assert protest and protest[0].source.sector == "EDU"

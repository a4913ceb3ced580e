"""Actors a careful coder would not write: a language is no country ('the Russian language'), a country's
envoy to an organisation acts for the country ("Russia's UN ambassador"), an ally or proxy is not the
country it is allied to, a city is read in the country its sentence names, the wounded are of the place
they are taken from, and a site acted on is of the country where the act happens.

Every sentence is our own. Tests that parse text load the spaCy model (marked `model`)."""

from __future__ import annotations

import pytest

from actor_helpers import actor_named as _actor
from actor_helpers import coded_triples
from actor_helpers import events_on as _events


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "target"), [
    # a language banned or freed is aimed at no state
    ("Kazakhstan banned the Russian language in schools.", "172", None),
    ("The Estonian court lifted restrictions on the Russian language in schools.", "081", None),
])
def test_a_language_is_no_country(text: str, code: str, target: str | None) -> None:
    triples = coded_triples(text, "2021-04-01")
    assert [t for c, _, t in triples if c == code] == [target]
    assert not any("RUS" in (s or "") + (t or "") for _, s, t in triples)


@pytest.mark.model
def test_media_in_a_language_are_of_where_they_are() -> None:
    # 'Russian-language media' in Ukraine are Ukraine's media, not Russia's
    media = _actor(_events("Ukraine restricted Russian-language media.", "2021-04-01"), "Russian-language media")
    assert media.country == "UKR" and media.sector == "MED"


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Russia's UN ambassador said the vote was a mistake.", "Russia's UN ambassador", "RUSGOV"),
    ("France's EU representative rejected the plan.", "France's EU representative", "FRAGOV"),
    ("The Chinese UN delegation walked out of the meeting.", "The Chinese UN delegation", "CHNGOV"),
])
def test_a_countrys_envoy_to_an_organisation_acts_for_the_country(text: str, mention: str, code: str) -> None:
    assert _actor(_events(text, "2018-09-20"), mention).code == code


@pytest.mark.model
def test_an_organisations_own_envoy_stays_the_organisations() -> None:
    # no country named: the UN's envoy, as before
    envoy = _actor(_events("UN envoy Ian Martin met Syrian officials in Geneva.", "2018-09-20"),
                   "UN envoy Ian Martin")
    assert envoy.code is not None and envoy.code.startswith("IGO")


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "wrong"), [
    # the possessor names whom they are allied to, not whose they are
    ("Rebels attacked Russia's allies in the region.", "Russia's allies", "RUS"),
    ("Iran's proxies fired missiles at Saudi Arabia.", "Iran's proxies", "IRN"),
])
def test_an_ally_is_not_the_country_it_is_allied_to(text: str, mention: str, wrong: str) -> None:
    events = _events(text, "2019-06-01")
    ally = _actor(events, mention)  # kept as an actor: never dropped
    assert ally.country != wrong and ally.code is None
    assert not any(a is not None and a.country == wrong for e in events for a in (e.source, e.target))


@pytest.mark.model
def test_the_chief_of_an_ally_is_of_where_the_ally_is() -> None:
    # the militias allied to Russia are in Libya; their deputy head is no Russian
    events = _events("Gunmen shot dead the deputy head of Russia's militia allies in eastern Libya.", "2020-05-05")
    head = _actor(events, "the deputy head")
    assert head.country == "LBY"


@pytest.mark.model
@pytest.mark.parametrize(("text", "target"), [
    # Greenville is also an American city: the sentence says it is Liberia's
    ("Rebel fighters captured the town of Greenville in Liberia on Sunday.", "LBR"),
    ("Rebels shelled Kharkiv.", "UKR"),
])
def test_a_city_is_read_in_the_country_its_sentence_names(text: str, target: str) -> None:
    (event,) = _events(text, "1994-03-01")
    assert event.target is not None and event.target.country == target


@pytest.mark.model
def test_the_wounded_are_of_the_place_they_are_evacuated_from() -> None:
    events = _events("UN helicopters evacuated the wounded from a besieged Bosnian town on Friday.", "1994-04-10")
    (aid,) = [e for e in events if e.cameo_code == "073"]
    assert aid.target is not None and aid.target.code == "BIHCVL"


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "target"), [
    # the site has no country of its own: the act's place gives it
    ("The agency dispatched monitors to Natanz Enrichment Facilities (NEF) in central Iran.",
     "Natanz Enrichment Facilities", "IRN"),
    ("Rebels attacked the Tarbela Dam in northern Pakistan.", None, "PAK"),
    ("Militants attacked Camp Bastion in Helmand.", None, "AFG"),
])
def test_a_site_acted_on_is_of_the_country_where_the_act_happens(text: str, mention: str | None,
                                                                   target: str) -> None:
    events = _events(text, "2012-09-15")
    if mention is not None:
        assert _actor(events, mention).country == target
    else:
        (attack,) = [e for e in events if e.cameo_code.startswith("19")]
        assert attack.target is not None and attack.target.country == target


@pytest.mark.model
def test_a_body_named_after_its_country_is_kept_by_name_not_as_the_state() -> None:
    # 'the Kenya Ethics Commission' is a body sayso does not know: Kenyan, named, and not Kenya itself
    events = _events("The Kenya Ethics Commission accused the finance minister of fraud.", "2016-07-01")
    commission = _actor(events, "The Kenya Ethics Commission")
    assert (commission.country, commission.code, commission.name) == ("KEN", None, "Kenya Ethics Commission")


@pytest.mark.model
def test_pressure_from_a_named_body_is_what_a_refusal_answers() -> None:
    # the official and the commission are both Kenyan, but different parties
    events = _events("The deputy minister refused to resign despite mounting pressure by the Kenya Ethics "
                     "Commission.", "2016-07-01")
    (refusal,) = [e for e in events if e.cameo_code.startswith("12")]
    assert refusal.target is not None and refusal.target.name == "Kenya Ethics Commission"


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "code"), [
    # a city-state in capitals with its date or agency is a dateline, not an actor
    ("HONG KONG, May 2 (Reuters) - Pro-democracy activists marched on the government offices.",
     "Pro-democracy activists", "HKGCVL"),
    ("KUWAIT, June 3 (AFP) - Protesters rallied outside parliament.", "Protesters", "KWTCVL"),
])
def test_a_city_state_dateline_is_where_the_article_was_filed(text: str, mention: str, code: str) -> None:
    events = _events(text, "2014-05-02")
    assert _actor(events, mention).code == code
    assert not any(e.source is not None and e.source.text.isupper() for e in events)


@pytest.mark.model
def test_a_country_heading_a_claim_is_no_dateline() -> None:
    # 'UK:' with neither date nor agency is a heading, as before
    (arrest,) = _events("UK: Police arrested two men.", "2014-05-02")
    assert arrest.source is not None and arrest.source.code == "GBRCOP"

"""Actors and events found in the thirteenth session: forces a state sends are its own, not the act's
target; an organisation of armed struggle is a rebel body; the Rwandan Patriotic Front is known by name.

Every sentence is our own. Tests that parse text load the spaCy model (marked `model`)."""

from __future__ import annotations

import pytest

from actor_helpers import coded_triples, events_on


def _events_of(text: str, code: str, day: str) -> list:
    """The events of `code` in `text`; fails when there is none."""
    found = [e for e in events_on(text, day) if e.cameo_code == code]
    assert found, f"no {code} in {coded_triples(text, day)}"
    return found


def _triples_of(text: str, code: str, day: str) -> list[tuple[str | None, str | None]]:
    """(source code, target code) of every event of `code` in `text`; fails when there is none."""
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in _events_of(text, code, day)]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "target"), [
    # the peacekeepers or troops sent are the sender's; the place they go to is aimed at
    ("Ghana deployed peacekeepers in Lebanon last month.", "074", "LBN"),
    ("Nepal agreed to deploy peacekeepers in South Sudan.", "033", "SSD"),
    ("Uruguay declined to deploy peacekeepers in Haiti.", "121", "HTI"),
])
def test_forces_sent_are_not_the_target(text: str, code: str, target: str) -> None:
    assert [t for _, t in _triples_of(text, code, "2012-06-01")] == [target]


@pytest.mark.model
def test_a_refusal_to_send_forces_is_one_row() -> None:
    # the refusal and the act refused are one event, not also a refusal aimed at the forces themselves
    triples = coded_triples("Uruguay declined to deploy peacekeepers in Haiti.", "2012-06-01")
    assert [c for c, _, _ in triples] == ["121"]


@pytest.mark.model
def test_forces_acted_on_stay_the_target() -> None:
    # forces attacked or arrested are the target: only forces a state sends are its own
    assert _triples_of("Rebels attacked peacekeepers near Bunia.", "190", "2005-03-01")[0][1] == "IGO"
    assert _triples_of("Police in Libya detained two soldiers.", "173", "2013-03-01")[0][1] == "LBYMIL"


@pytest.mark.model
@pytest.mark.parametrize(("text", "target"), [
    ("The government outlawed the country's largest extremist organisation on Monday.", "REB"),
    ("Bahrain banned a militant group it accused of plotting attacks.", "BHRREB"),
])
def test_an_organisation_of_armed_struggle_is_rebel(text: str, target: str) -> None:
    assert _triples_of(text, "1722", "2014-02-01")[0][1] == target


@pytest.mark.model
def test_single_extremists_stay_insurgents() -> None:
    assert _triples_of("Police in Hamburg arrested three extremists.", "173", "2014-02-01")[0][1] == "DEUINS"


@pytest.mark.model
@pytest.mark.parametrize(("day", "sector"), [("1992-11-01", "REB"), ("2003-08-01", "GOV")])
def test_the_rwandan_patriotic_front_by_its_era(day: str, sector: str) -> None:
    # a rebel movement until it took power in July 1994, the governing party after
    text = "Opposition groups accused the Rwandan Patriotic Front of rigging the count."
    actor = next(e.target for e in events_on(text, day) if e.cameo_code == "112")
    assert actor is not None and (actor.country, actor.sector) == ("RWA", sector)


@pytest.mark.model
@pytest.mark.parametrize(("text", "target"), [
    # demonyms whose plural is the word itself: counted, or a crowd 'of' them, they are people
    ("Police expelled more than 200 Congolese on Sunday.", "CODCVL"),
    ("Soldiers forced about 300 Sudanese back across the border.", "SDNCVL"),
    ("Police expelled thousands of Congolese last year.", "CODCVL"),
])
def test_counted_invariant_demonyms_are_civilians(text: str, target: str) -> None:
    assert next(t for c, _, t in coded_triples(text, "2012-06-01") if c[:2] == "17") == target


@pytest.mark.model
def test_an_invariant_demonym_before_a_force_stays_the_force() -> None:
    assert _triples_of("Congolese troops shelled the town on Friday.", "194", "2012-06-01")[0][0] == "CODMIL"


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "target"), [
    # cancelling aid or a loan stops it (16x); it is no loan given
    ("The Asian Development Bank cancelled a 300 million dollar loan to Myanmar.", "1621", "MMR"),
    ("The Netherlands cancelled its aid to Suriname.", "162", "SUR"),
])
def test_cancelled_aid_is_aid_stopped(text: str, code: str, target: str) -> None:
    triples = coded_triples(text, "2021-03-01")
    assert [t for c, _, t in triples if c == code] == [target]
    assert not any(c.startswith("07") for c, _, _ in triples)


@pytest.mark.model
@pytest.mark.parametrize(("text", "target"), [
    # people described by what they are doing are the target of the force used on them, not struck by it
    ("Riot police fired tear gas at striking nurses in Harare.", "ZWEHLH"),
    ("Police fired tear gas at striking teachers marching to parliament in Harare.", "ZWEEDU"),
    ("Police in Harare used water cannon against students marching on the ministry.", "ZWEEDU"),
])
def test_people_described_by_a_participle_are_the_target(text: str, target: str) -> None:
    triples = coded_triples(text, "2019-03-01")
    assert [t for c, _, t in triples if c == "175"] == [target]
    assert not any(c.startswith("19") for c, _, _ in triples)  # 'striking' is no attack


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A photographer covering the raid was injured.",
    "Villagers witnessed the shelling of the market.",
    "Hundreds of families were fleeing the fighting near Goma.",
])
def test_who_watches_or_flees_an_act_did_not_do_it(text: str) -> None:
    assert not [s for c, s, _ in coded_triples(text, "2013-03-01") if c[:2] in ("18", "19") and s is not None]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "mood"), [
    # talks one is urged or agrees to return to are wanted or intended, not held
    ("The mediators urged the rebels to return to negotiations.", "046", "demanded"),
    ("Tehran agreed to return to talks in Vienna.", "036", "intended"),
])
def test_talks_returned_to_take_the_mood_of_the_return(text: str, code: str, mood: str) -> None:
    assert [e.factuality for e in _events_of(text, code, "2021-04-01")] == [mood]


@pytest.mark.model
def test_talks_returned_to_are_held() -> None:
    assert [e.factuality for e in _events_of("Tehran returned to talks in Vienna.", "046", "2021-04-01")] == \
        ["asserted"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "target"), [
    # what a body or officeholder said, decided or did stands for that body
    ("Athens condemned the Turkish defence minister's remarks.", "111", "TURGOV"),
    ("Amnesty criticised the Nigerian army's conduct in the north-east.", "111", "NGAMIL"),
    # a bare country's decision stays the country
    ("Turkey welcomed Russia's decision.", "051", "RUS"),
])
def test_a_bodys_remarks_stand_for_the_body(text: str, code: str, target: str) -> None:
    assert [t for c, _, t in coded_triples(text, "2019-03-01") if c == code] == [target]


@pytest.mark.model
def test_an_army_battery_struck_is_the_army() -> None:
    assert _triples_of("Israeli jets bombed a Syrian army radar battery.", "195", "2019-03-01")[0][1] == "SYRMIL"


@pytest.mark.model
@pytest.mark.parametrize(("text", "target"), [
    ("The government dismissed hundreds of judges after the failed coup.", "JUD"),
    ("The president sacked his interior minister on Monday.", "GOV"),
])
def test_dismissing_people_is_an_administrative_sanction(text: str, target: str) -> None:
    triples = coded_triples(text, "2016-08-01")
    assert [t for c, _, t in triples if c == "172"] == [target]
    assert not any(c == "016" for c, _, _ in triples)  # no denial


@pytest.mark.model
def test_dismissing_claims_stays_a_denial() -> None:
    assert [c for c, _, _ in coded_triples("The ministry dismissed the claims.", "2016-08-01")] == ["016"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "target"), [
    # a relative pronoun object stands for the noun its clause describes
    ("Machar, whom Kiir sacked on Tuesday, left the capital.", "172", "SSDELI"),  # a former vice-president
    ("The rebels, whom the army attacked on Monday, withdrew to the hills.", "190", "REB"),
])
def test_a_relative_pronoun_object_is_its_noun(text: str, code: str, target: str) -> None:
    assert _triples_of(text, code, "2013-07-25")[0][1] == target


@pytest.mark.model
@pytest.mark.parametrize(("day", "code"), [("2019-03-01", "AFGREBTAL"), ("2022-03-01", "AFGGOVTAL")])
def test_an_organisations_code_follows_its_sector_on_the_date(day: str, code: str) -> None:
    # the code never says REB while the sector says GOV
    actor = _events_of("The Taliban banned women from universities.", "172", day)[0].source \
        if day > "2021" else _events_of("The Taliban attacked a checkpoint in Kandahar.", "190", day)[0].source
    assert actor is not None and actor.code == code and actor.sector == code[3:6]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code"), [
    # what a refused or negated 'let' or 'allow' would let happen did not happen
    ("Croatia refused to let the migrants enter its territory.", "192"),
    ("Syria did not allow the inspectors to visit the site.", "042"),
])
def test_an_act_not_let_happen_is_negated(text: str, code: str) -> None:
    assert all(e.negated for e in _events_of(text, code, "2016-03-01"))


@pytest.mark.model
def test_an_act_let_happen_is_not_negated() -> None:
    visits = _events_of("Syria allowed the inspectors to visit the site.", "042", "2016-03-01")
    assert not any(e.negated for e in visits)


@pytest.mark.model
@pytest.mark.parametrize(("text", "code", "source", "target"), [
    # a coast guard polices the sea (COP); fishermen and migrants are people (CVL), as our gold sets code them
    ("A Chinese coast guard ship rammed a Vietnamese trawler.", "190", "CHNCOP", None),
    ("Indonesia detained 14 Pakistani fishermen off Sumatra.", "173", None, "PAKCVL"),
    ("Libyan police detained 200 Sudanese migrants in Tripoli.", "173", None, "SDNCVL"),
])
def test_coast_guards_fishermen_and_migrants(text: str, code: str, source: str | None, target: str | None) -> None:
    s, t = _triples_of(text, code, "2016-03-01")[0]
    assert (source is None or s == source) and (target is None or t == target)

"""Actor resolution in context, one construction per test, through the public API (our own sentences)."""

from __future__ import annotations

from pathlib import Path

import pytest

from actor_helpers import actor_named as _actor
from actor_helpers import events_on as _events
from sayso.model import Event

pytestmark = pytest.mark.model




@pytest.mark.parametrize(("text", "day", "sector"), [
    ("Obama criticized Russia over the annexation.", "2016-03-10", "GOV"),  # in office
    ("Obama criticized Russia over the annexation.", "2020-03-10", "ELI"),  # former president
    ("Trump criticized China over trade.", "2016-10-10", "ELI"),  # candidate
    ("Trump criticized China over trade.", "2017-06-10", "GOV"),  # in office
])
def test_officeholder_role_changes_with_the_date(text: str, day: str, sector: str) -> None:
    actor = _actor(_events(text, day), text.split()[0])
    assert (actor.country, actor.sector, actor.code) == ("USA", sector, f"USA{sector}")
    assert actor.actor_id in ("obama-barack", "trump-donald")


@pytest.mark.parametrize(("text", "mention", "country"), [
    ("The Kremlin accused Ukraine of provocations.", "The Kremlin", "RUS"),
    ("Washington imposed sanctions on Iran.", "Washington", "USA"),
    ("Downing Street condemned the attack on Israel.", "Downing Street", "GBR"),
])
def test_metonym_is_the_government(text: str, mention: str, country: str) -> None:
    actor = _actor(_events(text, "2022-03-01"), mention)
    assert (actor.country, actor.sector, actor.code) == (country, "GOV", f"{country}GOV")


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Syrian rebels attacked government positions near Aleppo.", "Syrian rebels", "SYRREB"),
    ("Russian warplanes bombed Syrian rebels in Idlib.", "Russian warplanes", "RUSMIL"),
    ("Russian warplanes bombed Syrian rebels in Idlib.", "Syrian rebels", "SYRREB"),
])
def test_demonym_plus_role_word(text: str, mention: str, code: str) -> None:
    actor = _actor(_events(text, "2019-05-01"), mention)
    assert (actor.country, actor.sector, actor.code) == (code[:3], code[3:], code)


def test_organisation_alias() -> None:
    actor = _actor(_events("Daesh attacked Iraqi soldiers near Mosul.", "2015-05-01"), "Daesh")
    assert (actor.actor_id, actor.name, actor.sector, actor.country) == ("isil", "Islamic State", "REB", None)


def test_pronoun_after_a_named_leader() -> None:
    events = _events("Erdogan arrived in Berlin on Monday. He criticized Germany over the arms embargo.", "2019-05-01")
    he = _actor(events, "He")
    assert (he.actor_id, he.code) == ("erdogan-recep-tayyip", "TURGOV")
    assert next(e for e in events if e.source == he).target.country == "DEU"


def test_definite_description_of_the_last_person() -> None:
    events = _events("Putin arrived in Paris on Monday. The Russian president criticized NATO.", "2019-05-01")
    actor = _actor(events, "The Russian president")
    assert (actor.country, actor.sector, actor.code) == ("RUS", "GOV", "RUSGOV")
    assert actor.actor_id == "putin-vladimir"


def test_first_person_in_a_quote_is_the_speaker() -> None:
    events = _events('"I will never negotiate with Turkey," Putin said.', "2022-03-01")
    event = next(e for e in events if e.source is not None and e.source.text == "I")
    assert (event.source.actor_id, event.source.code) == ("putin-vladimir", "RUSGOV")
    assert event.target.country == "TUR"
    assert [a.speaker.actor_id for a in event.attribution] == ["putin-vladimir"]
    assert event.attribution[0].quote == "direct"


def test_unknown_entity_stays_an_uncoded_actor() -> None:
    actor = _actor(_events("Karl Vendermeer criticized Germany.", "2019-05-01"), "Karl Vendermeer")
    assert (actor.actor_id, actor.country, actor.sector, actor.code) == (None, None, None, None)
    assert (actor.start, actor.end) == (0, len("Karl Vendermeer"))


def test_user_actor_files_extend_and_override(tmp_path: Path) -> None:
    from sayso.model import Article
    from sayso.pipeline import Config, code_one

    orgs = tmp_path / "orgs.yaml"
    orgs.write_text("- {id: zumbalo-front, name: Zumbalo Front, aliases: [the Zumbalo], code: NGAREBZMB,\n"
                    "   country: NGA, sector: REB, type: armed_group}\n", encoding="utf-8")
    terms = tmp_path / "terms.csv"
    terms.write_text("actor_id,name,aliases,country,role,sector,start,end\n"
                     "obama-barack,Barack Obama,Obama,USA,senator,LEG,2005-01-03,2008-11-16\n", encoding="utf-8")
    config = Config(actor_files=(str(orgs), str(terms)))

    def code(text: str, day: str) -> list[Event]:
        return list(code_one(Article(id="user-files", text=text, date=day), config).events)

    text = "The Zumbalo Front attacked Nigerian troops."
    unknown = _actor(_events(text, "2019-05-01"), "The Zumbalo Front")
    assert (unknown.actor_id, unknown.sector) == (None, None)  # unknown to the package
    front = _actor(code(text, "2019-05-01"), "The Zumbalo Front")
    assert (front.actor_id, front.country, front.sector, front.code) == ("zumbalo-front", "NGA", "REB", "NGAREBZMB")

    text = "Obama criticized Russia over the annexation."
    assert _actor(_events(text, "2006-03-10"), "Obama").code is None  # no package term in 2006
    obama = _actor(code(text, "2006-03-10"), "Obama")
    assert (obama.actor_id, obama.code) == ("obama-barack", "USALEG")
    # the user file replaced every package term of obama-barack: 2016 is no longer his presidency
    assert _actor(code(text, "2016-03-10"), "Obama").sector == "ELI"


def test_state_actor_without_a_country_takes_the_one_country_of_its_sentence() -> None:
    events = _events("President Amadou Traore banned Malian opposition parties from the vote.", "2021-05-01")
    ban = next(e for e in events if e.trigger.text == "banned")
    assert (ban.source.country, ban.source.sector) == ("MLI", "GOV")


def test_no_country_is_guessed_when_the_sentence_names_two() -> None:
    events = _events("President Amadou Traore met Ghanaian and Togolese envoys.", "2021-05-01")
    met = next(e for e in events if e.trigger.text == "met")
    assert met.source.country is None and met.source.sector == "GOV"

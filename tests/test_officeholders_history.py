"""Pre-2000 officeholder terms (1975-2000 news): leaders resolve by date, in office and out of it.

The sentences are our own, written in news style for these tests.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest

from actor_helpers import actor_named as _actor
from actor_helpers import events_on as _events
from sayso.actors.base import ActorBase, load_actor_base


@pytest.fixture(scope="module")
def base() -> ActorBase:
    """The package actor base."""
    return load_actor_base()


@pytest.mark.parametrize(("name", "day", "actor_id", "country", "sector"), [
    ("Brezhnev", "1979-12-27", "brezhnev-leonid", "RUS", "GOV"),
    ("Gorbachev", "1987-12-08", "gorbachev-mikhail", "RUS", "GOV"),
    ("Yeltsin", "1993-10-04", "yeltsin-boris", "RUS", "GOV"),
    ("Thatcher", "1982-04-02", "thatcher-margaret", "GBR", "GOV"),
    ("Mitterrand", "1990-01-15", "mitterrand-francois", "FRA", "GOV"),
    ("Deng Xiaoping", "1992-01-20", "deng-xiaoping", "CHN", "GOV"),
    ("Rajiv Gandhi", "1987-07-29", "gandhi-rajiv", "IND", "GOV"),
    ("Shamir", "1991-10-30", "shamir-yitzhak", "ISR", "GOV"),
    ("Arafat", "1988-11-15", "arafat-yasser", "PSE", "GOV"),
    ("Sadat", "1978-09-17", "sadat-anwar", "EGY", "GOV"),
    ("Tudjman", "1995-08-04", "tudjman-franjo", "HRV", "GOV"),
    ("Mandela", "1996-01-01", "mandela-nelson", "ZAF", "GOV"),
    ("Noriega", "1988-02-05", "noriega-manuel", "PAN", "GOV"),
    ("Jaruzelski", "1981-12-13", "jaruzelski-wojciech", "POL", "GOV"),
    ("Perez de Cuellar", "1988-08-08", "perez-de-cuellar-javier", None, "IGO"),
])
def test_pre_2000_leader_in_office(base: ActorBase, name: str, day: str, actor_id: str, country: str | None,
                                   sector: str) -> None:
    term = base.officeholder(name, date.fromisoformat(day))
    assert term is not None
    assert (term.actor_id, term.country, term.sector) == (actor_id, country, sector)


@pytest.mark.parametrize(("name", "day", "actor_id"), [
    ("President Bush", "1990-06-01", "bush-george-hw"),
    ("President Bush", "2005-06-01", "bush-george-w"),
    ("Assad", "1990-06-01", "assad-hafez"),
    ("Assad", "2010-06-01", "assad-bashar"),
    ("Roh", "1990-06-01", "roh-tae-woo"),
    ("Roh", "2005-06-01", "roh-moo-hyun"),
    ("Bhutto", "1989-06-01", "bhutto-benazir"),
    ("Sharif", "1998-06-01", "sharif-nawaz"),
])
def test_shared_surname_is_decided_by_date(base: ActorBase, name: str, day: str, actor_id: str) -> None:
    assert base.officeholder(name, date.fromisoformat(day)).actor_id == actor_id


def test_out_of_office_is_former_and_before_office_is_unknown(base: ActorBase) -> None:
    former = base.officeholder("Gorbachev", date(1995, 1, 10))
    assert (former.actor_id, former.sector) == ("gorbachev-mikhail", "ELI")
    assert former.role == "former president of the Soviet Union"
    between = base.officeholder("Rabin", date(1980, 1, 1))  # between his two terms as prime minister
    assert (between.sector, between.role) == ("ELI", "former prime minister")
    assert base.officeholder("Gorbachev", date(1980, 1, 1)) is None


def test_historical_terms_of_one_person_do_not_overlap(base: ActorBase) -> None:
    for actor_id in ("gorbachev-mikhail", "yeltsin-boris", "shamir-yitzhak", "peres-shimon", "rabin-yitzhak",
                     "demirel-suleyman", "ecevit-bulent", "jaruzelski-wojciech", "andreotti-giulio",
                     "khamenei-ali", "sharif-nawaz", "bhutto-benazir", "milosevic-slobodan", "ortega-daniel"):
        terms = sorted((t for t in base.terms if t.actor_id == actor_id), key=lambda t: t.start)
        assert len(terms) >= 2, actor_id
        for earlier, later in pairwise(terms):
            assert earlier.end is not None and earlier.end <= later.start, (actor_id, earlier, later)


@pytest.mark.model
def test_cold_war_leaders_code_as_governments() -> None:
    text = "Soviet leader Mikhail Gorbachev met Chancellor Helmut Kohl in Bonn."
    events = _events(text, "1989-06-12")
    gorbachev = _actor(events, "Soviet leader Mikhail Gorbachev")
    kohl = _actor(events, "Chancellor Helmut Kohl")
    assert (gorbachev.actor_id, gorbachev.code) == ("gorbachev-mikhail", "RUSGOV")
    assert (kohl.actor_id, kohl.code) == ("kohl-helmut", "DEUGOV")


@pytest.mark.model
@pytest.mark.parametrize(("day", "actor_id"), [("1990-08-05", "bush-george-hw"), ("2005-08-05", "bush-george-w")])
def test_president_bush_in_text_by_date(day: str, actor_id: str) -> None:
    actor = _actor(_events("President Bush criticized Iraq over the invasion of Kuwait.", day), "President Bush")
    assert (actor.actor_id, actor.code) == (actor_id, "USAGOV")


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "day", "code"), [
    ("Margaret Thatcher criticized the European Commission.", "Margaret Thatcher", "1985-03-01", "GBRGOV"),
    ("Margaret Thatcher criticized the European Commission.", "Margaret Thatcher", "1995-03-01", "GBRELI"),
    ("Gorbachev criticized Russia over the war in Chechnya.", "Gorbachev", "1995-01-10", "RUSELI"),
])
def test_leader_out_of_office_codes_as_former(text: str, mention: str, day: str, code: str) -> None:
    assert _actor(_events(text, day), mention).code == code

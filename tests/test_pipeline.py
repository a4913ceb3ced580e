"""Long documents are parsed in pieces with offsets into the whole document; datelines split off."""

from __future__ import annotations

import pytest

from sayso import pipeline
from sayso.model import Article


def test_segments_cover_the_document_exactly_and_cut_at_paragraphs():
    doc = "\n\n".join(f"Paragraph {i} " + "word " * 200 for i in range(40))
    pieces = pipeline.segments(doc, limit=3000)
    assert "".join(text for text, _ in pieces) == doc
    assert all(doc[off:off + len(text)] == text for text, off in pieces)
    assert all(len(text) <= 3000 for text, _ in pieces)
    assert all(text.endswith("\n\n") for text, _ in pieces[:-1])


def test_a_paragraph_longer_than_the_limit_is_still_split():
    doc = "Troops advanced. " * 1000
    pieces = pipeline.segments(doc, limit=2000)
    assert "".join(t for t, _ in pieces) == doc and max(len(t) for t, _ in pieces) <= 2000


@pytest.mark.model
def test_events_of_a_long_article_point_into_the_whole_document(monkeypatch):
    monkeypatch.setattr(pipeline, "MAX_SEGMENT", 2_000)
    paragraph = ("Russian troops shelled positions near Kharkiv on Monday, Ukrainian officials said. "
                 "The European Union imposed new sanctions on Belarus.")
    art = Article(id="long", title="A long day", text="\n\n".join([paragraph] * 60), date="2022-03-10")
    coded = pipeline.code_one(art)
    doc = art.document
    assert len(pipeline.segments(doc, pipeline.MAX_SEGMENT)) > 3  # it really was parsed in pieces
    assert coded.n_sentences == 1 + 2 * 60
    shelled = [e for e in coded.events if e.trigger.text == "shelled"]
    assert len(shelled) == 60
    for e in coded.events:
        assert doc[e.trigger.start:e.trigger.end] == e.trigger.text
        for a in (e.source, e.target):
            if a is not None:
                assert doc[a.start:a.end] == a.text
    assert len({e.event_id for e in coded.events}) == len(coded.events)
    assert [e.sentence_index for e in shelled] == sorted(e.sentence_index for e in shelled)


@pytest.mark.model
@pytest.mark.parametrize(("text", "first"), [
    ("KABUL, Afghanistan: Three police officers were killed in a Taliban ambush.", "KABUL, Afghanistan:"),
    ("BEIRUT (AFP) - Hezbollah fighters attacked an Israeli patrol on Monday.", "BEIRUT (AFP) -"),
    ("LYON: Interpol said it would send a team.", "LYON:"),
])
def test_a_wire_dateline_is_its_own_sentence(text, first):
    from sayso.nlp import load_nlp

    sents = list(load_nlp()(text).sents)
    assert sents[0].text == first and len(sents) == 2


@pytest.mark.model
def test_capitals_that_name_no_place_are_no_dateline():
    from sayso.nlp import load_nlp

    assert len(list(load_nlp()("PUTIN: The United States is to blame.").sents)) == 1


@pytest.mark.model
def test_a_dateline_is_not_the_victim_of_what_follows():
    import sayso

    evs = sayso.code_text("AFRIN, Syria: Five villagers were killed in Turkish artillery shelling on Friday, "
                          "medics said.", date="2018-02-23")
    (kill,) = [e for e in evs if e.trigger.text == "killed"]
    assert kill.target.text == "Five villagers" and kill.source.country == "TUR"


@pytest.mark.model
@pytest.mark.parametrize("text", ["UK: Russia must withdraw its troops.", "US: Iran is to blame for the attack."])
def test_a_country_heading_a_claim_is_no_dateline(text):
    from sayso.nlp import load_nlp

    assert len(list(load_nlp()(text).sents)) == 1

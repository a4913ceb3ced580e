"""Who says so: quotes, speakers, nesting and factuality, on sentences written for these tests."""

from __future__ import annotations

import pytest

import sayso
from sayso.attribution import find_quotes
from sayso.pipeline import Config, code_one


def events(text: str, date: str = "2022-09-01", title: str | None = None):
    """Code a text and return its events."""
    return sayso.code_text(text, date=date, title=title)


def one(evs, trigger: str):
    """The single event on a trigger word."""
    found = [e for e in evs if e.trigger.text == trigger]
    assert len(found) == 1, [(e.trigger.text, e.cameo_code) for e in evs]
    return found[0]


def chain(ev):
    """(speaker country, kind) for each link, outermost first."""
    return [(a.speaker.country if a.speaker else None, a.quote) for a in ev.attribution]


# -- quote spans (no model needed) -------------------------------------------------------------

def test_curly_and_straight_quotes_are_found():
    text = 'He said: “We will talk.” Later: "We will not."'
    spans = [text[q.start:q.end] for q in find_quotes(text)]
    assert spans == ["We will talk.", "We will not."]


def test_quote_running_over_paragraphs_stays_one_quote():
    text = "“We agreed on a truce.\n\n“It starts tomorrow,” he said."
    (q,) = find_quotes(text)
    assert text[q.start:q.end].endswith("It starts tomorrow,")


def test_unbalanced_quote_ends_at_the_paragraph_without_error():
    text = "She said: “We are ready to talk\n\nThe talks begin on Monday."
    (q,) = find_quotes(text)
    assert text[q.start:q.end] == "We are ready to talk"


# -- speakers of direct quotes -----------------------------------------------------------------

@pytest.mark.model
def test_speaker_after_the_quote():
    ev = one(events('"We will launch an offensive against the militants," the Turkish defence minister said.'),
             "launch")
    assert ev.source.country == "TUR"
    assert chain(ev) == [("TUR", "direct")]
    assert ev.attribution[0].cue.text == "said"


@pytest.mark.model
def test_speaker_before_the_quote():
    ev = one(events('The Turkish president said: "We will launch an operation against the militants."'), "launch")
    # a hostile act the speaker announces of itself is its threat (CAMEO 13x)
    assert ev.source.country == "TUR" and ev.factuality == "threatened" and ev.cameo_root == "13"
    assert chain(ev) == [("TUR", "direct")]


@pytest.mark.model
def test_quote_across_sentences_keeps_its_speaker():
    text = ('Peskov told reporters: "Kyiv shelled our positions at dawn. Ukrainian troops violated the truce '
            'again." The Kremlin demanded an explanation.')
    ev = one(events(text, "2023-04-17"), "violated")
    assert ev.source.country == "UKR"
    assert chain(ev) == [("RUS", "direct")]


@pytest.mark.model
def test_unattributed_quote_paragraph_belongs_to_the_last_speaker():
    text = ('The Russian foreign minister said the talks had failed.\n\n'
            '"Ukrainian forces broke the ceasefire within hours. We cannot accept this."')
    ev = one(events(text, "2022-03-10"), "broke")
    assert ev.source.country == "UKR"
    assert chain(ev)[-1] == ("RUS", "direct")
    assert ev.factuality == "reported"


# -- indirect speech, according to, headlines --------------------------------------------------

@pytest.mark.model
def test_indirect_speech_attributes_the_content_and_codes_the_accusation():
    evs = events("Hamas said Israeli jets had bombed a school in Gaza.", "2023-10-10")
    bombing = one(evs, "bombed")
    assert bombing.source.country == "ISR" and bombing.factuality == "reported"
    assert chain(bombing) == [("PSE", "indirect")]
    said = one(evs, "said")
    assert said.cameo_code == "112" and said.target.country == "ISR" and said.attribution == ()
    assert bombing.attribution[0].speech_event_id == said.event_id


@pytest.mark.model
def test_according_to_names_the_source():
    ev = one(events("According to Ukrainian officials, Russian troops shelled Kharkiv overnight.", "2023-05-01"),
             "shelled")
    assert ev.source.code == "RUSMIL"
    assert chain(ev) == [("UKR", "according_to")]
    assert ev.attribution[0].cue.text == "According to"


@pytest.mark.model
def test_headline_speaker_colon_claim():
    evs = events("Officials met in Geneva on Monday.", "2023-04-17", title="Kremlin: Kyiv broke the Easter truce")
    broke = one(evs, "broke")
    assert broke.source.country == "UKR" and chain(broke) == [("RUS", "headline")]
    headline = [e for e in evs if e.rule == "headline-colon"]
    assert [(e.source.country, e.cameo_code, e.target.country) for e in headline] == [("RUS", "112", "UKR")]


# -- nesting -----------------------------------------------------------------------------------

@pytest.mark.model
def test_nested_claims_carry_the_whole_chain_outermost_first():
    evs = events("Putin said the United States admitted that Aleppo is occupied by militants.", "2016-10-27")
    occupied = one(evs, "occupied")
    assert occupied.cameo_root == "19"
    assert chain(occupied) == [("RUS", "indirect"), ("USA", "indirect")]
    said, admitted = one(evs, "said"), one(evs, "admitted")
    assert [a.speech_event_id for a in occupied.attribution] == [said.event_id, admitted.event_id]
    assert admitted.source.country == "USA" and chain(admitted) == [("RUS", "indirect")]


# -- factuality --------------------------------------------------------------------------------

@pytest.mark.model
def test_denial_is_denied_not_negated():
    evs = events("Moscow denied that its jets struck the convoy.", "2016-09-20")
    struck = one(evs, "struck")
    assert struck.factuality == "denied" and struck.negated is False
    assert struck.source.code == "RUSMIL"
    assert one(evs, "denied").cameo_code == "016"


@pytest.mark.model
def test_denied_gerund_is_not_a_fact():
    struck = one(events("Hamas denies firing rockets at Tel Aviv.", "2019-03-15"), "firing")
    assert struck.factuality == "denied" and chain(struck) == [("PSE", "indirect")]


@pytest.mark.model
def test_negation_is_kept_beside_attribution():
    ev = one(events("Russia did not attack the convoy, the ministry said.", "2016-09-20"), "attack")
    assert ev.negated is True and ev.factuality == "reported"


@pytest.mark.model
@pytest.mark.parametrize("text", ["Russian jets allegedly struck the convoy.",
                                  "Russian jets reportedly struck the convoy.",
                                  "Russian jets may have struck the convoy."])
def test_hedges_make_an_event_uncertain(text):
    assert one(events(text, "2016-09-20"), "struck").factuality == "uncertain"


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger", "mood"), [
    ("China said it would send aid to Pakistan.", "send", "intended"),
    ("The minister threatened to resign.", "resign", "threatened"),
    ("The EU urged Serbia to recognise Kosovo.", "recognise", "demanded"),
    ("If Iran enriches uranium further, Israel would strike its nuclear sites.", "strike", "hypothetical"),
])
def test_moods(text, trigger, mood):
    assert one(events(text, "2022-05-23"), trigger).factuality == mood


@pytest.mark.model
def test_the_reporters_own_statement_is_asserted():
    ev = one(events("Israeli warplanes struck targets near Damascus on Tuesday.", "2018-12-26"), "struck")
    assert ev.factuality == "asserted" and ev.attribution == ()


@pytest.mark.model
def test_trailing_reporting_clause_attributes_the_event():
    ev = one(events("Israeli warplanes struck targets near Damascus, Syrian state media reported.", "2018-12-26"),
             "struck")
    assert ev.factuality == "reported" and chain(ev) == [("SYR", "indirect")]


# -- the quotes table --------------------------------------------------------------------------

@pytest.mark.model
def test_quote_rows_cover_every_kind_with_content_spans():
    from sayso.model import Article

    art = Article(id="q1", title="Kremlin: Kyiv broke the truce", date="2023-04-17",
                  text=('The ministry said that Ukrainian forces shelled Donetsk. '
                        'According to local officials, two people died. '
                        '"We will respond," Peskov said.'))
    rows = code_one(art, Config()).quotes
    kinds = {r.kind for r in rows}
    assert kinds == {"headline", "indirect", "according_to", "direct"}
    doc = art.document
    for r in rows:
        assert doc[r.content.start:r.content.end] == r.content.text
        if r.cue is not None:
            assert doc[r.cue.start:r.cue.end] == r.cue.text
    indirect = next(r for r in rows if r.kind == "indirect")
    assert indirect.content.text == "Ukrainian forces shelled Donetsk"
    direct = next(r for r in rows if r.kind == "direct")
    assert direct.content.text == "We will respond," and direct.speaker.country == "RUS"


@pytest.mark.model
def test_accused_of_doing_is_the_accusers_claim_about_the_accused():
    evs = events("Russia accused Ukraine of shelling Donetsk.", "2022-03-10")
    shelling = one(evs, "shelling")
    assert shelling.source.country == "UKR" and shelling.factuality == "reported"
    assert chain(shelling) == [("RUS", "indirect")]
    accused = one(evs, "accused")
    assert (accused.cameo_code, accused.source.country, accused.target.country) == ("112", "RUS", "UKR")


@pytest.mark.model
def test_would_in_reported_speech_is_the_reported_future_not_a_supposition():
    evs = events("Iran said it would release the British tanker.", "2019-01-01")
    assert [e.factuality for e in evs if e.trigger.text == "release"] == ["intended"]
    evs = events("If talks fail, Iran would expel the ambassador.", "2019-01-01")
    assert [e.factuality for e in evs if e.trigger.text == "expel"] == ["hypothetical"]


@pytest.mark.model
def test_reflexive_act_is_kept_without_a_target_and_still_accused():
    evs = events("Turkey said on Monday that Syria had attacked themselves.", "2015-01-01")
    assert [(e.source.country, e.target) for e in evs if e.trigger.text == "attacked"] == [("SYR", None)]
    said = one(evs, "said")
    assert (said.cameo_code, said.target.country) == ("112", "SYR")


@pytest.mark.model
def test_a_many_word_organisation_speaks_through_its_head_word():
    evs = events("The Committee to Protect Journalists said army units shelled a radio station in Idlib.", "2019-05-01")
    said = one(evs, "said")
    assert said.source.actor_id is not None and said.source.sector == "NGO"
    assert one(evs, "shelled").factuality == "reported"


@pytest.mark.model
def test_where_a_hostile_act_came_from_is_its_side():
    evs = events("South Korea said an artillery shell was fired at it from North Korea.", "2014-09-16")
    fired = one(evs, "fired")
    assert (fired.source.country, fired.target.country, fired.factuality) == ("PRK", "KOR", "reported")
    assert one(evs, "said").cameo_code == "112"


@pytest.mark.model
def test_a_speaker_whose_participle_the_parser_made_the_subject_is_found():
    evs = events("The Red Cross operating in Libya said French and Italian troops must protect civilians.",
                 "2011-04-10")
    demands = [e for e in evs if e.cameo_root == "10"]
    assert {e.target.country for e in demands} == {"FRA", "ITA"}
    assert all(e.source.actor_id == "icrc" for e in demands)


@pytest.mark.model
def test_a_news_outlet_reporting_is_attribution_not_a_statement():
    evs = events("Jordan's foreign minister met with Egyptian President Abdel Fattah al-Sisi on Sunday, "
                 "Reuters reports.", "2016-12-02")
    assert all(e.cameo_root == "04" for e in evs)
    meet = evs[0]
    assert meet.factuality == "reported" and meet.attribution[-1].speaker.sector == "MED"
    assert meet.attribution[-1].speech_event_id is None


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("The Kenyan National Union of Teachers, the largest teaching union in the country, said on Monday "
     "that it had called off its strike.", "called", "KENLAB"),
    ("The rebels in Mali said in a statement to the United Nations that they would lay down their arms.",
     "lay", "MLIREB"),
])
def test_it_or_they_in_what_a_body_says_is_the_body(text, trigger, source):
    ev = next(e for e in events(text, "2012-05-01") if e.trigger.text.startswith(trigger))
    assert ev.source.code == source

"""The Python API: code_text, code_articles and open_store, as a notebook user calls them."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

import sayso
from sayso import Actor, Article, Event

pytestmark = pytest.mark.model

KHARKIV = "Russian troops shelled the Ukrainian city of Kharkiv on Monday."
EXPEL = "The Kenyan government expelled two Somali diplomats."
MEET = "The French foreign minister met his German counterpart in Berlin."


def test_public_surface():
    for name in ("code_text", "code_articles", "open_store", "Event", "Actor", "Article", "SaysoError"):
        assert name in sayso.__all__ and hasattr(sayso, name)


def test_code_text_returns_events_with_the_record_fields(nlp_loaded):
    events = sayso.code_text(KHARKIV, date="2022-03-01")
    assert events and all(isinstance(e, Event) for e in events)
    fields = {f.name for f in dataclasses.fields(Event)}
    assert {"event_id", "article_id", "sentence_index", "sentence_text", "trigger", "source", "target",
            "cameo_code", "cameo_root", "quad_class", "goldstein", "plover_type", "plover_mode", "negated",
            "factuality", "attribution", "date", "place", "rule", "confidence"} <= fields
    (shell,) = [e for e in events if e.cameo_root == "19"]
    assert isinstance(shell.source, Actor)
    assert (shell.source.country, shell.source.sector) == ("RUS", "MIL")
    assert shell.target is not None and shell.target.country == "UKR"
    assert shell.trigger.text == "shelled" and KHARKIV[shell.trigger.start:shell.trigger.end] == "shelled"
    assert shell.factuality == "asserted" and shell.attribution == () and not shell.negated
    assert shell.quad_class == 4 and shell.goldstein < 0
    assert shell.date is not None and shell.date.start == "2022-02-28"  # the Monday before a Tuesday
    record = shell.to_dict()
    assert record["source"]["code"] == "RUSMIL"
    assert record["attribution"] == []


def test_code_text_is_deterministic(nlp_loaded):
    a = sayso.code_text(EXPEL, date="2022-03-01", article_id="x")
    b = sayso.code_text(EXPEL, date="2022-03-01", article_id="x")
    assert [e.event_id for e in a] == [e.event_id for e in b]
    assert all(e.article_id == "x" for e in a)


def test_title_shifts_offsets_into_the_document(nlp_loaded):
    title = "Kenya expels envoys"
    events = sayso.code_text(EXPEL, date="2022-03-01", title=title)
    doc = f"{title}\n\n{EXPEL}"
    body = [e for e in events if e.sentence_index == 1 and e.cameo_code == "161"]
    assert len(body) == 1
    e = body[0]
    assert doc[e.trigger.start:e.trigger.end] == "expelled"
    assert (e.source.country, e.target.country) == ("KEN", "SOM")


def test_code_articles_streams_in_order(nlp_loaded):
    items = [
        {"id": "a1", "text": EXPEL, "date": "2022-03-01"},
        {"text": MEET, "date": "2022-03-02"},  # no id: one is derived from the content
        Article(id="a3", text=KHARKIV, date="2022-03-01"),
        {"id": "a4", "text": "The weather was mild.", "date": "2022-03-01"},
    ]
    stream = sayso.code_articles(iter(items), batch_size=2)
    assert not isinstance(stream, list)  # lazy
    out = list(stream)
    assert len(out) == 4
    ids = [art.id for art, _ in out]
    assert ids[0] == "a1" and ids[2] == "a3" and ids[3] == "a4"
    assert ids[1] and ids[1] not in ("a1", "a3", "a4")
    assert [art.text for art, _ in out] == [EXPEL, MEET, KHARKIV, "The weather was mild."]
    by_id = {art.id: events for art, events in out}
    assert [e.cameo_code for e in by_id["a1"]] == ["161"]
    assert all(e.article_id == ids[1] for e in by_id[ids[1]])
    assert {(e.source.country, e.target.country) for e in by_id[ids[1]] if e.cameo_root == "04"} == {
        ("FRA", "DEU"), ("DEU", "FRA")}
    assert by_id["a4"] == []
    # the same content gives the same derived id
    again = list(sayso.code_articles([{"text": MEET, "date": "2022-03-02"}]))
    assert again[0][0].id == ids[1]


def test_code_articles_rejects_a_record_without_text(nlp_loaded):
    with pytest.raises(sayso.SaysoError):
        list(sayso.code_articles([{"id": "empty", "text": ""}]))


def test_no_date_means_no_date_never_today(nlp_loaded):
    events = sayso.code_text(EXPEL)
    assert events
    today = dt.date.today().isoformat()
    for e in events:
        assert e.date is None or (e.date.start is None and e.date.precision == "unknown"), e.date
        if e.date is not None:
            assert today not in (e.date.start, e.date.end)
    (art, coded), = sayso.code_articles([{"id": "nodate", "text": KHARKIV}])
    assert art.date is None
    assert coded and all(e.date is None or e.date.start is None for e in coded)


def test_open_store_events_df(nlp_loaded, tmp_path):
    path = tmp_path / "api.duckdb"
    articles = [Article(id="k1", text=EXPEL, date="2022-03-01"), Article(id="k2", text=MEET, date="2022-03-02")]
    coded = list(sayso.code_articles(articles))
    with sayso.open_store(str(path)) as store:
        for art, events in coded:
            store.write_article(art, events, run_id=None, n_sentences=1)
    with sayso.open_store(str(path), read_only=True) as store:
        df = store.events_df()
        assert len(df) == sum(len(ev) for _, ev in coded)
        assert {"event_id", "article_id", "source_country", "source_sector", "target_country", "cameo_code",
                "cameo_root", "goldstein", "factuality", "negated", "date_start", "speaker_country"} <= set(df.columns)
        row = df[df["cameo_code"] == "161"].iloc[0]
        assert (row["source_country"], row["target_country"]) == ("KEN", "SOM")
        assert str(row["date_start"])[:10] == "2022-03-01"
        only = store.events_df(source="FRA")
        assert len(only) == 1 and only.iloc[0]["target_country"] == "DEU"


def test_open_store_after_cli_run(demo_store):
    import pandas as pd

    with sayso.open_store(str(demo_store), read_only=True) as store:
        df = store.events_df()
    assert isinstance(df, pd.DataFrame)
    assert df["article_id"].nunique() == 14
    assert set(df["factuality"]) <= {"asserted", "reported", "intended", "threatened", "demanded",
                                     "hypothetical", "uncertain", "denied"}
    assert df["event_id"].is_unique

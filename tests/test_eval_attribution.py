"""Attribution evaluation: the BRAT reader, the scorer and the eval-attribution command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sayso.cli_attribution import attribution_cmd
from sayso.errors import InputError
from sayso.evaluate.attribution import (
    PredictedAttribution,
    article_for,
    evaluate_attributions,
    from_quote_dict,
    read_quotes_jsonl,
    render_text,
)
from sayso.evaluate.brat import GoldAttribution, read_ann, read_brat_dir, span_text

FIX = Path(__file__).parent / "fixtures" / "brat"
GOLD_SET = Path(__file__).parents[1] / "examples" / "attribution-gold"


def test_relation_style() -> None:
    text = (FIX / "relations.txt").read_text(encoding="utf-8")
    [g] = read_ann(FIX / "relations.ann", text)
    assert span_text(text, g.source) == "a spokesman"
    assert span_text(text, g.cue) == "said"
    assert span_text(text, g.content) == "The talks failed"
    assert g.kind == "indirect" and g.doc_id == "relations"


def test_event_style_and_discontinuous_content() -> None:
    text = (FIX / "events.txt").read_text(encoding="utf-8")
    first, second = read_ann(FIX / "events.ann", text)
    assert first.kind == "direct" and first.ann_id == "E1"
    assert span_text(text, first.cue) == "said"  # the PolNeAR 'Attribution' trigger is not a role
    assert [text[a:b] for a, b in first.content] == ["We will not sign", "unless the border opens"]
    assert span_text(text, second.source) == "witnesses" and second.kind is None
    assert [text[a:b] for a, b in second.content] == ["Police", "fired shots"]


def test_bad_line_names_file_and_line() -> None:
    with pytest.raises(InputError, match=r"badline\.ann:2"):
        read_ann(FIX / "bad" / "badline.ann")


def test_text_mismatch_is_reported() -> None:
    text = (FIX / "bad" / "mismatch.txt").read_text(encoding="utf-8")
    with pytest.raises(InputError, match=r"mismatch\.ann:1: annotated text 'says'"):
        read_ann(FIX / "bad" / "mismatch.ann", text)


def test_unknown_reference(tmp_path: Path) -> None:
    (tmp_path / "x.ann").write_text("T1\tCue 0 4\tsaid\nE1\tCue:T1 Content:T9\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"x\.ann:2: reference T9"):
        read_ann(tmp_path / "x.ann")


def test_txt_without_ann(tmp_path: Path) -> None:
    (tmp_path / "lonely.txt").write_text("hello", encoding="utf-8")
    with pytest.raises(InputError, match=r"lonely\.ann"):
        list(read_brat_dir(tmp_path))


def _gold(src, cue, content, kind="indirect") -> GoldAttribution:
    return GoldAttribution("d", (src,), (cue,), (content,), kind)


def test_scores_perfect_partial_miss_false_positive() -> None:
    gold = [_gold((0, 5), (6, 10), (11, 30)), _gold((40, 45), (46, 50), (51, 80)),
            _gold((90, 95), (96, 100), (101, 120))]
    pred = [
        PredictedAttribution("d", ((0, 5),), ((6, 10),), ((11, 30),), "indirect"),  # perfect
        PredictedAttribution("d", ((40, 44),), ((46, 50),), ((60, 80),), "direct"),  # partial overlap
        PredictedAttribution("d", (), ((211, 215),), ((200, 210),), "indirect"),  # false positive, no speaker
    ]
    s = evaluate_attributions(gold, pred)
    assert (s.attribution.tp, s.attribution.n_pred, s.attribution.n_gold) == (2, 3, 3)
    assert s.attribution.precision == pytest.approx(2 / 3) and s.attribution.recall == pytest.approx(2 / 3)
    src = s.roles["source"]
    assert (src["exact"].tp, src["exact"].n_pred, src["exact"].n_gold) == (1, 2, 3)
    assert src["overlap"].precision == 1.0 and src["overlap"].recall == pytest.approx(2 / 3)
    assert s.roles["cue"]["exact"].tp == 2 and s.roles["cue"]["exact"].f1 == pytest.approx(2 / 3)
    content = s.roles["content"]
    assert (content["exact"].tp, content["overlap"].tp, content["jaccard50"].tp) == (1, 2, 2)
    assert content["exact"].f1 == pytest.approx(1 / 3)
    assert [g.content for g in s.misses] == [((101, 120),)]
    assert [p.content for p in s.false_positives] == [((200, 210),)]
    assert s.kind_agreement == (1, 2)
    assert s.by_kind == {"indirect": (2, 3)}
    assert json.loads(json.dumps(s.to_dict()))["roles"]["content"]["overlap"]["tp"] == 2
    assert "content jaccard50" in render_text(s)


def test_exact_ignores_quote_marks_and_falls_back_to_cue() -> None:
    text = '"We will not sign," the minister said. Talks end, aides said.'
    gold = [GoldAttribution("d", ((19, 31),), ((32, 36),), ((1, 17),), "direct"),
            GoldAttribution("d", ((50, 55),), ((56, 60),), ((38, 48),), "indirect")]
    pred = [PredictedAttribution("d", ((19, 31),), ((32, 36),), ((0, 19),), "direct"),
            PredictedAttribution("d", ((50, 55),), ((56, 60),), ((60, 61),), "indirect")]  # content '.' only
    s = evaluate_attributions(gold, pred, {"d": text})
    assert s.roles["content"]["exact"].tp == 1  # '"We will not sign,"' == 'We will not sign'
    assert s.attribution.tp == 2  # the second pair is matched by its cue
    assert s.roles["source"]["exact"].tp == 2 and s.roles["content"]["overlap"].tp == 1


def test_jaccard_uses_words_when_text_known() -> None:
    text = "alpha beta gamma delta epsilon"
    gold = [GoldAttribution("d", (), (), ((0, 30),))]
    half = [PredictedAttribution("d", (), (), ((0, 16),))]  # 3 of 5 words
    few = [PredictedAttribution("d", (), (), ((0, 10),))]  # 2 of 5 words
    assert evaluate_attributions(gold, half, {"d": text}).roles["content"]["jaccard50"].tp == 1
    assert evaluate_attributions(gold, few, {"d": text}).roles["content"]["jaccard50"].tp == 0


def test_quote_rows_in_and_bad_row(tmp_path: Path) -> None:
    row = {"quote_id": "q", "article_id": "a", "event_id": None, "kind": "direct",
           "speaker": {"text": "he", "start": 0, "end": 2}, "cue": None, "content": {"text": "x", "start": 5, "end": 9}}
    assert from_quote_dict(row) == PredictedAttribution("a", ((0, 2),), (), ((5, 9),), "direct")
    path = tmp_path / "q.jsonl"
    path.write_text(json.dumps(row) + "\n{broken\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"q\.jsonl:2"):
        read_quotes_jsonl(path)


def test_article_for_keeps_offsets() -> None:
    doc = "Kuleba: no progress\n\nThe talks ended.\n\nMore text."
    art = article_for("x", doc, "2022-03-10")
    assert art.title == "Kuleba: no progress" and art.document == doc and art.date == "2022-03-10"
    assert article_for("y", "Just a body.").title is None


def test_cli_scores_a_quotes_file(tmp_path: Path) -> None:
    text = (FIX / "relations.txt").read_text(encoding="utf-8")
    row = {"article_id": "relations", "kind": "indirect", "speaker": {"start": 41, "end": 52},
           "cue": {"start": 53, "end": 57}, "content": {"start": 23, "end": len(text)}}
    quotes = tmp_path / "q.jsonl"
    quotes.write_text(json.dumps(row) + "\n", encoding="utf-8")
    out = CliRunner().invoke(attribution_cmd, [str(FIX), "--quotes", str(quotes), "--format", "json"])
    assert out.exit_code == 0, out.output
    result = json.loads(out.output)
    assert result["n_gold"] == 3 and result["attribution"]["tp"] == 1
    assert result["roles"]["cue"]["exact"]["tp"] == 1 and result["roles"]["content"]["exact"]["tp"] == 0


def test_cli_reports_bad_annotation(tmp_path: Path) -> None:
    out = CliRunner().invoke(attribution_cmd, [str(FIX / "bad"), "--quotes", str(tmp_path / "none.jsonl")])
    assert out.exit_code == 2 and "badline.ann:2" in out.output


def test_our_gold_set_is_consistent() -> None:
    docs = list(read_brat_dir(GOLD_SET))  # checks every span against its text
    golds = [g for d in docs for g in d.attributions]
    assert len(docs) == 14 and len(golds) >= 40
    assert all(g.kind in {"direct", "indirect", "according_to", "headline"} and g.content and g.cue for g in golds)
    demo = {json.loads(line)["id"][:7]: json.loads(line) for line in
            (GOLD_SET.parent / "demo.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()}
    for d in docs:
        rec = demo[d.doc_id]
        assert d.text == article_for(d.doc_id, d.text).document == f"{rec['title']}\n\n{rec['text']}"


@pytest.mark.model
def test_cli_codes_the_gold_set() -> None:
    out = CliRunner().invoke(attribution_cmd, [str(GOLD_SET), "--format", "json"])
    assert out.exit_code == 0, out.output
    result = json.loads(out.output)
    assert result["n_gold"] >= 40 and result["attribution"]["tp"] > 0


@pytest.mark.model
def test_eval_attribution_is_also_reachable_as_an_eval_format():
    from click.testing import CliRunner

    from sayso.cli import cli

    gold = Path(__file__).resolve().parent.parent / "examples" / "attribution-gold"
    res = CliRunner().invoke(cli, ["eval", "attribution", str(gold), "--format", "json"])
    assert res.exit_code == 0, res.output
    scores = json.loads(res.output)
    assert scores["attribution"]["f1"] > 0.5

"""Tests for sayso.evaluate: gold readers, scorer and reports, on invented fixture records."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from sayso.errors import InputError
from sayso.evaluate import (
    GOLD_READERS,
    EvalResult,
    evaluate,
    read_petrarch_xml,
    read_plover_gsr,
    render_json,
    render_text,
)
from sayso.evaluate.gold import CAMEO_ROOT_TO_PLOVER, GoldEvent, GoldSentence, split_phoenix_code
from sayso.model import Actor, Event, Span

FIXTURES = Path(__file__).parent / "fixtures" / "eval"
PETRARCH = FIXTURES / "petrarch_mini.xml"
PLOVER = FIXTURES / "plover_mini.json"


def actor(label: str | None, text: str = "someone") -> Actor | None:
    """An Actor from "CTRY-SEC", "CTRY" or "-SEC" (a transnational actor keeps its code)."""
    if label is None:
        return None
    country, _, sector = label.partition("-")
    code = f"{country or '---'}{sector}"
    return Actor(text=text, start=0, end=len(text), country=country or None, sector=sector or None, code=code)


def event(code: str, source: str | None, target: str | None, plover: str | None = "auto") -> Event:
    """A hand-built predicted Event with the given CAMEO code and actors."""
    root = code[:2]
    return Event(
        event_id=f"e-{code}-{source}-{target}", article_id="a", sentence_index=0, sentence_text="",
        trigger=Span("verb", 0, 4), source=actor(source), target=actor(target), cameo_code=code,
        cameo_root=root, quad_class=1, goldstein=0.0,
        plover_type=CAMEO_ROOT_TO_PLOVER.get(root) if plover == "auto" else plover,
        plover_mode=None, negated=False, factuality="asserted",
    )


def coder(answers: dict[str, list[Event]]):
    """A fake `code` callable: events looked up by a word the sentence contains."""
    def code(text: str, date: str | None) -> list[Event]:
        for key, events in answers.items():
            if key in text:
                return events
        return []
    return code


PERFECT_PETRARCH = {
    "Norwegian troops": [event("190", "NOR-MIL", "DNK-CVL")],
    "Chilean president": [event("043", "CHL-GOV", "PER"), event("040", "PER", "CHL-GOV")],
    "Rebels blamed": [event("112", "-REB", "IGO-MIL")],
}


# ---------------------------------------------------------------- readers


def test_petrarch_reader_records() -> None:
    sentences = list(read_petrarch_xml(PETRARCH))
    assert [s.id for s in sentences] == ["MINI_1", "MINI_2", "MINI_3", "MINI_6"]
    first, second, calm, rebels = sentences
    assert first.text == "Norwegian troops shelled a camp of Danish fishermen on Tuesday."
    assert first.date == "2019-03-12"
    (shelling,) = first.events
    assert (shelling.source_country, shelling.source_sector) == ("NOR", "MIL")
    assert (shelling.target_country, shelling.target_sector) == ("DNK", "CVL")
    assert (shelling.cameo_root, shelling.plover_type) == ("19", "ASSAULT")
    assert shelling.raw_source_code == "NORMIL"
    assert "Peru & its envoys" in second.text
    assert [(e.cameo_root, e.plover_type) for e in second.events] == [("04", "CONSULT"), ("04", "CONSULT")]
    assert (calm.date, calm.events) == ("2012-11-08", ())
    assert rebels.text == "Rebels blamed UN peacekeepers."  # rebuilt from the CoNLL-U parse
    (blame,) = rebels.events
    assert (blame.source_country, blame.source_sector) == (None, "REB")
    assert (blame.target_country, blame.target_sector, blame.plover_type) == ("IGO", "MIL", "ACCUSE")


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("USA", ("USA", None)),
        ("RUSMIL", ("RUS", "MIL")),
        ("PSEGZACVL", ("PSE", "CVL")),
        ("IGOUNO", ("IGO", None)),
        ("---LEG", (None, "LEG")),
        ("NGAMUS", ("NGA", "REL")),
        ("DNKMUSGOV", ("DNK", "GOV")),
        ("---", (None, None)),
        ('"SOME NEW ACTOR"', (None, None)),
        ("", (None, None)),
    ],
)
def test_split_phoenix_code(code: str, expected: tuple[str | None, str | None]) -> None:
    assert split_phoenix_code(code) == expected


def test_plover_reader_maps_names_and_expands_pairs() -> None:
    sentences = list(read_plover_gsr(PLOVER))
    assert [s.id for s in sentences] == ["MINI-FIGHT-0001", "MINI-DEMAND-0001", "MINI-AGREE-0001"]
    fight, demand, agree = sentences
    assert fight.date == "2001-05-02"
    assert [(e.plover_type, e.cameo_root) for e in fight.events] == [("ASSAULT", None)]
    assert [(e.source_country, e.source_sector, e.target_country, e.plover_type) for e in demand.events] == [
        ("CHL", None, "IGO", "REQUEST"),
        ("PER", None, "IGO", "REQUEST"),
    ]
    (agreement,) = agree.events
    assert (agreement.raw_source_code, agreement.target_country, agreement.raw_target_code) == (
        "PRTGOV", None, None,
    )


def _gsr_event(
    tmp_path: Path, header: dict[str, str], sectors: list[str], countries: tuple[str, str] = ("FRA", "FRA")
) -> GoldEvent:
    """Write a one-record GSR file with `header` and read back its one event."""
    record = {
        "id": "X-1", "event": "ASSAULT", "text": "Reporters saw doctors attacked.",
        "source": [{"actorText": "a", "code": countries[0], "sector": sectors[0]}],
        "target": [{"actorText": "b", "code": countries[1], "sector": sectors[1]}],
    }
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps([{"event": "DOCUMENT", **header}, record]), encoding="utf-8")
    (sentence,) = read_plover_gsr(path)
    (event,) = sentence.events
    return event


def _gsr(tmp_path: Path, header: dict[str, str], sectors: list[str]) -> list[tuple[str | None, str | None]]:
    """The (source, target) sectors read back from a one-record GSR file."""
    event = _gsr_event(tmp_path, header, sectors)
    return [(event.source_sector, event.target_sector)]


def test_oeda_2016_sector_names_are_read_as_sayso_sectors(tmp_path: Path) -> None:
    # The OEDA file names the media JRN and medical actors MED; sayso says MED and HLH.
    oeda = {"copyright": "Copyright 2016 by the Open Event Data Alliance"}
    assert _gsr(tmp_path, oeda, ["JRNCHR", "MED"]) == [("MEDCHR", "HLH")]
    assert _gsr(tmp_path, oeda, ["CIV", "GOV"]) == [("CVL", "GOV")]
    # Any other file (ours, a user's) keeps its sectors as written.
    ours = {"publication": "sayso developers"}
    assert _gsr(tmp_path, ours, ["MED", "JRN"]) == [("MED", "JRN")]


def test_oeda_2016_misspelt_countries_are_read_as_iso_codes(tmp_path: Path) -> None:
    # The OEDA file writes JAP, VTN and ITL for Japan, Vietnam and Italy; sayso writes ISO codes.
    oeda = {"copyright": "Copyright 2016 by the Open Event Data Alliance"}
    event = _gsr_event(tmp_path, oeda, ["GOV", "MIL"], ("JAP", "VTN"))
    assert (event.source_country, event.target_country) == ("JPN", "VNM")
    assert (event.raw_source_code, event.raw_target_code) == ("JPNGOV", "VNMMIL")
    assert _gsr_event(tmp_path, oeda, ["", ""], ("ITL", "SRB")).source_country == "ITA"
    # Any other file keeps its codes: there JAP may be a code of the user's own.
    ours = {"publication": "sayso developers"}
    assert _gsr_event(tmp_path, ours, ["GOV", "MIL"], ("JAP", "VTN")).source_country == "JAP"


def test_bad_files_name_file_and_record(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"petrarch_bad\.xml.*BAD_1.*eventcode"):
        list(read_petrarch_xml(FIXTURES / "petrarch_bad.xml"))
    with pytest.raises(InputError, match=r"plover_bad\.json.*BAD-1.*text"):
        list(read_plover_gsr(FIXTURES / "plover_bad.json"))
    with pytest.raises(InputError, match=r"missing\.xml"):
        list(read_petrarch_xml(tmp_path / "missing.xml"))
    not_petrarch = tmp_path / "other.xml"
    not_petrarch.write_text("<root/>", encoding="utf-8")
    with pytest.raises(InputError, match="Sentences"):
        list(read_petrarch_xml(not_petrarch))
    broken = tmp_path / "broken.json"
    broken.write_text('{"id": "x",\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"broken\.json"):
        list(read_plover_gsr(broken))


def test_gold_readers_mapping() -> None:
    assert GOLD_READERS["plover-gsr"] is read_plover_gsr
    assert GOLD_READERS["petrarch"] is read_petrarch_xml


# ---------------------------------------------------------------- scoring


def run(answers: dict[str, list[Event]], path: Path = PETRARCH) -> EvalResult:
    """Score the fake coder on a fixture file."""
    reader = read_plover_gsr if path.suffix == ".json" else read_petrarch_xml
    return evaluate(reader(path), coder(answers))


def test_perfect_coder() -> None:
    result = run(PERFECT_PETRARCH)
    assert (result.n_sentences, result.n_gold, result.n_pred) == (4, 4, 4)
    assert result.cameo_root is not None and result.plover_type is not None
    assert result.cameo_root.accuracy == 1.0 and result.cameo_root.prf.f1 == 1.0
    assert result.plover_type.prf.f1 == 1.0
    assert (result.triple.precision, result.triple.recall, result.triple.f1) == (1.0, 1.0, 1.0)
    assert result.source.country_sector_accuracy == 1.0
    assert result.target.country_sector_accuracy == 1.0  # IGO-MIL predicted without a country
    assert result.misses == ()
    assert {(c.gold, c.predicted): c.count for c in result.confusion} == {("19", "19"): 1, ("04", "04"): 2,
                                                                         ("11", "11"): 1}


def test_wrong_source() -> None:
    answers = dict(PERFECT_PETRARCH, **{"Norwegian troops": [event("190", "SWE-MIL", "DNK-CVL")]})
    result = run(answers)
    assert result.cameo_root is not None and result.cameo_root.prf.f1 == 1.0
    assert (result.source.n, result.source.country_correct) == (4, 3)
    assert result.source.country_accuracy == 0.75
    assert result.source.country_sector_accuracy == 0.75
    assert result.target.country_accuracy == 1.0
    assert (result.triple.tp, result.triple.precision, result.triple.recall) == (3, 0.75, 0.75)
    (miss,) = result.misses
    assert miss.sentence_id == "MINI_1"
    assert miss.problems == ('wrong source: gold NOR-MIL, got SWE-MIL "someone"',)


def test_wrong_sector_only_counts_at_sector_level() -> None:
    answers = dict(PERFECT_PETRARCH, **{"Norwegian troops": [event("190", "NOR-GOV", "DNK-CVL")]})
    result = run(answers)
    assert (result.source.country_accuracy, result.source.country_sector_accuracy) == (1.0, 0.75)
    assert result.triple.f1 == 1.0 and result.misses == ()


def test_missed_event() -> None:
    answers = dict(PERFECT_PETRARCH, **{"Chilean president": [event("043", "CHL-GOV", "PER")]})
    result = run(answers)
    assert result.cameo_root is not None
    assert result.cameo_root.accuracy == 1.0  # some predicted 04 exists for both gold 04s
    assert (result.cameo_root.prf.precision, result.cameo_root.prf.recall) == (1.0, 0.75)
    assert (result.triple.precision, result.triple.recall) == (1.0, 0.75)
    assert result.triple.f1 == pytest.approx(2 * 0.75 / 1.75)
    cells = {(c.gold, c.predicted): c.count for c in result.confusion}
    assert cells[("04", "none")] == 1 and cells[("04", "04")] == 1
    (miss,) = result.misses
    assert miss.problems == ("missed: PER -[04/CONSULT]-> CHL-GOV",)


def test_false_positive() -> None:
    answers = dict(PERFECT_PETRARCH, **{"weather in Oslo": [event("190", "NOR", None)]})
    result = run(answers)
    assert result.n_pred == 5
    assert (result.triple.precision, result.triple.recall) == (0.8, 1.0)
    assert result.cameo_root is not None and result.cameo_root.prf.precision == 0.8
    assert {(c.gold, c.predicted): c.count for c in result.confusion}[("none", "19")] == 1
    (miss,) = result.misses
    assert miss.sentence_id == "MINI_3" and miss.problems[0].startswith("extra: NOR")


def test_wrong_type_and_plover_agreement() -> None:
    # 18 and 19 are both ASSAULT: wrong CAMEO root, right PLOVER type
    answers = dict(PERFECT_PETRARCH, **{"Norwegian troops": [event("181", "NOR-MIL", "DNK-CVL")]})
    result = run(answers)
    assert result.cameo_root is not None and result.plover_type is not None
    assert result.cameo_root.prf.recall == 0.75
    assert result.plover_type.prf.recall == 1.0
    assert result.source.n == 3  # actor accuracy only over matches of the right type
    assert {(c.gold, c.predicted): c.count for c in result.confusion}[("19", "18")] == 1
    assert result.misses[0].problems[0].startswith("wrong type: gold NOR-MIL -[19/ASSAULT]->")


def test_matching_pairs_by_actors_within_a_type() -> None:
    answers = dict(PERFECT_PETRARCH, **{"Chilean president": [event("040", "PER", "CHL-GOV"),
                                                              event("043", "CHL-GOV", "PER")]})
    assert run(answers).triple.f1 == 1.0


def test_plover_scheme_ignores_statements_and_matches_groups() -> None:
    un = Actor(text="the United Nations", start=0, end=18, country=None, sector="IGO", code="IGOUNO")
    demand = [replace(event("102", "CHL", None), target=un), replace(event("102", "PER", None), target=un)]
    answers = {
        "Norwegian troops": [event("190", "NOR-MIL", "DNK-CVL")],
        "Chile and Peru": [*demand, event("010", "CHL", None)],  # a statement: no PLOVER type
        "Portuguese ministers": [event("036", "PRT-GOV", None)],
    }
    result = run(answers, PLOVER)
    assert result.cameo_root is None
    assert (result.n_gold, result.n_pred, result.n_pred_unscored) == (4, 4, 1)
    assert result.plover_type is not None and result.plover_type.prf.f1 == 1.0
    assert result.triple.f1 == 1.0
    assert result.target.country_sector_accuracy == 1.0  # gold "IGO" = predicted IGO actor
    assert result.misses == ()


def test_progress_and_streaming() -> None:
    seen: list[int] = []
    gold = (s for s in read_petrarch_xml(PETRARCH))
    evaluate(gold, coder(PERFECT_PETRARCH), progress=seen.append)
    assert seen == [1, 2, 3, 4]


def test_empty_gold() -> None:
    result = evaluate([], coder({}))
    assert result.n_sentences == 0 and result.triple.f1 is None and result.cameo_root is None
    assert "0 sentences" in render_text(result)


def test_sentence_without_gold_or_predictions_is_clean() -> None:
    result = evaluate([GoldSentence("s", "Nothing happened.", None, ())], coder({}))
    assert result.misses == () and result.triple.precision is None


# ---------------------------------------------------------------- reports


def test_render_text_and_json() -> None:
    answers = dict(PERFECT_PETRARCH, **{"Norwegian troops": [event("190", "SWE-MIL", "DNK-CVL")]})
    result = run(answers)
    text = render_text(result, top_misses=5)
    assert "CAMEO root" in text and "triple (source,target,type)" in text
    assert "source country" in text and "75.0%" in text
    assert "[MINI_1]" in text and "wrong source" in text
    assert "Definitions" in text
    data = json.loads(render_json(result))
    assert data["triple"]["precision"] == 0.75
    assert data["misses"][0]["sentence_id"] == "MINI_1"
    assert "triple precision/recall/F1" in data["definitions"]
    assert json.loads(json.dumps(result.to_dict())) == {k: v for k, v in data.items() if k != "definitions"}


def test_render_text_limits_misses() -> None:
    result = run({})
    text = render_text(result, top_misses=1)
    assert "Misses: 3 sentences (first 1 shown)" in text
    assert text.count("    gold:") == 1

"""The `sayso` command line: help text for every command, coding runs, queries, exports and error handling."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from conftest import DEMO, ROOT
from sayso.cli import cli

RECORD_FIELDS = {
    "event_id", "article_id", "sentence_index", "sentence_text", "trigger", "source", "target", "cameo_code",
    "cameo_root", "quad_class", "goldstein", "plover_type", "plover_mode", "negated", "factuality",
    "attribution", "date", "place", "rule", "confidence",
}
ACTOR_FIELDS = {"text", "start", "end", "actor_id", "name", "country", "sector", "code"}
SUMMARY = re.compile(
    r"sayso: (\d+) records: (\d+) coded \((\d+) events\), (\d+) with no events, (\d+) empty, (\d+) skipped"
)


def _runner() -> CliRunner:
    """click >= 8.2 keeps stdout and stderr apart by default; 8.1 needs mix_stderr=False."""
    try:
        return CliRunner(mix_stderr=False)  # type: ignore[call-arg]
    except TypeError:
        return CliRunner()


def run(*args: str, input: str | None = None):
    """Invoke the CLI in-process (result.stdout and result.stderr separate)."""
    return _runner().invoke(cli, list(args), input=input, catch_exceptions=False)


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _all_commands(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, cmd in group.commands.items():
        yield (*prefix, name), cmd
        if isinstance(cmd, click.Group):
            yield from _all_commands(cmd, (*prefix, name))


COMMANDS = [path for path, _cmd in _all_commands(cli)]


# -- the docs are tested ------------------------------------------------------------------------------
def test_the_documented_commands_exist():
    assert {("code",), ("events",), ("quotes",), ("summary",), ("explain",), ("eval",), ("actors",),
            ("actors", "lookup")} <= set(COMMANDS)


@pytest.mark.parametrize("path", [(), *COMMANDS], ids=lambda p: " ".join(p) or "sayso")
def test_every_command_has_help(path):
    result = run(*path, "--help")
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.stdout
    cmd = cli
    for name in path:
        cmd = cmd.commands[name]
    assert cmd.help and cmd.help.strip(), f"{' '.join(path)} has no help text"
    assert cmd.help.strip().splitlines()[0] in " ".join(result.stdout.split())


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and "sayso" in result.stdout


# -- coding into a store and reading back ------------------------------------------------------------
@pytest.mark.model
def test_events_jsonl_has_the_record_fields(demo_store):
    result = run("events", "--db", str(demo_store), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    records = jsonl(result.stdout)
    assert len(records) > 50
    assert {r["article_id"] for r in records} == {json.loads(x)["id"] for x in DEMO.read_text().splitlines()}
    for r in records:
        assert set(r) == RECORD_FIELDS
        for role in ("source", "target"):
            assert r[role] is None or set(r[role]) == ACTOR_FIELDS
        assert set(r["trigger"]) == {"text", "start", "end"}
        assert set(r["date"]) == {"start", "end", "precision", "text"}
        for link in r["attribution"]:
            assert set(link) == {"speaker", "cue", "quote", "speech_event_id"}


@pytest.mark.model
def test_coding_twice_keeps_the_same_events(demo_store, tmp_path):
    db = tmp_path / "again.duckdb"
    shutil.copy(demo_store, db)
    before = jsonl(run("events", "--db", str(db), "--format", "jsonl").stdout)
    result = run("code", str(DEMO), "--db", str(db), "-q")
    assert result.exit_code == 0, result.stderr
    after = jsonl(run("events", "--db", str(db), "--format", "jsonl").stdout)
    assert len(after) == len(before)
    assert sorted(e["event_id"] for e in after) == sorted(e["event_id"] for e in before)


@pytest.mark.model
def test_filters(demo_store):
    db = str(demo_store)
    everything = jsonl(run("events", "--db", db, "--format", "jsonl").stdout)

    usa = jsonl(run("events", "--db", db, "--format", "jsonl", "--source", "USA").stdout)
    assert usa and all(e["source"]["country"] == "USA" for e in usa)
    assert len(usa) == sum(1 for e in everything if e["source"] and e["source"]["country"] == "USA")

    reduce = jsonl(run("events", "--db", db, "--format", "jsonl", "--cameo-root", "16").stdout)
    assert reduce and all(e["cameo_root"] == "16" for e in reduce)
    assert len(reduce) == sum(1 for e in everything if e["cameo_root"] == "16")

    recent = jsonl(run("events", "--db", db, "--format", "jsonl", "--since", "2023-01-01").stdout)  # 2023, 2024
    assert recent and all(e["date"]["end"] >= "2023-01-01" for e in recent)
    assert {e["article_id"][:7] for e in recent} == {"demo-05", "demo-09", "demo-13", "demo-14"}

    both = jsonl(run("events", "--db", db, "--format", "jsonl", "--source", "RUS", "--cameo-root", "13").stdout)
    assert both and all(e["source"]["country"] == "RUS" and e["cameo_root"] == "13" for e in both)

    one = jsonl(run("events", "--db", db, "--format", "jsonl", "--article", "demo-10-czech-expels-russian-diplomats"
                    ).stdout)
    assert one and {e["article_id"] for e in one} == {"demo-10-czech-expels-russian-diplomats"}


@pytest.mark.model
def test_event_exports_csv_parquet_table(demo_store, tmp_path):
    import csv

    import pyarrow.parquet as pq

    db = str(demo_store)
    n = len(jsonl(run("events", "--db", db, "--format", "jsonl").stdout))

    out_csv = tmp_path / "x.csv"
    assert run("events", "--db", db, "--format", "csv", "--out", str(out_csv)).exit_code == 0
    with out_csv.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == n
    assert {"event_id", "source_country", "target_country", "cameo_code", "factuality", "attribution",
            "speaker_country", "date_start"} <= set(rows[0])

    out_pq = tmp_path / "x.parquet"
    assert run("events", "--db", db, "--format", "parquet", "--out", str(out_pq)).exit_code == 0
    table = pq.read_table(out_pq)
    assert table.num_rows == n
    assert {"event_id", "source_code", "cameo_root", "goldstein", "negated"} <= set(table.column_names)

    table_out = run("events", "--db", db, "--format", "table", "--cameo-root", "16")
    assert table_out.exit_code == 0
    lines = table_out.stdout.splitlines()
    assert "source" in lines[0] and "cameo" in lines[0] and "factuality" in lines[0]
    assert any("161" in line and "CZE" in line for line in lines[2:])


@pytest.mark.model
def test_code_out_infers_the_format_from_the_extension(nlp_loaded, tmp_path):
    import pyarrow.parquet as pq

    src = tmp_path / "two.jsonl"
    src.write_text("\n".join(DEMO.read_text(encoding="utf-8").splitlines()[9:11]) + "\n", encoding="utf-8")
    out_pq, out_csv, quotes = tmp_path / "ev.parquet", tmp_path / "ev.csv", tmp_path / "q.jsonl"
    result = run("code", str(src), "--no-db", "--out", str(out_pq), "--quotes-out", str(quotes), "-q")
    assert result.exit_code == 0, result.stderr
    assert not (tmp_path / "sayso.duckdb").exists()
    table = pq.read_table(out_pq)
    assert table.num_rows > 5
    assert set(table.column("article_id").to_pylist()) == {"demo-10-czech-expels-russian-diplomats",
                                                           "demo-11-erdogan-threatens-syria-operation"}
    codes = table.column("cameo_code").to_pylist()
    assert "161" in codes

    rows = jsonl(quotes.read_text(encoding="utf-8"))
    assert rows and all({"quote_id", "article_id", "speaker", "cue", "content", "kind"} <= set(r) for r in rows)
    assert any(r["kind"] == "direct" and r["speaker"]["actor_id"] == "erdogan-recep-tayyip" for r in rows)

    result = run("code", str(src), "--no-db", "--out", str(out_csv), "-q")
    assert result.exit_code == 0
    assert out_csv.read_text(encoding="utf-8").startswith("event_id,")


@pytest.mark.model
def test_quotes_command(demo_store):
    rows = jsonl(run("quotes", "--db", str(demo_store), "--format", "jsonl").stdout)
    assert {"direct", "indirect", "according_to", "headline"} <= {r["kind"] for r in rows}
    rus = jsonl(run("quotes", "--db", str(demo_store), "--format", "jsonl", "--speaker", "RUS").stdout)
    assert rus and all(r["speaker"]["country"] == "RUS" for r in rus)


@pytest.mark.model
def test_summary_shows_roots_and_pairs(demo_store):
    result = run("summary", "--db", str(demo_store))
    assert result.exit_code == 0
    out = result.stdout
    assert "14 articles" in out
    assert re.search(r"^\s*16\s+reduce relations\s+\d+", out, re.M)
    assert re.search(r"^\s*19\s+fight\s+\d+", out, re.M)
    assert re.search(r"^\s*RUS -> UKR\s+\d+", out, re.M)  # (the list shows the ten most frequent pairs)
    assert re.search(r"^\s*ARM -> AZE\s+\d+", out, re.M)


# -- inputs that go wrong -----------------------------------------------------------------------------
def test_missing_input_path(tmp_path):
    result = run("code", str(tmp_path / "nope.jsonl"), "--db", str(tmp_path / "x.duckdb"))
    assert result.exit_code == 2
    assert "not found" in result.stderr and "nope.jsonl" in result.stderr
    assert not (tmp_path / "x.duckdb").exists()


def test_no_db_needs_out(tmp_path):
    result = run("code", str(DEMO), "--no-db")
    assert result.exit_code != 0
    assert "--out" in result.stderr


def test_bad_date_option(tmp_path):
    result = run("code", str(DEMO), "--db", str(tmp_path / "x.duckdb"), "--date", "yesterday")
    assert result.exit_code == 2 and "--date" in result.stderr


def test_query_without_a_store(tmp_path):
    result = run("events", "--db", str(tmp_path / "none.duckdb"))
    assert result.exit_code == 2
    assert "sayso code" in result.stderr
    assert not (tmp_path / "none.duckdb").exists()


@pytest.mark.model
def test_a_messy_directory_is_coded_and_every_record_accounted_for(nlp_loaded, tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    lines = DEMO.read_text(encoding="utf-8").splitlines()
    (d / "good.jsonl").write_text(lines[0] + "\n", encoding="utf-8")
    (d / "empty.txt").write_text("", encoding="utf-8")
    (d / "broken.jsonl").write_text(lines[1] + '\n{"id": "cut", "text": "half a rec\n', encoding="utf-8")
    (d / "blob.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)))
    (d / "notes.docx").write_bytes(b"PK\x03\x04 not really a document")
    (d / "quiet.txt").write_text("The weather was mild and the markets were calm.", encoding="utf-8")

    db = tmp_path / "m.duckdb"
    result = run("code", str(d), "--db", str(db), "-q")
    assert result.exit_code == 0, result.stderr
    m = SUMMARY.search(result.stderr)
    assert m, result.stderr
    total, coded, _events, no_events, empty, skipped = map(int, m.groups())
    assert coded + no_events + empty + skipped == total
    assert total == 7  # 2 good articles, 1 no-event text, 1 empty file, 1 broken line, 1 binary, 1 unknown type
    assert coded == 2
    assert no_events == 1
    assert empty + skipped == 4
    for name in ("broken.jsonl:2", "blob.txt", "notes.docx", "empty.txt"):
        assert name in result.stderr
    assert "JSON" in result.stderr and ".docx" in result.stderr and "binary" in result.stderr

    stored = jsonl(run("events", "--db", str(db), "--format", "jsonl").stdout)
    assert {e["article_id"] for e in stored} == {json.loads(lines[0])["id"], json.loads(lines[1])["id"]}


@pytest.mark.model
def test_only_unreadable_input_fails(nlp_loaded, tmp_path):
    d = tmp_path / "bad"
    d.mkdir()
    (d / "a.bin").write_bytes(bytes(range(256)))
    (d / "b.txt").write_bytes(b"\x00\x01\x02 binary")
    result = run("code", str(d), "--db", str(tmp_path / "m.duckdb"), "-q")
    assert result.exit_code != 0
    m = SUMMARY.search(result.stderr)
    assert m and int(m.group(1)) == 2 and int(m.group(6)) == 2


# -- explain and actors -------------------------------------------------------------------------------
@pytest.mark.model
def test_explain_shows_rule_actors_and_who_says_so(nlp_loaded):
    result = run("explain", "Putin claimed that the US had disrupted the ceasefire.", "--date", "2022-01-05")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "[196]" in out and "[112]" in out
    assert "rule " in out
    assert "RUSGOV" in out and "Vladimir Putin" in out and "United States" in out
    assert "who says so" in out
    assert re.search(r"who says so: RUSGOV Vladimir Putin .*claimed", out)
    assert "who says so: the reporter" in out  # the accusation itself is the reporter's
    assert "2022-01-05" in out


@pytest.mark.model
def test_explain_says_why_nothing_was_found(nlp_loaded):
    result = run("explain", "The weather was mild.")
    assert result.exit_code == 0
    assert result.stdout.strip()


def test_actor_lookup_depends_on_the_date():
    in_office = run("actors", "lookup", "Obama", "--date", "2016-10-27")
    assert in_office.exit_code == 0
    last = in_office.stdout.strip().splitlines()[-1]
    assert "USAGOV" in last and "2016-10-27" in last
    former = run("actors", "lookup", "Obama", "--date", "2020-06-01")
    assert former.exit_code == 0
    last = former.stdout.strip().splitlines()[-1]
    assert "USAELI" in last and "former" in last


# -- one real process ---------------------------------------------------------------------------------
@pytest.mark.model
def test_installed_command_smoke(tmp_path):
    exe = Path(sys.executable).with_name("sayso")
    if not exe.exists():
        exe = ROOT / ".venv" / "bin" / "sayso"
    proc = subprocess.run(
        [str(exe), "code", "-", "--no-db", "--out", "-", "--format", "jsonl", "--date", "2022-03-01", "-q"],
        input="The Kenyan government expelled two Somali diplomats on Monday.\n",
        capture_output=True, text=True, timeout=120, cwd=tmp_path, env={**os.environ, "NO_COLOR": "1"},
    )
    assert proc.returncode == 0, proc.stderr
    events = jsonl(proc.stdout)
    expel = [e for e in events if e["cameo_code"] == "161"]
    assert len(expel) == 1
    assert expel[0]["source"]["country"] == "KEN" and expel[0]["target"]["country"] == "SOM"
    assert expel[0]["date"]["start"] == "2022-02-28"
    assert SUMMARY.search(proc.stderr)
    assert not list(tmp_path.iterdir())  # --no-db wrote no store


def test_every_option_says_what_it_does():
    """The docs are tested: no command or option of the CLI is without help text."""
    import click

    from sayso.cli import cli

    missing = []

    def walk(cmd, path):
        if isinstance(cmd, click.Group):
            for name, sub in cmd.commands.items():
                walk(sub, [*path, name])
            return
        if not (cmd.help or "").strip():
            missing.append(" ".join(path))
        missing.extend(f"{' '.join(path)} --{p.name}" for p in cmd.params
                       if isinstance(p, click.Option) and not (p.help or "").strip())

    walk(cli, ["sayso"])
    assert missing == []


@pytest.mark.model
def test_only_empty_input_fails_but_is_counted_as_empty(nlp_loaded, tmp_path):
    (tmp_path / "e.jsonl").write_text("", encoding="utf-8")
    result = run("code", str(tmp_path / "e.jsonl"), "--no-db", "--out", str(tmp_path / "o.jsonl"), "-q")
    assert result.exit_code == 1
    m = SUMMARY.search(result.stderr)
    assert m and int(m.group(1)) == 1 and int(m.group(5)) == 1


@pytest.mark.model
def test_a_run_records_its_coding_options(nlp_loaded, tmp_path):
    from sayso.store import open_store

    src = tmp_path / "one.txt"
    src.write_text("Mali lifted the curfew in Gao on Sunday, a week after rebels seized the town.\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    result = run("code", str(src), "--db", str(db), "--symmetric", "group", "--background", "keep",
                 "--date", "2014-06-01", "-q")
    assert result.exit_code == 0, result.stderr
    with open_store(db, read_only=True) as store:
        (r,) = store.runs()
        rules = [row[0] for row in store.connection.execute("SELECT rule FROM events").fetchall()]
    assert r["settings"]["symmetric"] == "group" and r["settings"]["background"] == "keep"
    assert any(rule.endswith("+background") for rule in rules)  # the kept background seizure

"""Tests for the CAMEO ontology: completeness of cameo.csv, known facts, and data-file errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from sayso.errors import DataFileError, SaysoError
from sayso.ontology import (
    CameoCode,
    UnknownCodeError,
    UnknownPloverTypeError,
    load_ontology,
    plover_from_2016,
    plover_types,
)

HEADER = "code,name,goldstein,quad_class,plover_type,plover_mode,plover_context\n"
ROOTS = tuple(f"{n:02d}" for n in range(1, 21))
ROOTS_WITHOUT_PLOVER = {"01", "02"}  # statements and appeals: PLOVER has no event type for them


def _quad(root: str) -> int:
    """The GDELT quad class of a root, written out independently of the module."""
    n = int(root)
    return 1 if n <= 5 else 2 if n <= 8 else 3 if n <= 13 else 4


def _write(tmp_path: Path, body: str) -> str:
    """Write a user ontology file and return its path."""
    path = tmp_path / "my_cameo.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    return str(path)


# completeness of the packaged file


def test_packaged_file_is_complete() -> None:
    onto = load_ontology()
    assert len(onto) >= 280
    assert onto.roots() == ROOTS
    for record in onto:
        assert record.code.isdigit() and 2 <= len(record.code) <= 4
        assert record.root in onto
        if len(record.code) == 4:
            assert record.code[:3] in onto
        assert -10.0 <= record.goldstein <= 10.0
        assert record.quad_class == _quad(record.root)
        assert record.name


def test_every_root_has_a_plover_type_or_is_explicitly_without() -> None:
    onto = load_ontology()
    for root in ROOTS:
        record = onto.get(root)
        if root in ROOTS_WITHOUT_PLOVER:
            assert record.plover_type is None
            assert all(child.plover_type is None for child in onto.children(root))
        else:
            assert record.plover_type in plover_types()
            assert all(child.plover_type in plover_types() for child in onto.children(root))


def test_every_root_has_children() -> None:
    onto = load_ontology()
    for root in ROOTS:
        assert onto.children(root), root
        assert f"{root}0" in onto  # the "not specified" code


def test_load_is_cached() -> None:
    assert load_ontology() is load_ontology()


# known facts


def test_violate_ceasefire() -> None:
    record = load_ontology().get("196")
    assert record.root == "19"
    assert record.quad_class == 4
    assert record.goldstein < 0
    assert record.plover_type == "ASSAULT"
    assert "military" in record.plover_context


def test_accuse_and_intent_to_meet() -> None:
    onto = load_ontology()
    accuse = onto.get("112")
    assert accuse.root == "11" and accuse.quad_class == 3 and accuse.plover_type == "ACCUSE"
    meet = onto.get("036")
    assert meet.root == "03" and meet.quad_class == 1 and meet.plover_type == "AGREE"
    assert "meet" in meet.name.lower()


def test_leading_zero_codes_and_subcodes() -> None:
    onto = load_ontology()
    assert "0311" in onto
    assert "311" not in onto
    assert onto.get("0874").goldstein == 10.0
    assert onto.get("0871").plover_type == "RETREAT"
    assert onto.get("0811").plover_type == "CONCEDE"
    assert [c.code for c in onto.children("204")] == ["2041", "2042"]


def test_goldstein_signs_follow_quad_class_for_material_acts() -> None:
    onto = load_ontology()
    for record in onto:
        if record.quad_class == 2:
            assert record.goldstein > 0, record.code
        if record.quad_class == 4:
            assert record.goldstein < 0, record.code


def test_unknown_code_is_a_key_error_and_a_sayso_error() -> None:
    onto = load_ontology()
    assert "999" not in onto
    with pytest.raises(UnknownCodeError) as info:
        onto.get("999")
    assert isinstance(info.value, KeyError)
    assert isinstance(info.value, SaysoError)
    assert "999" in str(info.value)
    with pytest.raises(KeyError):
        onto.children("21")


def test_cameo_code_root() -> None:
    assert CameoCode("1823", "Kill", -10.0, 4).root == "18"


# PLOVER names


def test_plover_types() -> None:
    types = plover_types()
    assert len(types) == len(set(types)) == 16
    assert {"AGREE", "REQUEST", "ACCUSE", "ASSAULT", "SANCTION"} <= set(types)


@pytest.mark.parametrize(
    ("old", "new"),
    [("DEMAND", "REQUEST"), ("DISAPPROVE", "ACCUSE"), ("INVESTIGATE", "ACCUSE"), ("FIGHT", "ASSAULT"),
     ("AGREE", "AGREE"), ("protest", "PROTEST")],
)
def test_plover_from_2016(old: str, new: str) -> None:
    assert plover_from_2016(old) == new


def test_plover_from_2016_unknown() -> None:
    with pytest.raises(UnknownPloverTypeError):
        plover_from_2016("DOCUMENT")


# user files and their errors


def test_user_file_loads(tmp_path: Path) -> None:
    path = _write(tmp_path, "19,Fight,-10,4,ASSAULT,,\n190,Fight,-10,4,ASSAULT,,military\n")
    onto = load_ontology(path)
    assert onto.codes() == ("19", "190")
    assert onto.get("190").plover_context == ("military",)


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        ("19,Fight,-10,4,ASSAULT,,\n19x,Fight,-10,4,ASSAULT,,\n", 3, "digits"),
        ("19,Fight,-10,4,ASSAULT,,\n190,Fight,-12,4,ASSAULT,,\n", 3, "-10..10"),
        ("19,Fight,-10,4,ASSAULT,,\n190,Fight,lots,4,ASSAULT,,\n", 3, "not a number"),
        ("19,Fight,-10,4,ASSAULT,,\n190,Fight,-10,2,ASSAULT,,\n", 3, "quad_class"),
        ("19,Fight,-10,4,ASSAULT,,\n190,Fight,-10,4,BRAWL,,\n", 3, "PLOVER"),
        ("19,Fight,-10,4,ASSAULT,,\n19,Fight,-10,4,ASSAULT,,\n", 3, "already defined"),
        ("19,Fight,-10,4,ASSAULT,,\n190,Fight,-10,4,ASSAULT,,\n181,Abduct,-9,4,ASSAULT,,\n", 4, "root"),
        ("19,Fight,-10,4,ASSAULT,,\n1901,Fight,-10,4,ASSAULT,,\n", 3, "parent"),
        ("21,Other,-10,4,ASSAULT,,\n", 2, "01..20"),
    ],
)
def test_malformed_user_file_names_the_line(tmp_path: Path, body: str, line: int, words: str) -> None:
    path = _write(tmp_path, body)
    with pytest.raises(DataFileError) as info:
        load_ontology(path)
    assert info.value.line == line
    assert f"{path}:{line}" in str(info.value)
    assert words in str(info.value)


def test_missing_column_and_missing_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("code,name,goldstein\n01,Say,0\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="quad_class"):
        load_ontology(str(bad))
    with pytest.raises(DataFileError, match="cannot read"):
        load_ontology(str(tmp_path / "absent.csv"))

"""The CAMEO event ontology: codes, names, Goldstein scores, quad classes and the PLOVER mapping.

The data lives in ``sayso/data/cameo.csv`` (CAMEO 1.1b3), one row per code, with a header row:

``code``
    the CAMEO event code as a string, leading zero kept ("01", "010", "0311", "196");
    2 digits for a root, 3 or 4 digits below it.
``name``
    a short English name of the event class.
``goldstein``
    the Goldstein-scale value commonly paired with the code (as in GDELT), -10.0 .. +10.0.
``quad_class``
    1 verbal cooperation (roots 01-05), 2 material cooperation (06-08),
    3 verbal conflict (09-13), 4 material conflict (14-20), the GDELT convention.
``plover_type``, ``plover_mode``, ``plover_context``
    the PLOVER event type, mode and contexts (";"-separated) from the CAMEO-to-PLOVER table of
    the PLOVER manual (draft 0.8, 2021); empty where PLOVER has none (statements 01, appeals 02).

A user file with the same columns can be loaded with ``load_ontology(path)``.
"""

from __future__ import annotations

import csv
import importlib.resources
import io
import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from sayso.errors import DataFileError, SaysoError

COLUMNS: tuple[str, ...] = (
    "code", "name", "goldstein", "quad_class", "plover_type", "plover_mode", "plover_context",
)
PACKAGE_FILE = "cameo.csv"

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
# PLOVER 2016 (the GSR records of v0.5b1) names that were later renamed or folded into others.
_PLOVER_2016_RENAMES: Mapping[str, str] = MappingProxyType({
    "DEMAND": "REQUEST",  # renamed
    "DISAPPROVE": "ACCUSE",  # CAMEO 11 -> ACCUSE, mode "disapprove"
    "INVESTIGATE": "ACCUSE",  # CAMEO 09 -> ACCUSE, mode "investigate"
    "FIGHT": "ASSAULT",  # CAMEO 19 -> ASSAULT
})


class UnknownCodeError(SaysoError, KeyError):
    """A CAMEO event code that the loaded ontology does not define."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code

    def __str__(self) -> str:
        """Say which code is unknown and what a valid one looks like (KeyError would print a repr)."""
        return f"unknown CAMEO event code {self.code!r} (expected a code such as '01', '036' or '0311')"


class UnknownPloverTypeError(SaysoError, ValueError):
    """A PLOVER event-type name that is neither a current nor a 2016 name."""


def _quad_for_root(root: str) -> int:
    """The quad class of a CAMEO root: 01-05 -> 1, 06-08 -> 2, 09-13 -> 3, 14-20 -> 4."""
    number = int(root)
    if number <= 5:
        return 1
    if number <= 8:
        return 2
    if number <= 13:
        return 3
    return 4


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code with its Goldstein score, quad class and PLOVER mapping."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str | None = None
    plover_mode: str | None = None
    plover_context: tuple[str, ...] = ()

    @property
    def root(self) -> str:
        """The two-digit root ("19" for "196"), the level most analyses aggregate at."""
        return self.code[:2]

    @property
    def is_root(self) -> bool:
        """True for the 20 two-digit root codes."""
        return len(self.code) == 2


@dataclass(frozen=True, slots=True)
class Ontology:
    """The set of CAMEO event codes, looked up by code string."""

    by_code: Mapping[str, CameoCode]

    def get(self, code: str) -> CameoCode:
        """The record for `code`; raises UnknownCodeError (a KeyError) when it is not defined."""
        try:
            return self.by_code[code]
        except KeyError:
            raise UnknownCodeError(code) from None

    def __contains__(self, code: object) -> bool:
        """True when `code` is a defined CAMEO code string."""
        return code in self.by_code

    def __iter__(self) -> Iterator[CameoCode]:
        """Every record, in file order."""
        return iter(self.by_code.values())

    def __len__(self) -> int:
        """How many codes are defined."""
        return len(self.by_code)

    def codes(self) -> tuple[str, ...]:
        """Every defined code, in file order."""
        return tuple(self.by_code)

    def roots(self) -> tuple[str, ...]:
        """The two-digit root codes, in file order."""
        return tuple(code for code in self.by_code if len(code) == 2)

    def children(self, root: str) -> tuple[CameoCode, ...]:
        """Every 3- and 4-digit code under a root (or under a 3-digit code); unknown parent raises."""
        self.get(root)
        return tuple(
            record for code, record in self.by_code.items() if code != root and code.startswith(root)
        )


def plover_types() -> tuple[str, ...]:
    """Today's PLOVER event types, from cooperation to conflict."""
    return PLOVER_TYPES


def plover_from_2016(name: str) -> str:
    """Map a PLOVER 2016 event type onto today's name, following the 2021 CAMEO-to-PLOVER table.

    DEMAND -> REQUEST (renamed); DISAPPROVE -> ACCUSE and INVESTIGATE -> ACCUSE (CAMEO 11 and 09
    both map to ACCUSE today, with modes "disapprove"/"allege" and "investigate"); FIGHT ->
    ASSAULT (CAMEO 19 maps to ASSAULT). Current names pass through; case is ignored.
    Anything else raises UnknownPloverTypeError.
    """
    key = name.strip().upper()
    if key in PLOVER_TYPES:
        return key
    if key in _PLOVER_2016_RENAMES:
        return _PLOVER_2016_RENAMES[key]
    raise UnknownPloverTypeError(f"unknown PLOVER event type {name!r}; known: {', '.join(PLOVER_TYPES)}")


def _parse_row(row: dict[str, str], path: str, line: int) -> CameoCode:
    """Validate one CSV row (everything but the parent check) and build its record."""
    code = (row.get("code") or "").strip()
    if not code.isdigit() or not 2 <= len(code) <= 4:
        raise DataFileError(path, line, f"code {code!r} must be 2 to 4 digits")
    root_number = int(code[:2])
    if not 1 <= root_number <= 20:
        raise DataFileError(path, line, f"code {code!r} has root {code[:2]!r}, outside 01..20")
    name = (row.get("name") or "").strip()
    if not name:
        raise DataFileError(path, line, f"code {code!r} has no name")
    raw_goldstein = (row.get("goldstein") or "").strip()
    try:
        goldstein = float(raw_goldstein)
    except ValueError:
        raise DataFileError(path, line, f"goldstein {raw_goldstein!r} is not a number") from None
    if math.isnan(goldstein) or not -10.0 <= goldstein <= 10.0:
        raise DataFileError(path, line, f"goldstein {raw_goldstein!r} is outside -10..10")
    raw_quad = (row.get("quad_class") or "").strip()
    expected_quad = _quad_for_root(code[:2])
    if raw_quad not in {"1", "2", "3", "4"}:
        raise DataFileError(path, line, f"quad_class {raw_quad!r} must be 1, 2, 3 or 4")
    if int(raw_quad) != expected_quad:
        raise DataFileError(
            path, line, f"quad_class {raw_quad} does not match root {code[:2]} (expected {expected_quad})"
        )
    plover_type = (row.get("plover_type") or "").strip().upper() or None
    if plover_type is not None and plover_type not in PLOVER_TYPES:
        raise DataFileError(path, line, f"plover_type {plover_type!r} is not a PLOVER event type")
    plover_mode = (row.get("plover_mode") or "").strip() or None
    contexts = tuple(c.strip() for c in (row.get("plover_context") or "").split(";") if c.strip())
    if plover_type is None and (plover_mode or contexts):
        raise DataFileError(path, line, f"code {code!r} has a PLOVER mode or context but no type")
    return CameoCode(code, name, goldstein, expected_quad, plover_type, plover_mode, contexts)


def parse_ontology(text: str, path: str) -> Ontology:
    """Parse and validate CSV text in the cameo.csv format; `path` names it in errors."""
    reader = csv.DictReader(io.StringIO(text))
    header = tuple(name.strip() for name in reader.fieldnames or ())
    reader.fieldnames = list(header)
    missing = [column for column in COLUMNS if column not in header]
    if missing:
        raise DataFileError(path, 1, f"header lacks column(s) {', '.join(missing)}")
    records: dict[str, CameoCode] = {}
    lines: dict[str, int] = {}
    for row in reader:
        line = reader.line_num
        if None in row:
            raise DataFileError(path, line, "more fields than header columns")
        record = _parse_row(row, path, line)
        if record.code in records:
            first = lines[record.code]
            raise DataFileError(path, line, f"code {record.code!r} already defined on line {first}")
        records[record.code] = record
        lines[record.code] = line
    if not records:
        raise DataFileError(path, None, "no codes defined")
    for code, record in records.items():
        if len(code) > 2 and record.root not in records:
            raise DataFileError(path, lines[code], f"code {code!r} has no root {record.root!r} in the file")
        if len(code) == 4 and code[:3] not in records:
            raise DataFileError(path, lines[code], f"code {code!r} has no parent {code[:3]!r} in the file")
    return Ontology(MappingProxyType(records))


@lru_cache(maxsize=8)
def load_ontology(path: str | None = None) -> Ontology:
    """Load and validate the CAMEO ontology: the packaged cameo.csv, or a user file at `path`."""
    if path is None:
        resource = importlib.resources.files("sayso") / "data" / PACKAGE_FILE
        return parse_ontology(resource.read_text(encoding="utf-8"), f"sayso/data/{PACKAGE_FILE}")
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            text = handle.read()
    except OSError as exc:
        raise DataFileError(path, None, f"cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise DataFileError(path, None, f"not UTF-8 text: {exc.reason}") from exc
    return parse_ontology(text, path)

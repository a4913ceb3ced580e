"""Readers for gold-standard event sets: PLOVER GSR JSON and PETRARCH validation XML."""

from __future__ import annotations

import html
import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date as _date
from pathlib import Path
from typing import Any

from sayso.errors import InputError

#: The PLOVER GSR gives every record this date; it is not the date of the text.
PLOVER_PLACEHOLDER_DATE = "2000-01-01"

# PLOVER 2016 category names that were renamed or folded into today's categories.
PLOVER_2016_TO_CURRENT: dict[str, str] = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "FIGHT": "ASSAULT",
    "INVESTIGATE": "ACCUSE",  # CAMEO 09 "investigate" is coded as ACCUSE in today's PLOVER
}

# CAMEO root -> PLOVER type; 01 (make public statement) has no PLOVER category.
CAMEO_ROOT_TO_PLOVER: dict[str, str | None] = {
    "01": None,
    "02": None,  # appeals: CAMEO2PLOVER-2021 gives CAMEO 01 and 02 no PLOVER type (as ontology/cameo.csv)
    "03": "AGREE",
    "04": "CONSULT",
    "05": "SUPPORT",
    "06": "COOPERATE",
    "07": "AID",
    "08": "CONCEDE",
    "09": "ACCUSE",  # investigate
    "10": "REQUEST",  # demand
    "11": "ACCUSE",
    "12": "REJECT",
    "13": "THREATEN",
    "14": "PROTEST",
    "15": "MOBILIZE",
    "16": "SANCTION",
    "17": "COERCE",
    "18": "ASSAULT",
    "19": "ASSAULT",
    "20": "ASSAULT",
}

# CAMEO/Phoenix 3-letter role codes recognised as a sector after the country code.
ROLE_CODES: frozenset[str] = frozenset({
    "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "INS", "IGO", "NGO", "MED", "BUS", "CVL", "REF",
    "ELI", "EDU", "REL", "LAB", "SEP", "SPY", "UAF", "AGR", "CRM", "DEV", "ENV", "HLH", "HRI", "MOD", "RAD",
})
# Religion codes stand for the religious sector (REL in sayso).
RELIGION_CODES: frozenset[str] = frozenset(
    {"MUS", "CHR", "JEW", "HIN", "BUD", "CTH", "ORT", "PRO", "SHI", "SUN"}
)
# The 2016 OEDA PLOVER GSR names three sectors its own way: JRN for the media (CAMEO MED), MED for
# medical actors such as doctors and the Red Crescent (Phoenix HLH) and CIV beside CVL for civilians.
PLOVER_2016_SECTORS: dict[str, str] = {"JRN": "MED", "MED": "HLH", "CIV": "CVL"}
# The same file misspells three country codes that CAMEO takes from ISO 3166 (Japan, Vietnam,
# Italy); its own actor texts name the country, so they are read as the ISO codes.
PLOVER_2016_COUNTRIES: dict[str, str] = {"JAP": "JPN", "VTN": "VNM", "ITL": "ITA"}
# Who published that vocabulary: a GSR file whose DOCUMENT header names them uses it.
_PLOVER_2016_PUBLISHER = "open event data alliance"
# Placeholder codes that mean "no actor" in PETRARCH files.
_EMPTY_CODES = frozenset({"", "---", "+++", "###", "***"})


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One expected event: source/target split into country and sector, and its type."""

    source_country: str | None
    source_sector: str | None
    target_country: str | None
    target_sector: str | None
    cameo_root: str | None
    plover_type: str | None
    raw_source_code: str | None
    raw_target_code: str | None


@dataclass(frozen=True, slots=True)
class GoldSentence:
    """One gold sentence: its id, text, ISO date (if known) and expected events."""

    id: str
    text: str
    date: str | None
    events: tuple[GoldEvent, ...]


def _read_text(path: Path) -> str:
    """The file's UTF-8 text, or InputError naming the file."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read gold file: {exc}") from exc


# ---------------------------------------------------------------- PLOVER GSR


def _plover_records(path: Path) -> list[Any]:
    """The records of a PLOVER GSR file: a JSON array, one object, or JSON lines."""
    text = _read_text(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        records = []
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{lineno}: not JSON (nor a JSON array): {exc.msg}") from exc
        return records
    return data if isinstance(data, list) else [data]


def _plover_sector(value: Any) -> str | None:
    """A PLOVER GSR sector as given, with placeholders ("***", "") read as None."""
    if not isinstance(value, str) or value.strip() in _EMPTY_CODES:
        return None
    return value.strip()


def _is_oeda_2016(header: dict[str, Any]) -> bool:
    """Whether a GSR file's DOCUMENT header names the OEDA, whose 2016 vocabulary it then uses."""
    credits = " ".join(str(header.get(k) or "") for k in ("copyright", "publication", "coder")).lower()
    return _PLOVER_2016_PUBLISHER in credits or "oeda" in credits.split()


def _plover_actors(
    record: dict[str, Any], key: str, where: str, oeda_2016: bool
) -> list[tuple[str | None, str | None]]:
    """The (country, sector) pairs of a record's source or target list, with the OEDA 2016
    sector names (the first three letters decide) and misspelt countries mended when
    `oeda_2016`; [] when absent."""
    value = record.get(key)
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):  # None, "" and stray strings mean no actor
        return []
    actors = []
    for item in value:
        if not isinstance(item, dict):
            raise InputError(f"{where}: {key} entry is not an object: {item!r}")
        code = item.get("code")
        country = code.strip() if isinstance(code, str) and code.strip() not in _EMPTY_CODES else None
        sector = _plover_sector(item.get("sector"))
        if oeda_2016 and country:
            country = PLOVER_2016_COUNTRIES.get(country.upper(), country)
        if oeda_2016 and sector and sector[:3].upper() in PLOVER_2016_SECTORS:
            sector = PLOVER_2016_SECTORS[sector[:3].upper()] + sector[3:]
        actors.append((country, sector))
    return actors


def _raw_code(country: str | None, sector: str | None) -> str | None:
    """The CAMEO-style code of a (country, sector) pair, e.g. HUNGOV; None for no actor."""
    if country is None and sector is None:
        return None
    return f"{country or '---'}{sector or ''}"


def read_plover_gsr(path: str | Path) -> Iterator[GoldSentence]:
    """Yield the sentences of a PLOVER GSR JSON file, event names mapped to today's PLOVER.

    The DOCUMENT header record is skipped. A record with several sources and/or targets
    expands to every (source, target) pair; a missing side is None. Sectors are kept as given,
    except in the OEDA's own 2016 file, whose JRN, MED (medical) and CIV are renamed to sayso's
    MED, HLH and CVL (PLOVER_2016_SECTORS), and whose misspelt JAP, VTN and ITL are read as the
    ISO codes JPN, VNM and ITA (PLOVER_2016_COUNTRIES).
    """
    path = Path(path)
    oeda_2016 = False
    for index, record in enumerate(_plover_records(path)):
        if not isinstance(record, dict):
            raise InputError(f"{path}: record {index}: not a JSON object")
        rid = str(record.get("id") or f"{path.name}#{index}")
        where = f"{path}: record {rid}"
        event = record.get("event")
        if not isinstance(event, str) or not event.strip():
            raise InputError(f"{where}: missing 'event'")
        event = event.strip().upper()
        if event == "DOCUMENT":
            oeda_2016 = _is_oeda_2016(record)
            continue
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            raise InputError(f"{where}: missing 'text'")
        plover = PLOVER_2016_TO_CURRENT.get(event, event)
        sources = _plover_actors(record, "source", where, oeda_2016) or [(None, None)]
        targets = _plover_actors(record, "target", where, oeda_2016) or [(None, None)]
        events = tuple(
            GoldEvent(sc, ss, tc, ts, None, plover, _raw_code(sc, ss), _raw_code(tc, ts))
            for (sc, ss), (tc, ts) in itertools.product(sources, targets)
        )
        raw_date = record.get("date")
        if raw_date == PLOVER_PLACEHOLDER_DATE:
            raw_date = None  # the CAMEO-manual sentences are undated: the file writes 2000-01-01 for all
        yield GoldSentence(rid, text.strip(), raw_date if isinstance(raw_date, str) else None, events)


# ---------------------------------------------------------------- PETRARCH XML

_COMMENT = re.compile(r"<!--.*?-->", re.S)
_SENTENCE_TAG = re.compile(r"<Sentence\b(?!s)([^>]*?)/?>")
_SENTENCES_END = re.compile(r"</Sentences\s*>")
_EVENT_TAG = re.compile(r"<EventCoding\b([^>]*?)/?>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
_PARSE = re.compile(r"<Parse>(.*?)</Parse>", re.S)
_ATTR = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def _attributes(raw: str) -> dict[str, str]:
    """The attributes of a tag's inside, entity-decoded, names lower-cased."""
    return {m[1].lower(): html.unescape(m[2] if m[2] is not None else m[3]) for m in _ATTR.finditer(raw)}


def split_phoenix_code(code: str | None) -> tuple[str | None, str | None]:
    """Split a Phoenix/CAMEO actor code into (country, sector): USAGOV -> (USA, GOV).

    The country is the first three letters (a country code, or a group prefix such as IGO,
    NGO, IMG; "---" means none). The sector is the first later 3-letter role code (GOV, MIL,
    REB, ...; failing one, a religion code such as MUS reads as REL), skipping region and organisation
    codes: PSEGZACVL -> (PSE, CVL), IGOUNO -> (IGO, None). Quoted new-actor text and
    placeholders ("---", "+++", "###") give (None, None).
    """
    code = (code or "").strip().upper()
    if code in _EMPTY_CODES or not re.fullmatch(r"[A-Z-]{3}[A-Z0-9/-]*", code):
        return None, None
    country = None if code[:3] == "---" else code[:3]
    chunks = [code[i : i + 3] for i in range(3, len(code) - 2, 3)]
    sector = next((c for c in chunks if c in ROLE_CODES), None)
    if sector is None and any(c in RELIGION_CODES for c in chunks):
        sector = "REL"
    return country, sector


def _iso_date(raw: str | None) -> str | None:
    """YYYYMMDD, YYMMDD or ISO date text as an ISO date; None when unreadable."""
    if not raw:
        return None
    digits = raw.strip().replace("-", "")
    try:
        if re.fullmatch(r"\d{8}", digits):
            return _date(int(digits[:4]), int(digits[4:6]), int(digits[6:])).isoformat()
        if re.fullmatch(r"\d{6}", digits):
            year = int(digits[:2])
            return _date(year + (1900 if year >= 50 else 2000), int(digits[2:4]), int(digits[4:])).isoformat()
    except ValueError:
        return None
    return None


def _text_from_conllu(parse: str) -> str:
    """The sentence rebuilt from a CoNLL-U parse (forms, honouring SpaceAfter=No)."""
    out: list[str] = []
    for line in parse.splitlines():
        cols = line.split("\t")
        if len(cols) < 10 or not cols[0].isdigit():
            continue
        out.append(cols[1] + ("" if "SpaceAfter=No" in cols[9] else " "))
    return "".join(out).strip()


def _blank_comments(text: str) -> str:
    """The text with XML comments blanked out, keeping offsets and line numbers."""
    return _COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


def _petrarch_event(attrs: dict[str, str], where: str) -> GoldEvent:
    """One <EventCoding sourcecode targetcode eventcode> line as a GoldEvent."""
    eventcode = attrs.get("eventcode", "").strip()
    if not re.match(r"\d{2}", eventcode):
        raise InputError(f"{where}: EventCoding without a numeric eventcode: {attrs!r}")
    root = eventcode[:2]
    raw_source = attrs.get("sourcecode", "").strip() or None
    raw_target = attrs.get("targetcode", "").strip() or None
    sc, ss = split_phoenix_code(raw_source)
    tc, ts = split_phoenix_code(raw_target)
    return GoldEvent(sc, ss, tc, ts, root, CAMEO_ROOT_TO_PLOVER.get(root), raw_source, raw_target)


def read_petrarch_xml(path: str | Path) -> Iterator[GoldSentence]:
    """Yield the sentences of a PETRARCH validation XML file (GSR and functional suites).

    The files are not well-formed XML (self-closed <Sentence/> followed by </Sentence>, free
    text outside comments), so records are read tag by tag inside <Sentences>. Records marked
    evaluate="false" and records whose expectation is an error (EventCoding error="...") are
    skipped; noevents="True" gives a sentence with no events. An empty <Text> is rebuilt from
    the record's CoNLL-U <Parse>.
    """
    path = Path(path)
    text = _blank_comments(_read_text(path))
    start = text.find("<Sentences>")
    if start < 0:
        raise InputError(f"{path}: no <Sentences> element: not a PETRARCH validation file")
    end_match = _SENTENCES_END.search(text, start)
    end = end_match.start() if end_match else len(text)
    tags = list(_SENTENCE_TAG.finditer(text, start, end))
    for n, tag in enumerate(tags):
        body = text[tag.end() : tags[n + 1].start() if n + 1 < len(tags) else end]
        attrs = _attributes(tag.group(1))
        line = text.count("\n", 0, tag.start()) + 1
        sid = attrs.get("id", "").strip() or f"{path.name}:{line}"
        where = f"{path}:{line}: record {sid}"
        if attrs.get("evaluate", "true").strip().lower() == "false":
            continue
        codings = [_attributes(m.group(1)) for m in _EVENT_TAG.finditer(body)]
        if any("error" in c for c in codings):
            continue
        text_match = _TEXT.search(body)
        sentence = " ".join(html.unescape(text_match.group(1)).split()) if text_match else ""
        if not sentence:  # a few records leave <Text> empty but carry a CoNLL-U parse
            parse_match = _PARSE.search(body)
            sentence = _text_from_conllu(html.unescape(parse_match.group(1))) if parse_match else ""
        if not sentence:
            raise InputError(f"{where}: no <Text>")
        events = tuple(_petrarch_event(c, where) for c in codings if "noevents" not in c)
        yield GoldSentence(sid, sentence, _iso_date(attrs.get("date")), events)

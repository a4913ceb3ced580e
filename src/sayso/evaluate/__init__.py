"""Accuracy against gold event sets: read PLOVER GSR / PETRARCH files, score, report."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from types import MappingProxyType

from sayso.evaluate.gold import GoldEvent, GoldSentence, read_petrarch_xml, read_plover_gsr
from sayso.evaluate.report import render_json, render_text
from sayso.evaluate.score import METRIC_DEFINITIONS, EvalResult, evaluate

GoldReader = Callable[[str | Path], Iterator[GoldSentence]]

# Gold-set format name (as given on the command line) -> reader.
GOLD_READERS: MappingProxyType[str, GoldReader] = MappingProxyType(
    {"plover-gsr": read_plover_gsr, "petrarch": read_petrarch_xml}
)

__all__ = [
    "GOLD_READERS",
    "METRIC_DEFINITIONS",
    "EvalResult",
    "GoldEvent",
    "GoldSentence",
    "evaluate",
    "read_petrarch_xml",
    "read_plover_gsr",
    "render_json",
    "render_text",
]

"""When and where: pure resolvers of temporal expressions and place names (see dates.py and places.py)."""

from sayso.dates import default_date, parse_published, resolve_date
from sayso.places import load_gazetteer, normalize_name, resolve_place

__all__ = [
    "default_date",
    "load_gazetteer",
    "normalize_name",
    "parse_published",
    "resolve_date",
    "resolve_place",
]

"""The sayso store: a DuckDB file of articles, events, quotes and runs (see DESIGN.md, "store")."""

from sayso.store.duck import Store, migrate, open_store, sayso_version
from sayso.store.schema import SCHEMA_VERSION, QuoteRow

__all__ = ["SCHEMA_VERSION", "QuoteRow", "Store", "migrate", "open_store", "sayso_version"]

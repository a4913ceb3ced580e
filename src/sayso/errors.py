"""The exception tree: every error sayso raises on purpose derives from SaysoError."""


class SaysoError(Exception):
    """Base of every error sayso raises deliberately."""


class InputError(SaysoError):
    """An input path or record cannot be read (E1xx)."""


class DataFileError(SaysoError):
    """A package or user data file (lexicon, actors, ontology) is malformed (E2xx)."""

    def __init__(self, path: str, line: int | None, message: str) -> None:
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line


class ModelError(SaysoError):
    """The spaCy model cannot be loaded (E3xx)."""


class StoreError(SaysoError):
    """The DuckDB store cannot be opened, migrated or written (E4xx)."""


class MissingExtraError(SaysoError):
    """An optional dependency is not installed; the message says which extra to install."""

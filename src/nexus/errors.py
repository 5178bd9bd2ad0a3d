"""User-facing errors with stable codes, kept in one place (as spaCy's errors.py)."""

from __future__ import annotations

from typing import Any


def _restored(cls: type[NexusError], text: str, state: dict[str, Any]) -> NexusError:
    """An error as pickled by :meth:`NexusError.__reduce__`: its final message and attributes."""
    error = Exception.__new__(cls)
    Exception.__init__(error, text)
    error.__dict__.update(state)
    return error


class NexusError(Exception):
    """Base class: a clean message for the user, never a traceback."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")

    def __reduce__(self) -> tuple[Any, ...]:
        # crossing a process boundary (``--jobs`` workers) keeps the message as it is: rebuilt
        # through ``__init__`` it would gain a second code prefix, or miss an argument
        return (_restored, (type(self), str(self), dict(self.__dict__)))


class IngestError(NexusError):
    """A document could not be read; the batch goes on without it."""

    code = "E100"

    def __init__(self, origin: str, reason: str) -> None:
        self.origin = origin
        self.reason = reason
        super().__init__(f"{origin}: {reason}")


class OntologyError(NexusError):
    """An ontology data file is malformed."""

    code = "E200"


class StoreError(NexusError):
    """The knowledge base could not be opened or written."""

    code = "E300"


class SettingError(NexusError):
    """An environment setting of a learned stage holds a value the stage does not accept."""

    code = "E400"


class ExtractionTimeout(NexusError):
    """A document's rule stages ran past their time budget (a text the rules loop on); the batch
    goes on without it."""

    code = "E110"

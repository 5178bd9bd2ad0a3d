"""Reading notices on stderr: which encoding was assumed for a file that is not UTF-8."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from rich.markup import escape

from nexus.cli.app import console

#: The logger ``nexus.ingest.readers`` reports how it read a file on (INFO).
NOTICES = "nexus.ingest.notices"


class _ConsoleNotices(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        console.print(f"[dim]notice[/dim] {escape(record.getMessage())}", highlight=False, soft_wrap=True)


@contextmanager
def read_notices() -> Iterator[None]:
    """Print the readers' notices (``notice FILE: not UTF-8, read as cp1252``) while the block runs."""
    logger = logging.getLogger(NOTICES)
    handler = _ConsoleNotices(logging.INFO)
    level, propagate = logger.level, logger.propagate
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
        logger.propagate = propagate

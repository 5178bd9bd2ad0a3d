"""``--published`` and ``--outlet``: the date and outlet of a batch whose files do not carry them.

Bare ``.txt`` files (and pages without metadata or a dated dateline) have no
publication date or outlet; relative dates ("on Thursday") then cannot be
resolved. The two options fill in what a document lacks; a document's own
value (a JSONL record's ``published``, an HTML page's metadata) always wins.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from nexus.ingest import IngestFailure
    from nexus.model import Document

PublishedOption = Annotated[
    datetime | None,
    typer.Option(
        "--published",
        formats=["%Y-%m-%d"],
        metavar="YYYY-MM-DD",
        help="Publication date for documents that do not give one (relative dates count from it).",
        show_default=False,
    ),
]
OutletOption = Annotated[
    str | None,
    typer.Option("--outlet", metavar="NAME", help="Outlet for documents that do not name one."),
]


def with_batch_defaults(
    items: Iterable[Document | IngestFailure], published: date | None, outlet: str | None
) -> Iterator[Document | IngestFailure]:
    """``items`` with ``published``/``outlet`` set on each document that has none; failures pass through."""
    from nexus.model import Document

    for item in items:
        if isinstance(item, Document):
            update: dict[str, object] = {}
            if published is not None and item.published is None:
                update["published"] = published
            if outlet and not item.outlet:
                update["outlet"] = outlet
            if update:
                item = item.model_copy(update=update)
        yield item


def read_with_defaults(
    inputs: list[str], published: datetime | None, outlet: str | None
) -> Iterator[Document | IngestFailure]:
    """The documents (and read failures) of ``inputs``, with the batch defaults applied."""
    from nexus.ingest import iter_documents

    day = published.date() if published is not None else None
    return with_batch_defaults(iter_documents(inputs), day, outlet)

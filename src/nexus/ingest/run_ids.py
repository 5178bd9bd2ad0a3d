"""One id, one document per run: a repeated id is said, never silently overwritten.

Document ids come from the input (a JSON record's ``id``, a feed item's guid)
or from the text itself (``doc-<hash>`` for text and HTML files). Within one
run the same id can come back in two ways:

* the **same document again** (a file copied into two folders, a feed listing an
  item twice, or two files whose words differ only in spacing and so share the id made from
  their words): it is read once, and the copy is a notice (``skipped``) naming
  the first one, so ``--out`` does not write the same file twice and a count
  of documents is not inflated;
* **another text under an id already used** (two records of a batch given the
  same id by mistake): storing it would replace the first document, so it is
  a failure naming both inputs, and the first one is kept.

Across runs a new text under a stored id is an update (``nexus ingest``
counts it ``updated``): that is how a corrected report replaces its first
version. This module only looks within one run.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator

from nexus.ingest.readers import IngestFailure
from nexus.model import Document, content_id


def _fingerprint(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def unique_ids(items: Iterable[Document | IngestFailure]) -> Iterator[Document | IngestFailure]:
    """``items`` with each document whose id was already met in them replaced by an ``IngestFailure``.

    The same id with the same text gives a notice (``skipped=True``: the copy
    is not read again); the same id with another text gives a failure. Both
    name the input that first had the id. Failures pass through unchanged.
    Memory: one 16-byte fingerprint and the origin per document.
    """
    seen: dict[str, tuple[bytes, str]] = {}
    for item in items:
        if not isinstance(item, Document):
            yield item
            continue
        fingerprint = _fingerprint(item.text)
        origin = item.origin or item.id
        first = seen.get(item.id)
        if first is None:
            seen[item.id] = (fingerprint, origin)
            yield item
            continue
        first_fingerprint, first_origin = first
        if first_fingerprint == fingerprint:
            yield IngestFailure(
                origin, f"same document as {first_origin} (id {item.id!r}): read once", skipped=True
            )
        elif item.id == content_id(item.text):
            # an id made from the words: the two texts differ only in spacing or line breaks
            yield IngestFailure(
                origin,
                f"same words as {first_origin} (id {item.id!r}), only spaced otherwise: read once",
                skipped=True,
            )
        else:
            yield IngestFailure(
                origin,
                f"id {item.id!r} is already used in this run by {first_origin}, with another text: "
                "not read, the first is kept (give each document its own id)",
            )


__all__ = ["unique_ids"]

"""Near-duplicate copies, so that a syndicated copy never counts as corroboration.

The method is ``nexus.ingest.dedupe``'s (MinHash of word shingles, LSH
bands for candidates, verified against the signature; exact copies by a
hash of the words), but its index lives in the store rather than in memory:
each document's signature (``document_minhashes``) and its LSH band buckets
(``minhash_bands``) are written with the document and looked up by the next
one, so a run never replays the stored texts and the cost of a document
does not grow with the store. The answers are those of
``NearDuplicateIndex`` fed every stored document in first-ingest order: the
original is the most similar earlier document at or above the threshold
(earliest on ties), and a copy of a copy points at the first original.
"""

from __future__ import annotations

import hashlib
from functools import cache
from typing import Protocol

import numpy as np
from sqlalchemy import insert, inspect, select
from sqlalchemy.engine import Connection

from nexus.ingest.dedupe import DEFAULT_NUM_PERM, DEFAULT_THRESHOLD, candidate_threshold, signature
from nexus.store.schema import document_minhashes, document_versions, documents, minhash_bands


class DuplicateIndex(Protocol):
    def add(self, connection: Connection, doc_id: str, text: str, *, stored: bool = True) -> str | None: ...


@cache
def band_ranges(
    threshold: float = DEFAULT_THRESHOLD, num_perm: int = DEFAULT_NUM_PERM
) -> tuple[tuple[int, int], ...]:
    """The (start, end) slices of the signature that form the LSH bands (datasketch's choice)."""
    from datasketch import MinHashLSH

    return tuple(MinHashLSH(threshold=candidate_threshold(threshold), num_perm=num_perm).hashranges)


def band_buckets(hashvalues: np.ndarray, threshold: float = DEFAULT_THRESHOLD) -> list[str]:
    """The bucket keys of a signature: one per band, a hash of the band number and its slice.

    Two signatures share a bucket exactly when they agree on a whole band
    (as in ``MinHashLSH``), up to a 128-bit hash collision.
    """
    out = []
    for band, (start, end) in enumerate(band_ranges(threshold, len(hashvalues))):
        digest = hashlib.blake2b(
            hashvalues[start:end].tobytes(), digest_size=16, salt=band.to_bytes(8, "big")
        )
        out.append(digest.hexdigest())
    return out


class StoredDuplicateIndex:
    """Says, for each new document, which stored document it copies, from the store's own index."""

    def __init__(self, threshold: float = DEFAULT_THRESHOLD, num_perm: int = DEFAULT_NUM_PERM) -> None:
        self.threshold = threshold
        self.num_perm = num_perm

    def add(self, connection: Connection, doc_id: str, text: str, *, stored: bool = True) -> str | None:
        """Index a document (its first version) and return the original it copies, if any.

        A document already stored keeps the answer it got the first time;
        ``stored=False`` (the caller knows no version of it is stored) spares
        looking that up.
        """
        if stored:
            known = connection.execute(
                select(documents.c.duplicate_of).where(documents.c.id == doc_id)
            ).first()
            if known is not None:
                return known.duplicate_of  # type: ignore[no-any-return]
        fingerprint, minhash = signature(text, num_perm=self.num_perm)
        hashvalues = minhash.hashvalues if minhash is not None else None
        if hashvalues is None:  # no words: only an exact copy (no words either) can match
            row = connection.execute(
                select(documents.c.id, documents.c.duplicate_of)
                .join(document_minhashes, document_minhashes.c.doc_id == documents.c.id)
                .where(document_minhashes.c.fingerprint == fingerprint)
                .order_by(documents.c.seq)
                .limit(1)
            ).first()
            original = (row.duplicate_of or row.id) if row is not None else None
        else:
            original = self._match(connection, fingerprint, hashvalues)
        self._store(connection, doc_id, fingerprint, hashvalues)
        return original

    def _store(
        self, connection: Connection, doc_id: str, fingerprint: str, hashvalues: np.ndarray | None
    ) -> None:
        connection.execute(
            insert(document_minhashes).values(
                doc_id=doc_id,
                fingerprint=fingerprint,
                hashvalues=hashvalues.tobytes() if hashvalues is not None else None,
            )
        )
        if hashvalues is not None:
            buckets = sorted(set(band_buckets(hashvalues, self.threshold)))
            connection.execute(insert(minhash_bands), [{"bucket": b, "doc_id": doc_id} for b in buckets])

    def _match(self, connection: Connection, fingerprint: str, hashvalues: np.ndarray) -> str | None:
        """The original a text with words copies, in one query over the documents sharing a band.

        An exact copy (the same words: the same fingerprint) shares every band,
        so it is among them: the earliest one wins. Otherwise the most similar
        at or above the threshold (earliest on ties). A copy of a copy gives
        the first original.
        """
        buckets = band_buckets(hashvalues, self.threshold)
        candidates = select(minhash_bands.c.doc_id).where(minhash_bands.c.bucket.in_(buckets)).distinct()
        rows = connection.execute(
            select(
                documents.c.id,
                documents.c.seq,
                documents.c.duplicate_of,
                document_minhashes.c.fingerprint,
                document_minhashes.c.hashvalues,
            )
            .join(document_minhashes, document_minhashes.c.doc_id == documents.c.id)
            .where(documents.c.id.in_(candidates))
        ).all()
        exact = [row for row in rows if row.fingerprint == fingerprint]
        if exact:
            first = min(exact, key=lambda row: row.seq)
            return first.duplicate_of or first.id  # type: ignore[no-any-return]
        best: tuple[float, int, str, str | None] | None = None
        for row in rows:
            other = np.frombuffer(row.hashvalues, dtype=hashvalues.dtype)
            score = float(np.float64(np.count_nonzero(hashvalues == other)) / np.float64(len(hashvalues)))
            if score < self.threshold:
                continue
            key = (-score, row.seq, row.id, row.duplicate_of)
            if best is None or key[:3] < best[:3]:
                best = key
        return (best[3] or best[2]) if best else None


class ReplayedDuplicateIndex:
    """The in-memory index fed every stored text, for a store whose schema predates the stored one."""

    def __init__(self, connection: Connection) -> None:
        from nexus.ingest.dedupe import NearDuplicateIndex

        self._index = NearDuplicateIndex()
        rows = connection.execute(
            select(documents.c.id, document_versions.c.text)
            .join(
                document_versions,
                (document_versions.c.doc_id == documents.c.id) & (document_versions.c.version == 1),
            )
            .order_by(documents.c.seq)
        )
        for doc_id, text in rows:
            self._index.add(doc_id, text)

    def add(self, connection: Connection, doc_id: str, text: str, *, stored: bool = True) -> str | None:
        return self._index.add(doc_id, text)


def load_index(connection: Connection) -> DuplicateIndex:
    """The store's near-duplicate index, after indexing any document stored without a signature.

    Stores written before the index was kept in them get every document's
    first version indexed here once, in first-ingest order. A store not yet
    migrated to the stored index (an old schema) replays its texts instead.
    """
    if not inspect(connection).has_table(document_minhashes.name):
        return ReplayedDuplicateIndex(connection)
    index = StoredDuplicateIndex()
    unindexed = connection.execute(
        select(documents.c.id, document_versions.c.text)
        .join(
            document_versions,
            (document_versions.c.doc_id == documents.c.id) & (document_versions.c.version == 1),
        )
        .outerjoin(document_minhashes, document_minhashes.c.doc_id == documents.c.id)
        .where(document_minhashes.c.doc_id.is_(None))
        .order_by(documents.c.seq)
    ).all()
    for doc_id, text in unindexed:
        fingerprint, minhash = signature(text, num_perm=index.num_perm)
        index._store(connection, doc_id, fingerprint, minhash.hashvalues if minhash is not None else None)
    return index

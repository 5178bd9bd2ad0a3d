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
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Protocol

import numpy as np
from sqlalchemy import insert, inspect, select
from sqlalchemy.engine import Connection

from nexus.ingest.dedupe import DEFAULT_NUM_PERM, DEFAULT_THRESHOLD, candidate_threshold, signature
from nexus.store.schema import document_minhashes, document_versions, documents, minhash_bands

#: Band buckets looked up in one query by ``StoredDuplicateIndex.prepare``.
LOOKUP = 500


class DuplicateIndex(Protocol):
    def add(self, connection: Connection, doc_id: str, text: str, *, stored: bool = True) -> str | None: ...

    def prepare(self, connection: Connection, texts: Sequence[tuple[str, str]]) -> None: ...

    def forget(self, doc_id: str) -> None: ...

    def flush(self, connection: Connection) -> None: ...


@dataclass
class _Signed:
    """A text's signature: its words' fingerprint, its MinHash values (None without words), its LSH
    buckets, and the text it was computed from."""

    text: str
    fingerprint: str
    hashvalues: np.ndarray | None
    buckets: list[str]


@dataclass
class _Candidate:
    """A document a new text may copy: ``order`` ranks it in first-ingest order (stored documents
    by their ``seq``, then the batch's documents in the order they were added)."""

    doc_id: str
    order: tuple[int, int]
    duplicate_of: str | None
    fingerprint: str
    hashvalues: np.ndarray | bytes | None  # as stored (bytes) for stored documents
    buckets: list[str] = field(default_factory=list)


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
    """Says, for each new document, which stored document it copies, from the store's own index.

    Within a write batch the index works on the batch as a whole: ``prepare``
    signs the batch's new texts and reads the stored documents that share a
    band with any of them in one query (instead of one per document), ``add``
    compares a text with those and with the batch's documents added before it,
    and the signatures of the documents added are written by ``flush`` at the
    end of the batch, in two statements (``forget`` drops a document rolled
    back before that). The answers are the same as one query per document.
    """

    def __init__(self, threshold: float = DEFAULT_THRESHOLD, num_perm: int = DEFAULT_NUM_PERM) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self._signed: dict[str, _Signed] = {}
        #: stored documents sharing a band with a prepared text, by bucket and by id
        self._stored_buckets: dict[str, set[str]] = {}
        self._stored: dict[str, _Candidate] = {}
        #: documents added since the last ``flush`` (not written yet), in the order added
        self._pending: dict[str, _Candidate] = {}
        self._added = 0

    def sign(self, text: str) -> _Signed:
        """The signature of ``text`` and its LSH buckets."""
        fingerprint, minhash = signature(text, num_perm=self.num_perm)
        hashvalues = minhash.hashvalues if minhash is not None else None
        buckets = band_buckets(hashvalues, self.threshold) if hashvalues is not None else []
        return _Signed(text, fingerprint, hashvalues, buckets)

    def prepare(self, connection: Connection, texts: Sequence[tuple[str, str]]) -> None:
        """Sign the ``(doc_id, text)`` a batch is about to add and read, in one query per
        ``LOOKUP`` buckets, the stored documents sharing a band with any of them."""
        self._signed = {doc_id: self.sign(text) for doc_id, text in texts}
        self._stored_buckets, self._stored = {}, {}
        buckets = sorted({b for signed in self._signed.values() for b in signed.buckets})
        for start in range(0, len(buckets), LOOKUP):
            part = buckets[start : start + LOOKUP]
            rows = connection.execute(
                select(
                    minhash_bands.c.bucket,
                    documents.c.id,
                    documents.c.seq,
                    documents.c.duplicate_of,
                    document_minhashes.c.fingerprint,
                    document_minhashes.c.hashvalues,
                )
                .join(documents, documents.c.id == minhash_bands.c.doc_id)
                .join(document_minhashes, document_minhashes.c.doc_id == documents.c.id)
                .where(minhash_bands.c.bucket.in_(part))
            ).all()
            for row in rows:
                self._stored_buckets.setdefault(row.bucket, set()).add(row.id)
                if row.id not in self._stored:
                    self._stored[row.id] = _Candidate(
                        row.id, (0, row.seq), row.duplicate_of, row.fingerprint, row.hashvalues
                    )

    def add(self, connection: Connection, doc_id: str, text: str, *, stored: bool = True) -> str | None:
        """Index a document (its first version) and return the original it copies, if any.

        A document already stored keeps the answer it got the first time;
        ``stored=False`` (the caller knows no version of it is stored) spares
        looking that up. Its signature is written by ``flush``.
        """
        if stored:
            known = connection.execute(
                select(documents.c.duplicate_of).where(documents.c.id == doc_id)
            ).first()
            if known is not None:
                return known.duplicate_of  # type: ignore[no-any-return]
        signed = self._signed.pop(doc_id, None)
        prepared = signed is not None and signed.text == text
        if signed is None or not prepared:
            signed = self.sign(text)
        if signed.hashvalues is None:  # no words: only an exact copy (no words either) can match
            original = self._exact_copy(connection, signed.fingerprint)
        else:
            candidates = self._prepared(signed) if prepared else self._query(connection, signed.buckets)
            buckets = set(signed.buckets)
            candidates += [c for c in self._pending.values() if buckets.intersection(c.buckets)]
            original = self._match(signed.fingerprint, signed.hashvalues, candidates)
        self._added += 1
        self._pending[doc_id] = _Candidate(
            doc_id, (1, self._added), original, signed.fingerprint, signed.hashvalues, signed.buckets
        )
        return original

    def forget(self, doc_id: str) -> None:
        """Drop a document added since the last ``flush`` (it was rolled back)."""
        self._pending.pop(doc_id, None)

    def flush(self, connection: Connection) -> None:
        """Write the signatures and band buckets of the documents added since the last flush."""
        pending, self._pending = list(self._pending.values()), {}
        self._signed, self._stored_buckets, self._stored = {}, {}, {}
        if not pending:
            return
        connection.execute(
            insert(document_minhashes),
            [
                {
                    "doc_id": c.doc_id,
                    "fingerprint": c.fingerprint,
                    "hashvalues": (
                        c.hashvalues.tobytes() if isinstance(c.hashvalues, np.ndarray) else c.hashvalues
                    ),
                }
                for c in pending
            ],
        )
        bands = [{"bucket": b, "doc_id": c.doc_id} for c in pending for b in sorted(set(c.buckets))]
        if bands:
            connection.execute(insert(minhash_bands), bands)

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

    def _exact_copy(self, connection: Connection, fingerprint: str) -> str | None:
        """The original of a text without words: the first document with the same fingerprint."""
        row = connection.execute(
            select(documents.c.id, documents.c.duplicate_of)
            .join(document_minhashes, document_minhashes.c.doc_id == documents.c.id)
            .where(document_minhashes.c.fingerprint == fingerprint)
            .order_by(documents.c.seq)
            .limit(1)
        ).first()
        if row is not None:
            return row.duplicate_of or row.id  # type: ignore[no-any-return]
        first = next((c for c in self._pending.values() if c.fingerprint == fingerprint), None)
        return (first.duplicate_of or first.doc_id) if first is not None else None

    def _prepared(self, signed: _Signed) -> list[_Candidate]:
        ids = set().union(*(self._stored_buckets.get(b, set()) for b in signed.buckets))
        return [self._stored[i] for i in ids]

    def _query(self, connection: Connection, buckets: list[str]) -> list[_Candidate]:
        """The stored documents sharing a band with ``buckets`` (one query)."""
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
        return [
            _Candidate(row.id, (0, row.seq), row.duplicate_of, row.fingerprint, row.hashvalues)
            for row in rows
        ]

    def _match(self, fingerprint: str, hashvalues: np.ndarray, candidates: list[_Candidate]) -> str | None:
        """The original a text with words copies, among the documents sharing a band with it.

        An exact copy (the same words: the same fingerprint) shares every band,
        so it is among them: the earliest one wins. Otherwise the most similar
        at or above the threshold (earliest on ties). A copy of a copy gives
        the first original.
        """
        exact = [c for c in candidates if c.fingerprint == fingerprint]
        if exact:
            first = min(exact, key=lambda c: c.order)
            return first.duplicate_of or first.doc_id
        best: tuple[float, tuple[int, int], str, str | None] | None = None
        for c in candidates:
            if c.hashvalues is None:
                continue
            other = (
                c.hashvalues
                if isinstance(c.hashvalues, np.ndarray)
                else np.frombuffer(c.hashvalues, dtype=hashvalues.dtype)
            )
            score = float(np.float64(np.count_nonzero(hashvalues == other)) / np.float64(len(hashvalues)))
            if score < self.threshold:
                continue
            key = (-score, c.order, c.doc_id, c.duplicate_of)
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

    def prepare(self, connection: Connection, texts: Sequence[tuple[str, str]]) -> None:
        """Nothing to look up: the index is in memory."""

    def forget(self, doc_id: str) -> None:
        """Nothing to drop (a failed batch reloads the index)."""

    def flush(self, connection: Connection) -> None:
        """Nothing to write: this index lives in memory."""


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

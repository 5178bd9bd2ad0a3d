"""Near-duplicate detection: syndicated copies of the same report.

Wire stories (Reuters, AP, PTI, APP) reappear across outlets with a changed
headline, a dropped paragraph or an added byline. Counting each copy as an
independent report would inflate every casualty figure and every "multiple
sources confirm" in the graph, so copies are linked to the first one seen.

Method: word 5-shingles → MinHash (128 permutations, fixed seed, so results
are reproducible run to run) → MinHashLSH at Jaccard ≈ 0.8 for candidate
lookup in sub-linear time, then each candidate is verified against its
stored MinHash. The LSH is banded for a lower threshold than the one
verified, because banding at the threshold itself loses a large share of
true pairs just above it. Exact duplicates (same
words, ignoring case, punctuation and spacing) are caught first by a hash.
"""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # datasketch (and scipy with it) loads with the first index: start-up
    from datasketch import MinHash

DEFAULT_THRESHOLD = 0.8
DEFAULT_NUM_PERM = 128
DEFAULT_SHINGLE_SIZE = 5
DEFAULT_SEED = 1
#: LSH candidate threshold = verification threshold minus this margin.
_CANDIDATE_MARGIN = 0.2

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """Lower-cased word tokens: punctuation and spacing do not make texts differ."""
    return _WORD.findall(text.lower())


def shingles(text: str, k: int = DEFAULT_SHINGLE_SIZE) -> set[str]:
    """The set of k-word shingles; a text shorter than k words is one shingle."""
    return _shingles(words(text), k)


def _shingles(tokens: list[str], k: int) -> set[str]:
    if not tokens:
        return set()
    if len(tokens) <= k:
        return {" ".join(tokens)}
    return {" ".join(tokens[i : i + k]) for i in range(len(tokens) - k + 1)}


def similarity(a_text: str, b_text: str, k: int = DEFAULT_SHINGLE_SIZE) -> float:
    """Exact Jaccard similarity of the two texts' k-word shingle sets (0.0 – 1.0)."""
    a, b = shingles(a_text, k), shingles(b_text, k)
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def signature(
    text: str,
    *,
    num_perm: int = DEFAULT_NUM_PERM,
    shingle_size: int = DEFAULT_SHINGLE_SIZE,
    seed: int = DEFAULT_SEED,
) -> tuple[str, MinHash | None]:
    """(fingerprint, MinHash) of a text: the SHA-256 of its words (exact copies share it) and the
    MinHash of its word shingles (None for a text without words, which only the exact check sees)."""
    tokens = words(text)
    fingerprint = hashlib.sha256(" ".join(tokens).encode("utf-8")).hexdigest()
    if not tokens:
        return fingerprint, None
    from datasketch import MinHash  # loaded only when a text is signed (start-up stays light)

    minhash = MinHash(num_perm=num_perm, seed=seed)
    minhash.update_batch([s.encode("utf-8") for s in _shingles(tokens, shingle_size)])
    return fingerprint, minhash


def candidate_threshold(threshold: float) -> float:
    """The Jaccard the LSH bands are tuned for: below the verified threshold (see the module doc)."""
    return max(0.1, threshold - _CANDIDATE_MARGIN)


class NearDuplicateIndex:
    """Remembers documents and says, for each new one, which earlier one it copies.

    ``add`` returns the id of the *original*: when C copies B and B was
    itself a copy of A, C is reported as a copy of A, so every copy of a
    story points at the same first-seen document.
    """

    def __init__(
        self,
        threshold: float = DEFAULT_THRESHOLD,
        *,
        num_perm: int = DEFAULT_NUM_PERM,
        shingle_size: int = DEFAULT_SHINGLE_SIZE,
        seed: int = DEFAULT_SEED,
    ) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle_size = shingle_size
        self.seed = seed
        from datasketch import MinHashLSH

        # LSH banding tuned *at* the threshold misses ~60% of pairs at 0.8
        # (b=9, r=13); banding for a lower threshold finds ~99% of them, and
        # the extra candidates are cheap to reject in ``_best_match``.
        self._lsh = MinHashLSH(threshold=candidate_threshold(threshold), num_perm=num_perm)
        self._minhashes: dict[str, MinHash] = {}
        self._exact: dict[str, str] = {}  # fingerprint -> first doc id with it
        self._original: dict[str, str | None] = {}  # doc id -> original id (None: is an original)
        self._order: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._original)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._original

    def original_of(self, doc_id: str) -> str | None:
        """The original a known document duplicates, or None if it is one."""
        return self._original.get(doc_id)

    def add(self, doc_id: str, text: str) -> str | None:
        """Index a document; return the id of the earlier original it duplicates, if any.

        Adding an id a second time changes nothing and returns the same
        answer as the first time (re-ingesting a file is not a duplicate).
        """
        if doc_id in self._original:
            return self._original[doc_id]
        fingerprint, minhash = signature(
            text, num_perm=self.num_perm, shingle_size=self.shingle_size, seed=self.seed
        )
        original = self._exact.get(fingerprint)
        # A text without words has no shingles: only the exact check applies.
        if original is None and minhash is not None:
            original = self._best_match(minhash)
        if original is not None:
            original = self._original[original] or original
        self._exact.setdefault(fingerprint, doc_id)
        self._original[doc_id] = original
        self._order[doc_id] = len(self._order)
        if minhash is not None:
            self._minhashes[doc_id] = minhash
            self._lsh.insert(doc_id, minhash)
        return original

    def similarity(self, a_text: str, b_text: str) -> float:
        """Exact shingle Jaccard with this index's shingle size (for checks and tests)."""
        return similarity(a_text, b_text, self.shingle_size)

    def _best_match(self, minhash: MinHash) -> str | None:
        """The most similar indexed document above the threshold (earliest on ties)."""
        best: tuple[float, int, str] | None = None
        for candidate in self._lsh.query(minhash):
            score = float(minhash.jaccard(self._minhashes[candidate]))
            if score < self.threshold:
                continue
            key = (-score, self._order[candidate], candidate)
            if best is None or key < best:
                best = key
        return best[2] if best else None

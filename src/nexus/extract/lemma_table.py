"""spaCy's lemmatizer remembered per word form: the same lemmas, a fraction of the time.

The model's lemmatizer (rule mode) reads each token's form, part of speech and
morphology in a Python loop over the Doc's tokens, and what it gives follows from
those three values (spaCy's own cache is keyed on them). :class:`LemmaTable` asks
the lemmatizer itself once per combination seen and writes the lemma column in one
``Doc.from_array`` call: the lemmatizer stays spaCy's, only the loop is ours.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, cast

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc
from spacy.vocab import Vocab

#: Combinations remembered before the table starts afresh (a bound on memory over a long stream).
_MAX_KEYS = 50_000


#: The token values a lemma follows from, in the order of a token's key, and the lemma itself.
_LEMMA_KEY: list[int | str] = [ORTH, POS, MORPH, LEMMA]
#: The lemmatizer modes whose lemma is a function of the key (spaCy's rule and lookup modes).
LEMMA_MODES = ("rule", "lookup")


class LemmaTable:
    """A drop-in for a loaded :class:`spacy.pipeline.Lemmatizer` in rule or lookup mode (same output)."""

    def __init__(self, vocab: Vocab, name: str = "lemmatizer") -> None:
        """An empty table; :meth:`load` gives it the lemmatizer it answers for."""
        self.vocab = vocab
        self.name = name
        self._lemmatizer: Lemmatizer | None = None
        self._overwrite = False
        self._known: dict[tuple[int, int, int], int] = {}

    def load(self, lemmatizer: Lemmatizer) -> LemmaTable:
        """Answer for ``lemmatizer`` (its tables must be loaded); returns self."""
        if lemmatizer.mode not in LEMMA_MODES:
            raise ValueError(f"a lemma table cannot stand for the {lemmatizer.mode!r} mode")
        lemmatizer._validate_tables()  # (what its first call would check)
        self._lemmatizer = lemmatizer
        self._overwrite = bool(lemmatizer.overwrite)
        self._known = {}
        return self

    def __call__(self, doc: Doc) -> Doc:
        """Set the lemma of every token of ``doc`` that has none (of every token when the
        lemmatizer overwrites); returns it."""
        lemmatizer = self._lemmatizer
        if lemmatizer is None or not len(doc):
            return doc
        known = self._known
        if len(known) > _MAX_KEYS:
            known.clear()
        add, overwrite = self.vocab.strings.add, self._overwrite
        column = []
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array(_LEMMA_KEY).tolist()):
            if lemma and not overwrite:
                column.append(lemma)
                continue
            key = (orth, pos, morph)
            value = known.get(key)
            if value is None:
                value = known[key] = add(lemmatizer.lemmatize(doc[i])[0])
            column.append(value)
        doc.from_array([LEMMA], cast(Any, numpy.array(column, dtype=numpy.uint64).reshape(-1, 1)))
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """``self(doc)`` for each Doc of ``stream``, in order."""
        for doc in stream:
            yield self(doc)

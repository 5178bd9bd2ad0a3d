"""spaCy's attribute ruler with its one-token patterns answered from a table: the same writes,
far fewer pattern tests.

The model's attribute ruler (the tag map: part of speech and morphology from each
fine-grained tag, plus word exceptions) runs a :class:`~spacy.matcher.Matcher` of some
180 patterns over every token of every Doc, then writes the attributes of each match,
later patterns over earlier ones. Nearly all of its patterns test one token, and only
by its tag, lower-case form, dependency label and whether it is whitespace
(:data:`KEY_ATTRS`); what such a pattern finds on a token follows from those four values.
:class:`AttributeTable` asks a matcher of those patterns once per combination seen (on
a one-token probe Doc of the token's own word, tag and label), runs a matcher of the few
longer patterns ("gon na") over the Doc, and hands the matches, ordered as the ruler
orders them, to the ruler's own ``set_annotations``: the ruler stays spaCy's, only the
per-token matching is ours.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.vocab import Vocab

#: The token attributes a one-token pattern may test for the table to answer for it (pattern keys).
KEY_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_KEY_COLUMNS: list[int | str] = [TAG, LOWER, DEP, IS_SPACE]

#: Combinations remembered before the table starts afresh (a bound on memory over a long stream).
_MAX_KEYS = 50_000

#: One match as the ruler orders and applies them: (pattern number, match key, start, end).
Match = tuple[int, int, int, int]


class AttributeTable:
    """A drop-in for a loaded :class:`spacy.pipeline.AttributeRuler` (same output)."""

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler") -> None:
        """An empty table; :meth:`load` gives it the ruler it answers for."""
        self.vocab = vocab
        self.name = name
        self._ruler: AttributeRuler | None = None
        self._single = Matcher(vocab)
        self._longer = Matcher(vocab)
        self._has_longer = False
        self._words: set[int] | None = None
        self._regexes: list[re.Pattern[str]] = []
        self._named: dict[int, bool] = {}  # lower-case form -> whether a pattern names it
        self._known: dict[tuple[int, int, int, int], tuple[tuple[int, int], ...]] = {}

    def load(self, ruler: AttributeRuler) -> AttributeTable:
        """Answer for ``ruler``; returns self. Raises ValueError when one of its one-token
        patterns tests anything but :data:`KEY_ATTRS` or carries an operator (the ruler must
        then stay as it is)."""
        single, longer = Matcher(self.vocab), Matcher(self.vocab)
        has_longer = False
        words: set[str] | None = set()  # the lower-case forms one-token patterns name (None: any may count)
        regexes: list[re.Pattern[str]] = []  # and the expressions they match forms with
        for number in range(len(ruler.attrs)):
            key = self.vocab.strings[str(number)]
            found = ruler.matcher.get(key)
            patterns = found[1] if found is not None else []
            ones = [p for p in patterns if len(p) == 1]
            for pattern in ones:
                tested = {str(k).upper() for k in pattern[0]}
                if not tested <= set(KEY_ATTRS):
                    raise ValueError(f"a one-token pattern tests {sorted(tested - set(KEY_ATTRS))}")
                words = _named_words(pattern[0], words, regexes)
            if ones:
                single.add(key, ones)
            others = [p for p in patterns if len(p) != 1]
            if others:
                longer.add(key, others)
                has_longer = True
        self._ruler, self._single, self._longer, self._has_longer = ruler, single, longer, has_longer
        self._words = None if words is None else {self.vocab.strings.add(w) for w in words}
        self._regexes = regexes
        self._named = {}
        self._known = {}
        return self

    @staticmethod
    def answers_for(ruler: AttributeRuler) -> bool:
        """Whether a table can stand for ``ruler`` (:meth:`load` would not refuse it)."""
        try:
            AttributeTable(ruler.vocab).load(ruler)
        except ValueError:
            return False
        return True

    def matches(self, doc: Doc) -> list[Match]:
        """What ``ruler.match(doc)`` gives (each distinct match once), in its order."""
        known = self._known
        if len(known) > _MAX_KEYS or len(self._named) > _MAX_KEYS:
            known.clear()
            self._named.clear()
        found: list[Match] = []
        strings = self.vocab.strings
        words = self._words
        for i, row in enumerate(doc.to_array(_KEY_COLUMNS).tolist()):
            # a form no pattern names counts only as not being any of theirs
            lower = row[1] if words is None or self._is_named(row[1]) else 0
            key = (row[0], lower, row[2], row[3])
            hits = known.get(key)
            if hits is None:
                hits = known[key] = self._probe(doc, i)
            for number, match_id in hits:
                found.append((number, match_id, i, i + 1))
        if self._has_longer:
            for match_id, start, end in self._longer(doc, allow_missing=True, as_spans=False):
                found.append((int(strings[match_id]), match_id, start, end))
        return sorted(set(found))

    def _is_named(self, lower: int) -> bool:
        """Whether a one-token pattern names the lower-case form ``lower`` (a string's hash)."""
        named = self._named.get(lower)
        if named is None:
            words = self._words
            text = self.vocab.strings[lower]
            named = self._named[lower] = (words is not None and lower in words) or any(
                r.search(text) for r in self._regexes
            )
        return named

    def _probe(self, doc: Doc, i: int) -> tuple[tuple[int, int], ...]:
        """The one-token patterns (number, match key) that token ``i`` of ``doc`` matches."""
        token = doc[i]
        probe = Doc(self.vocab, words=[token.text], spaces=[False])
        probe[0].tag = token.tag
        probe[0].dep = token.dep
        strings = self.vocab.strings
        hits = {(int(strings[m]), m) for m, _, _ in self._single(probe, allow_missing=True, as_spans=False)}
        return tuple(sorted(hits))

    def __call__(self, doc: Doc) -> Doc:
        """Set the attributes the ruler's patterns give the tokens of ``doc``; returns it."""
        ruler = self._ruler
        if ruler is None or not len(doc):
            return doc
        ruler.set_annotations(doc, self.matches(doc))  # type: ignore[no-untyped-call]
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """``self(doc)`` for each Doc of ``stream``, in order."""
        for doc in stream:
            yield self(doc)


def _named_words(
    pattern: dict[str, object], words: set[str] | None, regexes: list[re.Pattern[str]]
) -> set[str] | None:
    """``words`` with the lower-case forms a one-token pattern's ``LOWER`` test names (a form or
    an ``IN`` list; a ``REGEX`` goes to ``regexes``), or None when it tests the form otherwise
    (``NOT_IN``, a length): then every form may count."""
    if words is None:
        return None
    for name, value in pattern.items():
        if str(name).upper() != "LOWER":
            continue
        if isinstance(value, str):
            return words | {value}
        if isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list):
            return words | {str(w) for w in value["IN"]}
        if isinstance(value, dict) and set(value) == {"REGEX"} and isinstance(value["REGEX"], str):
            regexes.append(re.compile(value["REGEX"]))
            return words
        return None
    return words

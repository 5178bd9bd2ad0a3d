"""spaCy's attribute ruler and lemmatizer answered from tables: the same rules, the same result,
a fraction of the time.

The English model's ``attribute_ruler`` maps each fine-grained tag to its
coarse part of speech and morphology, and corrects some words (auxiliaries,
negation, pronouns) by their form, tag and dependency: about 180 rules, run as
Matcher patterns over every token of every Doc. Nearly all of them look at one
token and only at its tag, lower-case form, dependency label and whether it is
whitespace, so what they do to a token follows from those four values alone:
:class:`AttributeTable` works out that outcome once per combination seen (a
dictionary look-up per token afterwards) and writes the columns back with one
``Doc.from_array``. The few rules that span two tokens or test a regular
expression stay in a small Matcher of their own.

Nothing changes in the result: every rule keeps its rank (a later rule wins
over an earlier one for the same attribute, as in ``AttributeRuler.match``,
which sorts matches by the rule's ordinal) and the values written are the ones
the ruler would set (``set_token_attrs``, which sets the token's struct
attributes as ``Doc.from_array`` does).

The model's lemmatizer (rule mode) then reads each token's form, part of speech
and morphology, in a Python loop over the Doc's tokens; what it gives follows
from those three values (spaCy's own cache is keyed on them). :class:`LemmaTable`
asks it once per combination seen and writes the lemma column in one call.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, cast

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc
from spacy.vocab import Vocab

#: The token attributes a rule may test through the table, in the order of a token's key.
_TESTED = ("TAG", "LOWER", "DEP", "IS_SPACE")
_TESTED_IDS: list[int | str] = [TAG, LOWER, DEP, IS_SPACE]
#: The attributes a rule may set through the table.
_WRITTEN = (POS, MORPH, LEMMA, TAG, DEP)
#: Combinations remembered before the table starts afresh (a bound on memory over a long stream).
_MAX_KEYS = 50_000

#: A test of one token value (the attribute's string, or the whitespace flag as 0/1).
_Test = Callable[[Any], bool]
#: One token of a pattern: ``(position in the key, test)`` pairs, all of which must hold.
_Spec = tuple[tuple[int, _Test], ...]
#: What a rule sets: attribute id -> value.
_Attrs = dict[int, int]


def _test(value: object) -> _Test | None:
    """The test a Matcher token-pattern value makes, when it is one the table can make itself:
    equality, ``IN``/``NOT_IN`` a list of strings, ``REGEX`` (searched, as the Matcher does)."""
    if isinstance(value, bool):
        flag = int(value)
        return lambda v: v == flag
    if isinstance(value, str):
        return lambda v: v == value
    if isinstance(value, dict) and len(value) == 1:
        ((op, listed),) = value.items()
        if op == "REGEX" and isinstance(listed, str):
            search = re.compile(listed).search
            return lambda v: isinstance(v, str) and search(v) is not None
        if op in ("IN", "NOT_IN") and isinstance(listed, list) and all(isinstance(x, str) for x in listed):
            members = frozenset(listed)
            if op == "IN":
                return lambda v: v in members
            return lambda v: v not in members
    return None


def _index_values(pattern: dict[str, Any]) -> set[tuple[int, str]] | None:
    """The ``(key position, string)`` values one of which a token must have to meet this pattern
    token (by its lower-case form, else its tag: equality or ``IN``), or None when any token may."""
    for position in (_TESTED.index("LOWER"), _TESTED.index("TAG")):
        value = pattern.get(_TESTED[position])
        if isinstance(value, str):
            return {(position, value)}
        if isinstance(value, dict) and isinstance(value.get("IN"), list) and len(value) == 1:
            return {(position, str(v)) for v in value["IN"]}
    return None


def _specs(alternatives: list[list[dict[str, Any]]]) -> list[list[_Spec]] | None:
    """Each alternative pattern as its token specs, when every token is tested only on
    :data:`_TESTED` attributes with tests the table can make (no operators); else None."""
    out = []
    for pattern in alternatives:
        specs = []
        for token in pattern:
            tests = []
            for key, value in token.items():
                test = _test(value)
                if key not in _TESTED or test is None:
                    return None
                tests.append((_TESTED.index(key), test))
            specs.append(tuple(tests))
        if not specs:
            return None
        out.append(specs)
    return out


@dataclass
class _Known:
    """What the rules make of a token with given key values."""

    ranked: list[tuple[int, _Attrs]]  # the one-token rules it matches: (rank, attrs)
    outcome: tuple[int | None, ...]  # the value per written column (None: left alone)
    satisfied: frozenset[int]  # the token specs of longer rules it meets
    starts: tuple[int, ...]  # the longer rules' alternatives whose first token it can be


class AttributeTable:
    """A drop-in for a loaded :class:`spacy.pipeline.AttributeRuler` (same rules, same output)."""

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler") -> None:
        """An empty table; :meth:`load` gives it the rules of a ruler."""
        self.vocab = vocab
        self.name = name
        self._single: list[tuple[int, list[_Spec], _Attrs]] = []  # one-token rules: rank, alternatives, attrs
        self._by_value: dict[tuple[int, str], list[int]] = {}  # (key position, string) -> one-token rules
        self._anywhere: list[int] = []  # the one-token rules no single value selects
        self._spec_list: list[_Spec] = []  # the token specs of longer rules, by id
        self._long: list[
            tuple[int, _Attrs, int, list[int]]
        ] = []  # per alternative: rank, attrs, index, spec ids
        self._matcher = Matcher(vocab, validate=False)  # any rule the table cannot test
        self._residual: dict[int, tuple[int, _Attrs, int]] = {}  # matcher key -> (rank, attrs, index)
        self._columns: list[int] = []
        self._known: dict[tuple[int, ...], _Known] = {}

    def load(self, ruler: AttributeRuler) -> AttributeTable:
        """Take over the rules of ``ruler`` (in its order, which is their precedence); returns self."""
        written: set[int] = set()
        for rank, entry in enumerate(ruler.patterns):
            patterns = cast(list[list[dict[str, Any]]], entry["patterns"])
            attrs: _Attrs = dict(ruler.attrs[rank])
            index = int(ruler.indices[rank])
            written |= set(attrs)
            alternatives = _specs(patterns)
            if alternatives is not None and all(len(a) == 1 for a in alternatives) and index in (0, -1):
                at = len(self._single)
                self._single.append((rank, [a[0] for a in alternatives], attrs))
                selectors = [_index_values(pattern[0]) for pattern in patterns]
                if any(values is None for values in selectors):
                    self._anywhere.append(at)
                else:
                    for value in set().union(*(v for v in selectors if v is not None)):
                        self._by_value.setdefault(value, []).append(at)
            elif alternatives is not None:
                for specs in alternatives:
                    ids = []
                    for spec in specs:
                        ids.append(len(self._spec_list))
                        self._spec_list.append(spec)
                    self._long.append((rank, attrs, index, ids))
            else:
                key = self.vocab.strings.add(f"nexus_attribute_rule_{rank}")
                self._matcher.add(key, patterns)
                self._residual[key] = (rank, attrs, index)
        if any(a not in _WRITTEN for a in written):
            raise ValueError("the attribute ruler sets attributes the table cannot write")
        self._columns = [a for a in _WRITTEN if a in written]
        self._known = {}
        return self

    def _learn(self, key: tuple[int, ...]) -> _Known:
        strings = self.vocab.strings
        values = (strings[key[0]], strings[key[1]], strings[key[2]], key[3])

        def meets(spec: _Spec) -> bool:
            return all(test(values[at]) for at, test in spec)

        tried = sorted(
            {
                *self._by_value.get((0, values[0]), ()),
                *self._by_value.get((1, values[1]), ()),
                *self._anywhere,
            }
        )  # only the rules the token's form or tag selects can match it
        single = self._single
        ranked = [(single[r][0], single[r][2]) for r in tried if any(map(meets, single[r][1]))]
        satisfied = frozenset(i for i, spec in enumerate(self._spec_list) if meets(spec))
        starts = tuple(n for n, (_, _, _, ids) in enumerate(self._long) if ids[0] in satisfied)
        return _Known(ranked, self._outcome(ranked), satisfied, starts)

    def _outcome(self, ranked: list[tuple[int, _Attrs]]) -> tuple[int | None, ...]:
        values: _Attrs = {}
        for _, attrs in sorted(ranked, key=lambda r: r[0]):  # a later rule wins (AttributeRuler.match)
            values.update(attrs)
        return tuple(values.get(column) for column in self._columns)

    def __call__(self, doc: Doc) -> Doc:
        """Set the rules' attributes on the tokens of ``doc``; returns it."""
        n = len(doc)
        if not n or not self._columns:
            return doc
        known = self._known
        if len(known) > _MAX_KEYS:
            known.clear()
        found: list[_Known] = []
        for key in zip(*doc.to_array(_TESTED_IDS).T.tolist(), strict=True):
            entry = known.get(key)
            if entry is None:
                entry = known[key] = self._learn(key)
            found.append(entry)
        extra: dict[int, list[tuple[int, _Attrs]]] = {}
        for i, entry in enumerate(found):
            for alt in entry.starts:  # the longer rules, tried only where their first token stands
                rank, attrs, index, ids = self._long[alt]
                end = i + len(ids)
                if end <= n and all(ids[j] in found[i + j].satisfied for j in range(1, len(ids))):
                    at = (i if index >= 0 else end) + index
                    if i <= at < end:
                        extra.setdefault(at, []).append((rank, attrs))
        if self._residual:
            for match_id, start, end in self._matcher(doc, allow_missing=True):
                rank, attrs, index = self._residual[match_id]
                at = (start if index >= 0 else end) + index
                if start <= at < end:
                    extra.setdefault(at, []).append((rank, attrs))
        rows = doc.to_array(cast(list[int | str], self._columns)).tolist()
        for i, entry in enumerate(found):
            outcome = entry.outcome if i not in extra else self._outcome([*entry.ranked, *extra[i]])
            row = rows[i]
            for c, value in enumerate(outcome):
                if value is not None:
                    row[c] = value
        doc.from_array(cast(list[int | str], self._columns), cast(Any, numpy.array(rows, dtype=numpy.uint64)))
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """``self(doc)`` for each Doc of ``stream``, in order."""
        for doc in stream:
            yield self(doc)


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

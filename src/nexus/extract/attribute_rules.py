"""spaCy's attribute ruler, answered from dictionaries instead of a Matcher run over every pattern.

The English model's ``attribute_ruler`` holds some 180 rules, nearly all of one
token with plain values: a fine-grained tag ("NNS" gives NOUN and
``Number=Plur``), a word and a tag ("'s" as VBZ is a form of *be*), a word.
spaCy's ``Matcher`` tries every pattern at every token and the ruler then
builds a ``Span`` for each match to set the attributes, which costs about as
much as the lemmatizer and tagger together on short reports.

:class:`FastAttributeRuler` is an ``AttributeRuler`` (same patterns, same
serialisation) whose ``__call__`` looks up the rules of one token by its tag,
its lower-case form and both, keeps a ``Matcher`` only for the few rules that
need more (several tokens, the dependency label, a regular expression, a
negated set), and applies each token's rules in the ruler's own order: the
same attributes end up on every token as with spaCy's ruler, rule by rule.

:class:`FastLemmatizer` likewise stands in for the rule lemmatizer that runs
next: a token's lemma depends only on its word, part of speech and
morphology, so the lemma of each such triple is asked of the model's own
lemmatizer once and the lemmas of a Doc are written back in one call.
"""

from __future__ import annotations

import re
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

#: The component name of the English model's ruler, which :func:`speed_up` swaps in place.
RULER = "attribute_ruler"
FACTORY = "nexus_attribute_ruler"
#: The component name of the English model's lemmatizer, which :func:`speed_up` wraps in place.
LEMMATIZER = "lemmatizer"
LEMMATIZER_FACTORY = "nexus_lemmatizer"
#: Lemmatizer modes whose lemma is a function of the token's word, part of speech and morphology.
_PURE_MODES = ("rule", "lookup")

#: The token attributes the model's rules set, written back from one array.
_COLUMNS = [POS, MORPH, LEMMA, TAG, DEP]
_COLUMN_AT = {attr: at for at, attr in enumerate(_COLUMNS)}

#: The token attributes rules test (``IS_SPACE`` as 0 or 1), by column.
_MATCHED = [TAG, LOWER, DEP, IS_SPACE]
_MATCHED_AT = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}

#: The columns a lemma is read from (and the lemma already set).
_LEMMA_KEY = [ORTH, POS, MORPH, LEMMA]

#: A rule's check of one token attribute: ``(column, "==" | "IN" | "NOT_IN" | "REGEX", value)``.
_Check = tuple[int, str, Any]
#: The checks of one pattern token.
_Spec = tuple[_Check, ...]
#: ``(rule number, checks per pattern token)``.
_Rule = tuple[int, list[_Spec]]

#: Token kinds (tag, word, dependency, space) whose rules are remembered before the memory is cleared.
_ROW_CACHE = 200_000

#: Pattern keys and value forms the look-up tables answer; any other rule goes to the Matcher.
_INDEXED = {"TAG": TAG, "LOWER": LOWER}


class FastAttributeRuler(AttributeRuler):
    """An ``AttributeRuler`` that applies one-token tag/word rules by dictionary look-up."""

    _built_for = -1
    _by_tag: dict[int, tuple[int, ...]]
    _by_lower: dict[int, tuple[int, ...]]
    _by_both: dict[tuple[int, int], tuple[int, ...]]
    _anchored: dict[tuple[int, int], tuple[_Rule, ...]]
    _unanchored: tuple[_Rule, ...]
    _rest: Matcher | None
    _merged: dict[tuple[int, ...], tuple[tuple[int, int], ...] | dict[Any, Any]]
    _rows: dict[tuple[int, int, int, int], tuple[tuple[int, ...], tuple[_Rule, ...]]]

    def _build(self) -> None:
        """The look-up tables and compiled checks for the rules added so far."""
        strings = self.vocab.strings
        by_tag: dict[int, list[int]] = {}
        by_lower: dict[int, list[int]] = {}
        by_both: dict[tuple[int, int], list[int]] = {}
        anchored: dict[tuple[int, int], list[_Rule]] = {}
        unanchored: list[_Rule] = []
        rest = Matcher(self.vocab, validate=self.validate)
        n_rest = 0
        for attr_id, rule in enumerate(self.patterns):
            patterns: Any = rule["patterns"]  # a list of token-pattern lists, as given to ``add``
            options = _one_token_options(patterns) if rule["index"] in (0, -1) else None
            if options is not None:
                for tag, lower in options:
                    if tag is not None and lower is not None:
                        by_both.setdefault((strings.add(lower), strings.add(tag)), []).append(attr_id)
                    elif tag is not None:
                        by_tag.setdefault(strings.add(tag), []).append(attr_id)
                    elif lower is not None:
                        by_lower.setdefault(strings.add(lower), []).append(attr_id)
                continue
            compiled = [_compile(pattern, strings) for pattern in patterns]
            if any(c is None for c in compiled):
                rest.add(strings.add(str(attr_id)), patterns)
                n_rest += 1
                continue
            for specs in compiled:
                assert specs is not None
                compiled_rule = (attr_id, specs)
                anchor = _anchor(specs[0])
                if anchor is None:
                    unanchored.append(compiled_rule)
                else:
                    column, values = anchor
                    for value in values:
                        anchored.setdefault((column, value), []).append(compiled_rule)
        self._by_tag = {k: tuple(v) for k, v in by_tag.items()}
        self._by_lower = {k: tuple(v) for k, v in by_lower.items()}
        self._by_both = {k: tuple(v) for k, v in by_both.items()}
        self._anchored = {k: tuple(v) for k, v in anchored.items()}
        self._unanchored = tuple(unanchored)
        self._rest = rest if n_rest else None
        self._merged = {}
        self._rows = {}
        self._built_for = len(self.attrs)

    def _writes(self, ids: tuple[int, ...]) -> tuple[tuple[int, int], ...] | dict[Any, Any]:
        """What rules ``ids`` (ascending) set on a token, later rules overriding earlier ones:
        ``(column of _COLUMNS, value)`` pairs, or the attributes themselves when one is not a column."""
        writes = self._merged.get(ids)
        if writes is None:
            merged: dict[Any, Any] = {}
            for attr_id in ids:
                merged.update(self.attrs[attr_id])
            if merged.keys() <= _COLUMN_AT.keys():
                writes = tuple((_COLUMN_AT[attr], value) for attr, value in merged.items())
            else:
                writes = merged
            self._merged[ids] = writes
        return writes

    def _entry(self, row: tuple[int, int, int, int]) -> tuple[tuple[int, ...], tuple[_Rule, ...]]:
        """For a token with :data:`_MATCHED` values ``row``: the rules (ascending) that set its own
        attributes from it alone, and the longer rules whose first token it fits."""
        tag, lower, dep, space = row
        strings = self.vocab.strings
        ids = [
            *self._by_tag.get(tag, ()),
            *self._by_lower.get(lower, ()),
            *self._by_both.get((lower, tag), ()),
        ]
        longer: list[_Rule] = []
        candidates = [
            *self._anchored.get((0, tag), ()),
            *self._anchored.get((1, lower), ()),
            *self._anchored.get((2, dep), ()),
            *self._anchored.get((3, space), ()),
            *self._unanchored,
        ]
        for rule in candidates:
            attr_id, specs = rule
            if not _fits(list(row), specs[0], strings):
                continue
            if len(specs) == 1 and self.indices[attr_id] in (0, -1):
                ids.append(attr_id)
            else:
                longer.append(rule)
        return tuple(sorted(set(ids))), tuple(sorted(longer, key=lambda r: r[0]))

    def __call__(self, doc: Doc) -> Doc:
        """Set every rule's attributes on the tokens it matches (what ``AttributeRuler.__call__`` does)."""
        if self._built_for != len(self.attrs):
            self._build()
        n = len(doc)
        if not n:
            return doc
        strings, indices, cache = self.vocab.strings, self.indices, self._rows
        if len(cache) > _ROW_CACHE:
            cache.clear()
        rows = doc.to_array(_MATCHED).tolist()
        own: list[tuple[int, ...]] = []
        more: dict[int, list[int]] = {}
        for i, row in enumerate(rows):
            key = (row[0], row[1], row[2], row[3])
            entry = cache.get(key)
            if entry is None:
                entry = cache[key] = self._entry(key)
            own.append(entry[0])
            for attr_id, specs in entry[1]:
                end = i + len(specs)
                if end <= n and all(_fits(rows[i + k], specs[k], strings) for k in range(1, len(specs))):
                    more.setdefault(_target(attr_id, indices[attr_id], i, end), []).append(attr_id)
        if self._rest is not None:
            for match_id, start, end in self._rest(doc, allow_missing=True, as_spans=False):
                attr_id = int(strings[match_id])
                more.setdefault(_target(attr_id, indices[attr_id], start, end), []).append(attr_id)
        # every token's final values in one array, written back in one call; a rule setting anything
        # else (an extension attribute) is applied token by token, as spaCy's ruler does
        values = doc.to_array(_COLUMNS).tolist()
        changed = False
        for i, ids in enumerate(own):
            if i in more:
                ids = tuple(sorted({*ids, *more[i]}))
            if not ids:
                continue
            writes = self._writes(ids)
            if isinstance(writes, dict):
                set_token_attrs(doc[i], writes)
                continue
            row = values[i]
            for column, value in writes:
                row[column] = value
            changed = True
        if changed:
            array: Any = numpy.array(values, dtype=numpy.uint64)
            doc.from_array(_COLUMNS, array)
        return doc


def _target(attr_id: int, index: int, start: int, end: int) -> int:
    """The token a rule sets in its match ``start:end`` (``Span(doc, start, end)[index]``)."""
    at = (start if index >= 0 else end) + index
    if not start <= at < end:
        raise ValueError(f"attribute rule {attr_id} points at token {index} of a {end - start}-token match")
    return at


def _compile(pattern: list[dict[str, Any]], strings: StringStore) -> list[_Spec] | None:
    """The checks of each token of ``pattern`` on the :data:`_MATCHED` columns, as spaCy's
    Matcher makes them (plain values, ``IN``, ``NOT_IN``, ``REGEX``); None for anything else."""
    specs: list[_Spec] = []
    for token in pattern:
        checks: list[_Check] = []
        for key, value in token.items():
            column = _MATCHED_AT.get(key)
            if column is None:
                return None
            if isinstance(value, bool):
                checks.append((column, "==", int(value)))
            elif isinstance(value, str):
                checks.append((column, "==", strings.add(value)))
            elif isinstance(value, dict) and len(value) == 1:
                op, arg = next(iter(value.items()))
                if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
                    checks.append((column, op, frozenset(get_string_id(v) for v in arg)))
                elif op == "REGEX" and isinstance(arg, str):
                    checks.append((column, op, re.compile(arg)))
                else:
                    return None
            else:
                return None
        if not checks:
            return None
        specs.append(tuple(checks))
    return specs or None


def _anchor(spec: _Spec) -> tuple[int, frozenset[int]] | None:
    """A column and the values one of which a token must have there to meet ``spec`` (None: no such)."""
    for column, op, arg in spec:
        if op == "==":
            return column, frozenset((arg,))
        if op == "IN":
            return column, arg
    return None


def _fits(row: list[int], spec: _Spec, strings: StringStore) -> bool:
    """Whether a token (its :data:`_MATCHED` values) meets every check of ``spec``."""
    for column, op, arg in spec:
        value = row[column]
        if op == "==":
            if value != arg:
                return False
        elif op == "IN":
            if value not in arg:
                return False
        elif op == "NOT_IN":
            if value in arg:
                return False
        elif not arg.search(strings[value]):  # REGEX, on the attribute's string
            return False
    return True


def _one_token_options(patterns: list[list[dict[str, Any]]]) -> list[tuple[str | None, str | None]] | None:
    """``(tag, lower)`` pairs (either may be None: any) that together match exactly what
    ``patterns`` match, when each is one token constrained only by plain or ``IN`` values of
    TAG and LOWER; else None."""
    options: list[tuple[str | None, str | None]] = []
    for pattern in patterns:
        if len(pattern) != 1 or not pattern[0] or set(pattern[0]) - _INDEXED.keys():
            return None
        values: dict[str, list[str | None]] = {}
        for key in _INDEXED:
            value = pattern[0].get(key)
            if value is None:
                values[key] = [None]
            elif isinstance(value, str):
                values[key] = [value]
            elif (
                isinstance(value, dict)
                and set(value) == {"IN"}
                and all(isinstance(v, str) for v in value["IN"])
            ):
                values[key] = list(dict.fromkeys(value["IN"]))
            else:
                return None
        options += [(tag, lower) for tag in values["TAG"] for lower in values["LOWER"]]
    return list(dict.fromkeys(options))


def _strings(values: object) -> bool:
    return isinstance(values, list) and all(isinstance(v, str) for v in values)


class FastLemmatizer:
    """The model's lemmatizer with its answers remembered per (word, part of speech, morphology)."""

    def __init__(self, name: str = LEMMATIZER) -> None:
        """An empty wrapper; :func:`speed_up` gives it the lemmatizer it stands for (``inner``)."""
        self.name = name
        self.inner: Lemmatizer | None = None
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        """Set ``token.lemma_`` as ``Lemmatizer.__call__`` does: each unset lemma (all with ``overwrite``)."""
        inner = self.inner
        if inner is None:
            raise ValueError("FastLemmatizer has no lemmatizer to stand for (see attribute_rules.speed_up)")
        if not len(doc):
            return doc
        if not inner._validated:
            inner._validate_tables(Errors.E1004)
        lemmas, strings, overwrite = self._lemmas, doc.vocab.strings, inner.overwrite
        if len(lemmas) > _ROW_CACHE:
            lemmas.clear()
        rows = doc.to_array(_LEMMA_KEY).tolist()
        values: list[int] = []
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if overwrite or lemma == 0:
                key = (orth, pos, morph)
                found = lemmas.get(key)
                if found is None:
                    found = lemmas[key] = strings.add(inner.lemmatize(doc[i])[0])
                lemma = found
                changed = True
            values.append(lemma)
        if changed:
            array: Any = numpy.array(values, dtype=numpy.uint64)
            doc.from_array([LEMMA], array)
        return doc


def make_fast_lemmatizer(name: str) -> FastLemmatizer:
    """An empty :class:`FastLemmatizer` (:func:`speed_up` gives it the model's lemmatizer)."""
    return FastLemmatizer(name)


def make_fast_ruler(nlp: Language, name: str) -> FastAttributeRuler:
    """An empty :class:`FastAttributeRuler` (:func:`speed_up` fills it with the model's rules)."""
    return FastAttributeRuler(nlp.vocab, name)


def speed_up(nlp: Language) -> None:
    """Swap the pipeline's ``attribute_ruler`` for a :class:`FastAttributeRuler` with the same rules,
    in the same place and under the same name (nothing happens if it has none or has it already)."""
    if RULER not in nlp.pipe_names:
        return
    old = nlp.get_pipe(RULER)
    if isinstance(old, FastAttributeRuler) or not isinstance(old, AttributeRuler):
        return
    from nexus.extract import registry  # noqa: F401  (registers FACTORY; it imports this module)

    patterns = old.patterns
    new = nlp.replace_pipe(RULER, FACTORY)
    assert isinstance(new, FastAttributeRuler)
    new.add_patterns(patterns)
    if LEMMATIZER in nlp.pipe_names:
        lemmatizer = nlp.get_pipe(LEMMATIZER)
        if isinstance(lemmatizer, Lemmatizer) and lemmatizer.mode in _PURE_MODES:
            wrapper = nlp.replace_pipe(LEMMATIZER, LEMMATIZER_FACTORY)
            assert isinstance(wrapper, FastLemmatizer)
            wrapper.inner = lemmatizer

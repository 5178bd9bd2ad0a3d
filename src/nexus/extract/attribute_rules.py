"""The base model's attribute rules, found by direct lookups instead of spaCy's Matcher.

The ``attribute_ruler`` of the English models maps each fine tag to its
coarse part of speech and morphology and fixes a few words ("gonna", "y'all",
"there is"), with some 180 one- and two-token patterns. spaCy runs them
through its general ``Matcher``, which tries every pattern state at every
token and costs about as much as the tagger itself. Each of these patterns
only compares token attributes for equality or set membership (or a regular
expression), so :class:`RuleIndex` finds the same matches by looking the
token's tag and lower-case form up in tables. The ruler then applies them
exactly as before (``AttributeRuler.set_annotations``, sorted by rule), so the
annotations are the same; a ruler with any pattern shape the index does not
know is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Token

#: What a pattern may test, and how each is read from a token.
_ATTRS: dict[str, Callable[[Token], Any]] = {
    "TAG": lambda t: t.tag_,
    "LOWER": lambda t: t.lower_,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
}

#: A test of one token: ``(attribute, kind, value)``, kind "eq", "in", "not_in" or "regex".
_Test = tuple[str, str, Any]


def _token_tests(spec: dict[str, Any]) -> list[_Test] | None:
    """The tests of one token pattern, or None when it uses anything but plain values, IN, NOT_IN
    and REGEX."""
    tests: list[_Test] = []
    for attr, value in spec.items():
        if attr not in _ATTRS:
            return None
        if isinstance(value, dict):
            if set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
                tests.append((attr, "in", frozenset(value["IN"])))
            elif set(value) == {"NOT_IN"} and all(isinstance(v, str) for v in value["NOT_IN"]):
                tests.append((attr, "not_in", frozenset(value["NOT_IN"])))
            elif set(value) == {"REGEX"} and isinstance(value["REGEX"], str):
                tests.append((attr, "regex", re.compile(value["REGEX"])))
            else:
                return None
        elif isinstance(value, bool) == (attr == "IS_SPACE") and isinstance(value, str | bool):
            tests.append((attr, "eq", value))
        else:
            return None
    return tests


def _passes(token: Token, tests: list[_Test]) -> bool:
    for attr, kind, value in tests:
        got = _ATTRS[attr](token)
        if kind == "eq":
            if got != value:
                return False
        elif kind == "in":
            if got not in value:
                return False
        elif kind == "not_in":
            if got in value:
                return False
        elif not value.search(got):
            return False
    return True


class RuleIndex:
    """The ruler's patterns, indexed by what their first token must be: its lower-case form, else
    its tag, else its dependency label; the rest (regular expressions, spaces) are tried everywhere."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.keys: list[int] = []  # the Matcher key of each rule (its position, as a string)
        self.index: dict[str, dict[Any, list[tuple[int, list[list[_Test]]]]]] = {
            "LOWER": {},
            "TAG": {},
            "DEP": {},
        }
        self.other: list[tuple[int, list[list[_Test]]]] = []
        self.usable = True
        for position, rule in enumerate(ruler.patterns):
            self.keys.append(ruler.vocab.strings.add(str(position)))
            patterns: list[list[dict[str, Any]]] = rule["patterns"]  # type: ignore[assignment]
            for pattern in patterns:
                compiled = [_token_tests(spec) for spec in pattern]
                if not compiled or any(tests is None for tests in compiled):
                    self.usable = False
                    return
                tests = [t for t in compiled if t is not None]
                self._file((position, tests))

    def _file(self, entry: tuple[int, list[list[_Test]]]) -> None:
        first = {attr: (kind, value) for attr, kind, value in entry[1][0]}
        for attr in ("LOWER", "TAG", "DEP"):
            kind, value = first.get(attr, ("", None))
            if kind in ("eq", "in"):
                for one in [value] if kind == "eq" else sorted(value):
                    self.index[attr].setdefault(one, []).append(entry)
                return
        self.other.append(entry)

    def matches(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """``(rule, key, start, end)`` for every match, sorted as ``AttributeRuler.match`` sorts."""
        found: set[tuple[int, int, int, int]] = set()
        length = len(doc)
        by_lower, by_tag, by_dep = self.index["LOWER"], self.index["TAG"], self.index["DEP"]
        for token in doc:
            i = token.i
            for position, tests in (
                *by_lower.get(token.lower_, ()),
                *by_tag.get(token.tag_, ()),
                *by_dep.get(token.dep_, ()),
                *self.other,
            ):
                end = i + len(tests)
                if end > length or not _passes(token, tests[0]):
                    continue
                if all(_passes(doc[i + k], tests[k]) for k in range(1, len(tests))):
                    found.add((position, self.keys[position], i, end))
        return sorted(found)


def install(ruler: object) -> None:
    """Have an ``AttributeRuler`` find its matches with a :class:`RuleIndex` (when every pattern
    fits one; anything else is left as it is). Patterns added to the ruler later are not seen."""
    if not isinstance(ruler, AttributeRuler):
        return
    index = RuleIndex(ruler)
    if index.usable:
        ruler.match = index.matches  # type: ignore[method-assign]

"""Numbers written in words or figures, with their qualifiers: "more than 20" -> (21, "at_least").

The reader the casualty stage counts tolls with (``nexus.extract.casualties``) and the KB reads
reported figures with (``nexus.resolve.figures``), kept apart from the parser so that reading a
store never loads spaCy. Qualifiers and vague words are data: ``qualifiers``, ``vague_plurals``
and ``vague_multipliers`` of ``casualties.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from nexus.model import Qualifier
from nexus.ontology import table

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_MULTIPLIERS = {"hundred": 100, "dozen": 12, "score": 20}
_NUMERAL = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_ARTICLES = frozenset({"a", "an"})
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10}  # fmt: skip
_LAST = frozenset({"last", "final"})
#: A range written as one token: '18-22', '18–22'.
_GLUED_RANGE = re.compile(r"^(\d{1,6})[-\u2010-\u2015](\d{1,6})$")


@dataclass(frozen=True)
class NumberLexicon:
    """The number words of ``casualties.yaml``: qualifier phrases ("more than" -> at_least, +1),
    vague plurals ("dozens" -> 24) and vague multipliers ("several" hundred -> 3)."""

    qualifiers: dict[tuple[str, ...], tuple[Qualifier, int]]
    vague: dict[str, int]
    vague_multipliers: dict[str, int]


@cache
def number_lexicon() -> NumberLexicon:
    data = table("casualties.yaml")
    qualifiers: dict[tuple[str, ...], tuple[Qualifier, int]] = {}
    for phrase, spec in (data.get("qualifiers") or {}).items():
        qualifiers[tuple(str(phrase).lower().split())] = (spec["qualifier"], int(spec.get("offset", 0)))
    return NumberLexicon(
        qualifiers=qualifiers,
        vague={str(k).lower(): int(v) for k, v in (data.get("vague_plurals") or {}).items()},
        vague_multipliers={str(k).lower(): int(v) for k, v in (data.get("vague_multipliers") or {}).items()},
    )


def _split_words(text: str) -> list[str]:
    text = re.sub(r"[\u2010-\u2015-]", " ", text.lower())
    return [w for w in (w.strip(",;:") for w in text.split()) if w]


def _can_append(current: int, value: int) -> bool:
    """'twenty' + 'six' is fine, 'six' + 'twenty' or 'twenty' + 'twenty' is not."""
    return current == 0 or current % (10 ** len(str(value))) == 0


def _parse_exact(words: list[str]) -> int | None:
    total, current, seen, last_scale = 0, 0, False, 0
    i = 0
    while i < len(words):
        word = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else None
        if word == "and":
            if not seen or nxt is None:
                return None
        elif word == "half" and words[i + 1 : i + 3] == ["a", "dozen"] and current == 0:
            current, seen = 6, True
            i += 2
        elif word == "half" and words[i + 1 : i + 2] == ["dozen"] and current == 0:
            current, seen = 6, True  # 'a half-dozen'
            i += 1
        elif word in _ARTICLES and nxt == "half" and not current:
            pass
        elif word in _ARTICLES:
            if current or (nxt not in _MULTIPLIERS and nxt not in _SCALES):
                return None
            current, seen = 1, True
        elif word in _UNITS:
            if not _can_append(current, _UNITS[word]):
                return None
            current, seen = current + _UNITS[word], True
        elif word in _MULTIPLIERS:
            mult = _MULTIPLIERS[word]
            if current >= mult:
                return None
            current, seen = (current or 1) * mult, True
        elif word in _SCALES:
            scale = _SCALES[word]
            if last_scale and scale >= last_scale:
                return None
            total, current, last_scale, seen = total + (current or 1) * scale, 0, scale, True
        elif _NUMERAL.match(word):
            if current:
                return None
            number = float(word.replace(",", ""))
            if "." in word:
                if nxt not in _SCALES:
                    return None
                scale = _SCALES[nxt]
                total, last_scale, seen = total + round(number * scale), scale, True
                i += 2
                continue
            current, seen = int(number), True
        else:
            return None
        i += 1
    return total + current if seen else None


def _parse_vague(words: list[str]) -> int | None:
    """'dozens', 'hundreds of thousands', 'tens of thousands' -> a floor of two."""
    lex = number_lexicon()
    first = "tens" if words[0] == "tens" else words[0]
    base = 20 if first == "tens" else lex.vague.get(first)
    if base is None:
        return None
    rest = words[1:]
    if not rest:
        return base
    if len(rest) == 2 and rest[0] == "of" and rest[1].rstrip("s") in _SCALES:
        return base * _SCALES[rest[1].rstrip("s")]
    return None


def _strip_qualifier(words: list[str]) -> tuple[Qualifier, int, list[str]] | None:
    for size in (3, 2, 1):
        spec = number_lexicon().qualifiers.get(tuple(words[:size]))
        if spec is not None and len(words) > size:
            return spec[0], spec[1], words[size:]
    return None


def parse_number(text: str) -> tuple[int, Qualifier] | None:
    """A numeral or number words with an optional qualifier, as (value, qualifier).

    >>> parse_number("more than 20")
    (21, 'at_least')
    >>> parse_number("one hundred and fifteen")
    (115, 'exact')
    >>> parse_number("several hundred")
    (300, 'at_least')

    Returns None when the text is not (only) a number.
    """
    words = _split_words(text)
    if not words:
        return None
    qualifier: Qualifier = "exact"
    offset = 0
    stripped = _strip_qualifier(words)
    if stripped is not None:
        qualifier, offset, words = stripped
    if words[0] == "a" and len(words) > 2 and words[1] in number_lexicon().vague_multipliers:
        words = words[1:]  # 'a few hundred'
    factor = number_lexicon().vague_multipliers.get(words[0])
    if factor is not None and len(words) > 1:
        # 'several hundred': at least three hundred, never the bare word's hundred.
        rest = _parse_exact(words[1:])
        if rest is None:
            return None
        return rest * factor + offset, "at_least" if stripped is None else qualifier
    value = _parse_exact(words)
    if value is None:
        value = _parse_vague(words)
        if value is None:
            return None
        if stripped is None:
            qualifier = "at_least"
    value += offset
    return (value, qualifier) if value >= 0 else None

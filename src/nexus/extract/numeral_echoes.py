"""Numerals echoed in digits after their words: "five (05) soldiers", "about thirty (30)".

Official communiqués (and reports that copy them) repeat a number written in words in
digits between brackets. The parser reads the bracketed digits as a second number or a
loose conjunct, and the figure loses its noun and its verb ("eleven (11) were wounded").
The echo says nothing the words do not, so it is blanked (same length, every character
offset stays true) before the text is parsed; an aside that is not the same number
("seven (including two officers)", "three (3 km)") is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nexus.extract.casualties import parse_number

# A word run of up to four words (hyphens kept: "twenty-two") before a bracketed numeral.
_ECHO = re.compile(r"((?:[A-Za-z]+(?:-[A-Za-z]+)*[ \t]){0,3}[A-Za-z]+(?:-[A-Za-z]+)*)([ \t]?\((\d{1,6})\))")
# A bracketed numeral alone: where an echo can end. ``_ECHO`` is tried only on the run of word
# characters just before one, not from every letter of the text.
_BRACKETED = re.compile(r"\(\d{1,6}\)")
_RUN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz- \t")


def _told_in_words(words: str, value: int) -> bool:
    """Whether the last words of ``words`` are the number ``value`` ("about thirty" → 30)."""
    parts = words.split()
    for k in range(1, len(parts) + 1):
        tail = " ".join(parts[-k:])
        if any(ch.isdigit() for ch in tail):
            return False
        parsed = parse_number(tail)
        if parsed is not None and parsed[0] == value:
            return True
    return False


def _echoes(text: str) -> Iterator[re.Match[str]]:
    """``_ECHO.finditer(text)``: an echo holds only letters, hyphens and blanks before its
    bracket, so it is searched for in the run of those just before each bracketed numeral."""
    for bracket in _BRACKETED.finditer(text):
        start = bracket.start()
        while start > 0 and text[start - 1] in _RUN:
            start -= 1
        match = _ECHO.search(text, start, bracket.end())
        if match is not None:
            yield match


def blank_numeral_echoes(text: str) -> str:
    """``text`` with each bracketed numeral that repeats the number words just before it turned
    into spaces: "five (05) soldiers" is read as "five soldiers"."""
    if "(" not in text:
        return text
    chars: list[str] | None = None
    for match in _echoes(text):
        if not _told_in_words(match.group(1), int(match.group(3))):
            continue
        if chars is None:
            chars = list(text)
        for at in range(match.start(2), match.end(2)):
            chars[at] = " "
    return text if chars is None else "".join(chars)

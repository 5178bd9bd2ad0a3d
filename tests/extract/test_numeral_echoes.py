"""Numeral echoes are searched only before bracketed numerals, with the same matches as a scan of
the whole text (the blanking must not change with the speed-up)."""

from __future__ import annotations

import pytest

from nexus.extract.numeral_echoes import _ECHO, _echoes, blank_numeral_echoes


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Raiders seized twelve (12) goats and three (03) herders at dawn.", id="two-echoes"),
        pytest.param("the harbour guards, all six of them (6), left", id="words-then-comma"),
        pytest.param("some one two three four five six (6) boats", id="longer-run-than-four-words"),
        pytest.param("the 1990s forty-one(41) cases", id="starts-inside-a-word-no-space"),
        pytest.param("seventy\t(70) crates ((8)) and (9)", id="tab-and-nested-brackets"),
        pytest.param("(4) at the start, then nine (9)", id="bracket-first"),
        pytest.param("a count of 1234567 (1234567) rifles", id="seven-digits"),
        pytest.param("", id="empty"),
    ],
)
def test_echoes_match_a_whole_text_scan(text: str) -> None:
    expected = [(m.span(), m.groups()) for m in _ECHO.finditer(text)]
    assert [(m.span(), m.groups()) for m in _echoes(text)] == expected


def test_an_echo_after_a_long_run_of_words_is_blanked() -> None:
    text = "the port authority said that exactly twenty-two (22) vessels were held"
    out = blank_numeral_echoes(text)
    assert out == text.replace(" (22)", "     ")

"""normalize_text repairs damage and leaves clean text byte-identical (offsets depend on it)."""

from __future__ import annotations

import pytest

from nexus.ingest.normalize import is_blank, normalize_text

CLEAN = [
    "Pakistan’s ‘Kashmir Solidarity Day’ — “quote”",
    "naïve résumé in Zürich, 東京, کراچی and Peshawar… 12–14 February",
    "ligature ﬁle, full-width ＡＢＣ, decomposed e\u0301, nbsp\u00a0here, zero\u200bwidth",
    "AT&amp;T said <b>nothing</b>\n\ttabbed line\n",
    "line\u2028separator stays",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_text_is_untouched(text: str) -> None:
    out = normalize_text(text)
    assert out == text
    assert out.encode("utf-8") == text.encode("utf-8")


def test_mojibake_repaired() -> None:
    assert normalize_text("donâ€™t") == "don’t"
    assert normalize_text("The group said it â€œwould continueâ€\x9d attacks") == (
        "The group said it “would continue” attacks"
    )


def test_windows_1252_c1_controls_become_punctuation() -> None:
    assert normalize_text("\x93quoted\x94") == "“quoted”"


def test_newlines_normalised() -> None:
    assert normalize_text("one\r\ntwo\rthree\n") == "one\ntwo\nthree\n"


def test_nul_and_control_characters_stripped() -> None:
    assert normalize_text("\ufeffa\x00b\x07c\x1b[31md\x1b[0m\x7f") == "abcd"


def test_idempotent() -> None:
    once = normalize_text("donâ€™t\r\nstop\x00")
    assert normalize_text(once) == once


def test_is_blank() -> None:
    assert is_blank(None)
    assert is_blank(" \n\t")
    assert not is_blank(" x ")

"""Unnamed social-media posts told as a speaker ("many accounts said ...", "users blamed
...") are talk about a happening, no party's statement (``statement_voice.post_speakers`` of
events.yaml); a body saying the same stays a statement. Invented sentences, whole pipeline.
"""

from __future__ import annotations

from typing import Any


def _statements(extract: Any, text: str) -> list[Any]:
    return [e for e in extract(text, published="2026-05-14").events if e.type == "statement"]


def test_accounts_insisting_make_no_statement(extract: Any) -> None:
    text = "By evening several pro-army accounts in Brenmoor insisted that the clip was years old."
    assert not _statements(extract, text)


def test_users_blaming_make_no_statement(extract: Any) -> None:
    text = "Users on social media blamed the army for the fire at Oskarvik."
    assert not _statements(extract, text)


def test_a_ministry_insisting_stays_a_statement(extract: Any) -> None:
    text = "By evening the interior ministry of Norland insisted that the clip was years old."
    assert _statements(extract, text)

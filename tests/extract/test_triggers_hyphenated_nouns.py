"""A trigger noun written with a hyphen that the tokenizer splits ("sit", "-", "in"): read whole at
its last part (triggers.hyphenated_word), and reported as the page writes it (triggers.trigger_text)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from nexus.extract.triggers import find_triggers, hyphenated_word


def _events(extraction: Any) -> list[tuple[str, str]]:
    return [(e.type, e.trigger) for e in extraction.events]


@pytest.mark.parametrize(
    "text",
    [
        "Shopkeepers staged a sit-in outside the district office on Monday, demanding more police patrols.",
        "Two hundred farmers held a sit-in on the ring road on Friday to demand their leader's release.",
        "Widows of slain guards organised a sit-in outside the district court, demanding compensation.",
    ],
)
def test_a_sit_in_is_a_rally(extract: Any, text: str) -> None:
    assert ("rally", "sit-in") in _events(extract(text, published="2025-05-14"))


@pytest.mark.parametrize(
    "text",
    [
        "The minister sat in the front row while the report was read out.",
        "The clinic runs a walk-in service for pregnant women.",
        "The governor's log-in details were stolen last year.",
    ],
)
def test_words_that_only_look_alike_trigger_nothing(nlp: Language, text: str) -> None:
    sent = next(iter(nlp(text).sents))
    assert [kind for _, kind in find_triggers(sent)] == []


def test_hyphenated_word_needs_the_parts_written_together(nlp: Language) -> None:
    joined = nlp("They held a sit-in.")
    apart = nlp("They sat - in silence.")
    assert hyphenated_word(joined[5]) == "sit-in"
    assert hyphenated_word(apart[3]) is None

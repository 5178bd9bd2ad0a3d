"""Measures put in force by the verb that decrees them: a curfew or a state of emergency
decreed (the tagger's bare "decreed" mended to its lemma) are sanctions; words announced and a
ban merely discussed are not. Invented officials and towns; the sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest


def _sanctions(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type == "sanction"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "District commissioner Omar Teku deplored the night's bloodshed and decreed "
            "a night curfew for Selvo and the farms around it for two weeks.",
            id="curfew-decreed",
        ),
        pytest.param(
            "On Wednesday evening the cabinet decreed a month-long state of emergency across Selvo province.",
            id="emergency-decreed",
        ),
    ],
)
def test_a_measure_decreed_is_a_sanction(extract: Any, text: str) -> None:
    assert len(_sanctions(extract(text))) == 1


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The governor announced on Monday that talks with the elders of Selvo would resume.",
            id="words-announced",
        ),
        pytest.param(
            "The council said a ban on motorcycles in Selvo would be discussed next month.",
            id="ban-discussed",
        ),
    ],
)
def test_words_announced_or_a_ban_discussed_are_no_sanction(extract: Any, text: str) -> None:
    assert not _sanctions(extract(text))

"""The victims stay the killing verb's object when the speaker after them is read as their
apposition ('killed at least 19 people, the province's deputy governor said')."""

from __future__ import annotations

from typing import Any


def test_the_victims_before_an_appositive_speaker_are_counted(casualty_figures: Any) -> None:
    text = (
        "Monday's truck bombing near an army depot in Ossora has now killed at least 19 people, "
        "the province's deputy governor said on Wednesday."
    )
    assert casualty_figures(text) == [("killed", 19, "at_least")]


def test_a_speaker_without_a_killing_verb_gives_no_figure(casualty_figures: Any) -> None:
    text = "Monday's rally near an army depot in Ossora has now drawn at least 19 people, the governor said."
    assert casualty_figures(text) == []

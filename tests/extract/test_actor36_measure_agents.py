"""A "by" phrase of a measure ("extended by three months the ban") is no doer: the clause's
subject, however the parser hangs it, acts."""

from __future__ import annotations

from typing import Any

import pytest


def _actors(extract: Any, text: str, etype: str) -> list[list[str]]:
    return [e.actors for e in extract(text).events if e.type == etype]


@pytest.mark.parametrize("measure", ["three months", "two weeks", "a year"])
def test_a_ban_extended_by_a_time_is_the_named_officials(extract: Any, measure: str) -> None:
    text = (
        "NIAMEY, March 4 — Gunmen killed nine villagers in a raid near Ouallam on Monday, police said. "
        "Also on Tuesday, the governor of Tahoua region, Brigadier General Moussa Idrissa Kane, "
        f"extended by {measure} the ban on motorcycle traffic across the region."
    )
    assert _actors(extract, text, "sanction") == [["Moussa Idrissa Kane"]]


def test_a_true_agent_still_names_the_doer(extract: Any) -> None:
    text = (
        "MAIDUGURI, March 4 — Three soldiers were killed by Boko Haram fighters in an ambush near "
        "Bama on Monday, the army said."
    )
    assert ["Boko Haram"] in _actors(extract, text, "attack")

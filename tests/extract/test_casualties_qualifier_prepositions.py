"""A qualifier opening with a preposition ('in excess of 30') keeps the number on its noun."""

from __future__ import annotations

from typing import Any


def test_the_hurt_after_in_excess_of_are_counted_with_the_dead(casualty_figures: Any) -> None:
    text = (
        "Not less than 11 pilgrims were martyred and in excess of 40 sustained injuries after a "
        "rocket struck a shrine near Tarvel."
    )
    assert casualty_figures(text) == [("killed", 11, "at_least"), ("injured", 41, "at_least")]


def test_a_figure_of_in_excess_of_after_a_killing_verb(casualty_figures: Any) -> None:
    text = "The truck bomb killed eight guards and in excess of 60 suffered wounds at the depot in Ossora."
    assert ("injured", 61, "at_least") in casualty_figures(text)

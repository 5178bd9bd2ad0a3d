"""A qualifier opening with a preposition ('in excess of 30') keeps the number on its noun."""

from __future__ import annotations

from typing import Any

from nexus.extract.casualties import sentence_casualties


def _figures(extractor: Any, text: str) -> list[tuple[str, int, str]]:
    doc = extractor.nlp(text)
    return [(m.kind, m.count.value, m.count.qualifier) for s in doc.sents for m in sentence_casualties(s)]


def test_the_hurt_after_in_excess_of_are_counted_with_the_dead(extractor: Any) -> None:
    text = (
        "Not less than 11 pilgrims were martyred and in excess of 40 sustained injuries after a "
        "rocket struck a shrine near Tarvel."
    )
    assert _figures(extractor, text) == [("killed", 11, "at_least"), ("injured", 41, "at_least")]


def test_a_figure_of_in_excess_of_after_a_killing_verb(extractor: Any) -> None:
    text = "The truck bomb killed eight guards and in excess of 60 suffered wounds at the depot in Ossora."
    assert ("injured", 61, "at_least") in _figures(extractor, text)

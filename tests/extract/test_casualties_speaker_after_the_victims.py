"""The victims stay the killing verb's object when the speaker after them is read as their
apposition ('killed at least 19 people, the province's deputy governor said')."""

from __future__ import annotations

from typing import Any

from nexus.extract.casualties import sentence_casualties


def _figures(extractor: Any, text: str) -> list[tuple[str, int, str]]:
    doc = extractor.nlp(text)
    return [(m.kind, m.count.value, m.count.qualifier) for s in doc.sents for m in sentence_casualties(s)]


def test_the_victims_before_an_appositive_speaker_are_counted(extractor: Any) -> None:
    text = (
        "Monday's truck bombing near an army depot in Ossora has now killed at least 19 people, "
        "the province's deputy governor said on Wednesday."
    )
    assert _figures(extractor, text) == [("killed", 19, "at_least")]


def test_a_speaker_without_a_killing_verb_gives_no_figure(extractor: Any) -> None:
    text = "Monday's rally near an army depot in Ossora has now drawn at least 19 people, the governor said."
    assert _figures(extractor, text) == []

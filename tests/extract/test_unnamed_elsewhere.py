"""A happening set at an unnamed place a modifier sets apart ("in a neighbouring township")
lies neither at the town another sentence names nor at the dateline's
(``unnamed_elsewhere.set_at_an_unnamed_other_place``, ``coreference`` placing)."""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from nexus.extract.unnamed_elsewhere import set_at_an_unnamed_other_place


def _trigger(nlp: Language, text: str, word: str) -> Any:
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


def test_a_strike_in_a_neighbouring_township_is_set_elsewhere(nlp: Language) -> None:
    text = "The agency also heard of a strike on a clinic in a neighbouring township on Friday."
    assert set_at_an_unnamed_other_place([_trigger(nlp, text, "strike")])


def test_a_named_neighbour_is_not_an_unnamed_place(nlp: Language) -> None:
    text = "The agency also heard of a strike on a clinic in neighbouring Velmora on Friday."
    assert not set_at_an_unnamed_other_place([_trigger(nlp, text, "strike")])


def test_a_plain_township_is_not_set_apart(nlp: Language) -> None:
    text = "The agency also heard of a strike on a clinic in the township on Friday."
    assert not set_at_an_unnamed_other_place([_trigger(nlp, text, "strike")])


def test_a_strike_heard_of_in_a_neighbouring_township_does_not_take_the_town_told_before(
    extract: Any,
) -> None:
    text = (
        "DASTRAPUR -- Gunmen killed six traders at the cattle market in Kelmora on Tuesday, officials "
        "said. Aid workers separately heard about an air strike on a clinic in a neighbouring "
        "township late on Wednesday."
    )
    strikes = [e for e in extract(text, published="2025-06-12").events if e.trigger == "strike"]
    assert strikes and all(e.place is None for e in strikes)


def test_a_strike_in_the_same_town_keeps_the_town_told_before(extract: Any) -> None:
    text = (
        "DASTRAPUR -- Gunmen killed six traders at the cattle market in Kelmora on Tuesday, officials "
        "said. Aid workers separately heard about an air strike on a clinic there late on Wednesday."
    )
    strikes = [e for e in extract(text, published="2025-06-12").events if e.trigger == "strike"]
    assert strikes and all(e.place is not None and e.place.name == "Kelmora" for e in strikes)

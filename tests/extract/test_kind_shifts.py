"""A side's change of the kinds of happening it goes in for ("switched from raids on barracks
to raids on ferries", "turned to kidnappings") tells no happening (kind_shifts.py); one
happening after a verb of change, or told beside one, stays one. Invented sentences.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from nexus.extract.kind_shifts import in_kind_shift


def _noun(nlp: Language, text: str, word: str) -> Any:
    return next(t for t in nlp(text) if t.lower_ == word)


def test_bare_plurals_a_side_shifted_between_are_kinds(nlp: Language) -> None:
    text = "The Grey Tide movement shifted from raids on soldiers towards raids on ferries."
    raids = [t for t in nlp(text) if t.lower_ == "raids"]
    assert raids and all(in_kind_shift(t) for t in raids)


def test_the_second_kind_hung_on_the_first_is_a_kind(nlp: Language) -> None:
    doc = nlp(
        "The authors argue that the Grey Tide, a coastal rebel movement, shifted from bombings of "
        "barracks towards bombings of ferries and piers during the second year."
    )
    kinds = [t for t in doc if t.lower_ == "bombings"]
    assert kinds[1].head.head.i == kinds[0].i  # the parse this test is about: "towards" on the first
    assert in_kind_shift(kinds[0]) and in_kind_shift(kinds[1])


def test_the_attacks_with_an_article_are_happenings(nlp: Language) -> None:
    assert not in_kind_shift(_noun(nlp, "The rebels shifted to the attacks on the depot.", "attacks"))


def test_a_bare_plural_under_another_verb_is_no_kind(nlp: Language) -> None:
    assert not in_kind_shift(_noun(nlp, "The rebels withdrew from raids on the depot.", "raids"))


def test_a_thesis_on_a_shift_of_kinds_tells_no_event(extract: Any) -> None:
    text = (
        "The paper argues that the Grey Tide movement switched from raids on barracks to raids on "
        "ferries in 2025."
    )
    assert not extract(text, published="2026-05-14").events


def test_a_raid_told_beside_a_move_stays_an_attack(extract: Any) -> None:
    text = "Troops moved to the hamlet after raids on two farms at Oskarvik on Monday killed six herders."
    assert "attack" in [e.type for e in extract(text, published="2026-05-14").events]

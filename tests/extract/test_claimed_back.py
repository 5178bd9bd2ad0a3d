"""A happening laid at a group's door in a later sentence by a pronoun ("It was blamed on X"), and
the claimed or blamed objects that refer back to a happening told before ("the raid", "it").
Invented places and groups."""

from __future__ import annotations

from typing import Any

import pytest

from nexus.extract.claimed_back import happening_pronoun, refers_back

_LEAD = "TARVESK, May 4 — Raiders shot dead four guards at a grain depot outside Tarvesk on Saturday night. "


def _events(extraction: Any, kind: str) -> list[Any]:
    return [e for e in extraction.events if e.type == kind]


@pytest.mark.parametrize(
    "after",
    [
        "It was blamed on the Osk Valley Liberation Front, which has fought the army for a decade.",
        "This was later attributed to the Osk Valley Liberation Front by the district governor.",
    ],
)
def test_a_pronoun_blamed_on_a_group_names_the_attack_told_before(extract: Any, after: str) -> None:
    attacks = _events(extract(_LEAD + after), "attack")
    assert attacks
    assert "Osk Valley Liberation Front" in attacks[0].actors


def test_a_pronoun_not_blamed_on_a_group_names_no_actor(extract: Any) -> None:
    attacks = _events(extract(_LEAD + "It was not blamed on the Osk Valley Liberation Front."), "attack")
    assert attacks
    assert "Osk Valley Liberation Front" not in attacks[0].actors


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The front claimed the raid within hours.", "raid", True),
        ("The front claimed that raid within hours.", "raid", True),
        ("The front claimed a raid within hours.", "raid", False),
        ("The front claimed the raid in Tarvesk within hours.", "raid", False),
        ("The front claimed it within hours.", "it", True),
    ],
)
def test_claimed_objects_that_refer_back(extractor: Any, text: str, word: str, expected: bool) -> None:
    doc = extractor.nlp(text)
    token = next(t for t in doc if t.lower_ == word)
    assert refers_back(token) is expected


def test_only_pronouns_take_up_a_happening(extractor: Any) -> None:
    doc = extractor.nlp("It was blamed on the front, and the raid was claimed.")
    assert happening_pronoun(doc[0])
    assert not happening_pronoun(next(t for t in doc if t.lower_ == "raid"))

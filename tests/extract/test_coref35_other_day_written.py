"""A later sentence that names another day tells another happening, even when the parse leaves
its mention undated; a sentence naming no day still retells the first."""

from __future__ import annotations

from typing import Any

PUBLISHED = "2025-03-14"  # a Friday

FIRST = "On 3 March, gunmen attacked a police post at Dalori in Borno State, killing nine officers."


def attacks(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type == "attack"]


def test_a_sentence_naming_another_day_is_another_happening_with_that_day(extract: Any) -> None:
    text = (
        f"{FIRST} Unrest reached the town of Bama on Sunday, when rockets fired from the bush "
        "landed near a mosque, killing two worshippers."
    )
    found = attacks(extract(text, published=PUBLISHED))
    assert sorted((e.date.iso, e.killed.value) for e in found if e.date and e.killed) == [
        ("2025-03-03", 9),
        ("2025-03-09", 2),
    ]


def test_a_sentence_naming_no_day_still_retells_the_first(extract: Any) -> None:
    text = f"{FIRST} The gunmen set fire to the post's armoury before fleeing, killing a guard."
    found = attacks(extract(text, published=PUBLISHED))
    assert len(found) == 1

"""Organisation kinds and names the text itself settles: an untyped organisation is an armed
group when the text tells it did what only such a group does (entities._armed_by_deeds); a body
named by its seat keeps the seat (entities._with_seat_of)."""

from __future__ import annotations

from typing import Any

import pytest


def subtype_of(extraction: Any, name: str) -> str | None:
    found = {e.name: e.subtype for e in extraction.entities if e.type == "ORG"}
    assert name in found, found
    return found[name]


@pytest.mark.parametrize(
    "text",
    [
        "Police said members of the Red Lantern Society had beheaded two farmers near the river on Sunday.",
        "The attack on the checkpoint was blamed on the Red Lantern Society by the governor.",
        "The Red Lantern Society claimed responsibility for the bombing in a statement on Sunday.",
        "Dozens of Red Lantern Society fighters stormed the village on Sunday.",
        "Police dismantled a cell of the Red Lantern Society in the capital on Sunday.",
        "In 2016 the Red Lantern Society killed eight soldiers near the border.",
    ],
)
def test_an_organisation_told_by_its_deeds_is_an_armed_group(extract: Any, text: str) -> None:
    assert subtype_of(extract(text), "Red Lantern Society") == "armed_group"


@pytest.mark.parametrize(
    "text",
    [
        "The Red Lantern Society condemned the bombing and called for calm.",
        "The Red Lantern Society did not claim the attack, the governor said.",
        "In 2016 the Red Lantern Society killed eight militants near the border.",
    ],
)
def test_an_organisation_that_only_speaks_of_an_attack_keeps_its_type(extract: Any, text: str) -> None:
    assert subtype_of(extract(text), "Red Lantern Society") == "other"


def test_a_diocese_named_by_its_seat_keeps_the_seat_in_its_name(extract: Any) -> None:
    text = (
        "Gunmen burned a chapel in Mualia on Sunday. The Catholic Diocese of Pemba condemned the "
        "burning of the chapel and demanded protection for rural parishes."
    )
    names = {e.name for e in extract(text).entities if e.type == "ORG"}
    assert "Catholic Diocese of Pemba" in names

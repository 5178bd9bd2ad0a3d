"""A state force or body no gazetteer knows takes the state its name opens with."""

from __future__ import annotations

from typing import Any

import pytest


def _countries(extraction: Any, name: str) -> list[str | None]:
    return [e.country for e in extraction.entities if e.name == name]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "The Gabonese Armed Forces sent two companies to Makokou on Friday after poachers shot a ranger.",
            "Gabonese Armed Forces",
            "GA",
        ),
        (
            "Officers of the Malawi Police Service held four traders at a checkpoint near Mzuzu on Monday.",
            "Malawi Police Service",
            "MW",
        ),
    ],
)
def test_a_force_named_after_its_state_belongs_to_that_state(
    extract: Any, text: str, name: str, country: str
) -> None:
    assert _countries(extract(text), name) == [country]


def test_an_army_named_for_a_country_after_of_keeps_no_state(extract: Any) -> None:
    text = "Fighters of the Popular Liberation Army of Gabon burned two lorries near Oyem on Sunday."
    found = _countries(extract(text), "Popular Liberation Army of Gabon")
    assert found and all(c is None for c in found)


def test_soldiers_in_a_report_naming_one_force_of_the_state_take_state_and_force(extract: Any) -> None:
    text = (
        "LIBREVILLE — The Gabonese Armed Forces have stepped up patrols in Minkebe park since March, "
        "after a ranger was shot dead by poachers. On Monday, soldiers killed four armed poachers near "
        "Makokou, a local official said. Gabon has lost hundreds of elephants to poaching in the park."
    )
    actions = [e for e in extract(text).events if e.type == "military_action"]
    assert actions
    assert actions[0].actors == ["Gabon", "Gabonese Armed Forces"]


@pytest.mark.parametrize(
    "sentence",
    [
        "In Oyem, police arrested a trio of ivory sellers before sunrise on Monday, a spokesman said.",
        "Two ivory traders were detained by police in Oyem on Monday, a spokesman said.",
    ],
)
def test_police_arrests_do_not_take_the_one_army_the_report_names(extract: Any, sentence: str) -> None:
    text = (
        "LIBREVILLE — The Gabonese Armed Forces have kept two companies in Minkebe park since March. "
        f"{sentence} Gabon has lost hundreds of elephants to poachers."
    )
    actions = [e for e in extract(text).events if e.type == "military_action"]
    assert actions
    assert actions[0].actors == ["Gabon"]

"""within_clauses: the doer of an "in which" / "during which" clause on a happening's noun is its actor."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The blast came a week after a raid in which Kenyan forces killed two smugglers near Mandera.",
            "Kenya",
        ),
        (
            "Elders recalled an ambush during which the Crimson Lance Brigade seized a fuel tanker "
            "near Obeid.",
            "Crimson Lance Brigade",
        ),
    ],
)
def test_the_doer_of_an_in_which_clause_acts_in_the_happening(extract: Any, text: str, actor: str) -> None:
    result = extract(text, published="2025-03-05")
    actors = [a for e in result.events if e.type in ("attack", "military_action") for a in e.actors]
    assert actor in actors


def test_an_in_which_clause_of_dying_names_no_doer(extract: Any) -> None:
    result = extract("Officials recalled a raid on Friday in which eleven guards died near Obeid.")
    assert all(not e.actors for e in result.events if e.type in ("attack", "military_action"))

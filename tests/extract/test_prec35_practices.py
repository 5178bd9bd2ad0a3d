"""Practices and tallies are no happenings: a simple-present relative clause whose object is the
plural noun it describes ("the shells they fire at the town"), an accusation of a practice ("accused
the police of killing farmers in staged raids") and a plural subject whose own "since" phrase spans
a period ("Clashes ... since May have killed 200"). The same wordings told of one dated happening
stay events. Invented reports, whole pipeline.
"""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2025-04-10"


def _types(extraction: Any) -> list[str]:
    return [e.type for e in extraction.events]


@pytest.mark.parametrize(
    "text",
    [
        "The envoy said Velmar supplies the rebels with the mortar shells they fire at Karvel.",
        "The leaflet also accused the gendarmes of killing unarmed herders in staged shootouts.",
        "Clashes between the two clans since March 2023 have killed more than 180 people.",
        "Attacks on the coastal road over the past year have killed 70 drivers.",
    ],
)
def test_a_practice_or_a_tally_is_no_violent_event(extract: Any, text: str) -> None:
    types = _types(extract(text, published=PUBLISHED))
    assert "attack" not in types and "military_action" not in types


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The rebels fired mortar shells at Karvel on Monday, killing three traders.", "attack"),
        (
            "The mayor accused the militia of killing five herders in an ambush near Tarsk on Sunday.",
            "attack",
        ),
        ("Clashes between the two clans on Monday killed nine people in Tarsk.", "military_action"),
    ],
)
def test_one_dated_happening_stays_an_event(extract: Any, text: str, etype: str) -> None:
    assert etype in _types(extract(text, published=PUBLISHED))

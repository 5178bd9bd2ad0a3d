"""A force sent somewhere is a military action, and a detention camp is a place (whole pipeline).

"250 extra soldiers had arrived in X" and "officers and gendarmes were deployed to X" tell a
deployment (a military action), not a visit; "wired cash to detention camps" names camps,
not a detention.
"""

from __future__ import annotations

from typing import Any

import pytest


def _types(extraction: Any) -> list[str]:
    return [e.type for e in extraction.events]


@pytest.mark.parametrize(
    "text",
    [
        "The county commissioner said on Thursday that 250 extra soldiers had arrived in Garissa.",
        "The interior minister said 500 police officers and gendarmes were deployed to Dori on Sunday.",
    ],
)
def test_a_force_sent_to_a_town_is_a_military_action(extract: Any, text: str) -> None:
    types = _types(extract(text, published="2024-06-07"))
    assert "military_action" in types and "visit" not in types, types


def test_a_minister_who_arrived_is_still_on_a_visit(extract: Any) -> None:
    text = "The prime minister arrived in Garissa on Thursday and toured the market."
    types = _types(extract(text, published="2024-06-07"))
    assert "visit" in types and "military_action" not in types, types


@pytest.mark.parametrize(
    "text",
    [
        "The treasury said the trader had wired cash to detention camps across the east.",
        "Officials fear mass escapes from detention facilities that the militia guards.",
    ],
)
def test_a_detention_camp_is_no_detention(extract: Any, text: str) -> None:
    types = _types(extract(text, published="2024-06-07"))
    assert "military_action" not in types, types

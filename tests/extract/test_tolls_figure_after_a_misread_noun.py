"""A toll raised 'to N' keeps its figure when a noun before 'to' is read as a verb."""

from __future__ import annotations

from typing import Any

import pytest


def _killed(extraction: Any) -> list[int]:
    return [e.killed.value for e in extraction.events if e.type == "attack" and e.killed]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Officials in Orvane raised the death toll from Sunday's car bombing at the town's bus stand "
            "to 31 on Tuesday; on Sunday they had counted 20 dead.",
            [31],
        ),
        ("The army raised the death toll from the raid on the Mesko coach stand to nine on Monday.", [9]),
    ],
)
def test_the_raised_toll_is_the_figure(extract: Any, text: str, killed: list[int]) -> None:
    assert _killed(extract(text, published="2024-05-10")) == killed

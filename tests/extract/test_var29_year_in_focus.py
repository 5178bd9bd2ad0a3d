"""A sentence about one year ("the deadliest year was 2019", "2020 was the worst year") frames the
bare month opening the next sentence; a year told only in passing ("founded in 2009") does not."""

from __future__ import annotations

from typing import Any

import pytest


def _attack_dates(extract: Any, text: str) -> list[str | None]:
    found = extract(text, published="2024-11-20").events
    return [e.date.iso if e.date else None for e in found if e.type == "attack"]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "For the rebels, the deadliest year was 2019. In March, they raided a market in Beni, "
            "killing 30 traders.",
            "2019-03",
        ),
        (
            "2020 was the worst year for the region. In April, gunmen attacked a church in Butembo, "
            "killing nine.",
            "2020-04",
        ),
    ],
)
def test_a_year_the_sentence_is_about_frames_the_next_bare_month(extract: Any, text: str, when: str) -> None:
    assert _attack_dates(extract, text) == [when]


def test_a_year_told_in_passing_frames_nothing(extract: Any) -> None:
    text = (
        "The cartel first formed in 2008. In March, its fighters raided a market in Beni, killing 30 traders."
    )
    assert _attack_dates(extract, text) == ["2024-03"]

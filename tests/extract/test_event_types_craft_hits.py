"""A craft of the air as the subject of "hit" tells a strike; a bomb that hits tells an attack."""

from __future__ import annotations

from typing import Any

import pytest


def _events(result: Any, kind: str) -> list[Any]:
    return [e for e in result.events if e.type == kind]


@pytest.mark.parametrize(
    "text",
    [
        "A rebel quartermaster died on Monday when Ethiopian warplanes hit his truck outside Gode.",
        "Two smugglers were buried in Gode after government jets hit their lorry on Monday evening.",
    ],
)
def test_warplanes_that_hit_a_vehicle_tell_a_strike(extract: Any, text: str) -> None:
    strikes = _events(extract(text, published="2025-03-05"), "military_action")
    assert strikes, "the craft's hit is a strike"
    assert strikes[0].date is not None and strikes[0].date.iso == "2025-03-03"


def test_a_bomb_that_hit_a_bus_is_no_strike(extract: Any) -> None:
    result = extract("A roadside bomb hit a crowded bus outside Gode on Monday, killing four passengers.")
    assert _events(result, "attack") and not _events(result, "military_action")


def test_a_strike_told_first_as_a_death_keeps_its_own_day_beside_an_earlier_one(extract: Any) -> None:
    result = extract(
        "A rebel quartermaster died on Monday when Ethiopian warplanes hit his truck outside Gode. "
        "Five days earlier, an Ethiopian drone had killed three rebels in Kebri Dahar.",
        published="2025-03-05",
    )
    days = sorted(e.date.iso for e in _events(result, "military_action") if e.date is not None)
    assert days == ["2025-02-26", "2025-03-03"]

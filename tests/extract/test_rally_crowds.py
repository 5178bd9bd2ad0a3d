"""A crowd's march, road block or human chain is a rally, and its demand part of it (whole pipeline).

The participles a crowd marches with ("holding banners and demanding ...") are no statement
of their own, a road named with a dash ("the X–Y road") still licenses a road block, and a
crowd of residents of a town gathers in that town.
"""

from __future__ import annotations

from typing import Any


def _of_type(extraction: Any, etype: str) -> list[Any]:
    return [e for e in extraction.events if e.type == etype]


def _summary(extraction: Any) -> list[tuple[str, str | None, str]]:
    return [(e.type, e.date and e.date.iso, e.trigger) for e in extraction.events]


def test_a_crowds_demand_is_part_of_its_march(extract: Any) -> None:
    text = (
        "On Saturday, several hundred residents of Zinder marched through the market square holding "
        "banners and demanding that the army protect their farms."
    )
    extraction = extract(text, published="2024-05-06")
    rallies = _of_type(extraction, "rally")
    assert len(rallies) == 1, _summary(extraction)
    assert rallies[0].place is not None and rallies[0].place.name == "Zinder"
    assert _of_type(extraction, "statement") == [], _summary(extraction)


def test_a_road_block_with_a_dashed_road_name_is_a_protest(extract: Any) -> None:
    text = (
        "On Monday, dozens of young men blocked the Lagos–Ibadan road for several hours, burning "
        "tyres and demanding more police patrols."
    )
    extraction = extract(text, published="2024-05-08")
    assert len(_of_type(extraction, "rally")) == 1, _summary(extraction)
    assert _of_type(extraction, "statement") == [], _summary(extraction)


def test_a_leader_addressing_a_rally_still_speaks_for_herself(extract: Any) -> None:
    text = (
        "Opposition leader Grace Mwale addressed a rally of traders in Zinder on Friday, demanding "
        "that the governor resign over the killings."
    )
    extraction = extract(text, published="2024-05-06")
    assert len(_of_type(extraction, "statement")) == 1, _summary(extraction)

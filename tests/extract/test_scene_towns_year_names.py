"""A town's name between a year and a happening noun (scene_towns): "since the 2012 X massacre"
names the older happening's place whatever the tagger read the word as; a common word there
names none."""

from __future__ import annotations

from typing import Any


def _told(extraction: Any) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.type, e.date.iso if e.date else None, e.place.name if e.place else None) for e in extraction.events
    ]


def _entity_types(extraction: Any) -> dict[str, str]:
    return {e.name: e.type for e in extraction.entities}


def test_a_name_between_a_year_and_a_massacre_is_the_older_happenings_place(extract: Any) -> None:
    text = (
        "Raiders on horseback shot dead 14 herders close to Abeche on Friday, in the bloodiest "
        "raid the region has known since the 2012 Osrimbo massacre."
    )
    result = extract(text, published="2025-02-10")
    assert _entity_types(result).get("Osrimbo") == "PLACE", _entity_types(result)
    told = _told(result)
    assert ("attack", "2012", "Osrimbo") in told, told
    assert ("attack", "2025-02-07", "Abeche") in told, told


def test_a_plain_year_before_a_common_word_names_no_place(extract: Any) -> None:
    text = "Raiders shot dead 14 herders close to Abeche on Friday, a week after the 2024 Election riots."
    assert "Election" not in _entity_types(extract(text, published="2025-02-10"))

"""Gangs named with a plural article are groups, unless set as a place; a radio's station is no place."""

from __future__ import annotations

from typing import Any


def kinds(extraction: Any) -> dict[str, tuple[str, str | None]]:
    return {e.name: (e.type, e.subtype) for e in extraction.entities}


def test_a_gang_named_with_los_is_an_armed_group(extract: Any) -> None:
    text = "Prosecutors blamed Los Halcones for the shooting and said Los Halcones had recruited minors."
    found = kinds(extract(text))
    assert found.get("Los Halcones") == ("ORG", "armed_group")


def test_a_hamlet_named_with_los_and_set_as_a_place_stays_a_place(extract: Any) -> None:
    found = kinds(extract("Soldiers were ambushed in the rural area of Los Pinares, in Tolima, on Friday."))
    assert found["Los Pinares"][0] == "PLACE"


def test_a_radio_station_named_by_the_group_is_the_radio(extract: Any) -> None:
    text = "The militants claimed the attack in a broadcast on their Radio Qalam station on Thursday."
    found = kinds(extract(text))
    assert found["Radio Qalam"] == ("ORG", "media")

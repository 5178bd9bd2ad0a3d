"""A measure put in force by an announcement ("announced that motorcycles are banned from Monday")
and a road closed to traffic ("suspended all night traffic on the highway") are sanctions; a
standing ban told in the present ("said that the party is banned") is none (triggers._standing_status,
events.yaml sanction.announcing_verbs and suspend objects)."""

from __future__ import annotations

from typing import Any


def _types(extraction: Any) -> list[str]:
    return [e.type for e in extraction.events]


def test_a_ban_in_an_announced_clause_is_a_sanction(extract: Any) -> None:
    text = (
        "After the raid on the Ostrow ferry post, the prefect announced that, from Thursday evening, "
        "pick-up trucks are banned from the lakeside roads of Ostrow and Pellam after dark."
    )
    assert "sanction" in _types(extract(text, published="2027-03-13"))


def test_a_standing_ban_said_in_the_present_is_no_sanction(extract: Any) -> None:
    text = "The minister told reporters in Ostrow that the Varrow Front is banned in the province."
    assert "sanction" not in _types(extract(text, published="2027-03-13"))


def test_suspending_traffic_on_a_road_is_a_sanction(extract: Any) -> None:
    text = (
        "After gunmen killed four drivers near Pellam, the regional governor suspended night-time "
        "traffic on the coast highway between Ostrow and Pellam on Monday."
    )
    assert "sanction" in _types(extract(text, published="2027-03-13"))

"""A measure whose sentence names no place holds in the jurisdiction of the official who took it."""

from __future__ import annotations

from typing import Any

import pytest


def sanction_places(extraction: Any) -> list[str | None]:
    return [e.place.name if e.place else None for e in extraction.events if e.type == "sanction"]


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        (
            "The Deputy Commissioner for Bannu, Shah Saud, on Sunday banned pillion riding for fifteen days.",
            "Bannu",
        ),
        ("The Assistant Commissioner for Tank on Sunday banned pillion riding for fifteen days.", "Tank"),
        (
            "The Deputy Commissioner for Kurram, Ali Khan, on Sunday banned pillion riding for fifteen days.",
            "Kurram",
        ),
    ],
)
def test_a_measure_holds_in_the_officials_jurisdiction(extract: Any, text: str, seat: str) -> None:
    assert sanction_places(extract(text, published="2026-03-02")) == [seat]


def test_a_place_the_measure_names_beats_the_officials_seat(extract: Any) -> None:
    text = (
        "The Deputy Commissioner for Kurram, Ali Khan, on Sunday banned pillion riding "
        "in Parachinar for a month."
    )
    assert sanction_places(extract(text, published="2026-03-02")) == ["Parachinar"]


def test_an_official_of_no_place_gives_no_place(extract: Any) -> None:
    text = "The police spokesman, Ali Nuur, said on Monday that motorbikes had been banned after dark."
    assert sanction_places(extract(text, published="2026-03-02")) == [None]

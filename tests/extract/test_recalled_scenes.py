"""An older happening told with no place in the sentence right after another, a day apart, took
place where that one did; a week apart it is left unplaced."""

from __future__ import annotations

from typing import Any


def placed(extraction: Any) -> dict[str, str | None]:
    return {
        e.date.iso: (e.place.name if e.place else None)
        for e in extraction.events
        if e.type == "attack" and e.date
    }


def test_the_next_mornings_blast_takes_the_place_of_the_raid_told_just_before(extract: Any) -> None:
    text = (
        "Residents of Korvane still speak of that spring. On the evening of 1 May 2019, gunmen raided "
        "homes in the village of Korvane and shot dead five people. The following morning a mine they "
        "had planted killed two boys.\n\nOn Monday police arrested a suspect in Dastrel."
    )
    assert placed(extract(text, published="2026-05-10")).get("2019-05-02") == "Korvane"


def test_a_blast_a_week_later_keeps_no_place_of_its_own(extract: Any) -> None:
    text = (
        "Residents of Korvane still speak of that spring. On 1 May 2019, gunmen shot dead five people in "
        "Korvane. A week later a mine killed two boys.\n\nOn Monday police arrested a suspect in Dastrel."
    )
    found = placed(extract(text, published="2026-05-10"))
    assert "2019-05-08" in found and found["2019-05-08"] is None

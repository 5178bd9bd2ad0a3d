"""A day written with the happening, before a source that closes the sentence ("..., on Wednesday
morning, officials said"), is the happening's day, not the day of the report: the happening keeps
it, and another one told on another day elsewhere stays apart from it."""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2025-03-14"  # a Friday


def attacks(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type == "attack"]


def iso(event: Any) -> str | None:
    return event.date.iso if event.date else None


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        (
            "A guard was gunned down and three labourers were hurt when a grenade exploded at a pumping "
            "station in Dhunche municipality, Rasuwa district, on Wednesday morning, officials said.",
            "2025-03-12",
        ),
        (
            "A watchman was killed and two porters were injured when a parcel bomb went off beside a "
            "tea estate office in Ilam municipality, Ilam district, on Thursday afternoon, the district "
            "police office said.",
            "2025-03-13",
        ),
    ],
)
def test_a_day_before_a_closing_source_dates_the_happening(extract: Any, lead: str, day: str) -> None:
    other = "Late on Monday, gunmen shot dead a shopkeeper in Kalikot municipality, Karnali Province."
    found = attacks(extract(f"{lead} {other}", published=PUBLISHED))
    assert sorted(iso(a) for a in found) == sorted([day, "2025-03-10"])


def test_a_day_after_the_closing_sources_speaker_is_still_the_reports(extract: Any) -> None:
    text = (
        "Four villagers were killed when gunmen raided a farm near Tillia, the mayor said on "
        "Thursday. The raid took place on Tuesday night."
    )
    (raid,) = attacks(extract(text, published=PUBLISHED))
    assert iso(raid) == "2025-03-11"


def test_a_retelling_of_the_happening_still_joins_it(extract: Any) -> None:
    text = (
        "A guard was gunned down when a grenade exploded at a pumping station in Dhunche municipality, "
        "Rasuwa district, on Wednesday morning, officials said. The blast also damaged a water tank."
    )
    (blast,) = attacks(extract(text, published=PUBLISHED))
    assert iso(blast) == "2025-03-12"

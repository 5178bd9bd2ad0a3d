"""One unknown village spelt a letter apart by two outlets (``events.names_alike``): a vowel or a
sibilant written two ways in a name whose consonant skeleton has only three letters."""

from __future__ import annotations

from datetime import date

import pytest

from nexus.resolve import EventKey, PlaceKey, same_event
from nexus.resolve.events import names_alike


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Tizab", "Tuzab"),  # one vowel
        ("Kelari", "Kellary"),  # a doubled l and a final y / i
        ("Lomadi", "Lumadi"),
        ("Mbawize", "Mbawisi"),  # z / s and a vowel
    ],
)
def test_short_names_a_letter_apart_are_one_village(first: str, second: str) -> None:
    assert names_alike(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Tizab", "Tuzob"),  # two vowels apart
        ("Kelari", "Kolaru"),
        ("Tizab", "Tizal"),  # another consonant
        ("Diko", "Duko"),  # too short to trust
        ("Mbawize", "Mbawoso"),
    ],
)
def test_short_names_further_apart_stay_two(first: str, second: str) -> None:
    assert not names_alike(first, second)


def test_two_outlets_spelling_a_short_village_name_two_ways_tell_one_attack() -> None:
    day = date(2024, 9, 14)
    one = EventKey("attack", day, place=PlaceKey("Lomadi", "city", "QQ"))
    assert same_event(one, EventKey("attack", day, place=PlaceKey("Lumadi", "city")))
    assert not same_event(one, EventKey("attack", day, place=PlaceKey("Lomadi", "city", "QR")))
    assert not same_event(one, EventKey("attack", day, place=PlaceKey("Lamodo", "city")))

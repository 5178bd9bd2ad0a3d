"""A division named for the part of a county or state it covers by a direction word that closes its
name ("Dravenia West", "Ostrel Central"), as sub-counties and local government areas are written,
overlaps the whole it is part of, as "North Dravenia" does; two parts of one whole do not:
``events.region_whole_either_end``, ``events.regions_overlap``, ``events.place_score``."""

from __future__ import annotations

import pytest

from nexus.resolve.events import REGION_SCORE, PlaceKey, place_score, region_whole_either_end, regions_overlap


@pytest.mark.parametrize(
    ("name", "whole"),
    [
        ("dravenia west", "dravenia"),
        ("ostrel central", "ostrel"),
        ("north dravenia", "dravenia"),  # an opening part word, as before
        ("north west", "north west"),  # only part words: a region's whole name
        ("west", "west"),
        ("dravenia", "dravenia"),
    ],
)
def test_the_whole_of_a_part_named_at_either_end(name: str, whole: str) -> None:
    assert region_whole_either_end(name) == whole


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("dravenia west", "dravenia", True),
        ("dravenia", "ostrel central", False),
        ("ostrel central", "ostrel", True),
        ("dravenia west", "dravenia east", False),  # two parts of one whole
        ("dravenia west", "north dravenia", False),
        ("dravenia west", "ostrel", False),
    ],
)
def test_a_closing_part_word_overlaps_its_whole_only(first: str, second: str, expected: bool) -> None:
    assert regions_overlap(first, second) is expected


def test_a_sub_county_named_for_its_part_holds_a_village_of_the_county() -> None:
    part = PlaceKey("Dravenia West", "admin")
    village = PlaceKey("Kelmo", "city", "QQ", "Dravenia", 1.5, 38.2)
    assert place_score(part, village) == (REGION_SCORE, "Dravenia West and Kelmo: one contains the other")
    other = PlaceKey("Kelmo", "city", "QQ", "Ostrel", 1.5, 38.2)
    assert place_score(part, other)[0] is None

"""A region made of first-level divisions (``divisions.yaml`` ``macro_regions``) holds the towns of
its parts: "an attack in the Kurdistan Region" and a town the tables file under As Sulaymaniyah
may be one."""

from __future__ import annotations

from nexus.resolve import PlaceKey
from nexus.resolve.events import place_score, region_holds

KURDISTAN = PlaceKey("Kurdistan Region", "admin", "IQ", "Kurdistan Region")
#: Made-up towns filed under two first-level divisions of the country.
PART = PlaceKey("Kessin", "city", "IQ", "As Sulaymaniyah", 35.4, 45.2)
OTHER = PlaceKey("Tollen", "city", "IQ", "Anbar", 33.4, 42.1)


def test_the_macro_region_holds_a_town_of_its_part() -> None:
    assert region_holds(KURDISTAN, PART)
    score, _ = place_score(KURDISTAN, PART)
    assert score is not None


def test_the_macro_region_does_not_hold_a_town_of_another_division() -> None:
    assert not region_holds(KURDISTAN, OTHER)
    score, _ = place_score(KURDISTAN, OTHER)
    assert score is None

"""A town or site that took the point of the town its outlet filed from (session 31): that point says
nothing of where it lies (``linker.point_of_the_filing_town``)."""

from __future__ import annotations

from typing import Any

from nexus.resolve.events import PlaceKey
from nexus.store.linker import point_of_the_filing_town

LIMA = ("Lima", {"kind": "city", "country": "PE", "lat": -12.04318, "lon": -77.02824})
FILED = "LIMA -- The minister said on Monday that troops would stay after the attack on the Sillqapampa base."


def base(lat: float = -12.04318, lon: float = -77.02824, kind: str = "site") -> PlaceKey:
    return PlaceKey("Sillqapampa", kind, "PE", "Lima", lat, lon)


def places(*extra: tuple[str, dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    return [LIMA, *extra]


def test_a_site_at_the_filing_towns_point_has_no_point_of_its_own() -> None:
    assert point_of_the_filing_town(FILED, base(), places())
    assert point_of_the_filing_town(FILED, base(kind="city"), places())


def test_a_text_naming_its_filing_town_again_may_have_its_scene_there() -> None:
    text = FILED + " The base lies on the outskirts of Lima."
    assert not point_of_the_filing_town(text, base(), places())


def test_a_point_away_from_the_filing_town_is_the_places_own() -> None:
    assert not point_of_the_filing_town(FILED, base(-12.93, -74.25), places())


def test_the_filing_town_itself_and_a_text_without_dateline_keep_their_point() -> None:
    lima = PlaceKey("Lima", "city", "PE", "Lima", -12.04318, -77.02824)
    assert not point_of_the_filing_town(FILED, lima, places())
    assert not point_of_the_filing_town(FILED.removeprefix("LIMA -- "), base(), places())


def test_a_region_keeps_its_point() -> None:
    region = PlaceKey("Sillqapampa", "admin", "PE", "Lima", -12.04318, -77.02824)
    assert not point_of_the_filing_town(FILED, region, places())

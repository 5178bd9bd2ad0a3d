"""Event identity across documents: which reports describe one happening.

Two reports are of one event when all four hold:

* same event type;
* dates compatible: day-precision dates within ``window_days``; a month or
  year date contains the other; a report without a date falls back on its
  document's publication date, with the window widened since news runs late;
* places compatible: within ``max_km`` when both have coordinates, else the
  same name, or one is the region/country that contains the other; a report
  without a place is compatible with any place;
* actors overlap (canonical ids), or either side names none.

Among several compatible events the closest in time, then in space, then
the smallest id wins, so the outcome does not depend on dictionary order.
Pure functions: the store feeds them rows and persists the answer.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta

from nexus.resolve.names import name_key

WINDOW_DAYS = 3
MAX_KM = 50.0
#: Extra days allowed when a report's date is only its publication date.
PUBLICATION_SLACK_DAYS = 2


@dataclass(frozen=True)
class PlaceKey:
    """A place as event identity sees it."""

    name: str | None = None
    kind: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class EventKey:
    """What identity compares: type, date span, place and canonical actors."""

    type: str
    day: date | None
    precision: str | None = "day"
    from_publication: bool = False
    place: PlaceKey | None = None
    actors: frozenset[str] = field(default_factory=frozenset)


def date_span(day: date, precision: str | None) -> tuple[date, date]:
    """The first and last day a date of ``precision`` can mean."""
    if precision == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    if precision == "month":
        following = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
        return date(day.year, day.month, 1), following - timedelta(days=1)
    return day, day


def dates_compatible(a: EventKey, b: EventKey, window_days: int = WINDOW_DAYS) -> bool:
    if a.day is None or b.day is None:
        return False
    slack = window_days + PUBLICATION_SLACK_DAYS * (a.from_publication + b.from_publication)
    a_first, a_last = date_span(a.day, a.precision)
    b_first, b_last = date_span(b.day, b.precision)
    if a.precision == "day" and b.precision == "day":
        return abs((a.day - b.day).days) <= slack
    # A coarse date contains the other (or comes within the window of it).
    return a_first - timedelta(days=slack) <= b_last and b_first - timedelta(days=slack) <= a_last


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, h)))


def place_distance(a: PlaceKey | None, b: PlaceKey | None, max_km: float = MAX_KM) -> float | None:
    """Distance in km when compatible (0 when compatible without coordinates), else None."""
    if a is None or b is None or (a.name is None and a.lat is None) or (b.name is None and b.lat is None):
        return 0.0
    if a.country and b.country and a.country != b.country:
        return None
    if a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None:
        km = haversine_km(a.lat, a.lon, b.lat, b.lon)
        return km if km <= max_km else None
    a_name, b_name = name_key(a.name or ""), name_key(b.name or "")
    if a_name and a_name == b_name:
        return 0.0
    if _contains(a, b) or _contains(b, a):
        return max_km / 2  # compatible, but a named city matches better than its region
    return None


def _contains(region: PlaceKey, place: PlaceKey) -> bool:
    """Whether ``region`` (a country or admin area) contains ``place``."""
    region_name = name_key(region.name or "")
    if region.kind == "country":
        return bool(region.country) and region.country == place.country
    if region.kind == "admin":
        return bool(region_name) and region_name == name_key(place.admin1 or "")
    return False


def actors_compatible(a: EventKey, b: EventKey) -> bool:
    return not a.actors or not b.actors or bool(a.actors & b.actors)


def same_event(a: EventKey, b: EventKey, *, window_days: int = WINDOW_DAYS, max_km: float = MAX_KM) -> bool:
    """Whether two reports (or a report and an event) describe one happening."""
    return (
        a.type == b.type
        and dates_compatible(a, b, window_days)
        and place_distance(a.place, b.place, max_km) is not None
        and actors_compatible(a, b)
    )


def best_match(
    report: EventKey,
    candidates: dict[str, EventKey],
    *,
    window_days: int = WINDOW_DAYS,
    max_km: float = MAX_KM,
) -> str | None:
    """The id of the candidate event ``report`` belongs to, or None for a new event."""
    scored: list[tuple[int, float, str]] = []
    for event_id, key in candidates.items():
        if not same_event(report, key, window_days=window_days, max_km=max_km):
            continue
        assert report.day is not None and key.day is not None
        days = abs((report.day - key.day).days)
        km = place_distance(report.place, key.place, max_km) or 0.0
        scored.append((days, km, event_id))
    return min(scored)[2] if scored else None

"""Shared geometry: great-circle distance and the words of a distance.

One home for what extraction (places, in-document event identity, entities) and the
knowledge-base resolver all need, so the sphere and the unit list cannot drift apart.
"""

from __future__ import annotations

import math

#: Mean Earth radius in km (IUGG), the sphere every distance in Nexus is measured on.
EARTH_RADIUS_KM = 6371.0088

#: Units of a distance ("30 km from the town", "five miles outside it"): a place after them is a
#: reference point, not the scene, an origin or a destination.
DISTANCE_UNITS = frozenset({"km", "kms", "kilometres", "kilometers", "miles", "mile", "metres", "meters"})


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two (lat, lon) points given in degrees.

    >>> round(haversine_km(0.0, 0.0, 0.0, 1.0))
    111
    """
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, h)))


def destination(lat: float, lon: float, bearing_deg: float, km: float) -> tuple[float, float]:
    """The point ``km`` away from (lat, lon) along the initial bearing ``bearing_deg`` (0 = north).

    >>> [round(v, 2) for v in destination(0.0, 0.0, 90.0, 111.195)]
    [0.0, 1.0]
    """
    phi, lam, theta = math.radians(lat), math.radians(lon), math.radians(bearing_deg)
    delta = km / EARTH_RADIUS_KM
    phi2 = math.asin(math.sin(phi) * math.cos(delta) + math.cos(phi) * math.sin(delta) * math.cos(theta))
    lam2 = lam + math.atan2(
        math.sin(theta) * math.sin(delta) * math.cos(phi), math.cos(delta) - math.sin(phi) * math.sin(phi2)
    )
    return math.degrees(phi2), (math.degrees(lam2) + 540.0) % 360.0 - 180.0

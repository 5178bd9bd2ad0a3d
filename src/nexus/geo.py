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

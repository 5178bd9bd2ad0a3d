"""A penitentiary or a detention centre named in full is a site, the scene of what happens inside
it, not an organisation leaving the happening at its town."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "Inmates rioted at the Coastal Penitentiary in Mopti on Friday, killing six.",
            "Coastal Penitentiary",
        ),
        (
            "Gunmen attacked the Delmar Correctional Facility outside Mopti on Friday, freeing 40 inmates.",
            "Delmar Correctional Facility",
        ),
        (
            "A guard was stabbed to death at the Northern Detention Centre near Gao on Friday.",
            "Northern Detention Centre",
        ),
        (
            "Inmates rioted at the Regional Correctional Centre in Kayes on Friday, killing six.",
            "Regional Correctional Centre",
        ),
    ],
)
def test_a_penitentiary_named_in_full_is_the_scene(extract: Any, text: str, site: str) -> None:
    extraction = extract(text, published="2025-05-05")
    places = {e.name: e.subtype for e in extraction.entities if e.type == "PLACE"}
    assert places.get(site) == "site"
    (attack,) = [e for e in extraction.events if e.type == "attack"]
    assert attack.place is not None and attack.place.name == site

"""A vehicle that struck a device planted by a named group: the planter is the attack's doer, as
for a device that went off under its own verb. Invented groups; the sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest


def _attacks(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type == "attack"]


def _names(event: Any) -> set[str]:
    return {a.name if hasattr(a, "name") else str(a) for a in event.actors}


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, a patrol vehicle ran over an explosive device planted by Sable Front fighters "
        "near Gajiram, wounding two soldiers.",
        "An army truck hit a roadside bomb planted by the Sable Front on the road to Dikwa on "
        "Monday, killing three soldiers.",
    ],
)
def test_the_planter_of_a_device_a_vehicle_struck_is_the_doer(extract: Any, text: str) -> None:
    attacks = _attacks(extract(text, published="2025-06-02"))
    assert attacks and any("Sable Front" in name for name in _names(attacks[0]))


def test_a_device_with_no_planter_named_gives_no_doer(extract: Any) -> None:
    text = "On Thursday, a tractor hit a mine near Kukawa, injuring a farmer."
    attacks = _attacks(extract(text, published="2025-06-02"))
    assert attacks and not _names(attacks[0])

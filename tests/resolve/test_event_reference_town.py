"""A town a sentence measures an unknown place from is where it lies only within reach of one
happening ("Kelmo, 30 km southwest of Dastra"); "70 km west of Dastra" makes Dastra a reference
point, and the place no part of Dastra's events."""

from __future__ import annotations

from nexus.store.linker import located_by


def test_a_place_within_reach_lies_by_the_town() -> None:
    assert (
        located_by("Gunmen stormed an outpost at Kelmo, 30 km southwest of Dastra, on Monday.", "Kelmo")
        == "Dastra"
    )
    assert located_by("Raiders hit Kelmo, some 20 miles from Dastra.", "Kelmo") == "Dastra"


def test_a_place_beyond_reach_does_not() -> None:
    assert located_by("Gunmen shot three labourers in Kelmo, about 70 km west of Dastra.", "Kelmo") is None
    assert located_by("Raiders hit Kelmo, some 45 miles from Dastra.", "Kelmo") is None

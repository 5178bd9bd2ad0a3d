"""A mention whose sentence names a town far from the happening told before is another scene,
even when no day is written with it; a town close by still tells the same happening."""

from __future__ import annotations

from typing import Any

PUBLISHED = "2025-07-10"


def attacks(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type == "attack"]


def test_an_undated_blast_in_a_far_town_is_its_own_event(extract: Any) -> None:
    text = (
        "Gunmen stormed a cattle market in Maiduguri on Tuesday, killing eleven traders, police said. "
        "A bomb hidden under a seat ripped through a bus at a depot in Kano, killing four passengers."
    )
    found = attacks(extract(text, published=PUBLISHED))
    assert len(found) == 2
    kano = next(e for e in found if "Kano" in e.evidence.sentence)
    assert kano.place is not None and kano.place.name == "Kano"
    assert kano.killed is not None and kano.killed.value == 4

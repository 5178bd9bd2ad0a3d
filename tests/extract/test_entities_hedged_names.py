"""A hedge adjective that the NER ran into a name ("Suspected X fighters", "Alleged X gunmen" at
the start of a sentence or headline) is no part of the name (entities._trim): the entity and the
event's actor are X, and the hedge stays the telling's (attribution)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Suspected Boko Haram fighters raided the village of Kukawa overnight, killing six "
            "farmers, police said on Thursday.",
            "Boko Haram",
        ),
        (
            "Alleged ISWAP gunmen kill four fishermen near Baga\n\nGunmen killed four fishermen on "
            "the shore of the lake near Baga on Tuesday, residents said.",
            "ISWAP",
        ),
        (
            "Suspected al-Shabaab militants bombed a police truck on the road outside Mandera on "
            "Monday, wounding three officers.",
            "al-Shabaab",
        ),
    ],
)
def test_a_hedge_opening_a_name_is_left_out_of_it(extract: Any, text: str, group: str) -> None:
    found = extract(text, published="2025-05-15")
    names = {e.name for e in found.entities}
    assert group in names
    assert not any(name.lower().startswith(("suspected", "alleged")) for name in names)


def test_the_hedge_still_hedges_the_attack(extract: Any) -> None:
    found = extract(
        "Suspected Boko Haram fighters raided the village of Kukawa overnight, killing six farmers, "
        "police said on Thursday.",
        published="2025-05-15",
    )
    attacks = [e for e in found.events if e.type == "attack"]
    assert attacks and all(e.attribution.hedged for e in attacks)

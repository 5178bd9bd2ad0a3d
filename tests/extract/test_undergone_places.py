"""undergone_places: the town that "had not seen such bloodshed" places the happening compared."""

from __future__ import annotations

from typing import Any

import pytest


def _events(result: Any, kind: str) -> list[Any]:
    return [e for e in result.events if e.type == kind]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Jalalabad had not seen such carnage since 2016, shopkeepers said after a truck bomb near the "
            "grain depot killed 19 people on Monday.",
            "Jalalabad",
        ),
        (
            "Never since 2011 has Tessit witnessed an attack as bloody as Monday's, when raiders on "
            "horseback shot 12 herders at the watering hole, a chief said.",
            "Tessit",
        ),
    ],
)
def test_the_town_that_had_not_seen_such_violence_places_the_happening(
    extract: Any, text: str, place: str
) -> None:
    attacks = [e for e in _events(extract(text, published="2025-03-05"), "attack") if e.date is not None]
    current = [e for e in attacks if e.date.iso == "2025-03-03"]
    assert current and current[0].place is not None and current[0].place.name == place
    assert not any(e.date.iso.startswith(("2016", "2011")) for e in attacks)


def test_a_happening_with_its_own_town_keeps_it_beside_the_comparison(extract: Any) -> None:
    result = extract(
        "Raiders shot 12 herders at a watering hole outside Lomba on Monday, the worst bloodshed Kenya "
        "has seen since 2011.",
        published="2025-03-05",
    )
    current = [e for e in _events(result, "attack") if e.date is not None and e.date.iso == "2025-03-03"]
    assert current and current[0].place is not None and current[0].place.name == "Lomba"

"""Whether two mentions share a scene: districts, towns and villages the gazetteer does not know."""

from __future__ import annotations

from typing import Any


def _attacks(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type == "attack"]


def test_separate_incident_in_a_town_of_the_same_province_stays_apart(extract: Any) -> None:
    text = (
        "QUETTA: Eleven miners were killed on Monday when gunmen stormed their camp in Harnai district, "
        "officials said. In a separate incident, three policemen were shot dead in Turbat on "
        "Monday evening, police said."
    )
    attacks = _attacks(extract(text, published="2025-02-11"))
    assert len(attacks) == 2
    by_toll = {e.killed.value: e for e in attacks if e.killed}
    assert by_toll[11].place is not None and by_toll[11].place.name.startswith("Harnai")
    assert by_toll[3].place is not None and by_toll[3].place.name == "Turbat"


def test_undated_retelling_near_an_unknown_village_joins_the_lead(extract: Any) -> None:
    text = (
        "PESHAWAR: Nine passengers were killed on Tuesday when gunmen fired on a van in the Orakzai "
        "district, officials said. The van was heading to Kohat when it came under fire near the Zarbandi "
        "area, a police officer said."
    )
    attacks = _attacks(extract(text, published="2025-06-04"))
    assert len(attacks) == 1
    assert attacks[0].killed is not None and attacks[0].killed.value == 9

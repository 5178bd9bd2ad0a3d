"""A nameless village of a lead named by a later sentence: the retold assault, the appositive that
sets it by a town (with a distance in two units, "the town of Y"), and whose village it is."""

from __future__ import annotations

from typing import Any

_LEAD = (
    "NIAMEY, May 6 (Sahel Desk) - Gunmen killed 14 people in an attack on a farming village in "
    "Niger's Tillaberi region on Sunday night, two local officials said on Tuesday."
)


def _attack(extraction: Any) -> Any:
    attacks = [e for e in extraction.events if e.type == "attack"]
    assert attacks
    return attacks[0]


def _place_name(extraction: Any) -> str | None:
    place = _attack(extraction).place
    return place.name if place is not None else None


def test_village_named_as_what_the_attackers_encircled(extract: Any) -> None:
    text = _LEAD + " The attackers encircled Tabarkat, a hamlet about 25 km north of Ouallam, after dusk."
    assert _place_name(extract(text, published="2026-05-06")) == "Tabarkat"


def test_village_named_as_what_the_gunmen_stormed(extract: Any) -> None:
    text = _LEAD + " Residents said the gunmen had stormed Tabarkat shortly before midnight."
    assert _place_name(extract(text, published="2026-05-06")) == "Tabarkat"


def test_refuge_named_later_is_not_the_village_attacked(extract: Any) -> None:
    text = _LEAD + " Survivors fled to Tabarkat, a hamlet about 25 km north of Ouallam, on Monday."
    assert _place_name(extract(text, published="2026-05-06")) != "Tabarkat"


def test_village_overrun_years_before_is_not_the_village_attacked(extract: Any) -> None:
    text = _LEAD + " In March last year, jihadists overran Tabarkat, a hamlet near Ouallam, killing 40."
    assert _place_name(extract(text, published="2026-05-06")) != "Tabarkat"


def test_distance_in_two_units_and_the_town_of_set_the_village_by_its_town(extract: Any) -> None:
    text = (
        "NIAMEY, May 6 (Sahel Desk) - Fighters raided a herders' camp north of the town of Ouallam on "
        "Sunday, killing nine people, officials said. The assault came before dawn at Tabarkat, a "
        "hamlet of cattle herders roughly 25 km (16 miles) north of the town of Ouallam."
    )
    place = _attack(extract(text, published="2026-05-06")).place
    assert place is not None and place.name == "Tabarkat"
    assert place.derivation == "about 25 km north of Ouallam"


def test_lead_town_stays_when_the_later_village_lies_elsewhere(extract: Any) -> None:
    text = (
        "NIAMEY, May 6 (Sahel Desk) - Fighters raided a herders' camp in Ouallam on Sunday, killing "
        "nine people, officials said. Survivors later reached Tabarkat, a hamlet about 60 km away."
    )
    assert _place_name(extract(text, published="2026-05-06")) == "Ouallam"


def test_people_named_before_a_village_noun_is_no_place(extract: Any) -> None:
    text = _LEAD + " The attackers encircled Tabarkat, a Zandri village about 25 km north of Ouallam."
    extraction = extract(text, published="2026-05-06")
    assert "Zandri" not in {e.name for e in extraction.entities if e.type == "PLACE"}
    assert _place_name(extraction) == "Tabarkat"


def test_name_before_a_village_noun_without_an_article_is_a_place(extract: Any) -> None:
    text = "NIAMEY, May 6 (Sahel Desk) - Gunmen killed 14 people in Zandri village on Sunday night."
    extraction = extract(text, published="2026-05-06")
    assert any(e.name.startswith("Zandri") for e in extraction.entities if e.type == "PLACE")

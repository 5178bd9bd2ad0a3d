"""A plural violent noun that names two sites in two towns is one happening per town: when the
sites hang on the noun's own relative clause ("the blasts that struck ..."), and when the two
towns lie close enough to be one scene. Whoever coordinated or engineered the happenings did them."""

from __future__ import annotations

from typing import Any

PUBLISHED = "2025-02-11"


def attacks(extraction: Any) -> dict[str, list[str]]:
    return {
        e.place.name: list(e.actors) for e in extraction.events if e.type == "attack" and e.place is not None
    }


def test_sites_in_the_relative_clause_of_the_plural_noun_are_two_happenings(extract: Any) -> None:
    text = (
        "Court papers say Idris Bello ordered the 2014 bombings that struck a hospital in Kano "
        "and a cattle market in Maiduguri."
    )
    assert set(attacks(extract(text, published=PUBLISHED))) == {"Kano", "Maiduguri"}


def test_two_nearby_towns_of_one_plural_noun_stay_two_happenings(extract: Any) -> None:
    text = (
        "Investigators believe Tariq Mehmood planned the 2011 bomb blasts at a bakery in Rawalpindi "
        "and a wedding hall in Islamabad."
    )
    assert set(attacks(extract(text, published=PUBLISHED))) == {"Rawalpindi", "Islamabad"}


def test_one_who_coordinated_the_bombings_is_their_actor(extract: Any) -> None:
    text = "Prosecutors allege that Musa Kanneh coordinated the 2019 ambush on a fuel convoy near Gao."
    found = attacks(extract(text, published=PUBLISHED))
    assert found.get("Gao") == ["Musa Kanneh"]


def test_one_who_engineered_the_raid_is_its_actor(extract: Any) -> None:
    text = "Officials say Omar Diakite engineered the 2018 raid on a gold mine near Kidal."
    found = attacks(extract(text, published=PUBLISHED))
    assert found.get("Kidal") == ["Omar Diakite"]


def test_a_town_named_only_as_a_landmark_is_no_site_of_its_own(extract: Any) -> None:
    text = (
        "The army launched simultaneous operations in Mopti, Segou and the village of Sofara, "
        "near Djenne, on Wednesday."
    )
    places = {e.place.name for e in extract(text, published=PUBLISHED).events if e.place is not None}
    assert "Djenne" not in places
    assert {"Mopti", "Segou", "Sofara"} <= places

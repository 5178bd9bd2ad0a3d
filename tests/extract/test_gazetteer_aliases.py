"""Gazetteer aliases that hold "and" are names; a pair of countries is not."""

from __future__ import annotations

from typing import Any

from nexus.extract.gazetteer import is_proper_alias


def _keys(extraction: Any) -> dict[str, str | None]:
    return {e.name: e.gazetteer_id for e in extraction.entities}


def test_english_name_of_a_sahel_group_with_and_is_tagged_as_the_group(extract: Any) -> None:
    text = "The Support Group for Islam and Muslims said its fighters ambushed a patrol near Dori on Friday."
    x = extract(text)
    assert "actor:jnim" in _keys(x).values()
    attack = next(e for e in x.events if e.type == "attack")
    assert attack.actors and "Support Group for Islam and Muslims" in attack.actors[0]


def test_long_name_of_a_group_after_a_linked_prefix_is_not_cut_to_its_first_word(extract: Any) -> None:
    text = (
        "The al-Qaeda-affiliated Group for the Support of Islam and Muslims claimed "
        "Tuesday's raid on a gendarmerie post."
    )
    keys = _keys(extract(text))
    assert "Group" not in keys
    assert "actor:jnim" in keys.values()


def test_country_pair_alias_is_not_a_name() -> None:
    assert not is_proper_alias("Burkina Faso and Niger", "Liptako-Gourma")
    assert is_proper_alias("Islamic State of Iraq and Syria", "Islamic State")
    assert is_proper_alias("Sistan and Baluchestan", "Sistan-Baluchestan")


def test_two_countries_in_a_sentence_stay_two_countries(extract: Any) -> None:
    x = extract("Troops from Burkina Faso and Niger patrolled the border on Monday.")
    keys = _keys(x)
    assert "site:liptako-gourma" not in keys.values()
    assert {"Burkina Faso", "Niger"} <= set(keys)


def test_an_upper_case_country_abbreviation_places_an_attack_but_a_car_is_no_country(extract: Any) -> None:
    x = extract("Gunmen killed five cattle herders in the far north of the CAR on Sunday.")
    (attack,) = [e for e in x.events if e.type == "attack"]
    assert attack.place is not None and attack.place.country == "CF"
    y = extract("A car exploded outside a market in Kismayo on Sunday, killing three traders.")
    assert all(e.place is None or e.place.country != "CF" for e in y.events)

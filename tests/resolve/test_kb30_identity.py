"""Event identity across outlets (session 30): a village its own sentence puts in a division is held
by that division, a country's possessive before a division names no city, a label for a group's
branch is related to the parent group another outlet names, and a town taken for the attacker by a
report placed only where it was filed is no actor."""

from __future__ import annotations

from dataclasses import replace

from nexus.resolve.events import (
    EventKey,
    PlaceKey,
    actors_compatible,
    actors_naming_places,
    labelled_alike,
    place_score,
)
from nexus.store.linker import district_of, listed_division_written


def test_a_countrys_possessive_before_a_district_names_no_city() -> None:
    sentence = "Gunmen burned houses in a hamlet of Tajikistan's Jirgatol district on Monday."
    assert district_of(sentence, "Jirgatol") is None


def test_a_citys_possessive_before_a_district_still_names_the_city() -> None:
    sentence = "A grenade exploded in Dushanbe's Sino district on Monday."
    assert district_of(sentence, "Sino") == "Dushanbe"


def village(divisions: tuple[str, ...] = ()) -> PlaceKey:
    return PlaceKey("Karamyk", "city", "KG", "Osh", 39.6, 72.1, divisions=divisions)


def division(name: str = "Kadamjay") -> PlaceKey:
    return PlaceKey(name, "admin", "KG", "Batken")


def test_a_division_holds_a_village_its_sentence_puts_in_it() -> None:
    score, reason = place_score(division(), village(("Kadamjay",)))
    assert score is not None and reason.endswith("one contains the other")
    assert place_score(village(("Kadamjay",)), division())[0] is not None


def test_a_division_the_sentence_does_not_name_holds_nothing() -> None:
    assert place_score(division(), village())[0] is None
    assert place_score(division("Leilek"), village(("Kadamjay",)))[0] is None


def side(*names: str) -> EventKey:
    return EventKey("attack", None, actors=frozenset(names), actor_names=frozenset(names))


def test_a_label_for_a_branch_and_the_branchs_parent_blame_one_group() -> None:
    assert labelled_alike(side("Khawarij"), side("Islamic State"))
    assert labelled_alike(side("Islamic State"), side("Allied Democratic Forces"))
    assert actors_compatible(side("Islamic State"), side("Allied Democratic Forces"))


def test_a_label_and_an_unrelated_group_stay_apart() -> None:
    assert not labelled_alike(side("Allied Democratic Forces"), side("al-Shabaab"))
    assert not labelled_alike(side("Khawarij"), side("Lord's Resistance Army"))


def test_a_listed_division_written_as_one_is_read_as_the_division() -> None:
    sentence = "Raiders burned a cattle camp in South Sudan's Uror county overnight."
    assert listed_division_written(sentence, "Uror", "SS") == PlaceKey("Uror", "admin", "SS", "Jonglei")


def test_a_name_not_written_as_a_division_or_not_listed_is_left_alone() -> None:
    assert listed_division_written("Raiders burned a cattle camp near Uror overnight.", "Uror", "SS") is None
    assert listed_division_written("Raiders struck in Kyrgyzstan's Kelmo district.", "Kelmo", "KG") is None


def test_a_town_taken_for_the_attacker_in_a_report_placed_only_by_its_dateline() -> None:
    village_event = EventKey("attack", None, place=PlaceKey("Sary-Tash", "city", "KG"))
    filed = EventKey(
        "attack",
        None,
        place=PlaceKey("Bishkek", "city", "KG", "Bishkek", 42.87, 74.59),
        actor_names=frozenset({"Sary-Tash"}),
        place_borrowed=True,
    )
    assert actors_naming_places(filed, village_event)
    assert not actors_naming_places(replace(filed, place_borrowed=False), village_event)

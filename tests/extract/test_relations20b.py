"""Session 20b relation wordings, in invented sentences: a group "loyal to" another in a main
clause, one that "belongs to" or "answers to" another; a group "operating out of" a town or
"entrenched on" the islands of a lake, one that fights "from bases in" a place; a place
"described by police as" a group's haven is that place, not the wider country named after it;
"its" after a named person ("said Y was one of its fighters") is the group, never the person."""

from __future__ import annotations

from typing import Any

FRONT = "Zambezi Liberation Front"


def test_a_group_loyal_to_another_in_a_main_clause_is_its_part(relation_triples: Any) -> None:
    text = "The Coastal Guard Brigade is loyal to the Zambezi Liberation Front."
    assert ("Coastal Guard Brigade", "affiliation", FRONT) in relation_triples(text)


def test_a_group_that_belongs_to_another_is_its_part(relation_triples: Any) -> None:
    plain = "The 14th Front belongs to the Zambezi Liberation Front, a faction."
    relative = "Clashes erupted with the 14th Front, a faction that belongs to the Zambezi Liberation Front."
    for text in (plain, relative):
        assert ("14th Front", "affiliation", FRONT) in relation_triples(text)


def test_a_group_that_answers_to_another_is_its_part(relation_triples: Any) -> None:
    text = "The Coastal Guard Brigade answers to the Zambezi Liberation Front."
    assert ("Coastal Guard Brigade", "affiliation", FRONT) in relation_triples(text)


def test_what_belonged_to_a_group_ties_no_group(relation_triples: Any) -> None:
    text = "The rifles belonged to the Zambian army, the Zambezi Liberation Front said."
    assert not {r for r in relation_triples(text) if r[1] == "affiliation"}


def test_a_group_operating_out_of_a_town_is_based_there(relation_triples: Any) -> None:
    text = "The Zambezi Liberation Front, operating out of Kasama, claimed the attack."
    assert (FRONT, "based_in", "Kasama") in relation_triples(text)


def test_a_group_entrenched_on_the_islands_of_a_lake_is_based_there(relation_triples: Any) -> None:
    text = "The Zambezi Liberation Front is entrenched on the islands of Lake Bangweulu."
    assert (FRONT, "based_in", "Lake Bangweulu") in relation_triples(text)


def test_a_group_fighting_from_bases_in_a_place_is_based_there(relation_triples: Any) -> None:
    text = (
        "The Zambezi Liberation Front has fought the army across northern Zambia "
        "from bases in the Kasama hills."
    )
    found = relation_triples(text)
    assert (FRONT, "based_in", "Kasama") in found
    assert (FRONT, "based_in", "Zambia") not in found


def test_a_state_force_striking_from_its_bases_is_not_based_by_this_reading(relation_triples: Any) -> None:
    text = "Zambian troops shelled the Zambezi Liberation Front from bases in Kasama."
    assert not {r for r in relation_triples(text) if r[1] == "based_in"}


def test_a_place_described_as_a_groups_haven_is_where_it_is_based(relation_triples: Any) -> None:
    text = "Kasama is described by police as the Zambezi Liberation Front's safest haven in Zambia."
    found = relation_triples(text)
    assert (FRONT, "based_in", "Kasama") in found
    assert (FRONT, "based_in", "Zambia") not in found


def test_suspicion_of_belonging_to_a_group_ties_no_arresting_force_to_it(relation_triples: Any) -> None:
    text = (
        "Officers of the Kafue Rangers arrested four men in Kasama on suspicion of belonging to "
        "the Zambezi Liberation Front, the ministry said."
    )
    assert not {r for r in relation_triples(text) if r[1] == "affiliation" and FRONT in (r[0], r[2])}


def test_its_after_a_named_person_stands_for_the_group_that_speaks(relation_triples: Any) -> None:
    text = (
        "On Monday the Zambezi Liberation Front said in a statement that Tendai Moyo was one of its fighters."
    )
    assert ("Tendai Moyo", "affiliation", FRONT) in relation_triples(text)


def test_the_conjoined_grounds_of_a_place_place_the_group_there(relation_triples: Any) -> None:
    text = "The Zambezi Liberation Front is entrenched on the islands and marshes of Lake Bangweulu."
    assert (FRONT, "based_in", "Lake Bangweulu") in relation_triples(text)


def test_fighting_in_the_hills_between_towns_bases_nobody_there(relation_triples: Any) -> None:
    text = "The army fought the Zambezi Liberation Front in the hills between Kabwe and Ndola."
    assert not {r for r in relation_triples(text) if r[1] == "based_in"}


def test_unowned_cells_operating_from_ground_are_the_one_groups(relation_triples: Any) -> None:
    text = (
        "The Zambezi Liberation Front lost its last territory in Zambia in 2017, but cells operating "
        "from the Muchinga mountains still stage raids on troops."
    )
    assert (FRONT, "based_in", "Muchinga") in relation_triples(text)


def test_a_groups_authorities_in_a_town_govern_from_there(relation_triples: Any) -> None:
    text = "Zambia urged the Zambezi Liberation Front authorities in Kasama to take real measures."
    assert (FRONT, "based_in", "Kasama") in relation_triples(text)


def test_a_groups_leadership_attacked_in_a_town_is_not_based_by_that(relation_triples: Any) -> None:
    text = "Gunmen attacked the Zambezi Liberation Front leadership in Kasama."
    assert (FRONT, "based_in", "Kasama") not in relation_triples(text)


def test_a_dissident_group_of_a_named_movement_is_tied_to_it(relation_triples: Any) -> None:
    text = (
        "The Zambezi Liberation Front (ZLF) signed a peace deal in 2016. Residents suspected the "
        "14th Front, a ZLF dissident group that has been fighting the army."
    )
    assert ("14th Front", "affiliation", FRONT) in relation_triples(text)


def test_a_numbered_unit_of_a_group_is_its_part(relation_triples: Any) -> None:
    text = "Police said the blast was the work of Battalion No. 3 of the Zambezi Liberation Front."
    assert ("Battalion No. 3", "affiliation", FRONT) in relation_triples(text)

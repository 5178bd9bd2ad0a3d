"""Session 20b relation wordings, in invented sentences: a group "loyal to" another in a main
clause, one that "belongs to" or "answers to" another; a group "operating out of" a town or
"entrenched on" the islands of a lake, one that fights "from bases in" a place; a place
"described by police as" a group's haven is that place, not the wider country named after it;
"its" after a named person ("said Y was one of its fighters") is the group, never the person."""

from __future__ import annotations

from typing import Any

from nexus.extract.relations import extract_relations


def relations(extractor: Any, text: str) -> set[tuple[str, str, str]]:
    """(source, type, target) of the rule relations of a text."""
    doc = extractor.nlp(text)
    return {(d.source.name, d.type, d.target.name) for d in extract_relations(doc, doc._.nexus_entities)}


FRONT = "Zambezi Liberation Front"


def test_a_group_loyal_to_another_in_a_main_clause_is_its_part(extractor: Any) -> None:
    text = "The Coastal Guard Brigade is loyal to the Zambezi Liberation Front."
    assert ("Coastal Guard Brigade", "affiliation", FRONT) in relations(extractor, text)


def test_a_group_that_belongs_to_another_is_its_part(extractor: Any) -> None:
    plain = "The 14th Front belongs to the Zambezi Liberation Front, a faction."
    relative = "Clashes erupted with the 14th Front, a faction that belongs to the Zambezi Liberation Front."
    for text in (plain, relative):
        assert ("14th Front", "affiliation", FRONT) in relations(extractor, text)


def test_a_group_that_answers_to_another_is_its_part(extractor: Any) -> None:
    text = "The Coastal Guard Brigade answers to the Zambezi Liberation Front."
    assert ("Coastal Guard Brigade", "affiliation", FRONT) in relations(extractor, text)


def test_what_belonged_to_a_group_ties_no_group(extractor: Any) -> None:
    text = "The rifles belonged to the Zambian army, the Zambezi Liberation Front said."
    assert not {r for r in relations(extractor, text) if r[1] == "affiliation"}


def test_a_group_operating_out_of_a_town_is_based_there(extractor: Any) -> None:
    text = "The Zambezi Liberation Front, operating out of Kasama, claimed the attack."
    assert (FRONT, "based_in", "Kasama") in relations(extractor, text)


def test_a_group_entrenched_on_the_islands_of_a_lake_is_based_there(extractor: Any) -> None:
    text = "The Zambezi Liberation Front is entrenched on the islands of Lake Bangweulu."
    assert (FRONT, "based_in", "Lake Bangweulu") in relations(extractor, text)


def test_a_group_fighting_from_bases_in_a_place_is_based_there(extractor: Any) -> None:
    text = (
        "The Zambezi Liberation Front has fought the army across northern Zambia "
        "from bases in the Kasama hills."
    )
    found = relations(extractor, text)
    assert (FRONT, "based_in", "Kasama") in found
    assert (FRONT, "based_in", "Zambia") not in found


def test_a_state_force_striking_from_its_bases_is_not_based_by_this_reading(extractor: Any) -> None:
    text = "Zambian troops shelled the Zambezi Liberation Front from bases in Kasama."
    assert not {r for r in relations(extractor, text) if r[1] == "based_in"}


def test_a_place_described_as_a_groups_haven_is_where_it_is_based(extractor: Any) -> None:
    text = "Kasama is described by police as the Zambezi Liberation Front's safest haven in Zambia."
    found = relations(extractor, text)
    assert (FRONT, "based_in", "Kasama") in found
    assert (FRONT, "based_in", "Zambia") not in found


def test_suspicion_of_belonging_to_a_group_ties_no_arresting_force_to_it(extractor: Any) -> None:
    text = (
        "Officers of the Kafue Rangers arrested four men in Kasama on suspicion of belonging to "
        "the Zambezi Liberation Front, the ministry said."
    )
    assert not {r for r in relations(extractor, text) if r[1] == "affiliation" and FRONT in (r[0], r[2])}


def test_its_after_a_named_person_stands_for_the_group_that_speaks(extractor: Any) -> None:
    text = (
        "On Monday the Zambezi Liberation Front said in a statement that Tendai Moyo was one of its fighters."
    )
    assert ("Tendai Moyo", "affiliation", FRONT) in relations(extractor, text)

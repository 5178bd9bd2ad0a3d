"""Actors named by a definite group noun that stands for the armed group told before."""

from __future__ import annotations

from typing import Any


def attack_actors(extraction: Any) -> list[list[str]]:
    return [e.actors for e in extraction.events if e.type == "attack"]


def test_an_attack_blamed_on_the_same_group_after_an_untyped_name_is_that_group(extract: Any) -> None:
    text = (
        "Soldiers said the dead men belonged to a cell of the Red Lantern Society. "
        "In May 2023, six soldiers were killed in an ambush near Kesso, an attack the authorities "
        "blamed on the same group."
    )
    assert attack_actors(extract(text)) == [["Red Lantern Society"]]


def test_investigators_suspecting_the_same_group_give_the_attack_that_group(extract: Any) -> None:
    text = (
        "Police blamed the attack on the Tamba Liberation Front, a faction that broke away in 2019. "
        "Hours later, a car bomb exploded near a market in Delmo, wounding three civilians; "
        "investigators suspect the same group."
    )
    actors = attack_actors(extract(text))
    assert actors[-1] == ["Tamba Liberation Front"]


def test_suspecting_a_group_noun_with_no_group_named_gives_no_actor(extract: Any) -> None:
    text = (
        "Hours later, a car bomb exploded near a market in Delmo, wounding three civilians; "
        "investigators suspect the same group."
    )
    assert attack_actors(extract(text)) == [[]]


def military_actors(extraction: Any) -> list[list[str]]:
    return [e.actors for e in extraction.events if e.type == "military_action"]


def test_police_arrests_told_by_a_prosecutors_office_are_the_state_s(extract: Any) -> None:
    text = (
        "In Portugal, the Central Prosecutor's Office said on Thursday that police had arrested "
        "four men in raids in the old quarter of Porto on Wednesday."
    )
    assert military_actors(extract(text)) == [["Portugal"]]


def test_arrests_told_by_the_police_body_itself_are_that_body_s(extract: Any) -> None:
    text = "The Ruritania Police said on Thursday that officers had arrested four men in raids in Strelsau."
    assert military_actors(extract(text)) == [["Ruritania Police"]]


def test_a_guarded_acronym_beside_a_country_s_short_form_is_the_group(extract: Any) -> None:
    text = (
        "The Islamic State (IS) has lost most of its territory. On March 3 a gunman killed two "
        "soldiers near Deir Hafer; US officials blamed IS."
    )
    assert attack_actors(extract(text)) == [["Islamic State"]]


def test_a_headline_in_capitals_still_reads_is_as_a_verb(extract: Any) -> None:
    names = {e.name for e in extract("WHAT IS LEFT OF THE UN PLAN\n\nThe council met on Monday.").entities}
    assert "Islamic State" not in names


def test_a_bomb_planted_by_a_named_group_s_fighters_is_that_group_s_attack(extract: Any) -> None:
    text = "On Saturday, a roadside mine planted by Islamic State fighters killed four shepherds near Qaim."
    assert attack_actors(extract(text)) == [["Islamic State"]]


def test_a_bomb_believed_planted_by_the_militants_takes_the_group_told_before(extract: Any) -> None:
    text = (
        "Islamic State militants attacked an army post near Qaim on Friday, killing two soldiers. "
        "On Sunday, a roadside bomb believed to have been planted by the militants killed four "
        "shepherds in the desert near Qaim, police said."
    )
    assert attack_actors(extract(text))[-1] == ["Islamic State"]


def test_a_bomb_planted_by_unknown_people_has_no_actor(extract: Any) -> None:
    text = "On Saturday, a roadside bomb planted by unknown people killed four shepherds near Qaim."
    assert attack_actors(extract(text)) == [[]]


def test_the_rules_read_the_claimant_of_an_attack_a_participle_carries(extractor: Any) -> None:
    from nexus.extract.arguments import actor_entities, cached_entity_index
    from nexus.model import Document

    text = (
        "The Tamba Liberation Front controls much of the valley. In March, fighters ambushed a food "
        "convoy near Kesso, killing 14 drivers, in an attack the group also claimed."
    )
    doc, _ = extractor.parse(Document(id="claimed-by-the-group", text=text))
    trigger = next(t for t in doc if t.text == "ambushed")
    assert [c.name for c in actor_entities(trigger, cached_entity_index(doc))] == ["Tamba Liberation Front"]

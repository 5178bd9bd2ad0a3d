"""Hostility kinds read in session 27: a force named in apposition to "army", partners who fight
"alongside" a force "against" a group, forces that pursue or repel a group's men, and two groups
that fight one another with no object (not when they fight a third party together)."""

from __future__ import annotations

from typing import Any

import pytest

from nexus.extract.relations import extract_relations


def rel(a: str, b: str, rtype: str = "hostility") -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), rtype)


def test_an_army_named_in_apposition_fights_not_its_state(relations: Any) -> None:
    text = "Norvania's army, the Norvanian Defence Corps, has fought the Red Dune Movement since 2019."
    found = relations(text)
    assert rel("Norvanian Defence Corps", "Red Dune Movement") in found
    assert rel("Norvania", "Red Dune Movement") not in found


def test_the_partner_of_a_fight_alongside_is_hostile_to_whom_it_is_against(relations: Any) -> None:
    text = (
        "The Tessar Rifles have fought alongside the Karvian Guard against the Lowland Jihad Front "
        "in the eastern hills for three years."
    )
    found = relations(text)
    assert rel("Karvian Guard", "Lowland Jihad Front") in found
    assert rel("Tessar Rifles", "Lowland Jihad Front") in found
    assert rel("Tessar Rifles", "Karvian Guard", "cooperation") in found


@pytest.mark.parametrize("verb", ["pursued", "chased", "repelled"])
def test_a_force_that_goes_after_a_groups_men_is_hostile_to_the_group(relations: Any, verb: str) -> None:
    text = f"Troops of the 31st Mountain Brigade {verb} fighters of the Qarsh Liberation Front into a gorge."
    found = relations(text)
    assert rel("31st Mountain Brigade", "Qarsh Liberation Front") in found


def test_two_groups_that_fight_with_no_object_fight_each_other(relations: Any) -> None:
    text = "Militants of the Sable Hand and the Brothers of Imra fought for two days around the salt pans."
    found = relations(text)
    assert rel("Sable Hand", "Brothers of Imra") in found


def test_two_groups_that_clash_with_a_third_are_not_set_against_each_other(relations: Any) -> None:
    text = "The Sable Hand and the Brothers of Imra clashed with the Orvan Gendarmerie near the dam."
    found = relations(text)
    assert rel("Sable Hand", "Brothers of Imra") not in found


def test_groups_that_fight_together_are_not_set_against_each_other(relations: Any) -> None:
    text = "The Sable Hand and the Brothers of Imra fought together in the valley for most of 2021."
    found = relations(text)
    assert rel("Sable Hand", "Brothers of Imra") not in found


def test_a_groups_dissidents_are_not_the_group_in_a_fight(relations: Any) -> None:
    text = "Gunfire shook the towns as the Sable Hand and Brothers of Imra dissidents fight for the pass."
    found = relations(text)
    assert rel("Sable Hand", "Brothers of Imra") not in found


def test_a_war_whose_with_phrase_hangs_on_the_verb_names_the_foe(relations: Any) -> None:
    text = "The Ulmo Brigades have stayed at war since 2019 with the Red Dune Movement over the fords."
    found = relations(text)
    assert rel("Ulmo Brigades", "Red Dune Movement") in found


def test_a_verb_joined_to_a_passive_one_shares_its_subject_not_its_agent(relations: Any) -> None:
    text = (
        "The Ulmo Brigades were once courted by the government as allies but are now at war with the "
        "Kessan Armed Forces."
    )
    found = relations(text)
    assert rel("Ulmo Brigades", "Kessan Armed Forces") in found


def test_a_group_that_has_battled_a_force_is_hostile_to_it(relations: Any) -> None:
    text = "The Ulmo Brigades, a militia of the hills, have battled the Kessan Defence Corps for years."
    found = relations(text)
    assert rel("Ulmo Brigades", "Kessan Defence Corps") in found


def test_federal_troops_are_the_army_the_report_names(relations: Any) -> None:
    text = (
        "The Kessan Armed Forces deployed two battalions to the north last week. The Ulmo Brigades have "
        "fought federal troops in the north since 2020."
    )
    found = relations(text)
    assert rel("Ulmo Brigades", "Kessan Armed Forces") in found


def _charges(extractor: Any, text: str) -> set[tuple[str, str]]:
    doc = extractor.nlp(text)
    drafts = extract_relations(doc, doc._.nexus_entities)
    return {(d.source.name, d.target.name) for d in drafts if d.type == "hostility" and d.role == "blame"}


def test_the_charge_of_an_unnamed_army_is_no_dyad_of_its_state(extractor: Any) -> None:
    text = (
        "LIMA — The army blamed the Sable Liberation Front for the bombings in the valley, which killed two "
        "soldiers. Peru has sent more troops to the region."
    )
    assert ("Peru", "Sable Liberation Front") not in _charges(extractor, text)


def test_the_charge_of_a_named_army_is_its_own_dyad(extractor: Any) -> None:
    text = "The Kessan Armed Forces blamed the Sable Liberation Front for the bombings near Kessa."
    assert ("Kessan Armed Forces", "Sable Liberation Front") in _charges(extractor, text)


def test_a_relative_clause_on_a_predicate_noun_is_said_of_the_subject(relations: Any) -> None:
    text = "The Ulmo Brigades are a militia that the Kessan Armed Forces have fought since 2019."
    found = relations(text)
    assert rel("Kessan Armed Forces", "Ulmo Brigades") in found


@pytest.mark.parametrize(
    "text",
    [
        "On the ridge, men of the 31st Mountain Brigade ran into some Qarsh Liberation Front rebels.",
        "Troops of the 31st Mountain Brigade finally caught up with Qarsh Liberation Front fighters.",
    ],
)
def test_a_force_that_comes_upon_a_groups_men_is_hostile_to_the_group(relations: Any, text: str) -> None:
    found = relations(text)
    assert rel("31st Mountain Brigade", "Qarsh Liberation Front") in found


def test_a_group_that_runs_into_another_is_no_encounter_of_a_state(relations: Any) -> None:
    text = "Fighters of the Sable Liberation Front ran into some Qarsh Liberation Front rebels by the dam."
    found = relations(text)
    assert rel("Sable Liberation Front", "Qarsh Liberation Front") not in found

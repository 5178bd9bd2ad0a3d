"""Relations read in session 22, second part (invented wordings, one behaviour per test): a relative pronoun
that is the subject of a clause reported inside its relative clause, or the object of a
preposition, stands for the clause's antecedent; organisations that act "together with" one
another cooperate; ground named for a border spans the countries of its "with" phrase; a group's
"formation" is its part."""

from __future__ import annotations

from typing import Any


def rel(a: str, b: str, rtype: str) -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), rtype)


def test_a_reported_relative_clause_backs_its_antecedent(relations: Any) -> None:
    text = "The Caprivi Liberation Army, which UN experts say is backed by Namibia, holds Katima."
    assert rel("Namibia", "Caprivi Liberation Army", "cooperation") in relations(text)


def test_a_relative_pronoun_after_a_preposition_stands_for_its_antecedent(relations: Any) -> None:
    text = (
        "A spokesman for the Kordofan Liberation Front, to which the Tawila Guards answer, blamed the army."
    )
    assert rel("Tawila Guards", "Kordofan Liberation Front", "affiliation") in relations(text)


def test_forces_acting_together_with_another_cooperate(relations: Any) -> None:
    text = "Soldiers of the Botswana Defence Force, together with the Zambian Army, killed nine insurgents."
    assert rel("Botswana Defence Force", "Zambian Army", "cooperation") in relations(text)


def test_a_passive_deed_together_with_another_is_no_cooperation(relations: Any) -> None:
    text = "The Caprivi Liberation Army, together with the Zambezi Valley Movement, was designated on Monday."
    assert rel("Caprivi Liberation Army", "Zambezi Valley Movement", "cooperation") not in relations(text)


def test_bringing_members_together_is_no_cooperation_of_the_body(relations: Any) -> None:
    text = "The Kalahari Alliance, which brings Botswana together with Namibia, condemned the attack."
    assert rel("Kalahari Alliance", "Namibia", "cooperation") not in relations(text)


def test_a_group_active_in_a_tri_border_area_is_based_in_its_countries(relations: Any) -> None:
    text = "The Caprivi Liberation Army has long been active in the tri-border area with Zambia and Angola."
    found = relations(text)
    assert rel("Caprivi Liberation Army", "Zambia", "based_in") in found
    assert rel("Caprivi Liberation Army", "Angola", "based_in") in found


def test_forests_along_a_border_lie_on_this_side_of_it(relations: Any) -> None:
    text = "The Kwando Guard, which operates from forests along the border with Zambia, claimed the raid."
    assert rel("Kwando Guard", "Zambia", "based_in") not in relations(text)


def test_a_groups_armed_formation_is_its_part(relations: Any) -> None:
    text = "The Tawila Guards are the Kordofan Liberation Front's main armed formation in Kadugli."
    assert rel("Tawila Guards", "Kordofan Liberation Front", "affiliation") in relations(text)


def test_a_second_apposition_describes_the_group_the_first_ends_on(relations: Any) -> None:
    text = (
        "Police blamed the Tawila Front, a unit of the Kordofan Liberation Army, "
        "the largest dissident faction of the former Sudan Revolutionary Front."
    )
    found = relations(text)
    assert rel("Kordofan Liberation Army", "Sudan Revolutionary Front", "affiliation") in found
    assert rel("Tawila Front", "Sudan Revolutionary Front", "affiliation") not in found


def test_names_apposed_to_a_count_are_the_subject_of_its_predicate(relations: Any) -> None:
    text = (
        "The Kordofan Liberation Front said two of the dead, Omar Bashir Ali and Hassan Idris Musa, "
        "were fighters of the Tawila Battalion."
    )
    found = relations(text)
    assert rel("Omar Bashir Ali", "Tawila Battalion", "affiliation") in found
    assert rel("Hassan Idris Musa", "Tawila Battalion", "affiliation") in found


def test_one_of_its_members_after_an_apposed_ordinal(relations: Any) -> None:
    text = "The Kordofan Liberation Front said the third, Omar Bashir Ali, was one of its members."
    assert rel("Omar Bashir Ali", "Kordofan Liberation Front", "affiliation") in relations(text)


def test_a_state_is_a_member_of_the_bloc_of_which_it_is_a_member(relations: Any) -> None:
    text = (
        "A delegation of the Collective Defence Organisation, the bloc of which Namibia is a member, "
        "arrived in Windhoek."
    )
    assert rel("Namibia", "Collective Defence Organisation", "affiliation") in relations(text)


def test_a_relative_clause_with_no_relative_word_takes_its_antecedent_as_object(relations: Any) -> None:
    text = "Residents blamed the Tawila Front, the group the Kordofan Liberation Front has fought since 2022."
    assert rel("Kordofan Liberation Front", "Tawila Front", "hostility") in relations(text)


def test_a_groups_apposed_backbone_is_its_part(relations: Any) -> None:
    text = "The Tawila Front's backbone, the Nuba Brigade, is seen as an offshoot of the Kordofan Army."
    found = relations(text)
    assert rel("Nuba Brigade", "Tawila Front", "affiliation") in found
    assert rel("Nuba Brigade", "Kordofan Army", "affiliation") in found
    assert rel("Tawila Front", "Kordofan Army", "affiliation") not in found


def test_the_core_of_a_group_is_its_part(relations: Any) -> None:
    text = "The Nuba Brigade is regarded by the UN as the core of the Tawila Front."
    assert rel("Nuba Brigade", "Tawila Front", "affiliation") in relations(text)


def test_a_force_that_took_over_from_another_is_its_successor(relations: Any) -> None:
    text = "Troops fought alongside the Savanna Corps, which took over from the Kestrel Group last year."
    assert rel("Savanna Corps", "Kestrel Group", "affiliation") in relations(text)


def test_a_force_that_replaced_another_is_its_successor(relations: Any) -> None:
    text = "The army is backed by the Savanna Corps, the force that replaced the Kestrel Group."
    assert rel("Savanna Corps", "Kestrel Group", "affiliation") in relations(text)


def test_a_state_body_replacing_another_is_no_succession(relations: Any) -> None:
    text = "The Ministry of Defence replaced the Ministry of War in 1947."
    assert not any(t == "affiliation" for _, t in relations(text))


def test_a_plain_noun_before_a_bare_relative_clause_is_no_named_object(relations: Any) -> None:
    text = "Botswana struck targets overnight, hitting Namibia's Kwando Guards and the militias it backs."
    assert not any(t == "cooperation" for _, t in relations(text))


def test_a_group_allied_with_another_is_its_partner(relations: Any) -> None:
    text = "The Kwando Tigers, a militia that experts say has allied itself with the Caprivi Army, clashed."
    assert rel("Kwando Tigers", "Caprivi Army", "cooperation") in relations(text)


def test_a_group_allied_to_another_stays_tied_to_it(relations: Any) -> None:
    text = "The Kwando Tigers, which is allied to the Caprivi Liberation Army, clashed with rivals."
    assert rel("Kwando Tigers", "Caprivi Liberation Army", "affiliation") in relations(text)


def test_a_person_is_never_what_allied_itself(relations: Any) -> None:
    text = (
        "Police blamed a Tigers faction headed by Omar Ali, which he said had aligned itself "
        "with the Kwando Army."
    )
    assert rel("Omar Ali", "Kwando Army", "affiliation") not in relations(text)

"""One happening told once within a text: a second telling joins it, another happening stays apart."""

from __future__ import annotations

from typing import Any

PUBLISHED = "2025-03-14"


def events_of(extraction: Any, etype: str) -> list[Any]:
    return [e for e in extraction.events if e.type == etype]


def iso(event: Any) -> str | None:
    return event.date.iso if event.date else None


def test_verbs_coordinated_under_one_subject_are_one_action(extract: Any) -> None:
    text = (
        "A man stabbed two shoppers at a market in Graz on Friday morning before officers of the "
        "federal police shot and detained the man, Austria's interior ministry said."
    )
    (action,) = events_of(extract(text, published=PUBLISHED), "military_action")
    assert action.place is not None and action.place.name == "Graz"


def test_a_verb_with_a_subject_of_its_own_is_another_action(extract: Any) -> None:
    text = (
        "Soldiers fought insurgents outside Dori on Monday, while gendarmes in Fada arrested six "
        "suspected smugglers."
    )
    actions = events_of(extract(text, published=PUBLISHED), "military_action")
    assert sorted(a.place.name for a in actions if a.place is not None) == ["Dori", "Fada"]


def test_coordinated_verbs_on_two_days_in_two_towns_stay_two(extract: Any) -> None:
    text = "Rangers raided a camp near Kapoeta on Sunday and arrested three poachers in Juba on Monday."
    actions = events_of(extract(text, published=PUBLISHED), "military_action")
    assert sorted(iso(a) or "" for a in actions) == ["2025-03-09", "2025-03-10"]


def test_a_doers_own_telling_of_its_attack_joins_the_attack(extract: Any) -> None:
    text = (
        "Gunmen attacked an army checkpoint outside Menaka late on Saturday, killing five soldiers, "
        "local officials said. Ansaroul Islam, in a message issued that night, "
        'said its men had stormed "a nest of apostates" near Menaka.'
    )
    (attack,) = events_of(extract(text, published=PUBLISHED), "attack")
    assert iso(attack) == "2025-03-08"
    assert attack.killed is not None and attack.killed.value == 5


def test_a_doers_telling_of_a_further_attack_elsewhere_stays_apart(extract: Any) -> None:
    text = (
        "Militants ambushed a police patrol near Garissa on Thursday, wounding three officers. "
        "On Friday, al-Shabaab claimed that its men had also raided a base in Kismayo."
    )
    attacks = events_of(extract(text, published=PUBLISHED), "attack")
    assert sorted(a.place.name for a in attacks if a.place is not None) == ["Garissa", "Kismayo"]


def test_a_revised_toll_a_day_later_is_the_attacks_toll(extract: Any) -> None:
    text = (
        "Fighters overran a gendarmerie post at Kantchari on Tuesday evening, killing two gendarmes. "
        "Medics had at first counted two dead, but a third gendarme, shot in the neck, died at a clinic "
        "in Diapaga on Wednesday."
    )
    (attack,) = events_of(extract(text, published=PUBLISHED), "attack")
    assert iso(attack) == "2025-03-11"
    assert attack.place is not None and attack.place.name == "Kantchari"


def test_a_separate_attack_with_a_revised_figure_stays_apart(extract: Any) -> None:
    text = (
        "Fighters overran a gendarmerie post at Kantchari on Tuesday evening, killing two gendarmes. "
        "In an unrelated raid on Wednesday, gunmen shot dead a herder near Gayeri; officials first "
        "reported him wounded."
    )
    attacks = events_of(extract(text, published=PUBLISHED), "attack")
    assert sorted(iso(a) or "" for a in attacks) == ["2025-03-11", "2025-03-12"]

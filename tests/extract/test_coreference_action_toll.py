"""A doer-less killing told in one sentence as one doing with a security action (framed by the
action's noun, or the action's "when" clause with only a pronoun for its doer) is that action's
toll: one military action carrying the figures, not an attack beside it. An attack whose doer is
named in its own clause, or one told in a sentence of its own, stays an attack."""

from __future__ import annotations

from typing import Any

PUBLISHED = "2025-06-12"


def kinds(extraction: Any) -> list[str]:
    return sorted(e.type for e in extraction.events if e.type in ("attack", "military_action"))


def test_a_toll_framed_by_an_encounter_is_the_encounters(extract: Any) -> None:
    text = (
        "Four members of an armed band were killed and one trooper was hurt in an encounter with "
        "a government patrol near the village of Tamalang on Tuesday, the army said."
    )
    found = extract(text, published=PUBLISHED)
    assert kinds(found) == ["military_action"]
    (action,) = [e for e in found.events if e.type == "military_action"]
    assert action.killed is not None and action.killed.value == 4
    assert action.injured is not None and action.injured.value == 1


def test_a_toll_framed_by_a_clash_with_soldiers_is_one_action(extract: Any) -> None:
    text = (
        "Six rebels were killed and two others were captured during a clash with soldiers in the hills "
        "above Dolores on Sunday, a military spokesman said."
    )
    found = extract(text, published=PUBLISHED)
    assert kinds(found) == ["military_action"]


def test_a_raid_told_in_the_when_clause_of_the_forces_killing_is_one_action(extract: Any) -> None:
    text = (
        "Police shot dead three suspected militants and arrested a fourth when they raided a compound "
        "in Sangtak overnight, a provincial spokesman said."
    )
    found = extract(text, published=PUBLISHED)
    assert kinds(found) == ["military_action"]
    (action,) = (
        found.events if len(found.events) == 1 else [e for e in found.events if e.type == "military_action"]
    )
    assert action.killed is not None and action.killed.value == 3


def test_an_attack_whose_doer_is_named_in_its_own_clause_stays_apart(extract: Any) -> None:
    text = (
        "Police shot dead two gunmen when militants stormed a checkpoint on the road to Sangtak late on "
        "Monday, a provincial spokesman said."
    )
    found = extract(text, published=PUBLISHED)
    assert "attack" in kinds(found)


def test_a_killing_told_in_a_sentence_of_its_own_stays_an_attack(extract: Any) -> None:
    text = (
        "Troops launched an operation against the gangs in the hills above Dolores on Sunday, the army "
        "said. Elsewhere, three farmers were killed in the village of Makari on Monday, "
        "residents said."
    )
    found = extract(text, published=PUBLISHED)
    assert kinds(found) == ["attack", "military_action"]

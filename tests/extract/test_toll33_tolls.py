"""Tolls (session 33): a passive that names its doer ('he was shot dead by police days later')
tells the forces' own act, so its victim is that military action's toll and not the attack's told
beside it; the people buried after a raid are its dead."""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from nexus.extract.casualties import find_casualties


def tolls(extraction: Any) -> list[tuple[str, str | None, int | None, int | None]]:
    """(type, date, killed, injured) of every violent event."""
    return sorted(
        (
            e.type,
            e.date.iso if e.date else None,
            e.killed.value if e.killed else None,
            e.injured.value if e.injured else None,
        )
        for e in extraction.events
        if e.type in ("attack", "military_action")
    )


# --------------------------------------------------------------------------- a passive with its doer


def test_an_attacker_shot_dead_by_police_later_is_the_polices_toll(extract: Any) -> None:
    text = (
        "The town remembers the evening of 4 May 2019, when a gunman opened fire near the fair in "
        "Lyon, killing four people and wounding nine before he was shot dead by police three days later."
    )
    found = tolls(extract(text, published="2026-03-12"))
    assert ("attack", "2019-05-04", 4, 9) in found
    assert ("military_action", "2019-05-07", 1, None) in found


def test_the_shooting_by_police_takes_none_of_the_attacks_toll(extract: Any) -> None:
    text = (
        "The town remembers the evening of 4 May 2019, when a gunman opened fire near the fair in "
        "Lyon, killing four people and wounding nine before he was shot dead by police three days later."
    )
    actions = [t for t in tolls(extract(text, published="2026-03-12")) if t[0] == "military_action"]
    assert all(injured is None for *_, injured in actions)


# --------------------------------------------------------------------------- the buried


def figures(nlp: Language, text: str) -> list[tuple[str, int]]:
    doc = nlp(text)
    return [(m.kind, m.count.value) for s in doc.sents for m in find_casualties(s)]


def test_people_said_to_have_been_buried_are_dead(nlp: Language) -> None:
    text = "A district officer said nine herders had been buried after more bodies were found in the bush."
    assert figures(nlp, text) == [("killed", 9)]


def test_people_a_village_buried_are_dead(nlp: Language) -> None:
    text = "By Friday evening families in Tanout had buried 17 people in the old cemetery."
    assert figures(nlp, text) == [("killed", 17)]


def test_a_buried_bomb_counts_no_one(nlp: Language) -> None:
    text = "The device, buried under the dirt track, went off as the patrol passed at noon."
    assert figures(nlp, text) == []


def test_the_dead_already_counted_laid_to_rest_are_no_new_figure(nlp: Language) -> None:
    text = "Mourners filled the square in Gao as the 14 victims were buried on Sunday."
    assert figures(nlp, text) == []

"""Tolls (session 31): a range told of a subset ('between four and seven of them') keeps its
floor as at_least; a figure of a sentence with no happening of its own, set by its own clause at a
town or site the event told before is not at ('the bodies of two herders were found near <another
village>'), is not that event's toll; militants 'neutralised during the operation' after a search
and arrests are that operation's dead; a rise told in the present tense ('rises to eight') is an
update, and the dead of the clause that explains a rise are not the new toll; soldiers hurt while
repelling an attack are the attack's."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from nexus.extract.casualties import find_casualties


def figures(nlp: Language, text: str) -> list[tuple[str, int, str]]:
    """(kind, value, qualifier) of every figure of the text's sentences."""
    doc = nlp(text)
    return [(m.kind, m.count.value, m.count.qualifier) for s in doc.sents for m in find_casualties(s)]


def killed_by_place(extraction: Any) -> dict[str, int | None]:
    """Killed of each violent event, by the event's place name."""
    return {
        (e.place.name if e.place else ""): (e.killed.value if e.killed else None)
        for e in extraction.events
        if e.type in ("attack", "military_action")
    }


# --------------------------------------------------------------------------- a range of a subset


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Late on Friday a mine tore through a minibus carrying miners near Kalemie, "
            "killing between four and seven of them.",
            ("killed", 4, "at_least"),
            id="between-and-of-them",
        ),
        pytest.param(
            "Raiders fired on the herders at the well near Gao, killing three or four of them.",
            ("killed", 3, "at_least"),
            id="or-of-them",
        ),
    ],
)
def test_a_range_of_a_subset_keeps_its_floor(
    nlp: Language, text: str, expected: tuple[str, int, str]
) -> None:
    assert expected in figures(nlp, text)


def test_a_single_subset_number_stays_exact(nlp: Language) -> None:
    text = "Raiders fired on the herders at the well near Gao, killing three of them and wounding five."
    assert ("killed", 3, "exact") in figures(nlp, text)


# --------------------------------------------------------------------------- a figure placed elsewhere


def test_bodies_found_at_another_village_are_not_the_attack_toll(extract: Any) -> None:
    text = (
        "Gunmen attacked a police post in Wamba on Sunday night, killing four officers, the governor said. "
        "On Monday morning, villagers found the bodies of two herders with machete wounds on a track "
        "near the village of Mbalo."
    )
    assert killed_by_place(extract(text)).get("Wamba") == 4


def test_more_dead_found_at_the_same_town_still_count(extract: Any) -> None:
    text = (
        "Gunmen attacked a police post in Wamba on Sunday night, killing four officers, the governor said. "
        "Two more bodies were found in Wamba on Monday, bringing the toll to six."
    )
    assert killed_by_place(extract(text)).get("Wamba") == 6


# --------------------------------------------------------------------------- a bare toll of the operation


def military_tolls(extraction: Any) -> list[int | None]:
    return [e.killed.value if e.killed else None for e in extraction.events if e.type == "military_action"]


def test_terrorists_neutralised_during_the_operation_are_the_search_told_before(extract: Any) -> None:
    text = (
        "In Kolwa, troops searched houses in the Mbali quarter from dawn and arrested nine youths accused "
        'of aiding the rebels. A defence ministry statement said two "terrorists" were "neutralised" '
        "during the operation."
    )
    assert military_tolls(extract(text)) == [2]


# --------------------------------------------------------------------------- why a toll rose


def test_the_dead_who_explain_a_rise_are_not_the_new_toll(extract: Any) -> None:
    text = (
        "Gunmen stormed a police post in Tarko on Monday, killing at least eight officers, the police said. "
        "The toll rose from five given on Monday after three wounded officers died overnight in hospital."
    )
    (attack,) = [e for e in extract(text).events if e.type == "attack"]
    assert attack.killed is not None and (attack.killed.value, attack.killed.qualifier) == (8, "at_least")


def test_a_toll_that_rises_in_the_present_tense_is_the_update(extract: Any) -> None:
    text = (
        "Raiders attacked a border post at Garu on Saturday, killing seven guards, the army said. "
        "One of the wounded guards died on Sunday. An earlier raid on the post in May killed two guards. "
        "The toll of the Garu raid therefore rises to eight guards killed."
    )
    attack = next(e for e in extract(text).events if e.type == "attack")
    assert attack.killed is not None and attack.killed.value == 8


# ------------------------------------------------------------- the forces' hurt of a repelled attack


def test_soldiers_hurt_repelling_an_attack_are_the_attacks(extract: Any) -> None:
    text = (
        "Gunmen overran a police station in Dosso late on Friday, killing six officers, officials said. "
        "In a separate incident, troops fought off raiders who struck their camp near Gaya on "
        "Saturday night and shot four of them dead, an army statement said. Three soldiers suffered "
        "light wounds, the statement added."
    )
    extraction = extract(text)
    hurt = {
        e.type: (e.injured.value if e.injured else None) for e in extraction.events if "Gaya" in str(e.place)
    }
    assert hurt == {"attack": 3, "military_action": None}

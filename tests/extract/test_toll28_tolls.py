"""Which event a figure belongs to (a trailing ', killing N' the parser joined to a participle
inside a noun's modifier) and the wounded who survive when 'one of the three wounded' died."""

from __future__ import annotations

from typing import Any

import pytest

from nexus.extract.casualties import find_casualties


def figure(count: Any) -> tuple[int, str] | None:
    return None if count is None else (count.value, count.qualifier)


def of_type(extraction: Any, kind: str) -> list[Any]:
    return [e for e in extraction.events if e.type == kind]


# --------------------------------------------------------------------------- a trailing participle


@pytest.mark.parametrize(
    "modifier",
    [
        pytest.param("used by the gang accused of mounting the Gusau attack", id="gerund-in-a-modifier"),
        pytest.param(
            "sheltering the fighters accused of mounting the Gusau attack", id="gerund-after-a-participle"
        ),
    ],
)
def test_trailing_killing_after_a_noun_modifier_is_the_strike_toll(extract: Any, modifier: str) -> None:
    ext = extract(
        "Bandits killed six herders in an attack on a cattle camp outside Gusau on Sunday, the police "
        f"said. The next day, air force jets pounded forest hideouts {modifier}, killing eleven "
        "gunmen, an air force spokesman said."
    )
    (strike,) = of_type(ext, "military_action")
    assert figure(strike.killed) == (11, "exact")
    (raid,) = of_type(ext, "attack")
    assert figure(raid.killed) == (6, "exact")


# --------------------------------------------------------------------------- survivors of the wounded


def hurt_in(nlp: Any, text: str) -> list[tuple[int, str]]:
    doc = nlp(text)
    return [
        (m.count.value, m.count.qualifier)
        for s in doc.sents
        for m in find_casualties(s)
        if m.kind == "injured"
    ]


@pytest.mark.parametrize(
    ("text", "hurt"),
    [
        pytest.param(
            "One of the three wounded drivers died in a clinic at Sevare on Saturday, a medic said.",
            [(2, "exact")],
            id="one-of-three",
        ),
        pytest.param(
            "Two of the five injured pilgrims, whom a helicopter had lifted to the capital, "
            "succumbed to their burns overnight.",
            [(3, "exact")],
            id="two-of-five",
        ),
        pytest.param("Two of the wounded passed away in the night, the nurse said.", [], id="untold-wounded"),
    ],
)
def test_wounded_counted_in_a_partitive_leave_the_survivors_injured(
    nlp: Any, text: str, hurt: list[tuple[int, str]]
) -> None:
    assert hurt_in(nlp, text) == hurt


def test_survivors_are_the_attack_injured(extract: Any) -> None:
    ext = extract(
        "Rebels ambushed a supply truck on the Mopti road on Friday, killing four soldiers, "
        "the army said. One of the three wounded drivers died in a clinic at Sevare on Saturday."
    )
    (ambush,) = of_type(ext, "attack")
    assert figure(ambush.injured) == (2, "exact")


# --------------------------------------------------------------------------- a noun of a set size


def figures_in(nlp: Any, text: str) -> list[tuple[str, int]]:
    doc = nlp(text)
    return [(m.kind, m.count.value) for s in doc.sents for m in find_casualties(s)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param(
            "Raiders killed a couple outside their hut near Lira before dawn.", [("killed", 2)], id="object"
        ),
        pytest.param(
            "Militiamen murdered a couple at a roadblock south of Kisangani.",
            [("killed", 2)],
            id="by-a-preposition",
        ),
        pytest.param(
            "An elderly couple was beaten to death on their maize farm.", [("killed", 2)], id="subject"
        ),
        pytest.param(
            "The shelling went on for a couple of hours, residents said.", [], id="a-couple-of-hours"
        ),
    ],
)
def test_a_couple_counts_two_victims(nlp: Any, text: str, found: list[tuple[str, int]]) -> None:
    assert figures_in(nlp, text) == found

"""Hostility from a deed ascribed to a group (relation_ascribed.py), and from a deed said to
bear a group's signature (relations.yaml spoken_hostility authorship_nouns)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Found = Callable[[str], set[tuple[frozenset[str], str]]]

ARMY, GOVERNOR, GROUP = "Nigerian Army", "Musa Danladi", "Kaduna Liberation Front"


def hostile(a: str, b: str) -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), "hostility")


@pytest.mark.parametrize(
    "text, ascriber",
    [
        ("The Nigerian Army attributed the ambush on the Giwa road to the Kaduna Liberation Front.", ARMY),
        ("The market bombing was attributed to the Kaduna Liberation Front by the Nigerian Army.", ARMY),
        ("Governor Musa Danladi ascribed the killings near Zaria to the Kaduna Liberation Front.", GOVERNOR),
    ],
)
def test_whoever_ascribes_a_deed_to_a_group_is_hostile_to_it(
    relations: Found, text: str, ascriber: str
) -> None:
    assert hostile(ascriber, GROUP) in relations(text)


def test_a_cause_that_is_no_organisation_gives_nothing(relations: Found) -> None:
    found = relations("The Nigerian Army attributed the late convoy to heavy rain around Zaria.")
    assert not any(t == "hostility" for _, t in found)


def test_a_quote_ascribed_to_a_person_is_no_hostility(relations: Found) -> None:
    found = relations("Governor Musa Danladi attributed the remark on fuel prices to President Bola Tinubu.")
    assert hostile(GOVERNOR, "Bola Tinubu") not in found


def test_a_deed_bearing_a_group_signature_sets_the_speaker_against_it(relations: Found) -> None:
    text = "Governor Musa Danladi said the Zaria blast bore the signature of the Kaduna Liberation Front."
    assert hostile(GOVERNOR, GROUP) in relations(text)

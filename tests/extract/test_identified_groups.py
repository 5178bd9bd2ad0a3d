"""Unnamed doers identified with an armed group in a later sentence ("The attackers were identified
as members of X") make that group the attack's actor. Invented places and groups."""

from __future__ import annotations

from typing import Any

import pytest

_LEAD = "TARVESK, May 4 — Gunmen stormed a hotel in Tarvesk on Saturday night, killing seven guests. "


def _attacks(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type == "attack"]


@pytest.mark.parametrize(
    "after",
    [
        "The attackers were identified as members of the Osk Valley Liberation Front, the interior "
        "ministry said.",
        "Police identified the gunmen as fighters of the Osk Valley Liberation Front.",
    ],
)
def test_doers_identified_with_a_group_make_it_the_actor(extract: Any, after: str) -> None:
    attacks = _attacks(extract(_LEAD + after))
    assert attacks
    assert attacks[0].actors == ["Osk Valley Liberation Front"]


@pytest.mark.parametrize(
    "after",
    [
        "Men identified as members of the Osk Valley Liberation Front were seen in the area last month.",
        "The attackers have not been identified as members of the Osk Valley Liberation Front.",
    ],
)
def test_other_men_or_a_denied_identification_name_no_actor(extract: Any, after: str) -> None:
    attacks = _attacks(extract(_LEAD + after))
    assert attacks
    assert "Osk Valley Liberation Front" not in attacks[0].actors


def test_an_identification_in_a_correction_notice_names_no_actor(extract: Any) -> None:
    text = (
        _LEAD + "\n\nCORRECTION: This report first identified the attackers as members "
        "of the Osk Valley Liberation Front.\n"
    )
    attacks = _attacks(extract(text))
    assert attacks
    assert "Osk Valley Liberation Front" not in attacks[0].actors

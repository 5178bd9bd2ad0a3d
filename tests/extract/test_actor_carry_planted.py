"""A later sentence saying who planted the device of an attack told without its doer (actor_carry.py)."""

from __future__ import annotations

from typing import Any

import pytest

_LEAD = (
    "TARNOV, March 3 — A roadside bomb exploded under a lorry carrying customs officers on the road "
    "between Orsk and Belin on Monday morning, killing two of them. The lorry was destroyed."
)


def _attacks(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type == "attack"]


@pytest.mark.parametrize(
    ("later", "group"),
    [
        (
            "Colonel Ardo Venn told reporters that the bomb had been planted by Harakat al-Tarnovi "
            "militants.",
            "Harakat al-Tarnovi",
        ),
        (
            "The border command said the device was suspected to have been planted by members of the Tarnov "
            "Liberation Front (TLF).",
            "Tarnov Liberation Front",
        ),
    ],
)
def test_the_device_planted_by_a_group_told_after_gives_the_attack_its_doer(
    extract: Any, later: str, group: str
) -> None:
    attacks = _attacks(extract(f"{_LEAD} {later}", published="2025-03-03"))
    assert attacks and group in attacks[0].actors


def test_a_device_planted_by_nobody_named_gives_no_doer(extract: Any) -> None:
    text = f"{_LEAD} Police said the bomb had been planted by unknown men during the night."
    attacks = _attacks(extract(text, published="2025-03-03"))
    assert attacks and attacks[0].actors == []

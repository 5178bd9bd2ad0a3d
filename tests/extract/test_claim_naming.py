"""A claim goes to the attack its own words name (its kind, place, target, or a fresh telling), not
to the nearest attack told before it. Invented places, groups and pages."""

from __future__ import annotations

from typing import Any

import pytest

_TWO = (
    "VELMORA, June 3 — Gunmen on motorbikes shot dead nine traders at the cattle market in Ostravel "
    "on Sunday, the district officer said. On Monday, a roadside bomb tore through an army convoy "
    "near Kesh Durra, killing four soldiers. "
)


def _events(extraction: Any, kind: str) -> list[Any]:
    return [e for e in extraction.events if e.type == kind]


def _attack_at(extraction: Any, place: str) -> Any:
    return next(e for e in _events(extraction, "attack") if e.place is not None and e.place.name == place)


@pytest.mark.parametrize(
    "claim",
    [
        "The Harrow Dawn Brigade claimed the shooting at the market in a message on Tuesday.",
        "The Harrow Dawn Brigade claimed responsibility for the shooting of the traders.",
    ],
)
def test_a_claim_naming_the_earlier_attack_goes_to_it(extract: Any, claim: str) -> None:
    extraction = extract(_TWO + claim, published="2025-06-03")
    claims = _events(extraction, "claim")
    assert claims
    assert claims[0].place.name == "Ostravel"
    assert "Harrow Dawn Brigade" in _attack_at(extraction, "Ostravel").actors


@pytest.mark.parametrize(
    "claim",
    [
        "The Harrow Dawn Brigade claimed the bombing of the convoy in a message on Tuesday.",
        "The Harrow Dawn Brigade claimed the blast in a message on Tuesday.",
    ],
)
def test_a_claim_naming_the_later_attack_goes_to_it(extract: Any, claim: str) -> None:
    extraction = extract(_TWO + claim, published="2025-06-03")
    claims = _events(extraction, "claim")
    assert claims
    assert claims[0].place.name == "Kesh Durra"
    assert "Harrow Dawn Brigade" in _attack_at(extraction, "Kesh Durra").actors


@pytest.mark.parametrize(
    "claim",
    [
        "The Grey Ridge Movement claimed the raid on the customs post.",
        "The Grey Ridge Movement later claimed the raid at Barrow Gap.",
    ],
)
def test_a_claim_naming_an_older_raid_is_of_that_raid(extract: Any, claim: str) -> None:
    text = (
        "TOLVANE, June 9 — Fighters ambushed a police patrol outside Tolvane on Saturday, killing "
        "six officers. In March, gunmen raided the customs post at Barrow Gap and killed eleven "
        "guards. " + claim
    )
    extraction = extract(text, published="2025-06-09")
    claims = _events(extraction, "claim")
    assert claims
    assert claims[0].place.name == "Barrow Gap"


def test_a_claim_naming_nothing_keeps_the_nearest_attack(extract: Any) -> None:
    extraction = extract(
        _TWO + "The Harrow Dawn Brigade claimed the attack on Tuesday.", published="2025-06-03"
    )
    claims = _events(extraction, "claim")
    assert claims
    assert claims[0].place.name == "Kesh Durra"

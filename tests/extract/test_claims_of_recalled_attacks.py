"""An older attack recalled with its claim in a relative clause is claimed: "..., which killed 40
and was claimed by X" hung on a date in apposition, and "..., which killed 40 and which X later
claimed". Invented places, groups and pages."""

from __future__ import annotations

from typing import Any

import pytest

_LEAD = "MERVA, June 3 — Gunmen shot dead nine traders at the cattle market in Ostravel on Sunday. "


@pytest.mark.parametrize(
    "recalled",
    [
        "The worst attack of the decade remains the lorry rampage along the seafront of Kesh Durra "
        "on Harvest Day 2016, which killed 71 revellers and was claimed by the Harrow Dawn Brigade.",
        "The worst attack remains a double bombing at a fish market in Tellan on March 2, 2021, "
        "which killed 32 people and which the Harrow Dawn Brigade later claimed.",
    ],
)
def test_a_recalled_attack_claimed_in_a_relative_clause_is_claimed(extract: Any, recalled: str) -> None:
    extraction = extract(_LEAD + recalled, published="2025-06-03")
    claims = [e for e in extraction.events if e.type == "claim"]
    assert claims
    assert "Harrow Dawn Brigade" in claims[0].actors
    recalled_attacks = [
        e for e in extraction.events if e.type == "attack" and "Harrow Dawn Brigade" in e.actors
    ]
    assert recalled_attacks


def test_a_relative_clause_that_kills_claims_nothing(extract: Any) -> None:
    text = _LEAD + "The worst attack remains a bombing in Tellan in 2021, which killed 32 people."
    assert not [e for e in extract(text, published="2025-06-03").events if e.type == "claim"]


def test_the_claim_of_a_recalled_raid_names_no_author_of_the_news(extract: Any) -> None:
    text = (
        "ORVEN, May 9 — A roadside bomb wrecked a grain lorry near Saltmere on Saturday, killing its "
        "driver, police said. The explosion was unrelated to Thursday's raid on the town's police post, "
        "in which five officers died and which the Harrow Dawn Brigade claimed."
    )
    events = extract(text, published="2025-05-10").events
    claims = [e for e in events if e.type == "claim"]
    assert claims and "Harrow Dawn Brigade" in claims[0].actors
    raid = [e for e in events if e.type == "attack" and e.trigger == "raid"]
    assert raid and "Harrow Dawn Brigade" in raid[0].actors
    bomb = [e for e in events if e.type == "attack" and e.trigger != "raid"]
    assert bomb and all("Harrow Dawn Brigade" not in e.actors for e in bomb)

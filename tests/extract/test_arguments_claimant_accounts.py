"""An account or channel publishing for an armed group makes that group the claimant (arguments)."""

from __future__ import annotations

from typing import Any

import pytest

LEAD = "Gunmen stormed a police post in Darvesh on Monday, killing two officers. "


def actors_of(ext: Any, etype: str) -> list[list[str]]:
    return [e.actors for e in ext.events if e.type == etype]


@pytest.mark.parametrize(
    "claim",
    [
        "An online account linked to the Kharan Liberation Front claimed the raid on Tuesday.",
        "A channel affiliated with the Kharan Liberation Front claimed responsibility for the raid.",
        "A messaging channel run by the Kharan Liberation Front said its fighters carried out the raid.",
    ],
)
def test_a_groups_account_or_channel_claims_for_it(extract: Any, claim: str) -> None:
    ext = extract(LEAD + claim)
    assert actors_of(ext, "claim") == [["Kharan Liberation Front"]]
    assert actors_of(ext, "attack") == [["Kharan Liberation Front"]]


def test_an_account_by_an_outlet_is_no_groups_claim(extract: Any) -> None:
    ext = extract(LEAD + "An account published by the Darvesh Herald said the gunmen fled on motorcycles.")
    assert all("Darvesh Herald" not in actors for actors in actors_of(ext, "attack"))
    assert actors_of(ext, "claim") == []

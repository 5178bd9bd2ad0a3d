"""A common noun the press writes after a group's name ("network", "cartel") names no armed group
alone: a toll "the Network" reports is the toll, not a claimant's boast
(``casualties._armed_tokens``), while a named group's own count still is."""

from __future__ import annotations

from typing import Any


def _attack(ext: Any) -> Any:
    (attack,) = [e for e in ext.events if e.type == "attack"]
    return attack


def test_a_toll_a_bare_group_noun_reports_is_no_claim(extract: Any) -> None:
    ext = extract(
        "At least 48 people were killed in the gang attack on Dorval on 3 May, the Network said in a "
        "report published on Friday.",
        published="2025-05-09",
    )
    attack = _attack(ext)
    assert attack.killed is not None and attack.killed.value == 48 and not attack.killed.claimed


def test_a_named_groups_own_count_is_still_its_claim(extract: Any) -> None:
    ext = extract(
        "The Velmar Liberation Front said on Friday it was behind the attack on Dorval on 3 May, "
        "claiming to have killed 48 soldiers.",
        published="2025-05-09",
    )
    attack = _attack(ext)
    assert attack.killed is not None and attack.killed.value == 48 and attack.killed.claimed

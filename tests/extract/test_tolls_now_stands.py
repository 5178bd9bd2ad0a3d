"""A toll told as it now stands is the total: deaths told after it explain how it got there, and are
not added to it again. Invented reports (places and numbers of our own)."""

from __future__ import annotations

from typing import Any


def _killed(ext: Any) -> int | None:
    (attack,) = [e for e in ext.events if e.type == "attack"]
    return None if attack.killed is None else int(attack.killed.value)


def test_deaths_told_after_a_toll_that_now_stands_are_not_added(extract: Any) -> None:
    ext = extract(
        "The toll from Friday's raid on Mbalanga, in Lindi region, now stands at nine dead, relatives "
        "said. Three of the wounded died at the district hospital on Sunday."
    )
    assert _killed(ext) == 9


def test_more_bodies_found_after_a_count_that_now_stands_are_not_added(extract: Any) -> None:
    ext = extract(
        "A rights group in Kigoma now counts 15 dead after the night attack on the Mwamgongo fishing "
        "camp. Its head said four more bodies were found on Saturday in the reeds."
    )
    assert _killed(ext) == 15


def test_deaths_after_a_first_count_still_add_to_it(extract: Any) -> None:
    ext = extract(
        "Gunmen killed four traders at the Mbalanga market on Friday, police said. Two of the wounded "
        "died in hospital on Saturday."
    )
    assert _killed(ext) == 6

"""A nearby site joined to the scene by "and" ("struck the port and the nearby Y depot") is a
further target of one doing (nearby_sites.py); a place set off by "in neighbouring" is another
scene, and its killing stays another attack."""

from __future__ import annotations

from typing import Any

import pytest

from nexus.extract.nearby_sites import conjoined_site


@pytest.mark.parametrize(
    ("words", "joined"),
    [
        (["jets", "struck", "the", "port", "and", "the", "nearby"], True),
        (["raided", "a", "camp", "and", "nearby"], True),
        (["three", "herders", "in", "neighbouring"], False),
        (["a", "raid", "on", "the", "nearby"], False),
        (["nearby"], False),
        ([], False),
    ],
)
def test_a_conjoined_nearby_site_is_told_apart_from_a_set_off_one(words: list[str], joined: bool) -> None:
    assert conjoined_site(words) is joined


def test_a_killing_in_a_neighbouring_village_the_same_day_stays_apart(extract: Any) -> None:
    text = (
        "Gunmen killed six farmers in the village of Darovo on Monday, police said. On the same "
        "day, gunmen killed three herders in neighbouring Kelsa, residents said."
    )
    attacks = [e for e in extract(text, published="2026-04-17").events if e.type == "attack"]
    assert sorted(e.killed.value for e in attacks if e.killed is not None) == [3, 6]

"""One village whose stops one outlet writes voiced and another voiceless (``events.names_alike``:
"Telagoundou" / "Telagountou"), and a village read as lying by its division's town against a report
spelling it otherwise (``events.district_score``)."""

from __future__ import annotations

import pytest

from nexus.resolve.events import DISTRICT, SPELT_ALIKE_SCORE, PlaceKey, names_alike, place_score


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Telagoundou", "Telagountou"),  # d / t
        ("Bogoraba", "Pokoraba"),  # b / p and g / k
        ("Marzabani", "Marsabani"),  # z / s
    ],
)
def test_a_stop_voiced_in_one_spelling_only_is_one_village(first: str, second: str) -> None:
    assert names_alike(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Kanda", "Kanta"),  # too short to tell a spelling from another village
        ("Telagoundou", "Telagoumbou"),  # another consonant, not its voicing
        ("Telagoundou", "Telagountouri"),
    ],
)
def test_other_names_stay_apart(first: str, second: str) -> None:
    assert not names_alike(first, second)


def test_a_village_read_by_its_divisions_town_matches_its_other_spelling() -> None:
    read = PlaceKey("Telagoundou", DISTRICT, "QQ", None, None, None, "Velmo")
    other = PlaceKey("Telagountou", "city", "QQ")
    assert place_score(read, other) == (
        SPELT_ALIKE_SCORE,
        "one place spelt two ways (Telagoundou/Telagountou)",
    )
    assert place_score(read, PlaceKey("Telagountou", "city", "RR"))[0] is None  # another country
    assert place_score(read, PlaceKey("Dastrava", "city", "QQ"))[0] is None

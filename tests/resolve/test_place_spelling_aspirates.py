"""One town written with the "h" of an aspirate in one spelling only: the "bh", "dh", "kh", "ph",
"th" or "rh" Indic transliterations write ("Bhelgaon" / "Belgaon"), and the "h" Burmese
romanisations put before a word's opening consonant ("Hpayaw" / "Payaw", "Hlinzin" / "Linzin"):
``names.aspirate_spelling``, ``events.names_alike``, ``events.spelt_alike``."""

from __future__ import annotations

import pytest

from nexus.resolve.events import SPELT_ALIKE_SCORE, PlaceKey, names_alike, place_score
from nexus.resolve.names import aspirate_spelling


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Bhelgaon", "Belgaon"),  # an aspirated stop at the start
        ("Kodhapur", "Kodapur"),  # inside the name
        ("Sitaphal", "Sitapal"),
        ("Ghatora", "Gatora"),
        ("Rhomali", "Romali"),  # an aspirated "r"
        ("Bhalaw", "Balo"),  # with a vowel spelt two ways as well ("aw" / "o")
        ("Hpayaw", "Payaw"),  # a Burmese "h" before the opening consonant
        ("Hlinzin", "Linzin"),
        ("Kyun Hpaw", "Kyun Paw"),  # of a later word of the name
    ],
)
def test_an_aspirate_written_in_one_spelling_only_is_one_name(first: str, second: str) -> None:
    assert names_alike(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Shamla", "Samla"),  # "sh" is a sound of its own
        ("Chandor", "Candor"),  # and "ch"
        ("Khal", "Kal"),  # too short: keys of three letters collide
        ("Hamira", "Amira"),  # an "h" before a vowel is a consonant of the name
        ("Bhelgaon", "Belgoan"),  # the aspirate aside, the names still differ
        ("Bhatpura", "Batnura"),  # another consonant
    ],
)
def test_other_names_stay_apart(first: str, second: str) -> None:
    assert not names_alike(first, second)


def test_the_aspirate_key_drops_only_the_aspirates_h() -> None:
    assert aspirate_spelling("Bhelgaon") == aspirate_spelling("Belgaon") == "belgaun"
    assert aspirate_spelling("Hpa Lin") == "palin"
    assert aspirate_spelling("Shamla") == "shamla"
    assert aspirate_spelling("Hamira") == "hamira"


def test_a_town_placed_by_a_gazetteer_and_its_aspirated_spelling_are_one_place() -> None:
    placed = PlaceKey("Bhelgaon", "city", "QQ", "Velm", 20.1, 80.2)
    unplaced = PlaceKey("Belgaon", "city", "QQ")
    assert place_score(unplaced, placed) == (SPELT_ALIKE_SCORE, "one place spelt two ways (Belgaon/Bhelgaon)")
    assert place_score(PlaceKey("Belgaon", "city", "RR"), placed)[0] is None  # another country

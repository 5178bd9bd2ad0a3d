"""One village written with a consonant doubled or a "u" before its "w" glide in one spelling only
("Kaffa" / "Kafa", "Gauwa" / "Gawwa"), with a final "y" one outlet writes "i" ("Kakry" / "Kakri"),
or after the French elided article a name was taken with ("d'Irevo" / "Irevo"); and a compound
name written without the "of <region>" that closes it ("Petite Anse" / "Petite-Anse-de-l'Ouest"):
``events.names_alike``, ``events.spelt_alike``."""

from __future__ import annotations

import pytest

from nexus.resolve.events import SPELT_ALIKE_SCORE, PlaceKey, names_alike, place_score
from nexus.resolve.names import doubling_spelling


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Kaffa", "Kafa"),  # a consonant doubled: even a four-letter name
        ("Gassa", "Gasa"),
        ("Gawwa", "Gauwa"),  # a "u" written before the glide, or the glide doubled
        ("Bauwa", "Bawa"),
        ("Kakry", "Kakri"),  # a final "y" after a consonant, written "i"
        ("Sisly", "Sisli"),
        ("d'Irevo", "Irevo"),  # "le territoire d'Irevo": the elided article taken with the name
        ("l'Ombella", "Ombella"),
    ],
)
def test_one_village_spelt_two_ways(first: str, second: str) -> None:
    assert names_alike(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Kafa", "Kofa"),  # another vowel: a short name cannot tell a spelling from another village
        ("Kafa", "Kapa"),  # another consonant
        ("Gawa", "Gaya"),  # another glide
        ("Sakoy", "Sakoi"),  # a "y" after a vowel is a glide, not the "i" of a spelling
        ("d'Irevo", "d'Iraka"),  # the article dropped, the names still differ
    ],
)
def test_other_names_stay_apart(first: str, second: str) -> None:
    assert not names_alike(first, second)


def test_the_doubling_key_keeps_the_vowels_written() -> None:
    assert doubling_spelling("Maffa") == doubling_spelling("Mafa") == "mafa"
    assert doubling_spelling("Pauwa") == "pawa"
    assert doubling_spelling("Kouwa") == "kowa"  # (only the "u" right before the glide goes)
    assert doubling_spelling("Kola") != doubling_spelling("Kula")


def test_a_doubled_spelling_places_the_two_reports_together_only_in_one_country() -> None:
    first, second = PlaceKey("Kaffa", "city", "QQ"), PlaceKey("Kafa", "city", "QQ", "Velm")
    assert place_score(first, second) == (SPELT_ALIKE_SCORE, "one place spelt two ways (Kaffa/Kafa)")
    assert place_score(first, PlaceKey("Kafa", "city", "RR"))[0] is None


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Petite Anse", "Petite-Anse-de-l'Ouest"),  # the "of <region>" that closes the name left out
        ("San Rafael", "San Rafael del Norte"),
        ("Pontelima", "Pontelima de Baixo"),
    ],
)
def test_a_compound_name_without_its_closing_region_is_one_place(short: str, full: str) -> None:
    first, second = PlaceKey(short, "site", "QQ"), PlaceKey(full, "city", "QQ", "Velm")
    assert place_score(first, second)[0] == SPELT_ALIKE_SCORE
    assert place_score(first, PlaceKey(full, "city", "RR"))[0] is None  # not abroad


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("San", "San Rafael del Norte"),  # one short word names nothing
        ("San Rafael", "San Rafael Abajo"),  # another place of the same opening, not a region "of"
        ("Petite Anse", "Grande-Anse-de-l'Ouest"),
    ],
)
def test_other_openings_stay_apart(short: str, full: str) -> None:
    assert place_score(PlaceKey(short, "site", "QQ"), PlaceKey(full, "city", "QQ", "Velm"))[0] is None

"""Two more transliteration choices folded when two reports spell one village (session 33): a "w"
between vowels that French and Portuguese spellings write "u", and a vowel between two consonants
written in one spelling only."""

from __future__ import annotations

from nexus.resolve.events import PlaceKey, names_alike, spelt_alike


def village(name: str, country: str = "MZ") -> PlaceKey:
    return PlaceKey(name=name, kind="city", country=country)


def test_a_w_between_vowels_and_a_u_are_one_spelling() -> None:
    assert names_alike("Nauela", "Nawela")
    assert spelt_alike(village("Chiuaia"), village("Chiwaia"))


def test_a_w_before_a_consonant_is_no_u() -> None:
    assert not names_alike("Nawlema", "Naulema")


def test_a_vowel_written_between_two_consonants_in_one_spelling_is_one_name() -> None:
    assert names_alike("Tusk", "Tusak")
    assert spelt_alike(village("Dargal", "IR"), village("Darogal", "IR"))


def test_a_vowel_added_at_an_end_or_to_a_short_name_is_another_name() -> None:
    assert not names_alike("Bam", "Bama")
    assert not names_alike("Tusk", "Tuska")
    assert not names_alike("Rob", "Rabob")


def test_spellings_of_other_countries_stay_apart() -> None:
    assert not spelt_alike(village("Tusk", "IR"), village("Tusak", "PK"))

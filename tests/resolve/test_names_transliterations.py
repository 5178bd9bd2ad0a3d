"""Two more transliteration choices folded when two reports spell one village (session 37): French
"tch" and "dj" for English "ch" and "j", and the "c" Somali spelling writes for an ayn."""

from __future__ import annotations

from nexus.resolve.events import PlaceKey, names_alike, spelt_alike
from nexus.resolve.names import vowel_spelling


def town(name: str, country: str = "ZZ") -> PlaceKey:
    return PlaceKey(name=name, kind="city", country=country)


def test_french_tch_and_dj_are_english_ch_and_j() -> None:
    assert vowel_spelling("Boultchama") == vowel_spelling("Boulchama")
    assert names_alike("Tchelmaro", "Chelmaro")
    assert names_alike("Djenkora", "Jenkora")
    assert names_alike("Ndjalouma", "Njalouma")
    assert spelt_alike(town("Koutchabiri"), town("Kuchabiri"))


def test_french_consonants_do_not_join_other_names() -> None:
    assert not names_alike("Tchelmaro", "Chelmari")
    assert not names_alike("Djenkora", "Denkora")
    assert not spelt_alike(town("Koutchabiri"), town("Kuchabiri", "YY"))


def test_a_somali_c_of_an_ayn_is_written_or_left_out() -> None:
    assert names_alike("Cadmalo", "Admalo")  # at the name's start
    assert names_alike("Buulcareed", "Buulareed")  # after a consonant
    assert names_alike("Caddaleyo", "Adaleyo")  # and other vowels and doublings spelt two ways
    assert spelt_alike(town("Cadmalo", "SO"), town("Admalo", "SO"))


def test_a_c_that_is_a_consonant_of_the_name_stays() -> None:
    assert not names_alike("Marcena", "Marenu")  # an ayn left out, but another vowel too
    assert not names_alike("Tolucano", "Toluano")  # after a vowel a "c" is the name's own consonant
    assert not names_alike("Cadmalo", "Admala")  # other letters differ too
    assert not names_alike("Cobe", "Obe")  # short names collide
    assert not names_alike("Chadmalo", "Hadmalo")  # a "ch" is no ayn

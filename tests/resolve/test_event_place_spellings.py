"""Three more readings of one place told two ways by two outlets. The Somali "c" of an
ayn at the start of a later word of the name, with the long vowels Somali writes doubled written
once ("Hiri Ceel" / "Hiriel"); a short name of two towns no gazetteer placed, one vowel apart, in one
country ("Kolt" / "Kalt"); and a bare name no gazetteer knows that is the region another report's
sentence puts its town in ("Kelmo, in Velm region" / "Velm")."""

from __future__ import annotations

from nexus.resolve.events import (
    REGION_SCORE,
    PlaceKey,
    names_alike,
    place_score,
    short_names_a_vowel_apart,
    spelt_alike,
)


def town(name: str, country: str = "ZZ", *, lat: float | None = None) -> PlaceKey:
    return PlaceKey(name=name, kind="city", country=country, lat=lat, lon=lat)


def test_an_ayn_at_the_start_of_a_later_word_is_written_or_left_out() -> None:
    assert names_alike("Hiri Ceel", "Hiriel")  # long "ee" written once
    assert names_alike("Bulo-Caado", "Buloado")
    assert names_alike("Marka Cadeey", "Markadey")
    assert spelt_alike(town("Hiri Ceel", "SO"), town("Hiriel", "SO"))


def test_an_ayn_left_out_joins_no_other_name() -> None:
    assert not names_alike("Hiri Ceel", "Hirol")  # another vowel
    assert not names_alike("Hiri Ceel", "Hirimel")  # a consonant where the ayn was
    assert not names_alike("Hiri Ceel", "Hirial")  # the long vowel another
    assert not names_alike("Hiri Chel", "Hiriel")  # a "ch" is no ayn
    assert not names_alike("Ka Cel", "Kael")  # too short to trust
    assert not spelt_alike(town("Hiri Ceel", "SO"), town("Hiriel", "KE"))


def test_short_names_a_vowel_apart_are_one_town_where_no_gazetteer_placed_them() -> None:
    assert short_names_a_vowel_apart(town("Kolt"), town("Kalt"))
    assert short_names_a_vowel_apart(town("Misk"), town("Mask"))
    assert spelt_alike(town("Misk"), town("Mask"))
    assert place_score(town("Kolt"), town("Kalt"))[0] is not None


def test_short_names_stay_apart_when_placed_or_of_other_letters() -> None:
    assert not short_names_a_vowel_apart(town("Kolt", lat=10.0), town("Kalt"))  # a gazetteer's town
    assert not short_names_a_vowel_apart(town("Kolt"), town("Kalt", "YY"))  # two countries
    assert not short_names_a_vowel_apart(town("Kolt"), town("Kalt", ""))  # a country unknown
    assert not short_names_a_vowel_apart(town("Kolt"), town("Kolp"))  # a consonant apart
    assert not short_names_a_vowel_apart(town("Kolt"), town("Kalut"))  # a letter more
    assert not short_names_a_vowel_apart(town("Bol"), town("Bul"))  # three letters collide
    assert not short_names_a_vowel_apart(town("Amta"), town("Imta"))  # skeleton too short
    assert not short_names_a_vowel_apart(town("Kolt"), town("Kalte"))


def test_a_bare_name_is_the_region_the_other_sentence_puts_its_town_in() -> None:
    region = town("Velmara")  # a region no gazetteer knows, read as a town
    kelmo = PlaceKey(name="Kelmo", kind="site", country="ZZ", regions=("Velmara",))
    assert place_score(region, kelmo) == (
        REGION_SCORE,
        "Velmara: the region its sentence puts Kelmo in (Velmara)",
    )
    assert place_score(kelmo, region)[0] == REGION_SCORE
    in_district = PlaceKey(name="Kelmo", kind="site", country="ZZ", divisions=("Velmara district",))
    assert place_score(region, in_district)[0] == REGION_SCORE


def test_a_bare_name_of_another_region_or_a_placed_town_holds_nothing() -> None:
    kelmo = PlaceKey(name="Kelmo", kind="site", country="ZZ", regions=("Velmara",))
    assert place_score(town("Dastrani"), kelmo)[0] is None  # another region's name
    assert place_score(town("Velmara", lat=12.0), kelmo)[0] is None  # a gazetteer's town of that name
    assert place_score(town("Velmara", "YY"), kelmo)[0] is None  # another country
    assert place_score(town("Velmara"), PlaceKey(name="Kelmo", kind="site", country="ZZ"))[0] is None

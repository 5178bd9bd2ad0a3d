"""Second-level divisions and first-level spellings the GeoNames tables lack (``divisions.yaml``)."""

from __future__ import annotations

from nexus.extract.geocode import Geocoder, curated_second_divisions


def test_a_prefecture_no_table_knows_gets_its_country_and_region() -> None:
    # bare, the name may be the prefecture's chief town: a place of the region, with no position
    place = Geocoder().resolve("Kpendjal-Ouest")
    assert place is not None and (place.kind, place.country, place.admin1) == ("city", "TG", "Savanes")
    assert place.lat is None
    qualified = Geocoder().resolve("Kpendjal-Ouest prefecture")
    assert qualified is not None and (qualified.kind, qualified.country) == ("admin", "TG")


def test_a_division_named_for_a_town_of_the_tables_is_the_towns_division() -> None:
    # Tera is a department of Tillaberi and its chief town: "the Tera department" is no curated
    # row but the division of the town (geocode._division_of_town), wider than it: no position
    place = Geocoder(["NE"]).resolve("Tera department")
    assert place is not None and (place.kind, place.country, place.lat) == ("admin", "NE", None)
    town = Geocoder(["NE"]).resolve("Tera")
    assert town is not None and town.kind == "city" and town.lat is not None


def test_the_kind_word_after_a_division_is_passed_over() -> None:
    for name, country, region in (
        ("Wadi Bissam department", "TD", "Kanem"),
        ("Bawlakhe township", "MM", "Kayah"),
        ("Kalehe territory", "CD", "South Kivu"),
        ("East Wollega zone", "ET", "Oromiya"),
    ):
        place = Geocoder().resolve(name)
        assert place is not None and (place.country, place.admin1) == (country, region), name


def test_a_first_level_division_spelt_as_news_spells_it() -> None:
    for name, country, region in (
        ("Oromia", "ET", "Oromiya"),
        ("West Darfur", "SD", "Western Darfur"),
        ("Atacora department", "BJ", "Atakora"),
    ):
        place = Geocoder().resolve(name)
        assert place is not None and (place.kind, place.country, place.admin1) == ("admin", country, region)


def test_a_town_of_the_name_comes_before_the_division() -> None:
    # Tanguieta is a commune of Atakora and its chief town: the town is meant
    place = Geocoder(["BJ"]).resolve("Tanguieta")
    assert place is not None and place.kind == "city" and place.lat is not None


def test_a_name_listed_under_two_regions_of_one_country_gets_the_country_only() -> None:
    rows = curated_second_divisions()
    shared = [row for rows_ in rows.values() for row in rows_ if row[2] is None]
    assert all(country for _, country, _ in shared)
    for key, found in rows.items():
        assert len({country for _, country, _ in found}) == len(found), key  # one row per country


def test_a_local_government_area_named_in_full_is_the_curated_division() -> None:
    for name in ("Ushongo Local Government Area", "Konshisha Local Government"):
        place = Geocoder(["NG"]).resolve(name)
        assert place is not None and (place.kind, place.country, place.admin1) == ("admin", "NG", "Benue")


def test_a_region_renamed_is_found_under_its_former_name() -> None:
    for name, former in (("Oubri", "Plateau-Central"), ("Tannounyan", "Cascades"), ("Goulmou", "Est")):
        place = Geocoder(["BF"]).resolve(name)
        assert place is not None and (place.country, place.admin1) == ("BF", former), name


def test_an_afghan_district_the_tables_lack_is_a_division_of_its_province() -> None:
    for name, region in (
        ("Chapa Dara district", "Konar"),
        ("Dasht-e Archi district", "Kunduz"),
        ("Pachir Wa Agam district", "Nangarhar"),
    ):
        place = Geocoder().resolve(name)
        assert place is not None, name
        assert (place.kind, place.country, place.admin1) == ("admin", "AF", region), name

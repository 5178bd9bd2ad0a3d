"""Foreign namesakes: the report's own countries decide which town a name is, and a weak
reading in a country the report never names is refused (the place keeps its name only)."""

from __future__ import annotations

from typing import Any

from nexus.extract.geocode import Geocoder, neighbours


def test_alternate_name_of_a_far_off_city_is_refused_in_a_report_about_another_country() -> None:
    # "Mambasa" is an alternate spelling GeoNames gives Mombasa (Kenya); a Congolese report means
    # the Ituri town, which the table does not know
    assert Geocoder(["CD"] * 4).resolve("Mambasa") is None
    assert Geocoder(["CD"]).resolve("Mambasa") is None


def test_alternate_name_stands_without_country_evidence() -> None:
    place = Geocoder().resolve("Mambasa")
    assert place is not None and place.country == "KE"


def test_small_town_of_an_unnamed_far_country_is_refused_on_one_mention() -> None:
    # a Burkinabe report naming its country once: Fada is no Chadian town
    assert Geocoder(["BF"]).resolve("Fada") is None
    # without any country evidence the gazetteer's reading stands
    fada = Geocoder().resolve("Fada")
    assert fada is not None and fada.country == "TD"


def test_small_town_next_door_is_trusted_on_one_mention() -> None:
    # one mention of Israel: a small Lebanese border village is still Lebanese
    place = Geocoder(["IL"]).resolve("Kfar Kila")
    assert place is not None and place.country == "LB"


def test_a_neighbour_of_a_minor_country_does_not_open_the_door() -> None:
    # Uganda (named once beside Congo named often) borders Kenya; Congo does not
    assert "KE" in neighbours()["UG"] and "KE" not in neighbours()["CD"]
    assert Geocoder(["CD"] * 10 + ["UG"]).resolve("Mambasa") is None


def test_metropolis_needs_no_introduction() -> None:
    place = Geocoder(["CD"] * 6).resolve("Nairobi")
    assert place is not None and place.country == "KE"


def test_main_countries_are_the_ones_named_often() -> None:
    geocoder = Geocoder(["MZ"] * 8 + ["RW"])
    assert geocoder.main_countries() == frozenset({"MZ"})
    assert Geocoder(["IL"]).main_countries() == frozenset({"IL"})


def test_respelling_guess_is_only_made_for_a_main_country() -> None:
    # a Mozambican village whose consonants match a Rwandan town: the Rwandan soldiers named once
    # in the report do not make it that town
    assert Geocoder(["MZ"] * 8 + ["RW"]).resolve("Nangororo") is None


def _event_places(extraction: Any) -> list[Any]:
    return [e.place for e in extraction.events if e.type in ("attack", "military_action") and e.place]


def test_congolese_report_does_not_place_its_village_in_kenya(extract: Any) -> None:
    text = (
        "Suspected rebels killed eleven civilians in Mambasa on Thursday night, officials in "
        "eastern Congo said. Congolese troops were sent to the area on Friday."
    )
    places = _event_places(extract(text, published="2025-03-08"))
    assert places and all(p.country != "KE" for p in places)
    assert any(p.name == "Mambasa" for p in places)


def test_burkinabe_report_keeps_an_unknown_department_unresolved(extract: Any) -> None:
    text = (
        "Jihadists attacked the town of Fada on Sunday, killing six gendarmes, "
        "security sources in Burkina Faso said."
    )
    places = _event_places(extract(text, published="2025-03-11"))
    fada = [p for p in places if p.name == "Fada"]
    assert fada and fada[0].country != "TD" and fada[0].lat is None


def test_second_level_division_the_city_tables_lack() -> None:
    place = Geocoder(["BF"]).resolve("Nayala")
    assert place is not None and (place.kind, place.country) == ("admin", "BF")
    assert place.admin1 == "Boucle du Mouhoun" and place.lat is None
    qualified = Geocoder(["BF"]).resolve("Loroum province")
    assert qualified is not None and qualified.country == "BF"


def test_second_level_division_of_another_country_is_refused() -> None:
    # a Burkinabe report: the name of a province elsewhere is not taken for its own
    assert Geocoder(["BF"] * 3).resolve("Sanaga-Maritime") is None
    assert Geocoder().resolve("Sanaga-Maritime") is not None


def test_village_in_a_named_province_takes_its_country(extract: Any) -> None:
    text = (
        "The army detachment of Sollé, in the Loroum province, came under attack on Thursday, "
        "a security source said."
    )
    places = _event_places(extract(text, published="2025-06-07"))
    assert places and places[0].name == "Sollé" and places[0].country == "BF"


def test_division_supported_only_by_its_own_mention_is_refused_far_from_the_main_country() -> None:
    # a Cameroonian report: its "North West Region" is not South Africa's North-West, whose country
    # the report supports only through that very mention
    assert Geocoder(["CM"] * 3 + ["ZA"]).resolve("North West Region") is None
    place = Geocoder(["ZA"] * 3).resolve("North West Region")
    assert place is not None and place.country == "ZA"


def test_cameroonian_region_is_not_placed_in_south_africa(extract: Any) -> None:
    text = (
        "Separatist fighters attacked a gendarmerie post in the Momo division of the North West Region "
        "on Sunday, killing two gendarmes, Cameroonian officials said. Cameroon's army said troops had "
        "been sent to the area, and Cameroon's government condemned the attack."
    )
    extraction = extract(text, published="2025-06-03")
    region = [e for e in extraction.entities if e.name == "North West Region"]
    assert region and (region[0].place is None or region[0].place.country != "ZA")
    assert all(p.country != "ZA" for p in _event_places(extraction))


def test_a_larger_town_known_by_an_alternate_name_beats_hamlets_spelt_so_abroad() -> None:
    # a report on Syria that names the United States as often: "Palmyra" is the Syrian desert city
    # (GeoNames' Tadmur), not one of the American villages of that exact name
    place = Geocoder(["SY"] * 6 + ["US"] * 6).resolve("Palmyra")
    assert place is not None and place.country == "SY"


def test_a_countrys_own_namesakes_keep_their_order() -> None:
    # in a report on the United States alone, the American Palmyra stands
    place = Geocoder(["US"] * 6).resolve("Palmyra")
    assert place is not None and place.country == "US"


def test_a_raid_near_the_desert_city_in_a_report_naming_both_countries_is_in_syria(extract: Any) -> None:
    text = (
        "DAMASCUS, Syria — Syrian troops backed by United States advisers killed four Islamic State "
        "fighters near Palmyra on Sunday, the Syrian army said. The United States said its forces "
        "took part."
    )
    actions = [e for e in extract(text, published="2025-06-02").events if e.type == "military_action"]
    assert actions and actions[0].place is not None and actions[0].place.country == "SY"


def test_without_country_evidence_the_exact_name_stands_against_a_larger_alternate() -> None:
    # "Mora" is the Cameroonian town by its own name and an Indian city's alternate name: a report
    # that names no country gives no reason to leave the exact reading
    place = Geocoder().resolve("Mora")
    assert place is not None and place.country == "CM"

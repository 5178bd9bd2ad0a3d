"""A division noun written with a name makes the division reading win: "the Pankshin Local
Government Area" is the division of the town Pankshin (with its country and state) even where no
table lists the division, and "Pigi county" is the curated division of that name, not a town of
the bare name abroad. Such a phrase also tells the report's country."""

from __future__ import annotations

from typing import Any

from nexus.extract.geocode import Geocoder, division_phrase_country


def test_division_phrase_reads_as_the_division_of_the_town_of_that_name() -> None:
    for phrase in ("Shendam Local Government Area", "Shendam LGA", "Shendam local government"):
        place = Geocoder().resolve(phrase)
        assert place is not None, phrase
        assert (place.kind, place.country, place.admin1) == ("admin", "NG", "Plateau")
        assert place.lat is None and place.lon is None  # wider than its chief town


def test_bare_town_name_stays_the_town() -> None:
    place = Geocoder().resolve("Shendam")
    assert place is not None and place.kind == "city" and place.lat is not None


def test_division_noun_after_a_name_no_gazetteer_knows_gives_nothing() -> None:
    assert Geocoder().candidates("Vrelkonda district") == []


def test_division_phrase_tells_one_country() -> None:
    assert division_phrase_country("Maiyama local government area") == "NG"
    assert division_phrase_country("Maiyama") is None  # a bare name says nothing of a division


def test_division_noun_beats_a_namesake_town_abroad() -> None:
    # GeoNames knows a bare "Pigi" only as a village abroad; the curated county is South Sudan's
    bare = Geocoder().resolve("Pigi")
    assert bare is None or bare.country != "SS"
    county = Geocoder().resolve("Pigi county")
    assert county is not None and (county.kind, county.country) == ("admin", "SS")


def test_report_naming_a_division_by_its_kind_places_it_and_its_village(extract: Any) -> None:
    # no country is named: the division phrase gives the division, its state and its country
    text = (
        "Armed men attacked Tumbaru village in Shendam Local Government Area on Saturday night, "
        "killing three farmers, the council chairman said."
    )
    places = {e.name: e.place for e in extract(text).entities if e.type == "PLACE"}
    lga = places.get("Shendam Local Government Area")
    assert lga is not None
    assert (lga.kind, lga.country, lga.admin1, lga.lat) == ("admin", "NG", "Plateau", None)
    village = places.get("Tumbaru")
    assert village is not None and village.country == "NG"


def test_division_noun_after_a_name_beats_a_village_of_that_name_abroad(extract: Any) -> None:
    # bare, "Pigi" is only a village abroad; "the Pigi county" of a report is South Sudan's county
    text = (
        "Gunmen killed six fishermen on Thursday in the Pigi county, a local official said. "
        "Residents said the attackers came by boat at dawn."
    )
    places = {e.name: e.place for e in extract(text).entities if e.type == "PLACE"}
    pigi = places.get("Pigi")
    assert pigi is not None
    assert (pigi.kind, pigi.country) == ("admin", "SS")


def test_division_noun_leaves_a_town_of_the_divisions_own_country_alone(extract: Any) -> None:
    # "the Shendam district" has a town Shendam in the same country: the town reading stands
    text = "Gunmen killed two traders on Monday near the market of the Shendam district, police said."
    places = {e.name: e.place for e in extract(text).entities if e.type == "PLACE"}
    shendam = places.get("Shendam")
    assert shendam is not None and shendam.country == "NG"

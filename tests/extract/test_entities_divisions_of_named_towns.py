"""A town name several provinces share reads as the namesake in the province the report's other
towns lie in, when the report names those towns but not the province."""

from __future__ import annotations

from typing import Any


def place_of(extraction: Any, name: str) -> Any:
    return next(e.place for e in extraction.entities if e.name == name)


def test_a_shared_town_name_reads_in_the_province_of_the_other_towns(extract: Any) -> None:
    text = (
        "Maoists blew up a police vehicle on a road in Bijapur district on Monday, killing eight "
        "policemen, officials in Raipur and Jagdalpur said."
    )
    assert place_of(extract(text, published="2025-11-12"), "Bijapur").admin1 == "Chhattisgarh"


def test_towns_of_another_province_read_their_own_namesake(extract: Any) -> None:
    text = (
        "Police arrested two men in Bijapur on Monday over a bank robbery, officials in Belgaum "
        "and Hubli said."
    )
    assert place_of(extract(text, published="2025-11-12"), "Bijapur").admin1 == "Karnataka"


def test_one_town_sets_no_province(extractor: Any) -> None:
    from nexus.extract.entities import _divisions_of_named_towns, doc_geocoder

    doc = extractor.nlp("Officials in Raipur said gunmen killed two men in India on Monday.")
    clusters = doc._.nexus_entities
    assert _divisions_of_named_towns(clusters, doc_geocoder(doc, clusters)) == []


def test_a_town_the_report_names_with_its_province_keeps_it(extract: Any) -> None:
    text = "Gunmen killed two traders in Hyderabad, Sindh, on Monday, police in Karachi and Sukkur said."
    place = place_of(extract(text, published="2025-11-12"), "Hyderabad")
    assert (place.country, place.admin1) == ("PK", "Sindh")

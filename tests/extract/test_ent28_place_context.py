"""Names no gazetteer knows are typed as places by the words around them: nexus.extract.entities."""

from __future__ import annotations

from typing import Any


def _types(extraction: Any) -> dict[str, str]:
    return {e.name: e.type for e in extraction.entities}


def test_a_name_after_neighbouring_is_a_place(extract: Any) -> None:
    text = (
        "Bandits abducted nine farmers in Kurtuwa on Friday, and residents of neighbouring Dalo Bunsari "
        "fled to the district headquarters, officials said."
    )
    assert _types(extract(text, published="2025-06-07")).get("Dalo Bunsari") == "PLACE"


def test_a_name_after_adjoining_is_a_place(extract: Any) -> None:
    text = "Soldiers searched farms in adjoining Melvoro Tandi after the ambush, a military spokesman said."
    assert _types(extract(text, published="2025-06-09")).get("Melvoro Tandi") == "PLACE"


def test_the_far_end_of_a_trip_from_a_known_town_is_a_place(extract: Any) -> None:
    text = (
        "A roadside bomb wounded three policemen escorting a fuel tanker from Garissa to Hamisi Dadacha "
        "on Tuesday, the county commissioner said."
    )
    assert _types(extract(text, published="2025-06-10")).get("Hamisi Dadacha") == "PLACE"


def test_the_near_end_of_a_trip_to_a_known_town_is_a_place(extract: Any) -> None:
    text = (
        "Herders driving cattle from Hamisi Dadacha to Garissa were attacked at dawn, elders said on "
        "Wednesday."
    )
    assert _types(extract(text, published="2025-06-11")).get("Hamisi Dadacha") == "PLACE"


def test_a_letter_from_one_person_to_another_makes_no_place(extract: Any) -> None:
    text = (
        "In a letter, Amina Kolade asked Bello Tanimu for more police, and a reply from Bello Tanimu "
        "to Amina Kolade promised two patrols, aides said."
    )
    types = {(e.name, e.type) for e in extract(text, published="2025-06-11").entities}
    assert ("Bello Tanimu", "PLACE") not in types

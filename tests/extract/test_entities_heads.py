"""Types from the head of a name: numbered units are organisations; parks, clinics, sites named
with their town and local government areas are places."""

from __future__ import annotations

from typing import Any

import pytest

from nexus.extract.entities import _admin_phrase_head, _military_unit, _site_named_with_its_town


def types(extraction: Any) -> dict[str, str]:
    return {e.name: e.type for e in extraction.entities}


@pytest.mark.parametrize(
    "name",
    ["14th Division", "Fourth Division", "3rd Mechanised Brigade", "Ninth Armoured Regiment", "2nd Corps"],
)
def test_a_numbered_unit_is_a_unit(name: str) -> None:
    assert _military_unit(name.split())


@pytest.mark.parametrize(
    "name", ["Crime Investigation Division", "Division", "Kasungu Division", "Teso Brigade Road"]
)
def test_a_division_without_number_or_arm_is_no_unit(name: str) -> None:
    assert not _military_unit(name.split())


def test_sites_named_with_a_town_or_a_number() -> None:
    assert _site_named_with_its_town(["Provincial", "Hospital", "Nairobi"])
    assert _site_named_with_its_town(["Lukaya", "Health", "Centre", "III"])
    assert not _site_named_with_its_town(["Provincial", "Hospital", "Board"])
    assert not _site_named_with_its_town(["Hospital", "Nairobi"])


def test_area_heads_of_several_words() -> None:
    assert _admin_phrase_head(["Biu", "Local", "Government", "Area"])
    assert _admin_phrase_head(["Upper", "Nile", "Administrative", "Area"])
    assert not _admin_phrase_head(["Local", "Government"])


def test_a_numbered_division_in_a_sentence_is_an_organisation(extract: Any) -> None:
    found = types(extract("Troops of the 11th Infantry Division repelled an assault near Gwoza on Monday."))
    assert found.get("11th Infantry Division") == "ORG"


def test_a_park_and_a_clinic_are_places(extract: Any) -> None:
    text = (
        "Rangers were ambushed inside the Zakouma National Park on Friday, and two of them died "
        "later at the Bisa Community Health Centre."
    )
    found = types(extract(text))
    assert found.get("Zakouma National Park") == "PLACE"
    assert found.get("Bisa Community Health Centre") == "PLACE"


def test_a_local_government_area_is_a_place(extract: Any) -> None:
    found = types(extract("Gunmen killed nine farmers in Gusau Local Government Area on Sunday."))
    assert found.get("Gusau Local Government Area") == "PLACE"

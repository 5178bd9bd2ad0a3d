"""A visit 'cut short' was under way: it is a visit, and whoever cut it short is the visitor; a
visit called off or postponed stays none."""

from __future__ import annotations

from typing import Any


def test_a_visit_cut_short_is_a_visit_by_the_one_who_cut_it(extract: Any) -> None:
    text = (
        "President Hakainde Hichilema cut short a state visit to Brazil and flew home to Lusaka on Thursday."
    )
    visits = [e for e in extract(text, published="2024-05-18").events if e.type == "visit"]
    assert visits and visits[0].place is not None and visits[0].place.name == "Brazil", visits
    assert "Hakainde Hichilema" in visits[0].actors, visits


def test_a_trip_curtailed_names_its_traveller(extract: Any) -> None:
    text = "Prime Minister Fiame Mataafa curtailed an official trip to Chile after the storm, aides said."
    visits = [e for e in extract(text, published="2024-05-18").events if e.type == "visit"]
    assert visits and "Fiame Mataafa" in visits[0].actors, visits


def test_a_visit_called_off_is_none(extract: Any) -> None:
    text = "President Hakainde Hichilema called off a state visit to Brazil on Thursday."
    assert not [e for e in extract(text, published="2024-05-18").events if e.type == "visit"]


def test_his_trip_cut_short_is_the_trip_told_before(extract: Any) -> None:
    text = "The president cut his trip short, then was expected home in Lusaka early on Wednesday."
    visits = [e for e in extract(text, published="2024-05-18").events if e.type == "visit"]
    assert not [e for e in visits if e.place is not None and e.place.name == "Lusaka"], visits

"""An armed action told "in the area" with no place of its own lies at the town named before."""

from __future__ import annotations

from typing import Any


def _of_type(extraction: Any, kind: str) -> list[Any]:
    return [e for e in extraction.events if e.type == kind]


def test_an_arrest_in_the_area_takes_the_town_named_before(extract: Any) -> None:
    text = (
        "Gunmen shot dead three herders near Kafanchan on Monday, police said. "
        "Soldiers detained five suspects in the area on Wednesday, the army said."
    )
    arrests = [e for e in _of_type(extract(text, published="2025-06-12"), "military_action")]
    assert arrests and arrests[-1].place is not None and arrests[-1].place.name == "Kafanchan"


def test_an_area_named_by_its_own_place_keeps_that_place(extract: Any) -> None:
    text = (
        "Gunmen shot dead three herders near Kafanchan on Monday, police said. "
        "Soldiers detained five suspects in the area of Zonkwa on Wednesday, the army said."
    )
    arrests = [e for e in _of_type(extract(text, published="2025-06-12"), "military_action")]
    assert arrests and arrests[-1].place is not None and arrests[-1].place.name == "Zonkwa"


def test_an_area_a_speaker_stands_for_places_nothing(nlp: Any) -> None:
    from nexus.extract.places import _located_in

    located = nlp("Soldiers detained five men in the area on Wednesday.")
    assert _located_in(next(t for t in located if t.text == "area"))
    spoken = nlp("A lawmaker for the area spoke to reporters on Wednesday.")
    assert not _located_in(next(t for t in spoken if t.text == "area"))

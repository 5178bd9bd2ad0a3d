"""A capitalised name before an administrative division's noun is a division: nexus.extract.entities."""

from __future__ import annotations

from typing import Any

from nexus.extract.entities import _untagged_divisions


def _types(extraction: Any) -> dict[str, str]:
    return {e.name: e.type for e in extraction.entities}


def test_an_untagged_name_after_the_and_before_region_is_a_place(extract: Any) -> None:
    text = (
        "Bandits abducted nine traders near Kessadougou, in the Est region, late on Saturday, residents said."
    )
    assert _types(extract(text, published="2025-06-14")).get("Est") == "PLACE"


def test_the_second_of_two_listed_divisions_is_read_whole_with_its_hyphen(nlp: Any) -> None:
    doc = nlp("Unrest in the Nord-Est and Sud-Est regions has displaced thousands.")
    first = next(t.i for t in doc if t.text == "Nord")
    label_at = {first: "GPE", first + 1: "GPE", first + 2: "GPE"}
    taken = set(label_at)
    found = [s.text for s in _untagged_divisions(doc, taken, label_at)]
    assert found == ["Sud-Est"]


def test_a_listed_name_needs_a_place_before_it(nlp: Any) -> None:
    doc = nlp("Unrest in the Nord-Est and Sud-Est regions has displaced thousands.")
    first = next(t.i for t in doc if t.text == "Nord")
    taken = {first, first + 1, first + 2}
    assert _untagged_divisions(doc, taken, {}) == []


def test_an_adjective_before_regions_names_no_division(extract: Any) -> None:
    text = "Teachers in the Anglophone regions have stayed away from classrooms for months, unions said."
    assert "Anglophone" not in _types(extract(text, published="2025-06-14"))

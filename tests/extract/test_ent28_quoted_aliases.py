"""The quoted name a person goes by is a person: nexus.extract.entities (_quoted_alias)."""

from __future__ import annotations

from typing import Any


def _types(extraction: Any) -> dict[str, str]:
    return {e.name: e.type for e in extraction.entities}


def test_one_quoted_word_after_a_person_noun_and_a_cue_is_a_person(extract: Any) -> None:
    text = (
        'Troops captured a rebel commander known as "Falcón" near the border on Monday, a military '
        "spokesman told reporters."
    )
    assert _types(extract(text, published="2025-06-09")).get("Falcón") == "PERSON"


def test_a_quoted_alias_of_three_words_is_no_quoted_title(extract: Any) -> None:
    text = (
        'Police said the cell answered to a regional boss known as "El Gato Negro", who runs the '
        "smuggling routes in the valley."
    )
    assert _types(extract(text, published="2025-06-09")).get("El Gato Negro") == "PERSON"


def test_a_group_known_by_a_quoted_name_is_no_person(extract: Any) -> None:
    text = 'Gunmen from a gang known as "Los Tiburones" attacked the police post on Friday, officials said.'
    assert _types(extract(text, published="2025-06-09")).get("Los Tiburones") != "PERSON"


def test_a_named_man_s_quoted_nickname_is_no_new_person(extract: Any) -> None:
    text = 'Ruben Castillo, known as "Tigre", was arrested on Sunday, prosecutors said.'
    assert "Tigre" not in _types(extract(text, published="2025-06-09"))

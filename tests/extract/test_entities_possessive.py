"""A town, a possessive and a part of it are two places; a body keeps its country's possessive."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Span

from nexus.extract.entities import _split_at_possessive


def _span(nlp: Language, text: str, name: str) -> Span:
    doc = nlp(text)
    start = doc.text.index(name)
    span = doc.char_span(start, start + len(name), label="GPE")
    assert span is not None
    return span


def test_a_part_of_a_known_town_is_split_from_the_town(nlp: Language) -> None:
    span = _span(nlp, "A bomb went off in Marseille's Belsunce quarter.", "Marseille's Belsunce")
    assert [s.text for s in _split_at_possessive(span)] == ["Marseille", "Belsunce"]


def test_a_body_of_a_country_keeps_the_possessive(nlp: Language) -> None:
    span = _span(nlp, "Kenya's Interior Ministry issued a statement.", "Kenya's Interior Ministry")
    assert [s.text for s in _split_at_possessive(span)] == ["Kenya's Interior Ministry"]


def test_a_town_named_with_a_possessive_stays_whole(nlp: Language) -> None:
    span = _span(nlp, "Aid reached Cox's Bazar on Monday.", "Cox's Bazar")
    assert [s.text for s in _split_at_possessive(span)] == ["Cox's Bazar"]


def test_two_places_come_out_of_a_possessive_name(extract: Any) -> None:
    names = {
        e.name: e.type
        for e in extract("Soldiers sealed off Yala’s Bannang Sata district on Friday.").entities
    }
    assert names.get("Bannang Sata") == "PLACE"
    assert "Yala’s Bannang Sata" not in names

"""A person's name the NER cut in two (a surname read apart or as a body) is one person."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Span

from nexus.extract.entities import _join_split_names


def test_a_surname_read_as_an_organisation_joins_the_person(extract: Any) -> None:
    names = {
        e.name: e.type
        for e in extract("Police spokesman Inspector Tomas Okello Wanyama said two men were held.").entities
    }
    assert names.get("Tomas Okello Wanyama") == "PERSON"
    assert "Wanyama" not in names


def _spans(nlp: Language, text: str, parts: list[tuple[str, str]]) -> list[Span]:
    doc = nlp(text)
    out = []
    for name, label in parts:
        start = doc.text.index(name)
        span = doc.char_span(start, start + len(name), label=label)
        assert span is not None
        out.append(span)
    return out


def test_two_person_spans_touching_are_one_person(nlp: Language) -> None:
    spans = _spans(
        nlp, "Colonel Dembo Sakho Diatta spoke.", [("Dembo Sakho", "PERSON"), ("Diatta", "PERSON")]
    )
    assert [s.text for s in _join_split_names(spans)] == ["Dembo Sakho Diatta"]


def test_a_known_town_after_a_person_stays_apart(nlp: Language) -> None:
    spans = _spans(
        nlp, "He met Amadou Diallo Bamako officials.", [("Amadou Diallo", "PERSON"), ("Bamako", "GPE")]
    )
    assert [s.text for s in _join_split_names(spans)] == ["Amadou Diallo", "Bamako"]


def test_a_body_after_a_person_stays_apart(nlp: Language) -> None:
    spans = _spans(nlp, "Said Amadou Diallo Police chief.", [("Amadou Diallo", "PERSON"), ("Police", "ORG")])
    assert [s.text for s in _join_split_names(spans)] == ["Amadou Diallo", "Police"]


def test_a_name_going_on_with_a_word_of_descent_is_one_name(nlp: Language) -> None:
    spans = _spans(
        nlp,
        "Fighting was reported near Oued Ben Rahal on Monday.",
        [("Oued", "GPE"), ("Ben Rahal", "PERSON")],
    )
    joined = _join_split_names(spans)
    assert [(s.text, s.label_) for s in joined] == [("Oued Ben Rahal", "GPE")]


def test_a_person_going_on_with_bin_is_one_person(nlp: Language) -> None:
    spans = _spans(nlp, "Envoy Khalid bin Saqr arrived.", [("Khalid", "PERSON"), ("bin Saqr", "PERSON")])
    assert [(s.text, s.label_) for s in _join_split_names(spans)] == [("Khalid bin Saqr", "PERSON")]

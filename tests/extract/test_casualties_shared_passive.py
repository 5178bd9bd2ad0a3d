"""A participle joined to a passive verb shares its subject: 'were ambushed and killed'."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from nexus.extract.casualties import sentence_casualties


def _figures(doc: Doc) -> list[tuple[str, int]]:
    return [(m.kind, m.count.value) for s in doc.sents for m in sentence_casualties(s)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five herders were waylaid and killed on the road out of Dosso late on Monday.", [("killed", 5)]),
        ("Two nurses were dragged from a clinic and beaten to death by a mob in Tamale.", [("killed", 2)]),
        ("Nine customs officers were surrounded and wounded at a border post near Kilis.", [("injured", 9)]),
    ],
)
def test_the_passive_subject_is_the_conjunct_participles_victim(
    extractor: object, text: str, expected: list[tuple[str, int]]
) -> None:
    assert _figures(extractor.nlp(text)) == expected  # type: ignore[attr-defined]


def test_a_conjunct_with_its_own_object_is_active(extractor: object) -> None:
    doc = extractor.nlp("Six soldiers were ambushed and killed two of the attackers near Dosso.")  # type: ignore[attr-defined]
    assert ("killed", 6) not in _figures(doc)

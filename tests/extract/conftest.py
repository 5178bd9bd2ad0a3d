"""Fixtures shared by the tests of ``nexus.extract``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from nexus.extract.casualties import sentence_casualties
from nexus.extract.relations import RelationDraft, extract_relations


def _drafts(extractor: Any, text: str) -> list[RelationDraft]:
    doc = extractor.nlp(text)
    return extract_relations(doc, doc._.nexus_entities)


@pytest.fixture(scope="session")
def relations(extractor: Any) -> Callable[[str], set[tuple[frozenset[str], str]]]:
    """The rule relations of a text as ({source, target}, type): ``relations(text)``."""

    def read(text: str) -> set[tuple[frozenset[str], str]]:
        return {(frozenset((d.source.name, d.target.name)), d.type) for d in _drafts(extractor, text)}

    return read


@pytest.fixture(scope="session")
def relation_triples(extractor: Any) -> Callable[[str], set[tuple[str, str, str]]]:
    """The rule relations of a text as (source, type, target): ``relation_triples(text)``."""

    def read(text: str) -> set[tuple[str, str, str]]:
        return {(d.source.name, d.type, d.target.name) for d in _drafts(extractor, text)}

    return read


def _attack_rows(extraction: Any) -> list[tuple[str | None, str | None, int | None]]:
    return [
        (
            e.date.iso if e.date else None,
            e.place.name if e.place else None,
            e.killed.value if e.killed else None,
        )
        for e in extraction.events
        if e.type == "attack"
    ]


@pytest.fixture(scope="session")
def attack_rows() -> Callable[[Any], list[tuple[str | None, str | None, int | None]]]:
    """An extraction's attacks as (date ISO, place name, killed), in order: ``attack_rows(x)``."""
    return _attack_rows


@pytest.fixture(scope="session")
def casualty_figures(extractor: Any) -> Callable[[str], list[tuple[str, int, str]]]:
    """A text's casualty figures as (kind, count, qualifier), sentence by sentence:
    ``casualty_figures(text)``."""

    def read(text: str) -> list[tuple[str, int, str]]:
        doc = extractor.nlp(text)
        return [(m.kind, m.count.value, m.count.qualifier) for s in doc.sents for m in sentence_casualties(s)]

    return read

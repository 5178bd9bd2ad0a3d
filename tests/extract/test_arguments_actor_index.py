"""The entity index the actor rules read, with the names written again merged in once per index."""

from __future__ import annotations

import pytest

from nexus.extract import arguments as A
from nexus.extract.entities import EntityCluster


def _doc_and_index() -> tuple[object, dict[int, EntityCluster], EntityCluster]:
    nlp = pytest.importorskip("spacy").blank("en")
    doc = nlp("The Lowland Watch Brigade ( LWB ) raided a depot . LWB gunmen then fled")
    brigade = EntityCluster(
        type="ORG",
        subtype="armed_group",
        forms={"lowland watch brigade": "Lowland Watch Brigade", "lwb": "LWB"},
    )
    return doc, {1: brigade, 2: brigade, 3: brigade, 5: brigade}, brigade


def test_merged_index_is_built_once_per_index_and_holds_the_unlinked_repeat() -> None:
    doc, index, brigade = _doc_and_index()
    first = A._with_names_written_again(doc, index)  # type: ignore[arg-type]
    assert first is not index
    assert first.get(11) is brigade  # "LWB gunmen": the short form again, unlinked
    assert 11 not in index  # (the entity stage's index itself is left as it was)
    assert A._with_names_written_again(doc, index) is first  # type: ignore[arg-type]


def test_merged_index_is_built_afresh_when_the_index_grows() -> None:
    doc, index, brigade = _doc_and_index()
    first = A._with_names_written_again(doc, index)  # type: ignore[arg-type]
    depot = EntityCluster(type="PLACE", forms={"depot": "depot"})
    index[9] = depot
    second = A._with_names_written_again(doc, index)  # type: ignore[arg-type]
    assert second is not first
    assert second[9] is depot and second[11] is brigade


def test_index_with_nothing_written_again_is_used_as_it_is() -> None:
    nlp = pytest.importorskip("spacy").blank("en")
    doc = nlp("The Lowland Watch Brigade raided a depot")
    brigade = EntityCluster(type="ORG", forms={"lowland watch brigade": "Lowland Watch Brigade"})
    index = {1: brigade, 2: brigade, 3: brigade}
    assert A._with_names_written_again(doc, index) is index

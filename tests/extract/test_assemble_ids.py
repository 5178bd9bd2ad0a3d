"""Every entity, event and relation of an extraction has an id of its own (a store refuses two rows
under one id)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from nexus.extract import assemble
from nexus.extract.assemble import RULE_CONFIDENCE, _distinct_ids, _first_of_each, to_extraction
from nexus.extract.entities import EntityCluster
from nexus.extract.relation_context import RelationDraft
from nexus.model import Document, Entity, Evidence, Relation


def test_a_city_and_the_country_named_for_it_get_two_ids() -> None:
    city = Entity(id="ent-1", name="Djibouti", type="PLACE", subtype="city")
    country = Entity(id="ent-1", name="Djibouti", type="PLACE", subtype="country")
    other = Entity(id="ent-2", name="Tadjourah", type="PLACE", subtype="city")
    out = _distinct_ids([city, country, other], "ent")
    assert (out[0].id, out[2].id) == ("ent-1", "ent-2")  # the first keeps its id
    assert len({e.id for e in out}) == 3
    assert [e.subtype for e in out] == ["city", "country", "city"]
    assert _distinct_ids([city, country], "ent")[1].id == out[1].id  # the same on every run


def _relation(confidence: float) -> Relation:
    sentence = "The Sarn Valley Front, which fights in the east of Sarn, claimed the ambush."
    return Relation(
        id="rel-1",
        source="Sarn Valley Front",
        type="based_in",
        target="Sarn",
        evidence=Evidence(doc_id="d", sentence=sentence, start=0, end=len(sentence)),
        confidence=confidence,
    )


def test_one_relation_per_id_the_rules_before_the_learned_stage() -> None:
    # "Sarn" read once as a place and once as a person: the group is based in both, one relation
    rule, learned = _relation(0.6), _relation(0.97)
    other = _relation(0.8).model_copy(update={"id": "rel-2", "type": "affiliation"})
    out = _first_of_each([rule, learned, other])
    assert [(r.id, r.confidence) for r in out] == [("rel-1", 0.6), ("rel-2", 0.8)]


def test_a_report_whose_relation_the_rules_and_the_model_both_find_has_it_once(
    extractor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the learned stage pairing the names of a rule's relation through a second entity of one name
    def learned_twice(doc: Any, clusters: Any, found: list[RelationDraft]) -> list[RelationDraft]:
        twin = {id(d): EntityCluster(type="PERSON", forms=dict(d.target.forms)) for d in found}
        return [replace(d, target=twin[id(d)], score=0.97) for d in found]

    monkeypatch.setattr(assemble, "learned_relations", learned_twice)
    text = (
        "The Sarn Valley Front, an armed group based in Sarn, ambushed a convoy near Halden on Friday, "
        "killing six soldiers, the army said."
    )
    doc, filed = extractor.parse(Document(id="sarn", text=text, published=date(2025, 3, 7)))
    extraction = to_extraction(doc, filed, "test")
    ids = [r.id for r in extraction.relations]
    assert ids and len(ids) == len(set(ids))
    assert all(r.confidence == RULE_CONFIDENCE for r in extraction.relations)  # the rules' kept

"""Every entity, event and relation of an extraction has an id of its own (a store refuses two rows
under one id)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from nexus.extract import assemble, relation_model
from nexus.extract.assemble import _distinct_ids, _first_of_each, to_extraction
from nexus.extract.entities import EntityCluster
from nexus.extract.relation_context import RelationDraft
from nexus.extract.relation_model import learned_relations
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


def test_a_report_whose_relation_is_found_twice_through_two_entities_of_one_name_has_it_once(
    extractor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # each relation found (by the rules or the model) found again through a second entity of its
    # target's name, as when the tagger reads a region once as a person
    monkeypatch.setenv(relation_model.ENV_ADD_AT, "0.0")  # the model adds every pair and type

    first: dict[tuple[str, str], float | None] = {}

    def found_twice(doc: Any, clusters: Any, found: list[RelationDraft]) -> list[RelationDraft]:
        added = learned_relations(doc, clusters, found)
        first.update({(d.type, d.target.name): d.score for d in [*found, *added]})
        again = [
            replace(d, target=EntityCluster(type="PERSON", forms=dict(d.target.forms)), score=None)
            for d in [*found, *added]
        ]
        return [*found, *added, *again]

    monkeypatch.setattr(assemble, "revised_relations", found_twice)
    text = (
        "The Korath People's Front, a rebel group from Velmora, ambushed a convoy near Halden on "
        "Friday, killing six soldiers, the army said."
    )
    doc, filed = extractor.parse(Document(id="korath", text=text, published=date(2025, 3, 7)))
    extraction = to_extraction(doc, filed, "test")
    ids = [r.id for r in extraction.relations]
    assert ids and len(ids) == len(set(ids))
    # the first of each is kept: the learned ones with the model's probability, not the repeats
    learned = [r for r in extraction.relations if first.get((r.type, r.target)) is not None]
    assert learned and all(r.confidence is not None for r in learned)
    assert all(r.confidence == pytest.approx(first[(r.type, r.target)], abs=0.001) for r in learned)

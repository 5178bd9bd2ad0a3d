"""The Python API (``nexus.open``): entities, show, events, contradictions, search, merge/split."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import nexus
from nexus.errors import StoreError
from nexus.kb import KnowledgeBase, NotFoundError
from nexus.store.method_samples import method_corpus
from nexus.store.samples import without_gazetteer


def test_transliterations_are_one_entity_with_aliases(kb: KnowledgeBase) -> None:
    jem = kb.show("Jaish-e-Muhammad")
    assert jem.name == "Jaish-e-Mohammed" and set(jem.aliases) == {"Jaish-e-Mohammed", "Jaish-e-Muhammad"}


def test_show_lists_relations_with_evidence_and_events(kb: KnowledgeBase) -> None:
    jem = kb.show("Jaish-e-Mohammed")
    assert {r.type for r in jem.relations} == {"affiliation", "cooperation", "attacked"}
    assert all(r.evidence for r in jem.relations)
    assert [e.type for e in jem.events] == ["attack"]


def test_unknown_name_raises_not_found(kb: KnowledgeBase) -> None:
    with pytest.raises(NotFoundError):
        kb.show("Nobody At All")


def test_one_attack_three_reports_two_independent_sources(kb: KnowledgeBase) -> None:
    (attack,) = kb.events(type="attack")
    assert (attack.n_reports, attack.n_sources) == (3, 2)
    killed = attack.figures["killed"]
    assert (killed.min, killed.max, killed.latest.value) == (40, 44, 44)
    # The 44 came from another outlet on a later day: an update over time, shown but compatible.
    assert killed.differs and not killed.contradiction


def test_event_keeps_every_reports_own_figure(kb: KnowledgeBase) -> None:
    (attack,) = kb.events(type="attack", with_reports=True)
    figures = sorted((r.doc_id, r.killed.value if r.killed else None) for r in attack.reports)
    assert figures == [("d1", 40), ("d2", 44), ("d3", 40)]
    assert next(r for r in attack.reports if r.doc_id == "d3").evidence.copy_of == "d1"


@pytest.mark.parametrize(
    ("kwargs", "types"),
    [
        ({"type": "rally"}, ["rally"]),
        ({"since": "2019-02-20"}, ["rally"]),
        ({"until": "2019-02-20"}, ["attack"]),
        ({"place": "Pulwama"}, ["attack"]),
        ({"place": "PK"}, ["rally"]),
        ({"actor": "Lashkar-e-Taiba"}, ["rally"]),
    ],
)
def test_event_filters(kb: KnowledgeBase, kwargs: dict[str, str], types: list[str]) -> None:
    assert [e.type for e in kb.events(**kwargs)] == types  # type: ignore[arg-type]


def test_contradictions_list_the_disputed_toll(kb: KnowledgeBase) -> None:
    (item,) = kb.contradictions()
    assert (item.field, item.values) == ("killed", [40, 44])


def test_search_finds_evidence_and_the_statements_citing_it(kb: KnowledgeBase) -> None:
    (hit,) = kb.search("death toll")
    assert hit.doc_id == "d2" and hit.events


def test_merge_by_name_then_show_follows_the_absorbed_id(kb: KnowledgeBase) -> None:
    absorbed = kb.entity_id("Lashkar-e-Taiba")
    merged = kb.merge("Jaish-e-Mohammed", "Lashkar-e-Taiba")
    assert "Lashkar-e-Taiba" in merged.aliases
    assert kb.show(absorbed).id == merged.id
    assert [o["kind"] for o in kb.overrides()] == ["merge"]


def test_split_creates_an_entity_from_the_named_forms(kb: KnowledgeBase) -> None:
    new = kb.split("Jaish-e-Mohammed", ["Jaish-e-Muhammad"])
    assert new.name == "Jaish-e-Muhammad"
    assert "Jaish-e-Muhammad" not in kb.show("Jaish-e-Mohammed").aliases


def test_results_are_json_serialisable(kb: KnowledgeBase) -> None:
    for result in (kb.show("ISI"), kb.path("ISI", "Muridke"), kb.network("ISI"), kb.timeline(), kb.metrics()):
        assert json.loads(result.model_dump_json())


def test_events_by_their_means(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``kb.events(method=...)`` keeps the events one of whose reports gives that means."""
    for module, name in without_gazetteer():
        monkeypatch.setattr(module, name, dict)
    with nexus.open(f"sqlite:///{tmp_path / 'means.db'}") as base:
        base.ingest(method_corpus())
        bombings = base.events(method="explosives")
        assert [e.method for e in bombings] == ["explosives"]
        assert {e.id for e in base.events(method="firearms")} <= {e.id for e in base.events(type="attack")}
        with pytest.raises(StoreError):
            base.events(method="slingshot")

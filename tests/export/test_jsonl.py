"""JSON Lines: export, then import into a fresh store, gives the same knowledge base."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import nexus
from nexus.export import ImportFormatError, export_jsonl, import_jsonl
from nexus.export.jsonl import store_counts
from nexus.kb import KnowledgeBase
from nexus.store.samples import ExtractionBuilder


def dump(kb: KnowledgeBase) -> str:
    buffer = io.StringIO()
    with kb.store.connect() as connection:
        export_jsonl(connection, buffer)
    return buffer.getvalue()


def counts(kb: KnowledgeBase) -> dict[str, int]:
    with kb.store.connect() as connection:
        return dict(store_counts(connection))


@pytest.fixture
def edited(kb: KnowledgeBase) -> KnowledgeBase:
    """The fixture KB with a second version of d3, a manual merge and a manual split."""
    text = "The Red Hand Brigade is based in Sarak, the Interior Ministry said on Friday."
    builder = ExtractionBuilder("d3", text, outlet="State Gazette")
    rhb = builder.entity("Red Hand Brigade", subtype="armed_group", country="PK")
    sarak = builder.entity("Sarak", "PLACE", country="PK")
    builder.entity("Interior Ministry", subtype="government", country="PK")
    builder.relation(rhb, "based_in", sarak, text)
    kb.ingest([builder.build()])
    kb.merge("Red Hand Brigade", "Northern Front")
    kb.split("Red Hand Brigade", ["Northern Front"])
    return kb


def test_round_trip_gives_the_same_counts(edited: KnowledgeBase, tmp_path: Path) -> None:
    with nexus.open(f"sqlite:///{tmp_path / 'copy.db'}") as copy:
        import_jsonl(copy.store, io.StringIO(dump(edited)))
        assert counts(copy) == counts(edited)
        assert copy.store.counts() == edited.store.counts()


def test_round_trip_gives_the_same_ids(edited: KnowledgeBase, tmp_path: Path) -> None:
    with nexus.open(f"sqlite:///{tmp_path / 'copy.db'}") as copy:
        import_jsonl(copy.store, io.StringIO(dump(edited)))
        assert [e.id for e in copy.entities()] == [e.id for e in edited.entities()]
        assert [e.id for e in copy.events()] == [e.id for e in edited.events()]
        assert copy.overrides() == edited.overrides()


def test_export_of_the_copy_is_identical(edited: KnowledgeBase, tmp_path: Path) -> None:
    original = dump(edited)
    with nexus.open(f"sqlite:///{tmp_path / 'copy.db'}") as copy:
        import_jsonl(copy.store, io.StringIO(original))
        assert dump(copy) == original


def test_second_import_adds_nothing(kb: KnowledgeBase, tmp_path: Path) -> None:
    text = dump(kb)
    with nexus.open(f"sqlite:///{tmp_path / 'copy.db'}") as copy:
        import_jsonl(copy.store, io.StringIO(text))
        again = import_jsonl(copy.store, io.StringIO(text))
    assert (again.ingest.added, again.ingest.unchanged) == (0, 3)


def test_header_carries_the_source_counts(kb: KnowledgeBase, tmp_path: Path) -> None:
    with nexus.open(f"sqlite:///{tmp_path / 'copy.db'}") as copy:
        summary = import_jsonl(copy.store, io.StringIO(dump(kb)))
    assert summary.expected == counts(kb)


@pytest.mark.parametrize("text", ["", '{"kind": "document"}\n', "not json\n"])
def test_a_file_that_is_not_an_export_is_refused(tmp_path: Path, text: str) -> None:
    with nexus.open(f"sqlite:///{tmp_path / 'copy.db'}") as copy, pytest.raises(ImportFormatError):
        import_jsonl(copy.store, io.StringIO(text))


def _events(kb: KnowledgeBase) -> list[tuple[str, str, int]]:
    return sorted((e.id, e.type, e.n_reports) for e in kb.events())


def test_event_splits_and_merges_travel_with_the_export(kb: KnowledgeBase, tmp_path: Path) -> None:
    from nexus.store import linker

    shared = [e for e in kb.events() if e.n_reports > 1]
    assert shared, "the fixture needs an event told by two documents"
    event = shared[0]
    moved_doc = sorted({r.doc_id for r in kb.event(event.id).reports})[-1]
    with kb.store.engine.begin() as connection:
        new_id = linker.split_event(connection, event.id, [moved_doc])
    before = _events(kb)
    assert new_id in {e[0] for e in before}
    with kb.store.connect() as connection:
        overrides_before = [
            {k: v for k, v in row.items() if k != "seq"} for row in linker.event_override_rows(connection)
        ]
    text = dump(kb)
    with nexus.open(f"sqlite:///{tmp_path / 'copy.db'}") as copy:
        summary = import_jsonl(copy.store, io.StringIO(text))
        assert summary.event_overrides_recorded == 1
        assert _events(copy) == before  # the split report stays apart in the copy
        with copy.store.connect() as connection:
            copied = [
                {k: v for k, v in row.items() if k != "seq"} for row in linker.event_override_rows(connection)
            ]
        assert copied == overrides_before
        again = import_jsonl(copy.store, io.StringIO(text))
        assert (again.event_overrides_recorded, again.event_overrides_skipped) == (0, 1)
        assert _events(copy) == before

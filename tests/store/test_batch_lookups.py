"""A write batch looks up its documents' stored versions and near-duplicate candidates at once.

``IngestSession.prepare`` reads, for the whole batch, the stored versions of
its documents and the stored documents sharing a MinHash band with its new
texts; the signatures of the documents added are written at the end of the
batch. None of this may change what is stored: the answers must be those of
one lookup per document (and of the in-memory index fed every text), whatever
the batch size, with copies inside one batch, a document given twice, and a
document rolled back in the middle of a batch. The texts are written for
these tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

from nexus.ingest.dedupe import NearDuplicateIndex
from nexus.model import Extraction
from nexus.store import Store, open_store
from nexus.store.samples import ExtractionBuilder
from nexus.store.schema import document_minhashes, document_versions, documents, minhash_bands

HARBOUR = (
    "Customs officers at the eastern harbour seized a container of counterfeit medicine on Tuesday, "
    "the port authority said, after dogs flagged crates declared as farm machinery. Two drivers were "
    "questioned and released; the shipping agent has not commented on the seizure so far."
)
BRIDGE = (
    "A footbridge over the canal in the old quarter was closed on Thursday after engineers found "
    "cracks in two of its supports, the city council said. Pedestrians are being sent through the "
    "market street while divers inspect the foundations of the crossing."
)
CONVOY = (
    "A relief convoy of forty lorries reached the hill district on Sunday after a week held at a "
    "checkpoint, an aid coordinator said. The trucks carried flour, tents and water purifiers for "
    "families who fled the fighting along the river valley in the spring."
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(f"sqlite:///{tmp_path / 'kb.db'}") as opened:
        yield opened


def _copies(store: Store) -> dict[str, str | None]:
    with store.connect() as connection:
        return dict(connection.execute(select(documents.c.id, documents.c.duplicate_of)).all())


def _texts() -> dict[str, str]:
    """Originals, exact and near copies next to them and far from them, and wordless texts."""
    return {
        "harbour-1": HARBOUR,
        "harbour-2": HARBOUR.lower(),  # the same words
        "bridge-1": BRIDGE,
        "harbour-3": HARBOUR + " Additional reporting by the coastal bureau.",  # a near copy
        "convoy-1": CONVOY,
        "bridge-2": "UPDATE: " + BRIDGE,
        "empty-1": "…",
        "convoy-2": CONVOY.replace("forty", "forty-two") + " Corrects the number of lorries.",
        "empty-2": "--",
        "bridge-3": BRIDGE + " The council will publish the engineers' report next month.",
    }


@pytest.mark.parametrize("batch_size", [1, 3, 50])
def test_copies_are_the_same_whatever_the_batch_size(tmp_path: Path, batch_size: int) -> None:
    texts = _texts()
    memory = NearDuplicateIndex()
    expected = {doc_id: memory.add(doc_id, text) for doc_id, text in texts.items()}
    with open_store(f"sqlite:///{tmp_path / 'kb.db'}") as store:
        store.ingest([ExtractionBuilder(i, t).build() for i, t in texts.items()], batch_size=batch_size)
        assert _copies(store) == expected
        with store.connect() as connection:
            signed = sorted(connection.execute(select(document_minhashes.c.doc_id)).scalars())
            banded = sorted(connection.execute(select(minhash_bands.c.doc_id).distinct()).scalars())
    assert sum(v is not None for v in expected.values()) >= 5
    assert signed == sorted(texts)
    assert banded == sorted(i for i in texts if not i.startswith("empty"))  # wordless texts have no bands


def test_a_batch_later_compares_with_the_signatures_an_earlier_batch_wrote(store: Store) -> None:
    store.ingest([ExtractionBuilder("convoy-1", CONVOY).build()])
    store.ingest(
        [
            ExtractionBuilder("bridge-1", BRIDGE).build(),
            ExtractionBuilder("convoy-2", CONVOY + " Updated with the coordinator's figures.").build(),
            ExtractionBuilder("bridge-2", BRIDGE.upper()).build(),
        ]
    )
    expected = {"convoy-1": None, "bridge-1": None, "convoy-2": "convoy-1", "bridge-2": "bridge-1"}
    assert _copies(store) == expected


def _failing(doc_id: str, text: str) -> Extraction:
    """An extraction the store refuses: two entities under one id (their mentions clash)."""
    builder = ExtractionBuilder(doc_id, text)
    builder.entity("Port Authority")
    extraction = builder.build()
    extraction.entities.append(extraction.entities[0])
    return extraction


def test_a_document_rolled_back_mid_batch_is_no_original_for_later_ones(store: Store) -> None:
    summary = store.ingest(
        [
            ExtractionBuilder("bridge-1", BRIDGE).build(),
            _failing("harbour-1", HARBOUR),
            ExtractionBuilder("harbour-2", HARBOUR.upper()).build(),
            ExtractionBuilder("harbour-3", HARBOUR + " Reporting by the coastal bureau.").build(),
        ]
    )
    assert [f.doc_id for f in summary.failures] == ["harbour-1"]
    # the failed document left nothing: the first stored copy is the original of the next one
    assert _copies(store) == {"bridge-1": None, "harbour-2": None, "harbour-3": "harbour-2"}
    with store.connect() as connection:
        signed = sorted(connection.execute(select(document_minhashes.c.doc_id)).scalars())
    assert signed == ["bridge-1", "harbour-2", "harbour-3"]


def test_a_document_given_twice_in_one_batch_is_versioned_in_order(store: Store) -> None:
    summary = store.ingest(
        [
            ExtractionBuilder("convoy", CONVOY).build(),
            ExtractionBuilder("convoy", CONVOY).build(),  # the same text again: nothing to add
            ExtractionBuilder("convoy", CONVOY + " Corrected: the convoy had forty-one lorries.").build(),
        ]
    )
    assert (summary.added, summary.unchanged, summary.updated) == (1, 1, 1)
    with store.connect() as connection:
        versions = sorted(connection.execute(select(document_versions.c.version)).scalars())
    assert versions == [1, 2]
    assert _copies(store) == {"convoy": None}


def _lookups(store: Store, extractions: list[Extraction]) -> int:
    """Statements that read stored versions or near-duplicate candidates while storing ``extractions``."""
    counted: list[str] = []

    def count(*args: Any) -> None:
        sql = str(args[2]).lower()
        if sql.lstrip().startswith("select") and ("minhash_bands" in sql or "document_versions" in sql):
            counted.append(sql)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        store.ingest(extractions, batch_size=100)
    finally:
        event.remove(store.engine, "before_cursor_execute", count)
    return len(counted)


def test_lookups_per_batch_do_not_grow_with_its_documents(tmp_path: Path) -> None:
    counts = []
    for n in (2, 9):
        with open_store(f"sqlite:///{tmp_path / f'kb{n}.db'}") as store:
            store.ingest([ExtractionBuilder("seed", CONVOY).build()])  # something stored to compare with
            texts = [f"{BRIDGE} Item {i} of the council's notices." for i in range(n)]
            batch = [ExtractionBuilder(f"n{i}", t).build() for i, t in enumerate(texts)]
            counts.append(_lookups(store, batch))
    assert counts[0] == counts[1] > 0


def _with_relations(doc_id: str, text: str, leader: str) -> Extraction:
    """A report naming a group, its leader and an ally, with two relations and one event."""
    builder = ExtractionBuilder(doc_id, text, outlet="Valley Courier")
    group = builder.entity("Ridge Brigade", country="KE")
    person = builder.entity(leader, "PERSON")
    ally = builder.entity("Salt Plain Front", country="KE")
    first = text.split(". ")[0]
    builder.relation(person, "affiliation", group, first)
    builder.relation(group, "cooperation", ally, first)
    builder.event("attack", first, actors=[group])
    return builder.build()


def _table_rows(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, sorted, without batch numbers and sequence numbers (a document rolled
    back leaves a gap in ``seq`` until the batch ends: both depend on the batch size)."""
    from nexus.store.schema import metadata

    out = {}
    with store.connect() as connection:
        for table in metadata.sorted_tables:
            columns = [c for c in table.columns if c.name not in ("batch", "seq")]
            out[table.name] = sorted(repr(tuple(row)) for row in connection.execute(select(*columns)))
    return out


def test_rows_kept_back_to_the_end_of_a_batch_are_those_written_one_document_at_a_time(
    tmp_path: Path,
) -> None:
    lead = "Fighters of the Ridge Brigade raided a ranch near the escarpment on Friday. "
    extractions = [
        _with_relations("ranch-1", lead + "Cattle were driven off, herders said.", "Omar Kiptanui"),
        _with_relations("ranch-2", lead + "Police gave chase into the hills.", "Omar Kiptanui"),
        # a new version of the first report, in the same batch: its statements supersede the first's
        _with_relations("ranch-1", lead + "Cattle were driven off and two herders hurt.", "Omar Kiptanui"),
        _failing("ranch-3", lead + "A school was closed for the week."),
        _with_relations("ranch-4", lead.upper() + "Cattle were driven off, herders said.", "Jonah Lemaiyan"),
        _with_relations("ranch-1", lead + "Cattle were driven off and three herders hurt.", "Omar Kiptanui"),
    ]
    dumps = []
    for batch_size in (1, 50):
        with open_store(f"sqlite:///{tmp_path / f'kb{batch_size}.db'}") as store:
            summary = store.ingest(extractions, batch_size=batch_size)
            assert (summary.added, summary.updated, summary.failed) == (3, 2, 1)
            dumps.append(_table_rows(store))
    assert dumps[0] == dumps[1]
    assert len(dumps[1]["document_versions"]) == 5 and len(dumps[1]["relation_statements"]) == 10
    superseded = [row for row in dumps[1]["relation_statements"] if row.endswith("True)")]
    assert len(superseded) == 4  # the two older versions of ranch-1, two statements each

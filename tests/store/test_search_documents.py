"""Whole-document search on both backends: stemming, agent nouns, phrases, prefixes, new versions."""

from __future__ import annotations

from datetime import date

from nexus.store import Store, migrate, open_store, reader
from nexus.store.samples import ExtractionBuilder

FERRY = (
    "Divers searched the river after a ferry capsized near the northern jetty. "
    "Police said two bombers had planted explosives on the landing stage. "
    "The harbour master said the bombing was the third this year."
)
DROUGHT = "Farmers in the valley reported a second failed harvest as the drought deepened."


def _ingest(store: Store, *texts: tuple[str, str]) -> None:
    store.ingest(
        [
            ExtractionBuilder(doc_id, text, outlet="Test Wire", published=date(2024, 4, 2)).build()
            for doc_id, text in texts
        ]
    )


def _search(store: Store, query: str) -> list[str]:
    with store.connect() as connection:
        return [hit.doc_id for hit in reader.search_documents(connection, query)]


def test_words_are_stemmed_and_find_their_agent_nouns(store: Store) -> None:
    _ingest(store, ("ferry", FERRY), ("drought", DROUGHT))
    assert _search(store, "bomb") == ["ferry"]
    assert _search(store, "bombings") == ["ferry"]
    assert _search(store, "harvests") == ["drought"]
    assert _search(store, "searching divers") == ["ferry"]


def test_phrases_keep_their_order_and_prefixes_match(store: Store) -> None:
    _ingest(store, ("ferry", FERRY), ("drought", DROUGHT))
    assert _search(store, '"failed harvest"') == ["drought"]
    assert _search(store, '"harvest failed"') == []
    assert _search(store, "explos*") == ["ferry"]


def test_snippet_marks_the_matched_words(store: Store) -> None:
    _ingest(store, ("ferry", FERRY))
    with store.connect() as connection:
        (hit,) = reader.search_documents(connection, "capsize")
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["capsized"]
    assert hit.n_matches == 1


def test_a_new_version_replaces_the_indexed_text(store: Store) -> None:
    _ingest(store, ("ferry", FERRY))
    _ingest(store, ("ferry", DROUGHT))
    assert _search(store, "ferry") == []
    assert _search(store, "drought") == ["ferry"]


def test_the_migration_indexes_documents_stored_before_it(store_url: str) -> None:
    store = open_store(store_url)
    migrate.downgrade(store.engine, "0001")
    _ingest(store, ("drought", DROUGHT))
    migrate.upgrade(store.engine)
    assert _search(store, "farmer") == ["drought"]
    store.close()

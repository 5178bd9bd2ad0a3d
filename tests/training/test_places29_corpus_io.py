"""The recording run of the learned stages' corpora (``corpus_io.recorded_pages``)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from nexus.extract.event_pairs import ENV_MODE as PAIRS_MODE
from nexus.training import corpus_io


def test_recording_holds_the_event_joining_off(monkeypatch: pytest.MonkeyPatch) -> None:
    # the stages record one list per event before two tellings are joined: the extraction read
    # alongside must keep every event, so the joining is off while the pages are read
    monkeypatch.delenv(PAIRS_MODE, raising=False)
    seen: list[str | None] = []

    def fake_pages(pages_dir: Path, mode_var: str, mode: str) -> Iterator[tuple[Any, Any, Any]]:
        seen.append(os.environ.get(PAIRS_MODE))
        doc = SimpleNamespace(user_data={"k": [["a"], ["b"]]})
        extraction = SimpleNamespace(to_contract=lambda: {"events": [{"id": 1}, {"id": 2}]})
        yield {"id": "p"}, doc, extraction

    monkeypatch.setattr(corpus_io, "extracted_pages", fake_pages)
    out = list(corpus_io.recorded_pages(Path("."), "NEXUS_SOME_STAGE", "k"))
    assert seen == ["off"]
    assert out[0][2] == [["a"], ["b"]]
    assert os.environ.get(PAIRS_MODE) is None  # restored after the run

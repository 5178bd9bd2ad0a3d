"""The recording run of the learned stages' corpora (``corpus_io.recorded_pages``)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from nexus.extract.event_pairs import ENV_MODE as PAIRS_MODE
from nexus.extract.one_toll import ENV_MODE as ONE_TOLL_MODE
from nexus.training import corpus_io


def test_recording_holds_the_event_joining_off(monkeypatch: pytest.MonkeyPatch) -> None:
    # the stages record one list per event before two tellings are joined: the extraction read
    # alongside must keep every event, so the joining is off while the pages are read
    monkeypatch.delenv(PAIRS_MODE, raising=False)
    monkeypatch.delenv(ONE_TOLL_MODE, raising=False)
    seen: list[str | None] = []

    def fake_pages(pages_dir: Path, mode_var: str, mode: str, **_: Any) -> Iterator[tuple[Any, Any, Any]]:
        seen.append(os.environ.get(PAIRS_MODE))
        seen.append(os.environ.get(ONE_TOLL_MODE))
        doc = SimpleNamespace(user_data={"k": [["a"], ["b"]]})
        extraction = SimpleNamespace(to_contract=lambda: {"events": [{"id": 1}, {"id": 2}]})
        yield {"id": "p"}, doc, extraction

    monkeypatch.setattr(corpus_io, "extracted_pages", fake_pages)
    out = list(corpus_io.recorded_pages(Path("."), "NEXUS_SOME_STAGE", "k"))
    assert seen == ["off", "off"]
    assert out[0][2] == [["a"], ["b"]]
    assert os.environ.get(PAIRS_MODE) is None  # restored after the run
    assert os.environ.get(ONE_TOLL_MODE) is None


@pytest.mark.parametrize("module", ["place_corpus", "event_corpus", "actor_corpus"])
def test_the_rankers_corpora_never_open_a_page_of_the_check_split(module: str, tmp_path: Path) -> None:
    # the shipped rankers train and pick their settings on the study pages only: a page of the
    # check split (h26-h28, h37) is left unread (its file here is not even JSON), so the split
    # stays an honest test of the shipped models
    import importlib

    from nexus.training.pages import HELD_OUT_PREFIXES

    assert {"h26", "h27", "h28", "h37"} <= set(HELD_OUT_PREFIXES)
    for prefix in ("h27", "h37"):
        (tmp_path / f"{prefix}b-held-out.json").write_text("unreadable", encoding="utf-8")
    corpus = importlib.import_module(f"nexus.training.{module}")
    assert list(corpus.page_records(tmp_path)) == []

"""``nexus ingest`` is a thin caller of ``run_ingest``: --jobs forks workers, --dask/--workers use Dask."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import nexus
from nexus.cli import app
from nexus.errors import NexusError
from nexus.model import Document, Extraction
from nexus.service import ingest as service_ingest
from nexus.store.samples import ExtractionBuilder

runner = CliRunner()


def stub_extract(document: Document) -> Extraction:
    if "unreadable" in document.text:
        raise ValueError("no sentence found")
    built = ExtractionBuilder(document.id, document.text).build()
    return built.model_copy(update={"document": document})


@pytest.fixture
def stubbed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI builds this stub instead of loading the spaCy pipeline."""
    monkeypatch.setattr(service_ingest, "_default_extractor", lambda: stub_extract)


def write_inputs(folder: Path) -> Path:
    folder.mkdir()
    lines = [
        {"id": "a", "text": "A convoy was ambushed near Tessalit."},
        {"id": "b", "text": "An unreadable scrap of markup."},
        {"id": "c", "text": "Two guards were hurt in Gao."},
        {"id": "d", "text": "A drone struck a depot outside Kidal."},
    ]
    source = folder / "feed.jsonl"
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return source


@pytest.mark.usefixtures("stubbed")
def test_ingest_with_jobs_stores_the_good_documents_and_names_the_bad_one(tmp_path: Path) -> None:
    source = write_inputs(tmp_path / "in")
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    result = runner.invoke(app, ["ingest", str(source), "--db", url, "--jobs", "2", "--json"])
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    assert report["added"] == 3 and report["failed"] == 1 and report["skipped"] == 0
    [failure] = report["failures"]
    assert failure["origin"] == f"{source}:2" and "no sentence found" in failure["reason"]
    assert f"{source}:2" in result.stderr
    again = json.loads(runner.invoke(app, ["ingest", str(source), "--db", url, "--json"]).stdout)
    assert again["unchanged"] == 3 and again["added"] == 0
    with nexus.open(url) as kb:
        assert kb.store.counts()["documents"] == 3


def test_dask_and_workers_together_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        ["ingest", str(tmp_path), "--db", str(tmp_path / "kb.db"), "--dask", "tcp://x:1", "--workers", "2"],
    )
    assert result.exit_code == 2


def test_an_unreachable_scheduler_is_a_clean_error() -> None:
    pytest.importorskip("distributed")
    from nexus.service.dask import DistributedError, dask_runner

    with (
        pytest.raises(DistributedError, match="could not reach the Dask scheduler"),
        dask_runner("tcp://127.0.0.1:9", timeout=1),
    ):
        pass
    assert issubclass(DistributedError, NexusError)

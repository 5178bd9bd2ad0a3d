"""Start-up of ``nexus extract``: what one document does not need is not loaded."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import nexus
from nexus import ingest
from nexus.cli import extract_cmd
from nexus.ingest import RunReport

SRC = str(Path(nexus.__file__).resolve().parents[1])


class NoIndex:
    """Stands in for NearDuplicateIndex where a test says none may be made."""

    def __init__(self) -> None:
        raise AssertionError("a near-duplicate index was made")


def _write(folder: Path, texts: dict[str, str]) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return [str(folder)]


STORY = (
    "Militants ambushed an army patrol outside Dera Bugti on Friday, killing five soldiers and "
    "wounding two, military officials said. The patrol was returning from a gas field when a roadside "
    "bomb struck the lead vehicle and gunmen opened fire from a ridge. A search of the surrounding "
    "hills was under way and no group had said it carried out the ambush by Saturday morning."
)


def test_one_document_makes_no_near_duplicate_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest, "NearDuplicateIndex", NoIndex)
    report = RunReport()
    documents = list(extract_cmd._documents(_write(tmp_path / "in", {"only": STORY}), report))
    assert len(documents) == 1 and report.duplicates == {}


def test_the_second_document_is_checked_against_the_first(tmp_path: Path) -> None:
    report = RunReport()
    copy = STORY.replace("military officials", "officials")
    inputs = _write(tmp_path / "in", {"a": STORY, "b": copy, "c": "Other."})
    documents = list(extract_cmd._documents(inputs, report))
    assert len(documents) == 3
    first, second = (d.id for d in documents if d.text != "Other.")
    assert report.duplicates == {second: first}  # the copy points at the document read first


def test_importing_the_ingest_package_loads_no_datasketch() -> None:
    probe = "import sys, nexus.ingest; print(sorted(m for m in ('datasketch', 'scipy') if m in sys.modules))"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([SRC, os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True)
    assert done.stdout.strip() == "[]"

"""The public API: what ``import nexus`` promises is there, and it stays light."""

from __future__ import annotations

import subprocess
import sys

import nexus


def test_every_name_in_all_is_exported() -> None:
    for name in nexus.__all__:
        assert hasattr(nexus, name), name


def test_import_nexus_does_not_load_the_nlp_or_database_stack() -> None:
    code = (
        "import sys, nexus; print(sorted(m for m in ('spacy', 'sqlalchemy', 'networkx') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_open_gives_a_knowledge_base(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with nexus.open(f"sqlite:///{tmp_path / 'kb.db'}") as kb:
        assert kb.entities() == []

"""The ``nexus.resolve`` package loads a submodule only when one of its names is used.

Reading commands need name keys and figure summaries, not the entity index
(rapidfuzz, the gazetteer) nor the ontology tables; a fresh interpreter shows
what an import really pulls in.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import nexus.resolve

_PROBE = """
import json, sys
import {module}
watched = ("rapidfuzz", "nexus.ontology", "nexus.resolve")
print(json.dumps(sorted(m for m in sys.modules if m.startswith(watched))))
"""


def _loaded_after(module: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE.format(module=module)], capture_output=True, text=True, check=True
    )
    loaded: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return loaded


def test_name_keys_load_neither_the_entity_index_nor_the_ontology() -> None:
    loaded = _loaded_after("nexus.resolve.names")
    assert "nexus.resolve.names" in loaded
    assert not [m for m in loaded if m.startswith(("rapidfuzz", "nexus.ontology", "nexus.resolve.entities"))]


def test_figure_summaries_read_the_ontology_only_when_they_run() -> None:
    assert "nexus.ontology" not in _loaded_after("nexus.resolve.figures")


def test_package_names_still_resolve_and_unknown_ones_fail() -> None:
    from nexus.resolve.events import EventKey

    assert nexus.resolve.EventKey is EventKey
    assert set(nexus.resolve.__all__) <= set(dir(nexus.resolve)) | set(nexus.resolve._HOMES)
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        _ = nexus.resolve.nothing_here

"""Parsed ontology files come from the cache until the file's text changes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from nexus import ontology
from nexus.errors import OntologyError


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("NEXUS_CACHE", str(folder))
    return folder


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records each real YAML parse (cache misses)."""
    seen: list[str] = []
    real = ontology.parse_yaml

    def counting(filename: str, text: str) -> Any:
        seen.append(text)
        return real(filename, text)

    monkeypatch.setattr(ontology, "parse_yaml", counting)
    return seen


WORDS = "hedges:\n  - allegedly\n  - reportedly\n"


def test_same_text_is_parsed_once(cache_home: Path, parses: list[str]) -> None:
    first = ontology.parse_cached("hedges-test.yaml", WORDS)
    again = ontology.parse_cached("hedges-test.yaml", WORDS)
    assert first == again == {"hedges": ["allegedly", "reportedly"]}
    assert parses == [WORDS]


def test_edited_text_is_parsed_afresh(cache_home: Path, parses: list[str]) -> None:
    ontology.parse_cached("hedges-test.yaml", WORDS)
    edited = WORDS + "  - purportedly\n"
    assert ontology.parse_cached("hedges-test.yaml", edited)["hedges"][-1] == "purportedly"
    assert parses == [WORDS, edited]
    assert len(list(cache_home.iterdir())) == 1  # the entry of the old text is replaced


def test_corrupt_entry_is_parsed_again(cache_home: Path, parses: list[str]) -> None:
    ontology.parse_cached("hedges-test.yaml", WORDS)
    for entry in cache_home.iterdir():
        entry.write_bytes(b"\x80\x05broken")
    assert ontology.parse_cached("hedges-test.yaml", WORDS) == {"hedges": ["allegedly", "reportedly"]}
    assert len(parses) == 2


def test_malformed_yaml_is_an_ontology_error_and_is_not_cached(cache_home: Path) -> None:
    with pytest.raises(OntologyError, match=r"broken-test\.yaml"):
        ontology.parse_cached("broken-test.yaml", "actors: [unclosed\n")
    assert not cache_home.exists() or list(cache_home.iterdir()) == []


def test_cached_and_fresh_parses_of_the_shipped_files_agree(cache_home: Path) -> None:
    from importlib import resources

    for path in resources.files("nexus.ontology").iterdir():
        if path.name.endswith(".yaml"):
            text = path.read_text(encoding="utf-8")
            fresh = ontology.parse_yaml(path.name, text)
            assert ontology.parse_cached(path.name, text) == fresh  # built
            assert ontology.parse_cached(path.name, text) == fresh  # loaded

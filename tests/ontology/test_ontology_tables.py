"""Every ontology file loads, and the lexicons the extractors rely on are there."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from nexus import ontology
from nexus.errors import OntologyError

TABLES = sorted(
    p.name
    for p in resources.files("nexus.ontology").iterdir()
    if p.name.endswith(".yaml") and p.name not in ("actors.yaml", "sites.yaml", "demonyms.yaml")
)


@pytest.mark.parametrize("filename", TABLES)
def test_every_table_loads_as_a_mapping(filename: str) -> None:
    assert ontology.table(filename)


def test_every_event_type_of_the_schema_has_triggers() -> None:
    types = ontology.table("events.yaml")["types"]
    schema = {"attack", "claim", "rally", "visit", "meeting", "sanction", "military_action", "statement"}
    assert set(types) == schema
    for spec in types.values():
        assert spec.get("verbs") or spec.get("nouns")
        assert spec.get("plover") and spec.get("cameo") is not None


def test_a_missing_table_is_a_clear_ontology_error() -> None:
    with pytest.raises(OntologyError, match=r"no-such-table\.yaml"):
        ontology.table("no-such-table.yaml")


def test_a_word_list_is_read_lower_case_through_nested_keys() -> None:
    verbs = ontology.words("events.yaml", "modality", "going_on_verbs")
    assert verbs and all(w == w.lower() for w in verbs)
    assert verbs == {str(w).lower() for w in ontology.table("events.yaml")["modality"]["going_on_verbs"]}


def test_an_absent_word_list_is_empty_and_a_list_in_the_path_is_an_error() -> None:
    assert ontology.words("events.yaml", "modality", "no_such_list") == frozenset()
    with pytest.raises(OntologyError, match="does not lead through mappings"):
        ontology.words("events.yaml", "modality", "going_on_verbs", "deeper")


class _KeyCountingLoader(yaml.SafeLoader):
    """A safe loader that records every mapping key met twice in one mapping."""

    repeated: list[str]


def _count_keys(loader: _KeyCountingLoader, node: yaml.MappingNode) -> dict[object, object]:
    seen: set[object] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            loader.repeated.append(f"{key} (line {key_node.start_mark.line + 1})")
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node)


_KeyCountingLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _count_keys)


@pytest.mark.parametrize("filename", TABLES)
def test_no_table_names_one_key_twice(filename: str) -> None:
    """YAML keeps the last of two equal keys silently, so a list written twice under one name
    would lose the first without a word."""
    text = (resources.files("nexus.ontology") / filename).read_text(encoding="utf-8")
    loader = _KeyCountingLoader(text)
    loader.repeated = []
    try:
        loader.get_single_data()
    finally:
        loader.dispose()
    assert loader.repeated == []

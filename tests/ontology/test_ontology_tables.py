"""Every ontology file loads, and the lexicons the extractors rely on are there."""

from __future__ import annotations

from importlib import resources

import pytest

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

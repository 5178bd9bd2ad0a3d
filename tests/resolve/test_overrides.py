"""Manual overrides replay in order on top of automatic ids."""

from __future__ import annotations

from nexus.resolve import Override, apply_overrides, split_entity_id


def test_merge_then_split_replay_in_order() -> None:
    new_id = split_entity_id("a", ["jem"])
    overrides = [Override("merge", "a", "b"), Override("split", "a", new_id, frozenset({"jem"}))]
    assert apply_overrides("b", {"jaish e mohammed"}, overrides) == "a"
    assert apply_overrides("b", {"jem"}, overrides) == new_id
    assert apply_overrides("c", {"jem"}, overrides) == "c"


def test_split_id_is_stable() -> None:
    assert split_entity_id("a", ["x", "y"]) == split_entity_id("a", ["y", "x", "x"])


def test_event_merge_follows_the_absorbed_id_and_its_documents_of_that_type() -> None:
    from nexus.resolve import EventOverride, apply_event_overrides

    merge = EventOverride("merge", "keep", "gone", frozenset({"doc-b"}), "attack")
    assert apply_event_overrides("gone", "doc-z", "attack", [merge]) == "keep"
    assert apply_event_overrides("fresh", "doc-b", "attack", [merge]) == "keep"
    assert apply_event_overrides("fresh", "doc-b", "statement", [merge]) == "fresh"


def test_event_split_moves_only_reports_of_its_documents() -> None:
    from nexus.resolve import EventOverride, apply_event_overrides, split_event_id

    new_id = split_event_id("ev", ["doc-c"])
    assert new_id == split_event_id("ev", ["doc-c", "doc-c"])
    split = EventOverride("split", "ev", new_id, frozenset({"doc-c"}), "attack")
    assert apply_event_overrides("ev", "doc-c", "attack", [split]) == new_id
    assert apply_event_overrides("ev", "doc-d", "attack", [split]) == "ev"

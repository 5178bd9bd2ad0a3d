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

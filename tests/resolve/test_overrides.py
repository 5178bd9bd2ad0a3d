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


def test_an_event_override_naming_reports_moves_only_those_reports() -> None:
    from nexus.resolve import EventOverride, apply_event_overrides
    from nexus.resolve.overrides import ReportRef, sentence_key

    ferry = ReportRef("digest", "evt-1", "sank", sentence_key("The ferry sank off Tarn Point."))
    mine = ReportRef("digest", "evt-2", "exploded", sentence_key("A mine exploded near the ford."))
    merge = EventOverride("merge", "keep", "gone", frozenset({"digest"}), "attack", (ferry,))
    assert apply_event_overrides("fresh", "digest", "attack", [merge], ferry) == "keep"
    assert apply_event_overrides("other", "digest", "attack", [merge], mine) == "other"
    assert apply_event_overrides("gone", "digest", "attack", [merge], mine) == "keep"  # the id still follows


def test_a_report_is_found_again_by_trigger_and_sentence_when_its_offsets_move() -> None:
    from nexus.resolve.overrides import ReportRef, sentence_key

    before = ReportRef("wire", "evt-a", "stormed", sentence_key("Rebels stormed the  depot."))
    moved = ReportRef("wire", "evt-b", "stormed", sentence_key("rebels stormed the depot."))
    other_doc = ReportRef("post", "evt-a", "stormed", before.sentence)
    assert before.matches(moved) and not before.matches(other_doc)
    assert ReportRef.from_json(before.as_json()) == before


def test_an_event_split_naming_reports_leaves_the_others_of_the_document() -> None:
    from nexus.resolve import EventOverride, apply_event_overrides
    from nexus.resolve.overrides import ReportRef

    named = ReportRef("d", "evt-1")
    split = EventOverride("split", "ev", "ev-split", frozenset({"d"}), "attack", (named,))
    assert apply_event_overrides("ev", "d", "attack", [split], named) == "ev-split"
    assert apply_event_overrides("ev", "d", "attack", [split], ReportRef("d", "evt-9")) == "ev"
    assert apply_event_overrides("ev", "d", "attack", [split]) == "ev"  # an unknown report stays

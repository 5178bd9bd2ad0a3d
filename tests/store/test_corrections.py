"""``nexus.store.corrections`` on both backends: the hiding condition, undo, the audit union."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from nexus.errors import StoreError
from nexus.model import Extraction
from nexus.store import Store, corrections, linker, reader
from nexus.store.corrections import CorrectionError
from nexus.store.samples import ExtractionBuilder, place
from nexus.store.schema import events


def ambush(doc_id: str, town: str, lat: float) -> Extraction:
    attack = f"Raiders of the Salt Banner ambushed a patrol near {town}, killing 3 guards."
    feud = f"The Salt Banner fights the Grey Wardens near {town}."
    text = f"{attack} {feud}"
    builder = ExtractionBuilder(doc_id, text, outlet=f"desk {doc_id}", published=date(2022, 7, 9))
    banner = builder.entity("Salt Banner")
    warden = builder.entity("Grey Wardens")
    builder.event(
        "attack", text, date="2022-07-08", at=place(town, country="ZZ", lat=lat, lon=lat), actors=[banner]
    )
    builder.relation(banner, "hostility", warden, feud)
    return builder.build()


def event_ids(store: Store) -> list[str]:
    with store.connect() as connection:
        return [e.id for e in reader.list_events(connection)]


def test_hidden_rows_leave_queries_and_come_back_on_undo(store: Store) -> None:
    store.ingest([ambush("a1", "Oxley", 1.0), ambush("a2", "Penrith", 9.0)])
    first, second = event_ids(store)
    with store.write() as connection:
        made = corrections.mark_wrong(connection, "event", first, "staged footage", "Ines")
    assert event_ids(store) == [second]
    with store.connect() as connection:
        visible = connection.execute(select(events.c.id).where(corrections.visible(events))).scalars().all()
        assert list(visible) == [second]
        rows = connection.execute(select(events).order_by(events.c.id)).all()
        assert [r.id for r in corrections.drop_hidden(connection, "event", rows)] == [second]
        assert len(rows) == 2  # kept in the store
    with store.write() as connection:
        undone = corrections.undo(connection, made.id, "Ines")
    assert undone.active is False and undone.undone_at is not None and undone.undone_at.tzinfo is not None
    assert sorted(event_ids(store)) == sorted([first, second])
    with store.write() as connection, pytest.raises(CorrectionError):
        corrections.undo(connection, made.id, "Ines")


def test_unknown_facts_and_kinds_are_refused(store: Store) -> None:
    store.ingest([ambush("a1", "Oxley", 1.0)])
    with store.write() as connection:
        with pytest.raises(StoreError, match="no relation"):
            corrections.mark_wrong(connection, "relation", "relation-none", "why", "x")
        with pytest.raises(CorrectionError):
            corrections.mark_wrong(connection, "rumour", "x", "why", "x")
        with pytest.raises(CorrectionError):
            corrections.mark_wrong(connection, "event", event_ids(store)[0], "  ", "x")


def test_audit_lists_logged_writes_then_merges_made_without_the_log(store: Store) -> None:
    store.ingest([ambush("a1", "Oxley", 1.0), ambush("a2", "Penrith", 9.0)])
    first, second = event_ids(store)
    with store.write() as connection:
        linker.merge_events(connection, first, second)  # as `nexus event-merge` does: no audit entry
        corrections.mark_wrong(connection, "event", first, "a drill", "Ines")
    with store.connect() as connection:
        entries = corrections.audit_entries(connection)
    assert [(e.action, e.who) for e in entries] == [("correct", "Ines"), ("event-merge", None)]
    assert entries[1].at is None and entries[1].detail["other_id"] == second

    with store.write() as connection:
        linker.merge_events(connection, first, linker.split_event(connection, first, ["a2"]))
        corrections.record_override(connection, "event-merge", first, "Ines", {"keep": first})
    with store.connect() as connection:
        actions = [(e.action, e.who) for e in corrections.audit_entries(connection)]
    # the split has no entry of its own; the logged merge is not listed twice
    assert actions == [
        ("event-merge", "Ines"),
        ("correct", "Ines"),
        ("event-split", None),
        ("event-merge", None),
    ]


def test_who_is_printable_and_bounded() -> None:
    assert corrections.clean_who("  Ana\x00\n Lima ", "token holder") == "Ana Lima"
    assert corrections.clean_who("", "token holder") == "token holder"
    assert len(corrections.clean_who("x" * 500, "-")) == corrections.MAX_WHO

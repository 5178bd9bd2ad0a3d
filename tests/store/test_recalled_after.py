"""A later happening its document recalls only in passing still makes an earlier one told beside
it background (``recalled_later.recalled_after``, read by ``linker.recalled_beside_later``)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace
from typing import Any

from nexus.store.linker import recalled_beside_later, region_named
from nexus.store.recalled_later import recalled_after


def _sibling(event_id: str, kind: str, reported: str | None, etype: str = "attack") -> Any:
    resolution: dict[str, Any] = {"kind": kind}
    if reported is not None:
        resolution["reported_date"] = {"iso": reported, "precision": "day"}
    return SimpleNamespace(event_id=event_id, type=etype, resolution=resolution, evidence_id=None)


def _row() -> dict[str, Any]:
    return {"type": "attack", "date_day": date(2025, 3, 9), "date_precision": "day", "date_iso": "2025-03-09"}


def test_a_later_raid_recalled_in_passing_counts_as_later() -> None:
    siblings = [_sibling("event-raid", "mention", "2025-03-13")]
    assert recalled_after(_row(), "event-abduction", date(2025, 3, 9), siblings)


def test_an_earlier_recollection_does_not_count() -> None:
    siblings = [_sibling("event-raid", "mention", "2025-03-02")]
    assert not recalled_after(_row(), "event-abduction", date(2025, 3, 9), siblings)


def test_a_recollection_of_the_same_event_does_not_count() -> None:
    siblings = [_sibling("event-abduction", "mention", "2025-03-13")]
    assert not recalled_after(_row(), "event-abduction", date(2025, 3, 9), siblings)


def test_a_recollection_of_another_type_does_not_count() -> None:
    siblings = [_sibling("event-talks", "mention", "2025-03-13", etype="meeting")]
    assert not recalled_after(_row(), "event-abduction", date(2025, 3, 9), siblings)


def test_news_of_the_document_is_not_a_recollection() -> None:
    siblings = [_sibling("event-raid", "same", None)]
    assert not recalled_after(_row(), "event-abduction", date(2025, 3, 9), siblings)


def test_the_linker_reads_the_earlier_report_as_recalled() -> None:
    row = {**_row(), "evidence_id": "ev-2"}
    joined = SimpleNamespace(day=date(2025, 3, 9))
    siblings = [_sibling("event-raid", "mention", "2025-03-13")]
    assert recalled_beside_later(row, "event-abduction", joined, siblings)  # type: ignore[arg-type]


def test_a_township_named_for_its_town_is_a_division() -> None:
    sentence = "A jet bombed a school in Velmora township on Friday, a day after shelling nearby."
    assert region_named(sentence, "Velmora", bare=True)

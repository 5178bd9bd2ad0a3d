"""A happening recalled in passing before its document's news is background, even told first.

The texts are written for this test and go through the whole pipeline, then the store. A
report of the later incident that recalls the earlier one ("a week after a bomb attack on the
bus park") is stored before any report of the earlier incident: its recollection must not be
stored as news (it sets no date, place or toll), and the earlier incident's own report, stored
after it, must be an event of its own beside the later incident.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from nexus.model import Extraction
from nexus.store import Store, open_store
from nexus.store.backrefs import recalled_before_news

LATER = (
    "2024-03-19",
    "NAKURU, Kenya - Gunmen attacked a police post in Molo on Tuesday, killing two officers, police "
    "said, a week after a bomb attack on the bus park in the same town in which six people died.",
)
EARLIER = (
    "2024-03-12",
    "A bomb exploded at the bus park in Molo on Tuesday, killing six people and wounding 14, police said.",
)


@pytest.fixture(scope="module")
def stored(
    extract: Callable[..., Extraction], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Store, list[Extraction]]]:
    extractions = [extract(text, published=day) for day, text in (LATER, EARLIER)]  # the recall first
    store = open_store(f"sqlite:///{Path(tmp_path_factory.mktemp('recall-first')) / 'kb.db'}")
    store.ingest(extractions)
    yield store, extractions
    store.close()


def test_a_recollection_stored_before_its_incident_is_a_mention(
    stored: tuple[Store, list[Extraction]], attack_reports: Callable[[Store, Extraction], list[Any]]
) -> None:
    store, (later, _) = stored
    reports = attack_reports(store, later)
    news = [r for r in reports if r.date_iso == "2024-03-19"]
    recalled = [r for r in reports if r.date_iso != "2024-03-19"]
    assert news and all(r.resolution["kind"] != "mention" for r in news)
    assert recalled and all(r.resolution["kind"] == "mention" for r in recalled)
    assert {r.event_id for r in news}.isdisjoint(r.event_id for r in recalled)


def test_the_earlier_incident_is_not_the_later_ones_event(
    stored: tuple[Store, list[Extraction]], attack_reports: Callable[[Store, Extraction], list[Any]]
) -> None:
    store, (later, earlier) = stored
    told = [r for r in attack_reports(store, earlier) if r.resolution["kind"] != "mention"]
    assert told and all(r.date_iso == "2024-03-12" for r in told)
    news = {r.event_id for r in attack_reports(store, later) if r.resolution["kind"] != "mention"}
    assert news.isdisjoint(r.event_id for r in told)


def _row(
    kind: str, day: date | None, precision: str | None = "day", killed: int | None = 2
) -> dict[str, Any]:
    return {"type": kind, "date_day": day, "date_precision": precision, "killed": killed}


@pytest.mark.parametrize(
    ("others", "expected"),
    [
        ([_row("attack", date(2024, 3, 19))], True),  # the news a week later
        ([_row("attack", date(2024, 3, 12))], False),  # the same day: not a later news
        ([_row("attack", date(2024, 3, 5))], False),  # an older one
        ([_row("attack", date(2024, 3, 19), "month")], False),  # a month is no day after it
        ([_row("protest", date(2024, 3, 19))], False),  # news of another kind: a follow-up
        ([_row("attack", date(2024, 3, 19), killed=None)], False),  # no toll: "raids went on"
        ([], False),
    ],
)
def test_recalled_before_news_needs_a_later_day_of_a_kindred_type(
    others: list[dict[str, Any]], expected: bool
) -> None:
    assert recalled_before_news(_row("attack", date(2024, 3, 12)), others) is expected


def test_a_recollection_dated_only_by_its_month_is_left_to_the_other_gates() -> None:
    recall = _row("attack", date(2024, 3, 1), "month")
    assert not recalled_before_news(recall, [_row("attack", date(2024, 3, 19))])

"""A happening told by a clause a span of days before a cue ("five days after gunmen stormed the
clinic in the same town") is recalled in passing, verb and all: ``backrefs.recalled_after_interval``.

The texts are written for this test and go through the whole pipeline, then the store. A report
of the later incident that recalls the earlier one by such a clause is stored before any report of
the earlier incident: its recollection founds no news event of its own day (it is a mention), and
the earlier incident's own report, stored after it, is an event apart from the later incident.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from nexus.model import Extraction
from nexus.store import Store, open_store
from nexus.store.backrefs import recalled_after_interval

LATER = (
    "2024-06-21",
    "KISUMU, Kenya - Three drinkers were killed on Friday when a grenade was thrown into a bar in "
    "Awendo, police said. The blast came five days after gunmen stormed the clinic in the same town, "
    "killing four nurses.",
)
EARLIER = (
    "2024-06-16",
    "Gunmen stormed a clinic in Awendo on Sunday night, killing four nurses and a guard, police said.",
)


@pytest.fixture(scope="module")
def stored(
    extract: Callable[..., Extraction], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Store, list[Extraction]]]:
    extractions = [extract(text, published=day) for day, text in (LATER, EARLIER)]  # the recall first
    store = open_store(f"sqlite:///{Path(tmp_path_factory.mktemp('interval-recall')) / 'kb.db'}")
    store.ingest(extractions)
    yield store, extractions
    store.close()


def test_a_clause_recalled_after_an_interval_is_no_news_of_its_document(
    stored: tuple[Store, list[Extraction]], attack_reports: Callable[[Store, Extraction], list[Any]]
) -> None:
    store, (later, earlier) = stored
    reports = attack_reports(store, later)
    news = {r.event_id for r in reports if r.date_iso == "2024-06-21"}
    recalled = [r for r in reports if r.date_iso != "2024-06-21"]
    assert news and recalled
    assert all(r.resolution["kind"] == "mention" for r in recalled)
    told = [r for r in attack_reports(store, earlier) if r.resolution["kind"] != "mention"]
    assert told and news.isdisjoint(r.event_id for r in told)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Two were shot on Monday, four days after militants raided the depot.", "raided", True),
        ("The market reopened a week after a car bombing near the gate killed 12.", "bombing", True),
        ("Fighting resumed two weeks since rebels overran the camp at Odiga.", "overran", True),
        ("Patrols returned a fortnight after bandits burned the granary.", "burned", True),
        # a span before "before" tells a later happening, no recollection
        ("Two were shot on Monday, four days before militants raided the depot.", "raided", False),
        # a bare "after" may open the news itself
        ("Nine villagers died after gunmen raided the depot on Monday.", "raided", False),
        # the trigger before the cue is the sentence's own news
        ("Militants raided the depot on Monday, four days after the curfew ended.", "raided", False),
        # punctuation closes the clause before the trigger
        ("Four days after the vote, gunmen raided the depot.", "raided", False),
        ("Two days after the rally police arrested six men who had raided the depot.", "raided", False),
    ],
)
def test_recalled_after_interval_reads_a_span_then_a_cue_then_the_clause(
    sentence: str, trigger: str, expected: bool
) -> None:
    assert recalled_after_interval(sentence, trigger) is expected

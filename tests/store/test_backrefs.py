"""Back-references: a report that recalls a known incident in passing joins it as a mention.

The texts are written for this test and go through the whole pipeline, then the store: a
market bombing, then later reports that name it in passing ("after the market bombing",
"days after the blast at the cattle market"), and one that names a bombing somewhere else.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from nexus.model import Extraction
from nexus.store import Store, open_store, reader
from nexus.store.backrefs import passing_reference, recall_window, told_beside
from nexus.store.schema import event_reports, events

BOMBING = (
    "2023-02-06",
    "ILORIN, Nigeria - A bomb exploded at the Oja Oba cattle market in Ilorin on Sunday, killing 11 "
    "traders and wounding 25, police said.",
)
RECALLS = [
    (
        "2023-02-10",
        "Traders in Ilorin kept their stalls shut on Thursday after the Oja Oba market bombing, and "
        "police mounted new checkpoints across the city.",
    ),
    (
        "2023-02-11",
        "Shops stayed closed in Ilorin on Friday, a week after the bombing that killed 9 traders at the "
        "Oja Oba market.",
    ),
]
ELSEWHERE = (
    "2023-02-12",
    "Mourners gathered in Sokoto on Saturday after the bus station bombing in Sokoto, officials said.",
)


@pytest.fixture(scope="module")
def stored(
    extract: Callable[..., Extraction], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Store, list[Extraction]]]:
    extractions = [extract(text, published=day) for day, text in (BOMBING, *RECALLS, ELSEWHERE)]
    store = open_store(f"sqlite:///{Path(tmp_path_factory.mktemp('backrefs')) / 'kb.db'}")
    store.ingest(extractions)
    yield store, extractions
    store.close()


def _attacks(store: Store, extraction: Extraction) -> list[Any]:
    with store.connect() as connection:
        return list(
            connection.execute(
                select(event_reports).where(
                    event_reports.c.doc_id == extraction.document.id, event_reports.c.type == "attack"
                )
            ).all()
        )


def test_recalled_bombings_join_the_bombing_as_mentions(stored: tuple[Store, list[Extraction]]) -> None:
    store, (bombing, *recalls, _) = stored
    (original,) = _attacks(store, bombing)
    for recall in recalls:
        (report,) = _attacks(store, recall)
        assert report.event_id == original.event_id
        assert report.resolution["kind"] == "mention"
        assert "told in passing" in " ".join(report.resolution["why"])
        assert report.date_precision == "month"  # coarser than the event's day: background to it


def test_a_recollection_sets_neither_the_date_nor_the_toll(stored: tuple[Store, list[Extraction]]) -> None:
    store, (bombing, *_rest) = stored
    (original,) = _attacks(store, bombing)
    with store.connect() as connection:
        event = connection.execute(select(events).where(events.c.id == original.event_id)).one()
        record = reader.event_detail(connection, original.event_id)
    assert event.date_iso == "2023-02-05" and event.n_reports == 3
    assert not event.contradictory  # the recalled 9 is background, not a rival count of the 11
    assert record is not None and record.figures["killed"].values == [11]


def test_a_bombing_recalled_in_another_city_stays_its_own_event(
    stored: tuple[Store, list[Extraction]],
) -> None:
    store, (bombing, *_recalls, elsewhere) = stored
    (original,) = _attacks(store, bombing)
    (report,) = _attacks(store, elsewhere)
    assert report.event_id != original.event_id
    assert report.resolution["kind"] == "new"


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Curfews followed in the weeks since the Harbour Road attack.", "attack", True),
        ("The bloodshed came a month after last week's ambush near the ford.", "ambush", True),
        ("Rallies were held avenging the raid on the depot.", "raid", True),
        ("Police cordoned off the area after a blast killed nine people.", "blast", False),
        ("Troops withdrew after gunmen stormed the camp.", "stormed", False),
        ("A spokesman said after the meeting that the bombing was condemned.", "bombing", False),
        ("The bombing killed nine people at the depot.", "bombing", False),
        ("Detectives said the explosion at the ferry terminal last week used a timer.", "explosion", True),
        ("The ambush three weeks ago still weighs on the valley.", "ambush", True),
        ("An explosion at the ferry terminal killed four on Monday.", "explosion", False),
    ],
)
def test_passing_reference_reads_a_cue_then_a_noun_phrase(
    sentence: str, trigger: str, expected: bool
) -> None:
    assert passing_reference(sentence, trigger) is expected


def test_the_recall_window_ends_at_the_reports_day_and_skips_coarse_dates() -> None:
    from datetime import date

    window = recall_window({"date_text": None, "date_day": date(2023, 2, 10), "published": date(2023, 2, 10)})
    assert window is not None and window[0] < date(2023, 1, 1) < date(2023, 2, 10) < window[1]
    assert (
        recall_window({"date_text": "May 2022", "date_precision": "month", "date_day": date(2022, 5, 1)})
        is None
    )


FIRST_ASSAULT = (
    "2024-03-03",
    "Jihadist fighters attacked the town of Niono in central Mali on Saturday, killing at least 20 "
    "people and burning the market, local officials said.",
)
NEXT_AMBUSH = (
    "2024-03-10",
    "BAMAKO, March 10 (Sahel Wire) - Gunmen ambushed an army convoy on Saturday, killing six soldiers, "
    "the army said, a week after a jihadist assault on the town left 20 people dead.",
)


@pytest.fixture(scope="module")
def datelined(
    extract: Callable[..., Extraction], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Store, list[Extraction]]]:
    extractions = [extract(text, published=day) for day, text in (FIRST_ASSAULT, NEXT_AMBUSH)]
    store = open_store(f"sqlite:///{Path(tmp_path_factory.mktemp('datelined')) / 'kb.db'}")
    store.ingest(extractions)
    yield store, extractions
    store.close()


def test_a_recall_placed_by_the_dateline_only_is_a_mention_not_news(
    datelined: tuple[Store, list[Extraction]],
) -> None:
    """The recalled assault's sentence names no place of its own but the filing city's: that place is
    the document's, so the recall is matched as an unplaced one (a shared target) and joins the
    first assault as background, not as a report of it."""
    store, (first, later) = datelined
    (original,) = _attacks(store, first)
    reports = _attacks(store, later)
    recalled = [r for r in reports if r.event_id == original.event_id]
    assert recalled and all(r.resolution["kind"] == "mention" for r in recalled)
    news = [r for r in reports if r.event_id != original.event_id]
    assert news and all(r.resolution["kind"] != "mention" for r in news)


VILLAGE_MASSACRE = (
    "2024-08-06",
    "Gunmen killed 17 villagers in an attack on a village outside Marawi on Monday, the army said.",
)


def _sheltering(killed: int) -> tuple[str, str]:
    return (
        "2024-08-10",
        "Displaced families from the village are sheltering in schools in Iligan, five days after the "
        f"massacre in which {killed} villagers were killed.",
    )


@pytest.fixture(scope="module")
def nearby(
    extract: Callable[..., Extraction], tmp_path_factory: pytest.TempPathFactory
) -> Callable[[int], tuple[Any, list[Any]]]:
    original = extract(VILLAGE_MASSACRE[1], published=VILLAGE_MASSACRE[0])

    def run(killed: int) -> tuple[Any, list[Any]]:
        day, text = _sheltering(killed)
        later = extract(text, published=day)
        store = open_store(f"sqlite:///{Path(tmp_path_factory.mktemp('nearby')) / 'kb.db'}")
        try:
            store.ingest([original, later])
            (first,) = _attacks(store, original)
            return first, _attacks(store, later)
        finally:
            store.close()

    return run


def test_a_recollection_told_from_a_town_nearby_joins_the_massacre_by_its_toll(
    nearby: Callable[[int], tuple[Any, list[Any]]],
) -> None:
    """Told from the town some 25 km off where the survivors fled, the massacre is recognised by the
    toll both give: a mention of it, not a new event."""
    first, recalls = nearby(17)
    assert recalls and all(r.event_id == first.event_id for r in recalls)
    assert all(r.resolution["kind"] == "mention" for r in recalls)


def test_a_recollection_from_a_town_nearby_with_another_toll_is_not_that_massacre(
    nearby: Callable[[int], tuple[Any, list[Any]]],
) -> None:
    first, recalls = nearby(9)
    assert recalls and all(r.event_id != first.event_id for r in recalls)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The raid came hours after a car bombing at the Kestrel Road checkpoint.", True),
        ("It happened on the same day as an ambush on a convoy in the hills.", True),
        ("Hours after the vote, gunmen killed six people in the square.", False),
        ("The same day as the council met, rains flooded the valley.", False),
        ("Gunmen killed six people at the market hours after dawn.", False),
    ],
)
def test_told_beside_reads_a_same_day_cue_then_an_event_noun(sentence: str, expected: bool) -> None:
    assert told_beside(sentence) is expected

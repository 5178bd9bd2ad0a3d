"""A happening a report sets at an unnamed place apart from its document's news joins its stored
event as background (``elsewhere_beside``, read by ``linker.link_event``)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace
from typing import Any

from nexus.store.elsewhere_beside import elsewhere_beside_news, set_elsewhere

SENTENCE = "The agency said it had also heard of a shelling of a clinic in a neighbouring township on Friday."


def _news(event_id: str, day: date) -> Any:
    return SimpleNamespace(event_id=event_id, date_day=day, date_precision="day")


def _row(place: str | None = None) -> dict[str, Any]:
    return {
        "type": "military_action",
        "date_day": date(2025, 6, 13),
        "date_precision": "day",
        "place_name": place,
    }


def test_an_unnamed_neighbouring_place_sets_a_happening_apart() -> None:
    assert set_elsewhere(SENTENCE)
    assert set_elsewhere("Gunmen then burned the granaries in a nearby hamlet.")


def test_a_named_neighbouring_place_or_none_does_not() -> None:
    assert not set_elsewhere("Gunmen then raided neighbouring Tolvasi and burned the granaries.")
    assert not set_elsewhere("Gunmen raided the market of Tolvasi at dawn.")
    assert not set_elsewhere(None)


def test_a_happening_set_elsewhere_beside_the_news_of_the_day_before_is_background() -> None:
    news = [_news("event-market", date(2025, 6, 12))]
    assert elsewhere_beside_news(_row(), "event-clinic", news, SENTENCE)


def test_the_news_itself_or_a_placed_report_is_not() -> None:
    news = [_news("event-clinic", date(2025, 6, 12))]
    assert not elsewhere_beside_news(_row(), "event-clinic", news, SENTENCE)
    news = [_news("event-market", date(2025, 6, 12))]
    assert not elsewhere_beside_news(_row("Tolvasi"), "event-clinic", news, SENTENCE)


def test_news_far_from_its_day_does_not_set_it_apart() -> None:
    news = [_news("event-market", date(2025, 5, 20))]
    assert not elsewhere_beside_news(_row(), "event-clinic", news, SENTENCE)

"""Event identity, session 24: near misses that share a group, a night or a town stay two events.

Two towns a gazetteer places 30 km or more apart, each side dating its happening to the day itself,
are two scenes unless a figure ties them (``towns_apart``); two own day dates two or more days
apart whose targets are of different kinds are two happenings (``targets_apart``). A report that
recalls the same day's attack on another town "earlier the same day" is background to it
(``backrefs.dated_by_the_news``). Places and incidents are invented (coordinates only need their
distances).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from nexus.resolve import EventKey, PlaceKey
from nexus.resolve.events import score_pair, targets_apart, towns_apart
from nexus.store.backrefs import dated_by_the_news

DAY = date(2026, 3, 8)
#: two towns about 38 km apart (0.34 degrees of latitude), and a village 8 km from the first
KELMO = PlaceKey("Kelmo", "city", "NG", "Borno", 12.00, 13.50)
DASTRA = PlaceKey("Dastra", "city", "NG", "Borno", 12.34, 13.50)
VELLA = PlaceKey("Vella", "city", "NG", "Borno", 12.07, 13.50)


def attack(day: date, place: PlaceKey | None, **kw: Any) -> EventKey:
    return EventKey("attack", day, place=place, **kw)


def test_two_towns_far_apart_the_same_night_are_two_scenes() -> None:
    camp = attack(DAY, KELMO, actors=frozenset({"g"}), figures=frozenset({("killed", 7)}))
    base = attack(DAY, DASTRA, actors=frozenset({"g"}), figures=frozenset({("killed", 9)}))
    assert score_pair(base, camp) is None
    # a figure both give ties them (an outlet placing the scene at the next town)
    tied = replace_figures(base, {("killed", 7)})
    assert score_pair(tied, camp) is not None
    # a village by the town, or a side dated only by publication, may still be the one scene
    assert score_pair(attack(DAY, VELLA, actors=frozenset({"g"})), camp) is not None
    published = attack(DAY, DASTRA, actors=frozenset({"g"}), from_publication=True)
    assert not towns_apart(published, camp, "38 km apart")
    # a dateline's town is not the scene the report names
    assert not towns_apart(EventKey("attack", DAY, place=DASTRA, place_borrowed=True), camp, "38 km apart")


def replace_figures(key: EventKey, figures: set[tuple[str, int]]) -> EventKey:
    from dataclasses import replace

    return replace(key, figures=frozenset(figures))


def test_targets_of_different_kinds_days_apart_are_two_happenings() -> None:
    ambush = attack(DAY, KELMO, actors=frozenset({"g"}), targets=frozenset({"convoy", "road"}))
    raid = attack(date(2026, 3, 10), KELMO, actors=frozenset({"g"}), targets=frozenset({"barrack"}))
    assert targets_apart(raid, ambush)
    assert score_pair(raid, ambush) is None
    # the next day, a target of no known kind, or a shared kind: no such gate
    assert not targets_apart(replace_day(raid, date(2026, 3, 9)), ambush)
    assert not targets_apart(replace_targets(raid, {"farmer"}), ambush)
    assert not targets_apart(replace_targets(raid, {"patrol"}), ambush)  # a patrol and a convoy: one kind


def replace_day(key: EventKey, day: date) -> EventKey:
    from dataclasses import replace

    return replace(key, day=day)


def replace_targets(key: EventKey, targets: set[str]) -> EventKey:
    from dataclasses import replace

    return replace(key, targets=frozenset(targets))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The same gang, which had raided a farm near the river earlier that day, fled north.", True),
        ("Police said the gunmen had struck a checkpoint in the next district later the same night.", True),
        ("Gunmen killed six at the market on Sunday, police said.", False),
        ("Earlier this year the town was attacked twice.", False),
    ],
)
def test_a_happening_dated_by_the_news_of_its_day(sentence: str, expected: bool) -> None:
    assert dated_by_the_news(sentence) is expected

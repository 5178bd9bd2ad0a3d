"""Two reports of one sentence placed at two towns are two happenings; a sentence that sets its
happening apart from another ("distinct from the raid on X", "unrelated to the ambush") tells that
other one beside its news. Towns are invented (coordinates only need their distances)."""

from __future__ import annotations

from datetime import date
from typing import Any

from nexus.resolve import EventKey, PlaceKey
from nexus.resolve.events import score_pair
from nexus.store.backrefs import set_apart, told_beside

DAY = date(2026, 5, 2)
#: two towns about 18 km apart (0.16 degrees of latitude), and a spelling of the first
BRANNOCK = PlaceKey("Brannock", "city", "HT", "Centre", 19.00, -72.10)
LUSSEN = PlaceKey("Lussen", "city", "HT", "Centre", 19.16, -72.10)
BRANOCK = PlaceKey("Branock", "city", "HT", "Centre", None, None)
PROVINCE = PlaceKey("Centre", "admin", "HT", "Centre", 19.10, -72.00)


def attack(place: PlaceKey | None, **kw: Any) -> EventKey:
    return EventKey("attack", DAY, place=place, **kw)


def test_a_second_report_of_one_sentence_at_another_town_is_another_happening() -> None:
    news = attack(BRANNOCK, sentences=frozenset({"s1"}), figures=frozenset({("killed", 4)}))
    other = attack(LUSSEN, sentences=frozenset({"s1"}))
    assert score_pair(other, news) is None
    # told by another sentence, the same pair may be one scene placed at the next town
    assert score_pair(attack(LUSSEN, sentences=frozenset({"s2"})), news) is not None


def test_one_sentence_at_one_town_or_a_region_holding_it_is_not_set_apart() -> None:
    news = attack(BRANNOCK, sentences=frozenset({"s1"}), figures=frozenset({("killed", 4)}))
    assert score_pair(attack(BRANNOCK, sentences=frozenset({"s1"})), news) is not None
    assert score_pair(attack(BRANOCK, sentences=frozenset({"s1"})), news) is not None
    assert score_pair(attack(PROVINCE, sentences=frozenset({"s1"})), news) is not None


def test_words_setting_a_happening_apart_tell_it_beside_the_news() -> None:
    assert told_beside("Two guards died at the depot, in an attack distinct from the raid on the mill.")
    assert told_beside("The blast was unrelated to the ambush of a patrol near the river, police said.")
    assert set_apart("Officers called the shooting independent of the bombing at the bus station.")
    # no happening named after the words: nothing is set apart
    assert not told_beside("The army said its figures were different from those of the ministry.")

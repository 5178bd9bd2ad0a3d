"""The day a happening was reported is no day of it, and a day that opens a sentence tells
another incident: the happening takes the day (and town) of the sentence that follows its
doers or names its scene back (``coreference._scene_told_next``, ``scene_after_report``), and
an incident opened by a day of its own stays apart from the one before, even a day off."""

from __future__ import annotations

from typing import Any


def test_a_toll_placed_in_a_country_takes_the_day_and_town_the_doers_are_told_with(
    extract: Any, attack_rows: Any
) -> None:
    text = (
        "Eleven herders were shot dead in an assault in northern Chad, the interior minister "
        "announced on Friday. The gunmen overran the cattle camp at Brelloc late on Wednesday."
    )
    assert attack_rows(extract(text, published="2025-04-19")) == [("2025-04-16", "Brelloc", 11)]


def test_a_definite_settlement_names_back_the_scene_of_a_reported_raid(
    extract: Any, attack_rows: Any
) -> None:
    text = (
        "The governor of Niger's Tillaberi region announced on Friday that ten farmers had been "
        "killed in a raid on Ombrevale. Bandits attacked the settlement early on Wednesday, elders said."
    )
    assert attack_rows(extract(text, published="2025-04-19")) == [("2025-04-16", "Ombrevale", 10)]


def test_the_doers_followed_with_a_day_but_no_trigger_date_the_happening(
    extract: Any, attack_rows: Any
) -> None:
    text = (
        "Twenty pilgrims were killed by gunmen in northern Mali, local officials announced on "
        "Friday. The armed men reached the shrine at Delmora shortly after midnight on Tuesday."
    )
    assert attack_rows(extract(text, published="2025-04-19")) == [("2025-04-15", "Delmora", 20)]


def test_doers_followed_with_a_later_day_leave_the_reported_day(extract: Any, attack_rows: Any) -> None:
    text = (
        "Twenty pilgrims were killed by gunmen in northern Mali, local officials announced on "
        "Friday. The armed men were still at large on Saturday, the army said."
    )
    told = attack_rows(extract(text, published="2025-04-20"))
    assert [day for day, _, _ in told] == ["2025-04-18"]


def test_an_incident_opened_by_its_own_day_stays_apart_a_day_off(extract: Any, attack_rows: Any) -> None:
    text = (
        "A parcel bomb wounded four clerks at a tax office in Kandahar on Friday. "
        "On Thursday, a gunman had shot dead two money changers near a bazaar in that city."
    )
    told = attack_rows(extract(text, published="2025-04-19"))
    assert ("2025-04-17", "Kandahar", 2) in told
    assert len(told) == 2


def test_an_earlier_incident_on_the_city_is_placed_in_it(extract: Any, attack_rows: Any) -> None:
    text = (
        "Five guards died on Friday when a truck bomb struck the gate of a prison in Kandahar, "
        "officials said. It was the third deadly attack on the city this month: on Wednesday, "
        "a rocket fired into a bus depot killed two drivers."
    )
    told = attack_rows(extract(text, published="2025-04-19"))
    assert ("2025-04-16", "Kandahar", 2) in told
    assert ("2025-04-18", "Kandahar", 5) in told

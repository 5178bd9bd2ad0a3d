"""Tolls (session 36): a rise told as taking the dead to a figure; a breakdown set off by dashes."""

from __future__ import annotations

from typing import Any


def tolls(extraction: Any) -> list[tuple[str, tuple[int, str] | None, tuple[int, str] | None]]:
    """(type, killed, injured) of every violent event, figures as (value, qualifier)."""

    def figure(count: Any) -> tuple[int, str] | None:
        return None if count is None else (count.value, count.qualifier)

    return sorted(
        (e.type, figure(e.killed), figure(e.injured))
        for e in extraction.events
        if e.type in ("attack", "military_action")
    )


# --------------------------------------------------------------------------- 'take the dead to N'


def test_a_rise_told_as_taking_the_dead_to_a_figure_is_the_toll(extract: Any) -> None:
    text = (
        "Gunmen attacked an army post on the island of Kiri, near Bol, early on Monday, killing five "
        "soldiers and wounding eight, the army said.\n"
        "Two of the wounded soldiers died in hospital overnight, a nurse said on Wednesday, which would "
        "take the army's dead to seven."
    )
    ((_, killed, _),) = tolls(extract(text, published="2026-07-08"))
    assert killed == (7, "exact")


def test_bringing_the_dead_to_a_figure_is_the_toll(extract: Any) -> None:
    text = (
        "Gunmen attacked a police post near Bannu on Monday, killing four policemen and wounding 12, "
        "officials said. Two more bodies were found on Tuesday, bringing the dead to six."
    )
    ((_, killed, _),) = tolls(extract(text, published="2026-07-08"))
    assert killed == (6, "exact")


def test_taking_the_wounded_to_hospitals_counts_no_one(extract: Any) -> None:
    text = (
        "Gunmen attacked a police post near Bannu on Monday, killing four policemen and wounding 12, "
        "officials said. Ambulances took the wounded to two hospitals in Bannu."
    )
    assert tolls(extract(text, published="2026-07-08")) == [("attack", (4, "exact"), (12, "exact"))]


# --------------------------------------------------------------------------- a breakdown after a dash


def test_groups_set_off_by_a_dash_break_the_total_down(extract: Any) -> None:
    text = (
        "Gunmen killed 14 people in a raid on the village of Koulpelogo in eastern Burkina Faso late on "
        "Tuesday, local sources said.\n"
        "An official gave a provisional toll of nine dead on Wednesday morning. By Thursday, after search "
        "parties brought back bodies, the figure had climbed to 14 - 11 militia members and three "
        "civilians - the official said."
    )
    ((_, killed, _),) = tolls(extract(text, published="2026-07-09"))
    assert killed == (14, "exact")


def test_a_spaced_dash_between_rising_numbers_is_still_a_range(extract: Any) -> None:
    text = "Gunmen killed 30 - 35 villagers in a raid on Koulpelogo in eastern Burkina Faso late on Tuesday."
    ((_, killed, _),) = tolls(extract(text, published="2026-07-09"))
    assert killed == (30, "at_least")

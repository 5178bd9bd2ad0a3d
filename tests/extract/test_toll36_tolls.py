"""Tolls (session 36): a headline's floor does not qualify the body's exact figure."""

from __future__ import annotations

from typing import Any

from nexus.extract.tolls import latest
from nexus.model import Count


def tolls(extraction: Any) -> list[tuple[str, tuple[int, str] | None, tuple[int, str] | None]]:
    """(type, killed, injured) of every violent event, figures as (value, qualifier)."""

    def figure(count: Any) -> tuple[int, str] | None:
        return None if count is None else (count.value, count.qualifier)

    return sorted(
        (e.type, figure(e.killed), figure(e.injured))
        for e in extraction.events
        if e.type in ("attack", "military_action")
    )


# --------------------------------------------------------------------------- a headline's floor


def test_a_headline_floor_leaves_the_body_figure_exact(extract: Any) -> None:
    text = (
        "Convoy ambush near Kaya kills at least 27 soldiers\n\n"
        "KAYA, July 11 (Test Wire) - Gunmen ambushed a supply convoy near the village of Barsalogho on "
        "Wednesday, killing 27 soldiers, security sources said on Friday."
    )
    assert tolls(extract(text, published="2026-07-11")) == [("attack", (27, "exact"), None)]


def test_a_body_floor_still_qualifies_the_headline_figure(extract: Any) -> None:
    text = (
        "Ranger killed, 11 hurt in blast near Garissa\n\n"
        "GARISSA, July 11 (Test Wire) - A roadside bomb hit a ranger patrol near Garissa on Wednesday, "
        "killing one ranger and wounding at least 11 people, police said."
    )
    ((_, _, injured),) = tolls(extract(text, published="2026-07-11"))
    assert injured == (11, "at_least")


def test_latest_takes_a_floor_only_from_a_zone_at_least_as_trusted() -> None:
    headline_floor = Count(value=27, qualifier="at_least", text="at least 27")
    body_exact = Count(value=27, qualifier="exact", text="27")
    # (rank: 4 * currency + 2 if the event's own sentence + 1 if in the body)
    best, _ = latest([headline_floor, body_exact], [6, 7])
    assert (best.value, best.qualifier) == (27, "exact")
    best, _ = latest([body_exact, Count(value=27, qualifier="at_least", text="at least 27")], [7, 7])
    assert (best.value, best.qualifier) == (27, "at_least")


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

"""An early count told the day of the happening is no clash with the later toll (session 31)."""

from __future__ import annotations

from datetime import date

from nexus.resolve.events import EventKey, PlaceKey, early_count, figure_score, same_event

SUNDAY = date(2026, 3, 1)
MARKET = PlaceKey("Tarija", "city", "BO", "Tarija", -21.53, -64.73)


def report(killed: int, published: date, day: date = SUNDAY) -> EventKey:
    return EventKey("attack", day, place=MARKET, figures=frozenset({("killed", killed)}), published=published)


def event(*killed: int) -> EventKey:
    return EventKey("attack", SUNDAY, place=MARKET, figures=frozenset(("killed", k) for k in killed))


def test_hours_old_figures_below_the_later_toll_are_an_early_count() -> None:
    assert early_count(report(2, SUNDAY), event(19, 23), ["killed"])
    score, reason = figure_score(report(2, SUNDAY), event(19, 23))
    assert score > 0.0 and reason.startswith("an early count")
    assert same_event(report(2, SUNDAY), event(19, 23))


def test_figures_far_apart_told_days_later_still_clash() -> None:
    later = report(2, date(2026, 3, 3))
    assert not early_count(later, event(19, 23), ["killed"])
    assert figure_score(later, event(19, 23)) == (0.0, "figures far apart (killed)")


def test_a_same_day_count_above_the_others_is_no_early_count() -> None:
    assert not early_count(report(40, SUNDAY), event(3), ["killed"])

"""A later, higher toll from another outlet is an update over time; a gap of the attackers'
dead is explained; figures of one day that cannot both hold stay incompatible."""

from __future__ import annotations

from datetime import date

from nexus.resolve import ReportedFigure, summarize


def toll(
    value: int, outlet: str, day: int, *, attackers: int | None = None, qualifier: str = "exact"
) -> ReportedFigure:
    return ReportedFigure(
        value=value,
        qualifier=qualifier,
        report_id=f"r-{outlet}-{day}",
        doc_id=f"d-{outlet}-{day}",
        source=f"d-{outlet}-{day}",
        outlet=outlet,
        published=date(2021, 11, day),
        attackers_killed=attackers,
    )


def test_a_toll_that_rose_between_two_outlets_days_differs_but_is_compatible() -> None:
    summary = summarize("killed", [toll(52, "Harbour Gazette", 8), toll(71, "Plains Courier", 10)])
    assert summary is not None
    assert summary.differs and not summary.contradiction
    assert summary.latest.value == 71


def test_a_later_lower_toll_is_still_incompatible() -> None:
    summary = summarize("killed", [toll(71, "Harbour Gazette", 8), toll(52, "Plains Courier", 10)])
    assert summary is not None and summary.contradiction


def test_two_outlets_the_same_day_cannot_both_hold() -> None:
    summary = summarize("killed", [toll(52, "Harbour Gazette", 9), toll(71, "Plains Courier", 9)])
    assert summary is not None and summary.contradiction


def test_a_toll_that_counts_the_attackers_is_not_a_contradiction() -> None:
    # One outlet: 17 dead in all; the other: 14 victims, and says the 3 gunmen were killed.
    figures = [toll(17, "Harbour Gazette", 9), toll(14, "Plains Courier", 9, attackers=3)]
    summary = summarize("killed", figures)
    assert summary is not None and summary.differs and not summary.contradiction
    # Without the attackers' number the same gap is a contradiction.
    plain = summarize("killed", [toll(17, "Harbour Gazette", 9), toll(14, "Plains Courier", 9)])
    assert plain is not None and plain.contradiction


def test_an_update_does_not_hide_an_incompatible_pair_of_one_day() -> None:
    figures = [toll(30, "Harbour Gazette", 8), toll(45, "Plains Courier", 8), toll(60, "Ridge Post", 10)]
    summary = summarize("killed", figures)
    assert summary is not None and summary.contradiction


def test_the_states_count_of_fighters_is_no_floor_under_a_later_count_of_the_dead() -> None:
    # the army says "several dozen" militants were hit; days later a residents' list names 27 dead
    army = toll(36, "Defence Bulletin", 3, attackers=36, qualifier="at_least")
    residents = toll(27, "Valley Courier", 6)
    summary = summarize("killed", [army, residents])
    assert summary is not None and summary.latest.value == 27
    # a count of victims is a floor: a lower one days later restates an early count
    victims = toll(36, "Defence Bulletin", 3, qualifier="at_least")
    summary = summarize("killed", [victims, residents])
    assert summary is not None and summary.latest.value == 36

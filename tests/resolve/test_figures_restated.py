"""The latest toll of an event: a count restated days after another outlet's higher one is not the
latest toll, nor is a vaguer figure given last that an earlier exact count fits."""

from __future__ import annotations

from datetime import date

from nexus.resolve import ReportedFigure, summarize
from nexus.resolve.figures import updates


def fig(value: int, outlet: str, day: int, qualifier: str = "exact") -> ReportedFigure:
    doc_id = f"{outlet}-{day}"
    return ReportedFigure(
        value=value,
        qualifier=qualifier,
        report_id=f"r-{doc_id}",
        doc_id=doc_id,
        source=doc_id,
        outlet=outlet,
        published=date(2024, 10, day),
    )


def test_an_early_count_restated_a_week_on_is_not_the_latest() -> None:
    figures = [fig(6, "wire", 1, "at_least"), fig(11, "ministry", 2), fig(6, "weekly", 8)]
    summary = summarize("killed", figures)
    assert summary is not None
    assert summary.latest.value == 11 and summary.latest.outlet == "ministry"
    assert summary.most_corroborated.value == 11  # one source each: the later update, not the restatement


def test_a_later_higher_count_is_still_the_latest() -> None:
    summary = summarize("killed", [fig(11, "ministry", 2), fig(15, "weekly", 8)])
    assert summary is not None and summary.latest.value == 15


def test_counts_of_one_day_are_no_restatement_of_each_other() -> None:
    same_day = [fig(11, "ministry", 2), fig(7, "radio", 2)]
    assert sorted(f.value for f in updates(same_day)) == [7, 11]


def test_a_figure_that_agrees_with_an_open_ended_earlier_count_is_an_update() -> None:
    assert [f.value for f in updates([fig(9, "wire", 1, "at_least"), fig(12, "daily", 3)])] == [9, 12]


# The latest toll of an event: a vaguer figure given last ("more than twenty") that an earlier exact
# count fits leaves the exact count as the latest; one it does not fit is the latest itself.


def test_a_lower_bound_given_last_leaves_the_exact_count_it_fits() -> None:
    summary = summarize(
        "killed", [fig(14, "wire", 3), fig(22, "radio", 4), fig(21, "claimant", 5, "at_least")]
    )
    assert summary is not None and summary.latest.value == 22


def test_an_approximate_figure_given_last_leaves_the_exact_count_it_fits() -> None:
    summary = summarize("killed", [fig(31, "radio", 4), fig(30, "agency", 6, "approx")])
    assert summary is not None and summary.latest.value == 31


def test_a_lower_bound_above_every_exact_count_is_the_latest() -> None:
    summary = summarize("killed", [fig(9, "wire", 3), fig(14, "agency", 5, "at_least")])
    assert summary is not None and (summary.latest.value, summary.latest.qualifier) == (14, "at_least")


def test_an_exact_count_given_last_stays_the_latest() -> None:
    summary = summarize("killed", [fig(20, "wire", 3, "at_least"), fig(23, "radio", 5)])
    assert summary is not None and summary.latest.value == 23

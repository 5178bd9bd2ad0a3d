"""The latest toll of an event: a vaguer figure given last ("more than twenty") that an earlier exact
count fits leaves the exact count as the latest; one it does not fit is the latest itself."""

from __future__ import annotations

from datetime import date

from nexus.resolve import ReportedFigure, summarize


def fig(value: int, outlet: str, day: int, qualifier: str = "exact") -> ReportedFigure:
    doc_id = f"{outlet}-{day}"
    return ReportedFigure(
        value=value,
        qualifier=qualifier,
        report_id=f"r-{doc_id}",
        doc_id=doc_id,
        source=doc_id,
        outlet=outlet,
        published=date(2023, 5, day),
    )


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

"""Differing but compatible figures are listed beside incompatible ones, never averaged."""

from __future__ import annotations

from datetime import date

from nexus.resolve.figures import ReportedFigure, summarize


def figure(value: int, qualifier: str, source: str) -> ReportedFigure:
    return ReportedFigure(
        value=value,
        qualifier=qualifier,
        report_id=f"r-{source}",
        doc_id=source,
        source=source,
        published=date(2024, 9, 20),
    )


def test_more_than_seventy_and_seventy_seven_differ_but_do_not_contradict() -> None:
    summary = summarize("killed", [figure(71, "at_least", "a"), figure(77, "exact", "b")])
    assert summary is not None
    assert summary.differs and not summary.contradiction


def test_twenty_six_and_twenty_eight_contradict() -> None:
    summary = summarize("killed", [figure(26, "exact", "a"), figure(28, "exact", "b")])
    assert summary is not None
    assert summary.differs and summary.contradiction


def test_the_same_figure_from_two_sources_neither_differs_nor_contradicts() -> None:
    summary = summarize("killed", [figure(26, "exact", "a"), figure(26, "exact", "b")])
    assert summary is not None
    assert not summary.differs and not summary.contradiction

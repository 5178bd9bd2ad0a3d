"""A doer's own count (a group claiming its fighters killed "more than twenty") is kept and shown,
but is no update of the toll others count (``figures.summarize``'s ``latest``)."""

from __future__ import annotations

from datetime import date

from nexus.resolve import ReportedFigure, summarize


def toll(
    value: int, outlet: str, day: int, *, qualifier: str = "exact", by_doer: bool = False
) -> ReportedFigure:
    return ReportedFigure(
        value=value,
        qualifier=qualifier,
        report_id=f"r-{outlet}-{day}",
        doc_id=f"d-{outlet}-{day}",
        source=f"d-{outlet}-{day}",
        outlet=outlet,
        published=date(2024, 2, day),
        by_doer=by_doer,
    )


def test_a_claimants_later_count_is_not_the_latest_toll() -> None:
    figures = [
        toll(11, "Plains Courier", 13),
        toll(21, "Claims Digest", 14, qualifier="at_least", by_doer=True),
    ]
    summary = summarize("killed", figures)
    assert summary is not None
    assert summary.latest.value == 11
    assert 21 in summary.values  # still one of the outlets' current figures


def test_a_claimants_count_alone_is_the_latest() -> None:
    summary = summarize("killed", [toll(21, "Claims Digest", 14, qualifier="at_least", by_doer=True)])
    assert summary is not None and summary.latest.value == 21


def test_the_doers_mark_is_not_exported() -> None:
    assert "by_doer" not in toll(3, "Wire", 2, by_doer=True).model_dump()


def test_a_claimants_higher_count_is_no_floor_under_the_toll_counted_later() -> None:
    # the group boasts of 30 on the 14th; the council's count rises to 21, then to 23 on the 17th
    figures = [
        toll(12, "Lake Herald", 13, qualifier="at_least"),
        toll(30, "Claims Digest", 14, by_doer=True),
        toll(21, "Sahel Post", 15),
        toll(23, "Lake Mirror", 17),
    ]
    summary = summarize("killed", figures)
    assert summary is not None and summary.latest.value == 23

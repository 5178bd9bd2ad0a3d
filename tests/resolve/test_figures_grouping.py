"""Figure summaries in one grouping pass give what comparing every pair of outlets gives."""

from __future__ import annotations

import random
from datetime import date

from nexus.resolve import ReportedFigure, summarize
from nexus.resolve.figures import figures_agree, outlet_key

QUALIFIERS = ("exact", "exact", "at_least", "approx", "at_most")


def _pairwise(current: list[ReportedFigure]) -> tuple[bool, bool]:
    """The reference: every pair of current figures from different outlets, compared.

    Two figures that cannot both hold contradict unless the higher was published on a later day.
    """
    contradiction = differs = False
    for i, a in enumerate(current):
        for b in current[i + 1 :]:
            if outlet_key(a) == outlet_key(b):
                continue
            if not figures_agree(a, b):
                higher, lower = (a, b) if a.value > b.value else (b, a)
                later = higher.published is not None and lower.published is not None
                contradiction |= not (later and higher.published > lower.published)  # type: ignore[operator]
            differs |= (a.value, a.qualifier) != (b.value, b.qualifier) and a.source != b.source
    return contradiction, differs


def _random_figures(rng: random.Random) -> list[ReportedFigure]:
    out = []
    for n in range(rng.randrange(1, 12)):
        doc = f"doc{rng.randrange(8)}"
        out.append(
            ReportedFigure(
                value=rng.choice((0, 2, 3, 9, 10, 11, 30, 33, 90, 100, 120)),
                qualifier=rng.choice(QUALIFIERS),
                report_id=f"rep{n}",
                doc_id=doc,
                source=rng.choice((doc, "wire")),
                outlet=rng.choice((None, "Gazette", "Chronicle", "Bulletin", "Wire Service")),
                published=date(2022, 5, 1 + rng.randrange(4)),
                alternative=rng.random() < 0.15,
                background=rng.random() < 0.1,
            )
        )
    return out


def test_grouped_summary_matches_the_pairwise_reference() -> None:
    rng = random.Random(11)
    checked = 0
    for _ in range(400):
        summary = summarize("killed", _random_figures(rng))
        if summary is None:
            continue
        assert (summary.contradiction, summary.differs) == _pairwise(summary.current)
        checked += 1
    assert checked > 300


def _fig(value: int, outlet: str, qualifier: str = "exact") -> ReportedFigure:
    return ReportedFigure(
        value=value,
        qualifier=qualifier,
        report_id=f"r-{outlet}",
        doc_id=f"d-{outlet}",
        source=f"d-{outlet}",
        outlet=outlet,
        published=date(2022, 8, 3),
    )


def test_open_ended_figures_from_many_outlets_do_not_contradict() -> None:
    figures = [
        _fig(12, "North Star"),
        _fig(10, "Evening Lamp", "at_least"),
        _fig(15, "Valley Times", "at_most"),
    ]
    summary = summarize("injured", figures)
    assert summary is not None and not summary.contradiction and summary.differs


def test_one_outlet_far_from_another_is_a_contradiction() -> None:
    figures = [_fig(7, "North Star"), _fig(8, "Evening Lamp", "approx"), _fig(30, "Valley Times")]
    summary = summarize("killed", figures)
    assert summary is not None and summary.contradiction


def test_a_figure_far_below_two_other_outlets_is_flagged() -> None:
    figures = [_fig(2, "North Star"), _fig(60, "Evening Lamp"), _fig(64, "Valley Times")]
    summary = summarize("killed", figures)
    assert summary is not None and summary.flagged
    assert {f.value for f in summary.current} == {60, 64}

"""Casualty figures: range, most corroborated (independent sources), latest, contradictions."""

from __future__ import annotations

from datetime import date

from nexus.resolve import ReportedFigure, summarize


def fig(
    value: int, doc: str, *, source: str | None = None, day: int = 1, qualifier: str = "exact"
) -> ReportedFigure:
    return ReportedFigure(
        value=value,
        qualifier=qualifier,
        report_id=f"r-{doc}",
        doc_id=doc,
        source=source or doc,
        published=date(2023, 1, day),
    )


def test_range_latest_and_contradiction() -> None:
    summary = summarize("killed", [fig(40, "a", day=1), fig(44, "b", day=3), fig(40, "c", day=2)])
    assert summary is not None
    assert (summary.min, summary.max) == (40, 44)
    assert summary.latest.value == 44
    assert summary.most_corroborated.value == 40 and summary.most_corroborated.n_sources == 2
    # The 44 came two days after the first 40: a toll that rose, not a contradiction.
    assert summary.differs and not summary.contradiction
    same_day = summarize("killed", [fig(40, "a", day=2), fig(44, "b", day=2)])
    assert same_day is not None and same_day.contradiction


def test_copies_do_not_corroborate() -> None:
    figures = [
        fig(40, "a"),
        fig(40, "a-copy", source="a"),
        fig(40, "a-copy2", source="a"),
        fig(44, "b"),
        fig(44, "c"),
    ]
    summary = summarize("killed", figures)
    assert summary is not None and summary.most_corroborated.value == 44


def test_at_least_agrees_with_a_larger_exact_figure() -> None:
    summary = summarize("killed", [fig(20, "a", qualifier="at_least"), fig(25, "b")])
    assert summary is not None and not summary.contradiction


def test_figures_are_never_averaged() -> None:
    summary = summarize("killed", [fig(10, "a"), fig(20, "b")])
    assert summary is not None and summary.values == [10, 20] and 15 not in summary.values


def test_no_figure_gives_no_summary() -> None:
    assert summarize("killed", []) is None


def test_contradiction_equals_the_summary_flag_over_many_reports() -> None:
    """``contradiction`` reads each outlet's current figure only; it must give what the full
    ``summarize`` gives, whatever mix of outlets, copies, days, alternatives, background recalls,
    attackers and implausibly low counts the reports hold."""
    import random

    from nexus.resolve.figures import contradiction

    rng = random.Random(7)
    outlets = ["Kestrel Daily", "Ornet Wire", "Valda Times", None]
    seen = {True: 0, False: 0}
    for trial in range(400):
        figures = []
        for i in range(rng.randrange(1, 40)):
            value = rng.choice((0, 2, 3, 9, 12, 14, 40, 44, 48, 120))
            figures.append(
                ReportedFigure(
                    value=value,
                    qualifier=rng.choice(("exact", "exact", "at_least", "approx", "at_most")),
                    report_id=f"r-{trial}-{i}",
                    doc_id=f"d-{rng.randrange(12)}",
                    source=rng.choice(("s-1", "s-2", "s-3")),
                    outlet=rng.choice(outlets),
                    published=rng.choice((None, date(2024, 5, 1), date(2024, 5, 2), date(2024, 5, 4))),
                    alternative=rng.random() < 0.15,
                    background=rng.random() < 0.2,
                    position=rng.randrange(3),
                    sentence=rng.choice((None, "including two guards", "gunmen stormed the depot")),
                    attackers_killed=rng.choice((None, None, 3, 6)),
                )
            )
        summary = summarize("killed", figures)
        expected = summary is not None and summary.contradiction
        assert contradiction(figures) == expected
        seen[expected] += 1
    assert seen[True] > 20 and seen[False] > 20  # both outcomes were exercised

"""Figures over time: an outlet's update supersedes its earlier figure; only outlets'
current figures can contradict; an implausibly low partial figure is flagged."""

from __future__ import annotations

from datetime import date

from nexus.resolve import ReportedFigure, summarize


def fig(
    value: int,
    outlet: str,
    day: int,
    *,
    doc: str | None = None,
    qualifier: str = "exact",
    alternative: bool = False,
    background: bool = False,
    sentence: str | None = None,
    position: int = 0,
) -> ReportedFigure:
    doc_id = doc or f"{outlet}-{day}"
    return ReportedFigure(
        value=value,
        qualifier=qualifier,
        report_id=f"r-{doc_id}-{value}",
        doc_id=doc_id,
        source=doc_id,
        outlet=outlet,
        published=date(2022, 8, day),
        alternative=alternative,
        background=background,
        sentence=sentence,
        position=position,
    )


def statuses(summary: object) -> dict[tuple[str | None, int], str]:
    return {(f.outlet, f.value): f.status for f in summary.reports}  # type: ignore[attr-defined]


def test_a_later_report_of_the_same_outlet_supersedes_its_figure() -> None:
    summary = summarize("killed", [fig(11, "Coast Wire", 1), fig(17, "Coast Wire", 3)])
    assert summary is not None
    assert statuses(summary) == {("Coast Wire", 11): "superseded", ("Coast Wire", 17): "current"}
    assert not summary.contradiction and not summary.differs and summary.updated
    assert summary.values == [17] and summary.latest.value == 17


def test_an_earlier_figure_given_in_the_same_report_is_an_update_not_a_contradiction() -> None:
    # "the toll climbed to 23 from 15": the extraction gives 15 as an alternative of 23.
    summary = summarize("killed", [fig(23, "Delta Times", 2), fig(15, "Delta Times", 2, alternative=True)])
    assert summary is not None and not summary.contradiction
    assert statuses(summary)[("Delta Times", 15)] == "superseded"


def test_contradictions_are_between_outlets_current_figures_only() -> None:
    figures = [fig(8, "Coast Wire", 1), fig(12, "Coast Wire", 2), fig(12, "Delta Times", 2)]
    summary = summarize("killed", figures)
    assert summary is not None and not summary.contradiction and not summary.differs
    figures.append(fig(30, "Hill Post", 2))
    summary = summarize("killed", figures)
    assert summary is not None and summary.contradiction and summary.values == [12, 30]


def test_a_revised_down_figure_is_still_the_outlets_current_one() -> None:
    summary = summarize("killed", [fig(40, "Coast Wire", 1), fig(34, "Coast Wire", 4)])
    assert summary is not None and summary.values == [34]


def test_a_partial_figure_far_below_other_outlets_is_flagged_not_taken() -> None:
    figures = [
        fig(57, "Coast Wire", 1),
        fig(61, "Delta Times", 2),
        fig(3, "Hill Post", 2, sentence="Three of them were police officers on duty at the gate."),
    ]
    summary = summarize("killed", figures)
    assert summary is not None
    flagged = next(f for f in summary.reports if f.value == 3)
    assert flagged.status == "flagged" and flagged.note and "part of the victims" in flagged.note
    assert summary.flagged and summary.min == 57 and 3 not in summary.values


def test_a_partial_sentence_flags_even_against_a_single_other_outlet() -> None:
    figures = [
        fig(44, "Coast Wire", 1),
        fig(4, "Hill Post", 2, sentence="The dead included four teachers from the village school."),
    ]
    summary = summarize("killed", figures)
    assert summary is not None and statuses(summary)[("Hill Post", 4)] == "flagged"


def test_a_low_figure_without_a_partial_cue_against_one_outlet_is_kept() -> None:
    summary = summarize(
        "killed", [fig(44, "Coast Wire", 1), fig(4, "Hill Post", 2, sentence="Four people died.")]
    )
    assert summary is not None and summary.contradiction and 4 in summary.values


def test_small_figures_are_never_implausible() -> None:
    figures = [fig(1, "Hill Post", 1, sentence="One of them was a child."), fig(6, "A", 1), fig(7, "B", 1)]
    summary = summarize("killed", figures)
    assert summary is not None and not summary.flagged


def test_background_figures_are_kept_but_not_weighed() -> None:
    figures = [fig(25, "Coast Wire", 1), fig(20, "Delta Times", 20, background=True)]
    summary = summarize("killed", figures)
    assert summary is not None and not summary.contradiction
    assert statuses(summary)[("Delta Times", 20)] == "background"


def test_a_smaller_figure_in_the_same_report_is_lesser_not_contradicting() -> None:
    figures = [fig(30, "Coast Wire", 1, doc="cw", position=0), fig(6, "Coast Wire", 1, doc="cw", position=90)]
    summary = summarize("killed", figures)
    assert summary is not None and not summary.contradiction
    assert statuses(summary)[("Coast Wire", 6)] == "lesser"

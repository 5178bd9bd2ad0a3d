"""Casualty figures across the reports of one event: kept, compared, never averaged.

Each report keeps its own figure. For an event and a field (killed, injured
...) ``summarize`` gives the range, the figure most corroborated by
*independent* sources (a near-duplicate copy counts for its original, not
again), the latest figure, and whether the figures contradict each other.
Qualifiers are respected: "at least 20" and "25" agree, "20" and "25" do
not, "about 100" agrees with anything within 10%. Figures that agree but are
not the same ("more than 70" and "77") still *differ*: analysts want to see
them side by side, so ``differs`` flags them while ``contradiction`` is kept
for figures that cannot both be true.
"""

from __future__ import annotations

import math
from datetime import date

from pydantic import BaseModel, ConfigDict, Field

FIGURE_FIELDS = ("killed", "injured", "missing", "attackers_killed")
#: Relative tolerance of an "approx" figure.
APPROX_TOLERANCE = 0.1


class ReportedFigure(BaseModel):
    """One figure as one report gives it."""

    model_config = ConfigDict(frozen=True)

    value: int
    qualifier: str = "exact"
    report_id: str
    doc_id: str
    source: str = Field(description="the independent source: the original a copy was copied from")
    outlet: str | None = None
    published: date | None = None
    hedged: bool = False
    asserter: str | None = None
    alternative: bool = Field(default=False, description="an earlier/other figure the same report gives")


class CorroboratedFigure(BaseModel):
    value: int
    qualifier: str
    n_sources: int = Field(description="independent documents giving this figure")


class FigureSummary(BaseModel):
    """What the reports of one event say about one figure."""

    field: str
    min: int
    max: int
    most_corroborated: CorroboratedFigure
    latest: ReportedFigure
    contradiction: bool
    differs: bool = Field(default=False, description="independent reports give different figures")
    values: list[int]
    reports: list[ReportedFigure]


def bounds(value: int, qualifier: str) -> tuple[float, float]:
    """The interval of true values a qualified figure allows."""
    if qualifier == "at_least":
        return float(value), math.inf
    if qualifier == "at_most":
        return 0.0, float(value)
    if qualifier == "approx":
        return value * (1 - APPROX_TOLERANCE), value * (1 + APPROX_TOLERANCE)
    return float(value), float(value)


def figures_agree(a: ReportedFigure, b: ReportedFigure) -> bool:
    a_low, a_high = bounds(a.value, a.qualifier)
    b_low, b_high = bounds(b.value, b.qualifier)
    return a_low <= b_high and b_low <= a_high


def summarize(field: str, figures: list[ReportedFigure]) -> FigureSummary | None:
    """The summary of one field over an event's reports; None when no report gives it."""
    primary = [f for f in figures if not f.alternative]
    if not primary:
        return None
    by_value: dict[tuple[int, str], set[str]] = {}
    last_said: dict[tuple[int, str], date] = {}
    for figure in primary:
        key = (figure.value, figure.qualifier)
        by_value.setdefault(key, set()).add(figure.source)
        last_said[key] = max(last_said.get(key, date.min), figure.published or date.min)
    # Most independent sources; ties go to an exact figure, then to the one reported last.
    (value, qualifier), sources = min(
        by_value.items(),
        key=lambda item: (-len(item[1]), item[0][1] != "exact", -last_said[item[0]].toordinal(), -item[0][0]),
    )
    latest = max(primary, key=lambda f: (f.published or date.min, f.doc_id, f.report_id))
    contradiction = any(not figures_agree(a, b) for i, a in enumerate(primary) for b in primary[i + 1 :])
    differs = any(
        (a.value, a.qualifier) != (b.value, b.qualifier) and a.source != b.source
        for i, a in enumerate(primary)
        for b in primary[i + 1 :]
    )
    ordered = sorted(figures, key=lambda f: (f.published or date.min, f.doc_id, f.report_id, f.value))
    return FigureSummary(
        field=field,
        min=min(f.value for f in primary),
        max=max(f.value for f in primary),
        most_corroborated=CorroboratedFigure(value=value, qualifier=qualifier, n_sources=len(sources)),
        latest=latest,
        contradiction=contradiction,
        differs=differs,
        values=sorted({f.value for f in primary}),
        reports=ordered,
    )

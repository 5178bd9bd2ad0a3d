"""A security action retold by "the operation" ("killed four rebels and freed three hostages in
an operation ... The operation was conducted together with ...") is one action, though the noun
takes the kind of the rescue told just before it and the action was first told by its killing
(retold_actions.py); an arrest in another town days later, or a search launched elsewhere,
stays apart."""

from __future__ import annotations

from typing import Any

from nexus.extract.retold_actions import REPORT_WITHIN_DAYS, report_after
from nexus.model import DateValue

PUBLISHED = "2026-04-16"


def actions(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type == "military_action"]


def test_the_operation_told_again_after_a_killing_and_a_rescue_is_one_action(extract: Any) -> None:
    text = (
        "Soldiers killed four rebels and freed three hostages in an operation near the village of "
        "Sarembo on Monday, the army said. The operation was conducted together with a police "
        "commando unit, a spokesman told reporters in the provincial capital."
    )
    (action,) = actions(extract(text, published=PUBLISHED))
    assert action.killed is not None and action.killed.value == 4


def test_an_arrest_in_another_town_days_later_stays_apart(extract: Any) -> None:
    text = (
        "Soldiers killed four rebels in an operation near the village of Sarembo on Monday, the "
        "army said. On Wednesday, police arrested two traders in the market town of Kelvani on "
        "suspicion of selling fuel to the rebels."
    )
    assert len(actions(extract(text, published=PUBLISHED))) == 2


def test_a_search_launched_in_other_hills_stays_apart(extract: Any) -> None:
    text = (
        "Soldiers killed four rebels near the village of Sarembo on Monday, the army said. On "
        "Wednesday, troops began a search operation across the ridges near Tarkona, far to the "
        "north, after herders reported armed men there."
    )
    assert len(actions(extract(text, published=PUBLISHED))) == 2


def test_a_report_day_stands_in_for_a_day_up_to_a_week_before_it() -> None:
    own = DateValue(iso="2026-04-13", precision="day")
    assert report_after(DateValue(iso="2026-04-15", precision="day"), own)
    assert report_after(own, own)
    late = DateValue(iso=f"2026-04-{13 + REPORT_WITHIN_DAYS + 1}", precision="day")
    assert not report_after(late, own)
    assert not report_after(DateValue(iso="2026-04-12", precision="day"), own)  # (before it)
    assert not report_after(DateValue(iso="2026-04", precision="month"), own)
    assert not report_after(None, own)

"""A happening a report dated by its publication tells "hours later" than its document's news is
background to the event it joins (session 42)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

StoredAttacks = Callable[[list[dict[str, str]]], list[Any]]


def test_a_happening_told_hours_after_the_news_is_background_to_its_own_event(
    stored_attacks: StoredAttacks,
) -> None:
    reports = [
        {
            "id": "kb42-bar",
            "outlet": "Sahel Night Desk",
            "published": "2027-03-10",
            "text": "ARBINDA, Burkina Faso - Armed men opened fire in a crowded bar in Arbinda on "
            "Wednesday evening, killing two customers and wounding five, a local official said.",
        },
        {
            "id": "kb42-patrol",
            "outlet": "Faso Wire Service",
            "published": "2027-03-10",
            "text": "OUAGADOUGOU - Gunmen ambushed a gendarmerie patrol outside Djibo on Wednesday, "
            "killing four gendarmes, security sources said. Hours later, in the town of Arbinda, armed "
            "men killed two customers in a bar.",
        },
    ]
    rows = stored_attacks(reports)
    bar = {r.event_id for r in rows if r.doc_id == "kb42-bar"}
    told = [r for r in rows if r.doc_id == "kb42-patrol" and r.event_id in bar]
    # the bar shooting its sentence tells beside the ambush joins the bar's event as background
    assert told and all((r.resolution or {}).get("kind") == "mention" for r in told)
    patrol = {
        r.event_id
        for r in rows
        if r.doc_id == "kb42-patrol" and (r.resolution or {}).get("kind") != "mention"
    }
    assert patrol and not patrol & bar

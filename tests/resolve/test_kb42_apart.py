"""Two happenings told apart (session 42): a recalled incident whose targets are not a stored
event's, and a happening a report dated by its publication tells "hours later" than its news,
background to the event it joins."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from nexus.resolve.apart import targets_differ

StoredAttacks = Callable[[list[dict[str, str]]], list[Any]]


def test_a_recalled_convoy_ambush_is_not_a_stored_market_bombing() -> None:
    assert targets_differ(frozenset({"convoy"}), frozenset({"market"}))
    assert not targets_differ(frozenset({"convoy"}), frozenset({"convoy", "market"}))
    assert not targets_differ(frozenset(), frozenset({"market"}))  # a side naming none says nothing
    # people on one side, the place or thing on the other: perhaps the same attack
    assert not targets_differ(frozenset({"soldier"}), frozenset({"convoy"}))


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


def test_a_town_named_as_the_target_is_no_target_of_its_own() -> None:
    # "last week's attack on Kelmo" and the stored attack on "Kelmo village": one place, not two targets
    assert not targets_differ(frozenset({"kelmo"}), frozenset({"village"}), ("Kelmo", "Kelmo"))
    assert targets_differ(frozenset({"kelmo", "convoy"}), frozenset({"market"}), ("Kelmo", "Dastra"))


def test_heads_of_no_known_kind_say_nothing() -> None:
    # a place's own name read as the target ("the Velmo site"), or a head no table knows
    assert not targets_differ(frozenset({"velmo"}), frozenset({"velmio", "camp"}))
    assert targets_differ(frozenset({"velmo", "convoy"}), frozenset({"velmio", "market"}))

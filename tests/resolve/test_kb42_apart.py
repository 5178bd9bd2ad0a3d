"""Two happenings told apart (session 42): neighbouring towns 15-30 km apart tied by nothing but the
day, a recalled incident whose targets are not a stored event's, and a happening a report dated by
its publication tells "hours later" than its news, background to the event it joins."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from nexus.geo import destination
from nexus.resolve.apart import targets_differ, untied_neighbours
from nexus.resolve.events import APART_SCORE, THRESHOLD, EventKey, PlaceKey, pair_decision, resolve_event

StoredAttacks = Callable[[list[dict[str, str]]], list[Any]]

DAY = date(2031, 4, 17)
KELMO = PlaceKey("Kelmo", "city", "ZZ", None, 10.0, 20.0)


def _town(name: str, km: float) -> PlaceKey:
    lat, lon = destination(10.0, 20.0, 90.0, km)
    return PlaceKey(name, "city", "ZZ", None, lat, lon)


def _key(place: PlaceKey, **kw: object) -> EventKey:
    return EventKey("attack", DAY, place=place, days=frozenset({DAY}), places=(place,), **kw)  # type: ignore[arg-type]


def test_two_towns_24_km_apart_tied_only_by_the_day_are_two_happenings() -> None:
    shooting = _key(KELMO, targets=frozenset({"councillor"}))
    ambush = _key(_town("Dastra", 24.0), figures=frozenset({("killed", 4)}))
    decision = pair_decision(ambush, shooting)
    assert not isinstance(decision, str)
    assert decision.score <= APART_SCORE < THRESHOLD
    assert "tied by nothing besides the day" in decision.reasons[-1]
    assert resolve_event(ambush, {"event-kelmo": shooting}).event_id is None


def test_a_shared_toll_actor_or_target_still_ties_neighbouring_towns() -> None:
    dastra = _town("Dastra", 24.0)
    told = {
        "toll": ({"figures": frozenset({("killed", 9)})}, {"figures": frozenset({("killed", 9)})}),
        "actor": ({"actors": frozenset({"group-x"})}, {"actors": frozenset({"group-x"})}),
        "target": ({"targets": frozenset({"convoy"})}, {"targets": frozenset({"convoy"})}),
    }
    for what, (mine, theirs) in told.items():
        report, candidate = _key(dastra, **mine), _key(KELMO, **theirs)
        place_reason = pair_decision(report, candidate).reasons[2]  # type: ignore[union-attr]
        assert not untied_neighbours(report, candidate, place_reason), what


def test_only_towns_between_a_towns_reach_and_far_apart_are_judged() -> None:
    report, candidate = _key(_town("Dastra", 10.0)), _key(KELMO)
    assert not untied_neighbours(report, candidate, "10 km apart")  # a village by its town
    assert not untied_neighbours(report, candidate, "same place (Kelmo, 0 km)")
    assert untied_neighbours(report, candidate, "22 km apart")
    assert not untied_neighbours(report, replace_borrowed(candidate), "22 km apart")


def replace_borrowed(key: EventKey) -> EventKey:
    from dataclasses import replace

    return replace(key, place_borrowed=True)


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

"""A figure shared by two places no coordinates compare does not tie them when the report's own
document names the event's place as another place (``figure_tie_apart.without_ties_named_apart``)."""

from __future__ import annotations

from datetime import date

from nexus.resolve.events import EventKey, PlaceKey, resolve_event
from nexus.store.figure_tie_apart import FIGURE_TIE, names_an_area_town, without_ties_named_apart

DAY = date(2025, 4, 7)


def _report(name: str, lat: float | None = None) -> EventKey:
    place = PlaceKey(name, "city", "CD", None, lat, None if lat is None else 29.1)
    return EventKey("attack", DAY, place=place, figures=frozenset({("killed", 4)}))


def _event(name: str) -> EventKey:
    place = PlaceKey(name, "city", "CD", None)
    return EventKey("attack", DAY, place=place, places=(place,), figures=frozenset({("killed", 4)}))


def test_a_figure_tie_joins_two_unplaced_names_of_a_document_naming_one() -> None:
    candidates = {"event-a": _event("Ravutu")}
    decision = resolve_event(_report("Kembolo"), candidates)
    assert decision.event_id == "event-a" and any(FIGURE_TIE in r for r in decision.reasons)
    kept = without_ties_named_apart(decision, _report("Kembolo"), candidates, ["Kembolo", "Vandu"])
    assert kept.event_id == "event-a"


def test_a_document_naming_both_places_unties_them() -> None:
    candidates = {"event-a": _event("Ravutu")}
    decision = resolve_event(_report("Kembolo"), candidates)
    untied = without_ties_named_apart(decision, _report("Kembolo"), candidates, ["Kembolo", "Ravutu"])
    assert untied.event_id is None
    assert any(event_id == "event-a" for event_id, _ in untied.refused)


def test_a_decision_of_another_kind_is_kept() -> None:
    candidates = {"event-a": _event("Kembolo")}
    decision = resolve_event(_report("Kembolo"), candidates)
    assert not any(FIGURE_TIE in r for r in decision.reasons)
    kept = without_ties_named_apart(decision, _report("Kembolo"), candidates, ["Kembolo", "Ravutu"])
    assert kept == decision


def test_a_place_described_as_the_area_of_a_town_keeps_the_tie() -> None:
    candidates = {"event-a": _event("Ravutu")}
    decision = resolve_event(_report("Co Marrowdale"), candidates)
    sentence = "The guard was hurt when a grenade went off by his gate in the Co Marrowdale town on Monday."
    kept = without_ties_named_apart(
        decision, _report("Co Marrowdale"), candidates, ["Co Marrowdale", "Ravutu"], sentence
    )
    assert kept.event_id == "event-a"


def test_a_town_written_after_its_own_name_is_still_named_apart() -> None:
    candidates = {"event-a": _event("Ravutu")}
    decision = resolve_event(_report("Kembolo"), candidates)
    sentence = "A separate raid on Kembolo market killed four traders on Monday."
    untied = without_ties_named_apart(
        decision, _report("Kembolo"), candidates, ["Kembolo", "Ravutu"], sentence
    )
    assert untied.event_id is None


def test_names_an_area_town_reads_the_article_and_the_noun() -> None:
    assert names_an_area_town("He lived in the Velm county village near the river.", "Velm county")
    assert names_an_area_town("Shots rang out in THE Dastra Town late at night.", "Dastra")
    assert not names_an_area_town("Shots rang out in Dastra town late at night.", "Dastra")
    assert not names_an_area_town("Shots rang out in the Dastra townships.", "Dastra")
    assert not names_an_area_town(None, "Dastra")

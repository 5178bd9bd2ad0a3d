"""Event identity, session 28: the gate that refused a candidate is named, an area holds what
the division tables file in it, and an area's report joins the one event of the day inside it.

* ``pair_decision`` says which gate refused a candidate (type, told apart, speakers, date,
  place unknown, place (countries / distance / containment), actors), and a ``Decision`` keeps
  them (``refused``), with the candidates that passed the gates but scored too low (``score``),
  so the reports an incident is split over can be grouped by what kept them apart.
* A province holds a town named like a second-level division the tables file under it, and a
  village its sentence puts in such a division (``events.listed_in_region``), whatever older
  first-level name the gazetteer gives the town.
* A report placed only at an area, the same day as the one event of its type passing the gates at a
  place inside that area, joins it though its score falls short (``resolve_event``).

Incidents are invented; places are real where a table must know them.
"""

from __future__ import annotations

from datetime import date

import pytest

from nexus.resolve import EventKey, PlaceKey
from nexus.resolve.events import THRESHOLD, pair_decision, place_score, resolve_event, score_pair

DAY = date(2026, 2, 9)
#: an Ituri territory's chief town, which the gazetteer files under the province Ituri was cut from
MAMBASA = PlaceKey(name="Mambasa", kind="city", country="CD", admin1="Eastern Province", lat=1.36, lon=29.05)
ITURI = PlaceKey(name="Ituri", kind="admin", country="CD", admin1="Ituri")
TILLABERI = PlaceKey(name="Tillaberi region", kind="admin", country="NE", admin1="Tillaberi")
OUALLAM = PlaceKey(name="Ouallam", kind="city", country="NE", admin1="Tillaberi", lat=14.32, lon=2.09)
FILINGUE = PlaceKey(name="Filingue", kind="city", country="NE", admin1="Tillaberi", lat=14.35, lon=3.32)


def attack(place: PlaceKey | None, day: date = DAY, **more: object) -> EventKey:
    return EventKey(type="attack", day=day, place=place, **more)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("report", "candidate", "gate"),
    [
        (attack(OUALLAM), EventKey(type="statement", day=DAY, place=OUALLAM), "type"),
        (attack(OUALLAM), attack(OUALLAM, date(2026, 2, 20)), "date"),
        (
            attack(OUALLAM),
            attack(PlaceKey(name="Kayes", kind="city", country="ML", lat=14.45, lon=-11.44)),
            "place (countries)",
        ),
        (
            attack(OUALLAM),
            attack(PlaceKey(name="Agadez", kind="city", country="NE", lat=16.97, lon=7.99)),
            "place (distance)",
        ),
        (
            attack(PlaceKey(name="Kelmowa", kind="city", country="NE")),
            attack(PlaceKey(name="Dastrabe", kind="city", country="NE")),
            "place (containment)",
        ),
        (
            attack(OUALLAM, actors=frozenset({"group-a"})),
            attack(OUALLAM, actors=frozenset({"group-b"})),
            "actors",
        ),
    ],
)
def test_a_refused_candidate_names_its_gate(report: EventKey, candidate: EventKey, gate: str) -> None:
    refused = pair_decision(report, candidate)
    assert isinstance(refused, str) and refused.startswith(gate + ":")
    assert score_pair(report, candidate) is None


def test_a_new_event_keeps_the_gates_and_the_low_scores_of_its_candidates() -> None:
    report = attack(OUALLAM, figures=frozenset({("killed", 5)}), targets=frozenset({"market"}))
    candidates = {
        "event-far": attack(PlaceKey(name="Agadez", kind="city", country="NE", lat=16.97, lon=7.99)),
        "event-low": attack(
            OUALLAM, date(2026, 2, 12), figures=frozenset({("killed", 7)}), targets=frozenset({"well"})
        ),
    }
    decision = resolve_event(report, candidates)
    assert decision.event_id is None
    refused = decision.as_json()["refused"]
    assert refused["event-far"].startswith("place (distance)")
    assert refused["event-low"].startswith("score:")


def test_a_decision_with_no_refusal_stores_none() -> None:
    decision = resolve_event(attack(OUALLAM), {"event-same": attack(OUALLAM)})
    assert decision.event_id == "event-same" and "refused" not in decision.as_json()


def test_a_province_holds_a_town_named_like_a_territory_filed_under_it() -> None:
    score, reason = place_score(ITURI, MAMBASA)
    assert score is not None and score > 0 and "contains" in reason
    assert place_score(MAMBASA, ITURI)[0] is not None


def test_a_province_holds_a_village_its_sentence_puts_in_a_county_filed_under_it() -> None:
    village = PlaceKey(name="Kelmadit", kind="city", divisions=("Duk",))
    jonglei = PlaceKey(name="Jonglei", kind="admin", country="SS", admin1="Jonglei")
    assert place_score(village, jonglei)[0] is not None


def test_a_province_does_not_hold_a_territory_filed_under_another() -> None:
    walikale = PlaceKey(name="Walikale", kind="city", country="CD", admin1="Nord Kivu", lat=-1.42, lon=28.05)
    assert place_score(ITURI, walikale)[0] is None


def _weak_pair() -> tuple[EventKey, EventKey]:
    """A region's report and a town's event inside it the same day, scored below the threshold:
    different counts that do not clash and different targets."""
    region = attack(TILLABERI, figures=frozenset({("killed", 5)}), targets=frozenset({"market"}))
    town = attack(OUALLAM, figures=frozenset({("killed", 2)}), targets=frozenset({"checkpoint"}))
    return region, town


def test_an_areas_report_joins_the_one_event_of_the_day_inside_it() -> None:
    region, town = _weak_pair()
    alone = score_pair(region, town)
    assert alone is not None and alone.score < THRESHOLD  # the score alone falls short
    decision = resolve_event(region, {"event-town": town})
    assert decision.event_id == "event-town"
    assert any("the only attack of the day inside the area" in why for why in decision.reasons)


def test_an_areas_report_beside_two_events_of_the_day_founds_its_own() -> None:
    region, town = _weak_pair()
    other = attack(FILINGUE, figures=frozenset({("killed", 12)}), targets=frozenset({"school"}))
    assert resolve_event(region, {"event-town": town, "event-other": other}).event_id is None


def test_an_areas_report_of_another_day_is_not_joined_so() -> None:
    region, town = _weak_pair()
    assert (
        resolve_event(
            region,
            {"event-town": attack(town.place, date(2026, 2, 10), figures=town.figures, targets=town.targets)},
        ).event_id
        is None
    )

"""Event identity for incidents that outlets tell differently: a siege over two days, a province
named for a town, a district of a city, claims dated by publication, historic recollections,
statements by different speakers, and several happenings of one sentence."""

from __future__ import annotations

from datetime import date

from nexus.resolve import EventKey, PlaceKey, resolve_event
from nexus.resolve.events import (
    DISTRICT,
    DISTRICT_IN_CITY_SCORE,
    THRESHOLD,
    place_score,
    score_pair,
)

#: Made-up places: a province, a town in it, a port city and a far suburb with the same name as a
#: quarter of the port (the gazetteer's pick).
PROVINCE = PlaceKey("Upper Marsh", "admin", "QQ")
TOWN = PlaceKey("Tollgate", "city", "QQ", "Upper Marsh", 20.0, 40.0)
PORT = PlaceKey("Port Alder", "city", "QQ", "Coast", 10.0, 30.0)
QUARTER = PlaceKey("Saltmarket", DISTRICT, "QQ", within="Port Alder")
LOOSE_QUARTER = PlaceKey("Saltmarket", DISTRICT, "QQ", within="Greyhaven")


def attack(day: date, place: PlaceKey | None, **kw: object) -> EventKey:
    return EventKey("attack", day, place=place, **kw)  # type: ignore[arg-type]


def test_a_later_report_is_as_near_as_the_nearest_day_of_a_two_day_incident() -> None:
    group = frozenset({"front"})
    # The event: a train seized on the 4th at the town, the siege ending on the 5th in the province.
    siege = attack(
        date(2022, 9, 4),
        TOWN,
        actors=group,
        days=frozenset({date(2022, 9, 4), date(2022, 9, 5)}),
        places=(TOWN, PROVINCE),
    )
    # Another outlet, three days after the start, names only the province and gives a toll.
    later = attack(date(2022, 9, 7), PROVINCE, actors=group, figures=frozenset({("killed", 40)}))
    decision = resolve_event(later, {"siege": siege})
    assert decision.event_id == "siege", decision.reasons
    # Without the second day and the province, the same report stays apart (the old behaviour).
    bare = attack(date(2022, 9, 4), TOWN, actors=group)
    assert resolve_event(later, {"siege": bare}).event_id is None


def test_the_representative_place_still_gates() -> None:
    far = PlaceKey("Farwater", "city", "QQ", "Upper Marsh", 24.0, 44.0)  # ~600 km from the town
    event = attack(date(2022, 9, 4), TOWN, places=(TOWN, PROVINCE))
    assert score_pair(attack(date(2022, 9, 4), far), event) is None


def test_a_district_lies_in_the_city_the_text_names() -> None:
    score, reason = place_score(QUARTER, PORT)
    assert score == DISTRICT_IN_CITY_SCORE and "lies in Port Alder" in reason
    assert place_score(LOOSE_QUARTER, PORT)[0] is None
    decision = resolve_event(attack(date(2022, 2, 1), QUARTER), {"port": attack(date(2022, 2, 1), PORT)})
    assert decision.event_id == "port"


def test_a_claim_dated_by_publication_joins_the_claim_dated_by_the_text() -> None:
    told = EventKey("claim", date(2022, 5, 10), place=PORT, actors=frozenset({"front"}))
    # Published five days later, with no date of its own.
    late = EventKey(
        "claim", date(2022, 5, 15), place=PORT, actors=frozenset({"front"}), from_publication=True
    )
    assert resolve_event(late, {"claim": told}).event_id == "claim"
    # Dated by its own text five days later, it is another claim.
    own = EventKey("claim", date(2022, 5, 15), place=PORT, actors=frozenset({"front"}))
    assert resolve_event(own, {"claim": told}).event_id is None


def test_two_recollections_of_a_year_old_attack_in_one_city_are_one_event() -> None:
    first = attack(date(2011, 1, 1), PORT, precision="year", actors=frozenset({"old-front"}))
    second = attack(date(2011, 1, 1), PORT, precision="year", actors=frozenset({"its-leader"}))
    assert resolve_event(second, {"recalled": first}).event_id == "recalled"
    # A year-only recollection of a day-dated attack of that city links to it too.
    dated = attack(date(2011, 6, 2), PORT, actors=frozenset({"old-front"}))
    decision = resolve_event(second, {"dated": dated})
    assert decision.event_id == "dated" and decision.kind == "mention"
    # Day-dated reports blaming different actors stay apart.
    a = attack(date(2011, 3, 3), PORT, actors=frozenset({"old-front"}))
    b = attack(date(2011, 3, 3), PORT, actors=frozenset({"its-leader"}))
    assert score_pair(b, a) is None


def statement(day: date, speakers: set[str], sentence: str, **kw: object) -> EventKey:
    return EventKey(
        "statement",
        day,
        speakers=frozenset(speakers),
        actors=frozenset(speakers),
        sentences=frozenset({sentence}),
        **kw,  # type: ignore[arg-type]
    )


def test_statements_join_only_the_same_speaker_on_the_same_day() -> None:
    minister = statement(date(2023, 4, 2), {"minister"}, "s1")
    assert resolve_event(statement(date(2023, 4, 2), {"minister"}, "s2"), {"m": minister}).event_id == "m"
    assert score_pair(statement(date(2023, 4, 2), {"spokesman"}, "s2"), minister) is None
    assert score_pair(statement(date(2023, 4, 3), {"minister"}, "s2"), minister) is None
    # Two days apart by publication: two statements, not one reported late.
    published = statement(date(2023, 4, 4), {"minister"}, "s9", from_publication=True)
    assert score_pair(published, minister) is None


def test_a_statement_without_a_speaker_joins_only_its_own_sentence() -> None:
    minister = statement(date(2023, 4, 2), {"minister"}, "s1")
    assert score_pair(statement(date(2023, 4, 2), set(), "s7"), minister) is None
    same_sentence = statement(date(2023, 4, 2), set(), "s1")
    assert resolve_event(same_sentence, {"m": minister}).event_id == "m"


def test_two_measures_of_one_sentence_are_two_events() -> None:
    def measure(targets: set[str]) -> EventKey:
        return EventKey(
            "sanction",
            date(2024, 6, 1),
            actors=frozenset({"state"}),
            targets=frozenset(targets),
            sentences=frozenset({"one sentence"}),
        )

    assert score_pair(measure({"airspace"}), measure({"border"})) is None
    # The same measure named twice by the sentence (or once without a target) is one.
    decision = score_pair(measure(set()), measure({"border"}))
    assert decision is not None and decision.score >= THRESHOLD

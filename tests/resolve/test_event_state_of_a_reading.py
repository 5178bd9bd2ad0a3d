"""A state a report names only because its town was read in the country its outlet filed from:
"the junta" of a report datelined across the border, taken for the state of the dateline's
country, beside a town no gazetteer placed that another report gives in its own country. The state
comes from that reading and names no doer (``events.state_of_a_reading``, ``events.pair_decision``).
"""

from __future__ import annotations

from datetime import date

from nexus.resolve.events import Decision, EventKey, PlaceKey, pair_decision, state_of_a_reading

DAY = date(2026, 5, 8)


def _strike(place: PlaceKey, actor: str | None) -> EventKey:
    return EventKey(
        type="military_action",
        day=DAY,
        place=place,
        actors=frozenset({f"entity-{actor.lower()}"}) if actor else frozenset(),
        actor_names=frozenset({actor}) if actor else frozenset(),
    )


READ_ACROSS = PlaceKey("Lawkpa", "city", "TH", country_read=True)  # filed from across the border
AT_HOME = PlaceKey("Lawkpa", "city", "MM")


def test_the_state_of_the_country_a_town_was_read_in_is_no_doer() -> None:
    filed_across = _strike(READ_ACROSS, "Thailand")
    at_home = _strike(AT_HOME, "Myanmar")
    assert state_of_a_reading(filed_across, at_home)
    assert not state_of_a_reading(at_home, filed_across)  # its country is the text's, not a reading
    decision = pair_decision(at_home, filed_across)
    assert isinstance(decision, Decision) and decision.score >= 0.55


def test_a_state_named_beside_a_placed_town_or_another_town_stays_a_doer() -> None:
    at_home = _strike(AT_HOME, "Myanmar")
    placed = PlaceKey("Lawkpa", "city", "TH", "Chiang Mai", 18.8, 98.9)  # the gazetteer's own reading
    assert not state_of_a_reading(_strike(placed, "Thailand"), at_home)
    other_town = _strike(PlaceKey("Mese", "city", "TH", country_read=True), "Thailand")
    assert not state_of_a_reading(other_town, at_home)  # no town of one name read in two countries
    group = _strike(READ_ACROSS, "Karenni Army")
    assert not state_of_a_reading(group, at_home)  # a group, not the state of the reading
    assert pair_decision(at_home, group) == "actors: entity-myanmar / entity-karenni army"

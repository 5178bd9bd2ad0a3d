"""A state blamed from across a border: an outlet filing from a neighbouring country has "the
junta" or "the army" read as that country's state, while another outlet blames the state the
place lies in. The foreign state names no doer that tells the two reports apart; a group, two
states neither of them at home, or a side placed nowhere still do.

Invented towns placed in real countries (the states are those the geocoder's country names give).
"""

from __future__ import annotations

from datetime import date

from nexus.resolve.events import (
    THRESHOLD,
    EventKey,
    PlaceKey,
    read_in_two_countries,
    score_pair,
    state_from_abroad,
)

#: A town of Sudan with coordinates, and a village of it no gazetteer placed.
KORDALA = PlaceKey("Kordala", "city", "SD", "North Darfur", 13.6, 25.3)
KORDALA_UNPLACED = PlaceKey("Kordala", "city", "SD")


def _key(*actors: str, place: PlaceKey | None = KORDALA, killed: int | None = 9) -> EventKey:
    return EventKey(
        "military_action",
        date(2026, 2, 3),
        place=place,
        actors=frozenset(a.lower() for a in actors),
        actor_names=frozenset(actors),
        figures=frozenset({("killed", killed)}) if killed is not None else frozenset(),
        targets=frozenset({"market"}),
    )


def test_a_foreign_state_beside_the_home_state_tells_nothing_apart() -> None:
    assert state_from_abroad(_key("Chad"), _key("Sudan"))
    assert state_from_abroad(_key("Chad"), _key("Sudanese army"))
    assert state_from_abroad(_key("Chad", place=KORDALA_UNPLACED), _key("Sudan"))
    assert not state_from_abroad(_key("Sudan"), _key("Chad"))  # the home state is no reading from abroad


def test_the_air_strike_told_from_across_the_border_is_one_event() -> None:
    # no figure in common: only the doer the reports name could tie or part them
    filed_abroad = _key("Chad", killed=None)
    at_home = _key("Sudan", killed=11)
    for report, candidate in ((filed_abroad, at_home), (at_home, filed_abroad)):
        decision = score_pair(report, candidate)
        assert decision is not None and decision.score >= THRESHOLD


def test_a_group_or_two_foreign_states_still_tell_reports_apart() -> None:
    assert not state_from_abroad(_key("Chad"), _key("Rapid Support Forces"))
    assert not state_from_abroad(_key("Rapid Support Forces"), _key("Sudan"))
    assert not state_from_abroad(_key("Chad"), _key("Egypt"))  # neither state is at home
    assert not state_from_abroad(_key("Chad", "Rapid Support Forces"), _key("Sudan"))
    assert score_pair(_key("Chad", killed=None), _key("Rapid Support Forces")) is None
    assert score_pair(_key("Chad", killed=None), _key("Egypt")) is None


def test_a_side_placed_nowhere_or_elsewhere_is_not_read_so() -> None:
    assert not state_from_abroad(_key("Chad", place=None), _key("Sudan"))
    abeche = PlaceKey("Abeche", "city", "TD", "Ouaddai", 13.8, 20.8)
    assert not state_from_abroad(_key("Chad"), _key("Sudan", place=abeche))


def test_a_town_read_in_the_filing_country_is_where_the_other_places_it() -> None:
    read_abroad = PlaceKey("Kordala", "city", "TD", country_read=True)
    assert state_from_abroad(_key("Chad", place=read_abroad), _key("Sudan"))
    placed_abroad = PlaceKey("Kordala", "city", "TD")  # the gazetteer's own reading: another town
    assert not state_from_abroad(_key("Chad", place=placed_abroad), _key("Sudan"))


def test_a_town_read_in_the_filing_country_may_be_a_township_of_its_name() -> None:
    read_abroad = PlaceKey("Kordala", "city", "TD", country_read=True)
    township = PlaceKey("Kordala", "admin", "SD", "North Darfur")
    assert read_in_two_countries(read_abroad, township)
    assert read_in_two_countries(township, read_abroad)
    # a first-level division, a town the gazetteer placed, another name: no such reading
    assert not read_in_two_countries(read_abroad, PlaceKey("Kordala", "admin", "SD", "Kordala"))
    placed = PlaceKey("Kordala", "city", "TD", "Ouaddai", 13.8, 20.8)
    assert not read_in_two_countries(placed, township)
    assert not read_in_two_countries(read_abroad, PlaceKey("Velmana", "admin", "SD", "North Darfur"))
    assert not read_in_two_countries(PlaceKey("Kordala", "city", "TD"), township)  # its own country

"""Event identity across outlets (session 38): a de facto government (an armed group the actor
gazetteer marks as acting for its country's state) named as the doer of an attack in its own
country is the state that gave the toll, not a doer that keeps the report from another
outlet's group."""

from __future__ import annotations

from datetime import date

from nexus.resolve.entities import state_of
from nexus.resolve.events import THRESHOLD, Decision, EventKey, PlaceKey, pair_decision, state_named_for_doer


def _attack(actor: str, country: str, *, killed: int | None = 7) -> EventKey:
    return EventKey(
        type="attack",
        day=date(2026, 4, 3),
        place=PlaceKey("Dastrabad", "city", country, None, 34.1, 66.2),
        actors=frozenset({f"entity-{actor.lower().replace(' ', '-')}"}),
        actor_names=frozenset({actor}),
        figures=frozenset() if killed is None else frozenset({("killed", killed)}),
    )


def test_a_de_facto_government_is_its_countrys_state() -> None:
    assert state_of("Taliban") == state_of("Islamic Emirate of Afghanistan") == "AF"
    assert state_of("Tehrik-i-Taliban Pakistan") is None  # a group fighting its state


def test_an_attack_blamed_on_the_government_of_its_country_joins_the_groups_report() -> None:
    # "officials of the Islamic Emirate said seven were killed": the authority giving the toll
    told_by_the_authority = _attack("Taliban", "AF")
    assert state_named_for_doer(told_by_the_authority)
    decision = pair_decision(
        told_by_the_authority, _attack("Islamic State Khorasan Province", "AF", killed=None)
    )
    assert isinstance(decision, Decision) and decision.score >= THRESHOLD


def test_the_same_group_blamed_abroad_still_names_a_doer() -> None:
    abroad = _attack("Taliban", "PK")
    assert not state_named_for_doer(abroad)
    assert str(pair_decision(abroad, _attack("Dastra Front", "PK", killed=None))).startswith("actors")

"""Event identity across outlets (session 32): a town an outlet filing from abroad leaves unplaced
(no coordinates, the country its document was read in) is the same-named town another outlet's
gazetteer placed across the border; an attack whose only actor is the state of the country it
happens in names no doer that keeps it from another outlet's group."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from nexus.resolve.events import (
    THRESHOLD,
    Decision,
    EventKey,
    PlaceKey,
    pair_decision,
    place_score,
    read_in_two_countries,
    state_named_for_doer,
)

StoredAttacks = Callable[[list[dict[str, str]]], list[Any]]

FILED_ACROSS_THE_BORDER = {
    "id": "kb32-across",
    "outlet": "Cibao Courier",
    "published": "2026-09-14",
    "text": "SANTO DOMINGO -- Dominican soldiers reinforced the frontier on Monday as families fled "
    "Saturday's gang raid on Hinche, which left 14 people dead according to church workers. Dominican "
    "officials said they were setting up tents near Dajabon.",
}
FILED_AT_HOME = {
    "id": "kb32-home",
    "outlet": "Plateau Central Radio",
    "published": "2026-09-13",
    "text": "PORT-AU-PRINCE -- Gang members killed 14 people in Hinche, in central Haiti, on Saturday, "
    "police said. The attackers set fire to a market before leaving.",
}


def test_a_town_left_unplaced_by_an_outlet_abroad_joins_the_town_placed_at_home(
    stored_attacks: StoredAttacks,
) -> None:
    rows = stored_attacks([FILED_ACROSS_THE_BORDER, FILED_AT_HOME])
    assert len(rows) == 2 and len({row.event_id for row in rows}) == 1


def test_one_town_name_read_in_two_countries_scores_as_one_place_when_a_side_is_unplaced() -> None:
    unplaced = PlaceKey("Kelmora", "city", "VX", None, None, None, country_read=True)
    placed = PlaceKey("Kelmorah", "city", "VY", None, 12.5, 3.25)
    assert read_in_two_countries(unplaced, placed)
    assert place_score(unplaced, placed)[0] is not None


def test_towns_placed_in_two_countries_or_regions_read_in_two_stay_apart() -> None:
    here = PlaceKey("Kelmora", "city", "VX", None, 12.0, 3.0)
    there = PlaceKey("Kelmora", "city", "VY", None, 12.5, 3.25)
    assert place_score(here, there)[0] is None  # both placed by a gazetteer: namesakes
    region = PlaceKey("Kelmora", "admin", "VX", None, None, None)
    assert place_score(region, PlaceKey("Kelmora", "admin", "VY", None, None, None))[0] is None
    other = PlaceKey("Dastrona", "city", "VY", None, 12.5, 3.25)
    assert (
        place_score(PlaceKey("Kelmora", "city", "VX", None, None, None, country_read=True), other)[0] is None
    )
    # a country the extractor gave the unplaced town itself, not its document's reading
    assert place_score(PlaceKey("Kelmora", "city", "VX", None, None, None), there)[0] is None


def _attack(actor: str, country: str, *, kind: str = "attack", killed: int | None = 9) -> EventKey:
    return EventKey(
        type=kind,
        day=date(2026, 3, 12),
        place=PlaceKey("Kelmora", "city", country, None, 12.1, 15.2),
        actors=frozenset({f"entity-{actor.lower()}"}),
        actor_names=frozenset({actor}),
        figures=frozenset() if killed is None else frozenset({("killed", killed)}),
    )


def test_an_attack_blamed_on_the_state_it_happens_in_names_no_doer() -> None:
    # an extractor took the government that gave the toll, or the soldiers attacked, for the attacker
    told_by_the_state = _attack("Chad", "TD")
    assert state_named_for_doer(told_by_the_state)
    decision = pair_decision(told_by_the_state, _attack("Kelmora Brigade", "TD", killed=None))
    assert isinstance(decision, Decision) and decision.score >= THRESHOLD


@pytest.mark.parametrize(
    ("actor", "country", "kind"),
    [("Nigeria", "TD", "attack"), ("Chad", "TD", "military_action"), ("Kelmora Brigade", "TD", "attack")],
)
def test_a_state_abroad_a_states_own_operation_or_a_group_still_name_a_doer(
    actor: str, country: str, kind: str
) -> None:
    key = _attack(actor, country, kind=kind)
    assert not state_named_for_doer(key)
    other = _attack("Dastrona Front", country, kind=kind, killed=None)
    assert str(pair_decision(key, other)).startswith("actors")

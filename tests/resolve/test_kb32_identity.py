"""Event identity across outlets (session 32): a town an outlet filing from abroad leaves unplaced
(no coordinates, the country its document was read in) is the same-named town another outlet's
gazetteer placed across the border."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from nexus.resolve.events import PlaceKey, place_score, read_in_two_countries

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
    unplaced = PlaceKey("Kelmora", "city", "VX", None, None, None)
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
    assert place_score(PlaceKey("Kelmora", "city", "VX", None, None, None), other)[0] is None

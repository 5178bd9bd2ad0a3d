"""A town set in a division whose name some hamlet elsewhere in the country also bears keeps its own
position ("X, Velm": the state, not the hamlet called Velm), and a village no gazetteer knows, set
so, takes the state's country and division without the hamlet's coordinates; a village set "in the
Z region" by the English name of a region the tables spell otherwise is no point at Z town; a clause
of place hung on the container of a village ("X, in the Z region, where ...") tells of the village;
a square, palace or quarter set "in the centre of Y", "in central Y" or "X palace in Y", with a
lowercase word before the place noun ("the X shopping district in Y"), lies in the town Y.

Invented reports: the villages and persons are made up, the towns and divisions real.
"""

from __future__ import annotations

from typing import Any

import pytest


def _events(extraction: Any, kind: str) -> list[Any]:
    return [e for e in extraction.events if e.type == kind]


TOWN_IN_A_STATE_WITH_A_NAMESAKE_HAMLET = (
    "MEXICO CITY, March 3 — Gunmen killed four police officers in Zapotlanejo, Jalisco, on Sunday "
    "night, state prosecutors said."
)


def test_a_town_set_in_a_state_keeps_its_own_position(extract: Any) -> None:
    attacks = _events(extract(TOWN_IN_A_STATE_WITH_A_NAMESAKE_HAMLET, published="2025-03-03"), "attack")
    assert attacks and attacks[0].place is not None and attacks[0].place.name == "Zapotlanejo"
    assert attacks[0].place.lat == pytest.approx(20.62, abs=0.3)
    assert attacks[0].place.admin1 == "Jalisco"


VILLAGE_IN_A_STATE_WITH_A_NAMESAKE_HAMLET = (
    "MEXICO CITY, March 3 — Gunmen killed four farmers in Rancho Kelmapa, Sinaloa, on Sunday night, "
    "state prosecutors said."
)


def test_an_unknown_village_takes_the_state_not_the_hamlet(extract: Any) -> None:
    attacks = _events(extract(VILLAGE_IN_A_STATE_WITH_A_NAMESAKE_HAMLET, published="2025-03-03"), "attack")
    assert attacks and attacks[0].place is not None
    assert attacks[0].place.admin1 == "Sinaloa"
    assert attacks[0].place.lat is None


TOWN_IN_A_PROVINCE_WITH_A_NAMESAKE_CITY = (
    "COTABATO CITY, June 4 — A grenade thrown at a bus terminal in Tacurong, Sultan Kudarat, "
    "wounded seven people on Tuesday, police said."
)


def test_a_town_set_in_a_province_keeps_its_own_position(extract: Any) -> None:
    attacks = _events(extract(TOWN_IN_A_PROVINCE_WITH_A_NAMESAKE_CITY, published="2025-06-04"), "attack")
    assert attacks and attacks[0].place is not None and attacks[0].place.name == "Tacurong"
    assert attacks[0].place.lat == pytest.approx(6.69, abs=0.2)


VILLAGE_IN_A_REGION_SPELT_IN_ENGLISH = (
    "BAMAKO, May 9 — Jihadist fighters attacked a military post in Kelgoundi, in the Timbuktu region, "
    "at dawn on Thursday, the army said."
)


def test_a_village_in_a_region_is_no_point_at_the_regions_town(extract: Any) -> None:
    attacks = _events(extract(VILLAGE_IN_A_REGION_SPELT_IN_ENGLISH, published="2025-05-09"), "attack")
    assert attacks and attacks[0].place is not None and attacks[0].place.name == "Kelgoundi"
    assert attacks[0].place.country == "ML"
    assert attacks[0].place.lat is None


CLAUSE_OF_PLACE_ON_THE_CONTAINER = (
    "The raid revived memories of Kelmoura, in the Mopti region, where soldiers killed at least 200 "
    "villagers over four days in March 2022."
)


def test_a_clause_of_place_on_the_container_tells_of_the_village(extract: Any) -> None:
    actions = _events(extract(CLAUSE_OF_PLACE_ON_THE_CONTAINER, published="2025-05-09"), "military_action")
    assert actions and actions[0].place is not None and actions[0].place.name == "Kelmoura"


SQUARE_IN_THE_CENTRE_OF_A_TOWN = (
    "A man stabbed three people at a tram stop on Kelmerplatz in the centre of Dortmund on Saturday "
    "evening, police said."
)
QUARTER_IN_CENTRAL_TOWN = (
    "A car bomb struck the Kelmeri shopping district in central Kirkuk on Monday, killing 30 people, "
    "police said."
)
PALACE_IN_A_CAPITAL = (
    "The president chaired a meeting of the defence council at Kelmeri palace in Niamey on Tuesday "
    "evening, state television reported."
)


@pytest.mark.parametrize(
    ("text", "kind", "name", "lat"),
    [
        (SQUARE_IN_THE_CENTRE_OF_A_TOWN, "attack", "Kelmerplatz", 51.5),
        (QUARTER_IN_CENTRAL_TOWN, "attack", "Kelmeri", 35.5),
        (PALACE_IN_A_CAPITAL, "meeting", "Kelmeri", 13.5),
    ],
)
def test_a_site_set_in_the_middle_of_a_town_takes_the_towns_position(
    extract: Any, text: str, kind: str, name: str, lat: float
) -> None:
    events = _events(extract(text, published="2025-03-10"), kind)
    assert events and events[0].place is not None and events[0].place.name == name
    assert events[0].place.lat == pytest.approx(lat, abs=0.3)

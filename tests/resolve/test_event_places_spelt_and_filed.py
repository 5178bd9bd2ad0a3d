"""Event identity across outlets (session 38): a de facto government (an armed group the actor
gazetteer marks as acting for its country's state) named as the doer of an attack in its own
country is the state that gave the toll, not a doer that keeps the report from another
outlet's group; one district of a province spelt two ways is one place, whatever coordinates
the geocoder gave each spelling; a Creole place name is its French spelling ("Ti" / "Petite")."""

from __future__ import annotations

from datetime import date

from nexus.resolve.entities import state_of
from nexus.resolve.events import (
    SPELT_ALIKE_SCORE,
    THRESHOLD,
    Decision,
    EventKey,
    PlaceKey,
    creole_as_french,
    divisions_spelt_alike,
    names_alike,
    pair_decision,
    place_score,
    spelt_alike,
    state_named_for_doer,
)


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


def _division(name: str, admin1: str, lat: float, lon: float) -> PlaceKey:
    return PlaceKey(name, "admin", "VX", admin1, lat, lon)


def test_one_district_spelt_two_ways_is_one_place_whatever_its_coordinates() -> None:
    # "Kuela district of Velm province" and "Kula district, Velm": the geocoder put the spelling it
    # only half knew at the province's seat, 30 km from the district's own coordinates
    first, second = _division("Kuela District", "Velm", 6.4, 101.5), _division("Kula", "Velm", 6.4, 101.8)
    assert divisions_spelt_alike(first, second)
    assert place_score(first, second)[0] == SPELT_ALIKE_SCORE


def test_districts_of_other_names_or_provinces_and_the_province_itself_stay_apart() -> None:
    kula = _division("Kula", "Velm", 6.4, 101.5)
    assert not divisions_spelt_alike(kula, _division("Kelmora", "Velm", 6.4, 101.8))  # another district
    assert not divisions_spelt_alike(kula, _division("Kuela", "Dastra", 6.4, 101.8))  # another province's
    assert not divisions_spelt_alike(kula, _division("Velm Province", "Velm", 6.4, 101.8))  # its province
    assert not divisions_spelt_alike(kula, PlaceKey("Kuela", "city", "VX", "Velm", 6.4, 101.8))  # a town
    assert place_score(kula, _division("Kelmora", "Velm", 6.4, 101.8))[1].endswith("km apart")


def test_a_creole_place_name_is_its_french_spelling() -> None:
    # "Ti Kelmo" in a Creole-speaking outlet's report is the "Petite-Kelmo" of a French-language one
    assert creole_as_french("Ti Rivyè") == "petite riviere"
    assert names_alike("Ti Kelmo", "Petite-Kelmo") and names_alike("Gran Dastre", "Grand Dastre")
    creole, french = PlaceKey("Ti Kelmo", "site", "VX"), PlaceKey("Petite-Kelmo de l'Ostra", "city", "VX")
    assert spelt_alike(creole, french)  # the French name closed by the region it is "of"


def test_creole_words_do_not_join_other_names() -> None:
    assert not names_alike("Ti Kelmo", "Grand Kelmo")  # small and great: two places
    assert not names_alike("Ti Kelmo", "Petite-Dastra")
    assert not spelt_alike(PlaceKey("Ti Kelmo", "site", "VX"), PlaceKey("Petite-Kelmo", "city", "VY"))


def _filed(place: PlaceKey, *, borrowed: bool = False, killed: int = 15, target: str = "brigade") -> EventKey:
    return EventKey(
        type="attack",
        day=date(2026, 2, 3),
        place=place,
        figures=frozenset({("killed", killed)}),
        targets=frozenset({target}),
        place_borrowed=borrowed,
    )


def _score(report: EventKey, candidate: EventKey) -> float:
    decision = pair_decision(report, candidate)
    return decision.score if isinstance(decision, Decision) else 0.0


def test_a_dateline_abroad_says_nothing_against_a_scene_no_country_holds() -> None:
    # "PORTAVEL - Fifteen gendarmes were killed in Tuesday's assault on the Kelmora brigade" (filed
    # from a neighbouring capital) and "the attack on the brigade at Kelmora killed 15"
    abroad = _filed(PlaceKey("Portavel", "city", "VY", None, 5.3, -4.0), borrowed=True, target="gendarme")
    decision = pair_decision(abroad, _filed(PlaceKey("Kelmora", "city", None)))
    assert isinstance(decision, Decision) and decision.score >= THRESHOLD
    assert "only where a report was filed" in decision.reasons[2]


def test_a_dateline_abroad_still_gates_a_scene_placed_or_untied() -> None:
    abroad = _filed(PlaceKey("Portavel", "city", "VY", None, 5.3, -4.0), borrowed=True, target="gendarme")
    placed = _filed(PlaceKey("Kelmora", "city", "VX", None, 12.0, -1.0))  # a gazetteer's town abroad
    assert isinstance(pair_decision(abroad, placed), str)
    assert _score(abroad, _filed(PlaceKey("Kelmora", "city", None), killed=3)) < THRESHOLD  # no figure shared
    # its own sentence names the capital: a scene of its own, not a dateline
    told_there = _filed(PlaceKey("Portavel", "city", "VY", None, 5.3, -4.0), target="gendarme")
    assert _score(told_there, _filed(PlaceKey("Kelmora", "city", None))) < THRESHOLD

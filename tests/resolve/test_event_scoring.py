"""Event identity as a scored decision: features, gates, mentions and the reasons kept."""

from __future__ import annotations

from datetime import date

from nexus.resolve import EventKey, PlaceKey, resolve_event
from nexus.resolve.events import THRESHOLD, methods_clash, score_pair, target_heads

#: Made-up places: a town, a site inside it, another site of it, and a town in another country.
TOWN = PlaceKey("Norbury", "city", "ZZ", "Eastern", 5.0, 5.0)
DEPOT = PlaceKey("Norbury bus depot", "site", "ZZ", "Eastern", 5.01, 5.0)
STADIUM = PlaceKey("Norbury stadium", "site", "ZZ", "Eastern", 5.02, 5.01)
ABROAD = PlaceKey("Fenwick", "city", "YY", None, 5.1, 5.1)
NO_COORDS = PlaceKey("the valley", "admin", "ZZ")


def report(day: date, place: PlaceKey | None = TOWN, **kw: object) -> EventKey:
    return EventKey("attack", day, place=place, **kw)  # type: ignore[arg-type]


def test_same_day_same_town_shared_figure_is_one_event_with_reasons() -> None:
    a = report(date(2021, 7, 9), figures=frozenset({("killed", 9)}))
    b = report(date(2021, 7, 9), figures=frozenset({("killed", 9), ("injured", 20)}))
    decision = resolve_event(a, {"ev1": b})
    assert decision.event_id == "ev1" and decision.kind == "same"
    assert decision.score > 0.8
    assert any("shared figure killed 9" in reason for reason in decision.reasons)
    assert decision.as_json()["features"]["figures"] == 1.0


def test_two_days_later_at_another_target_of_the_same_town_is_a_new_event() -> None:
    market = report(
        date(2021, 7, 9), targets=target_heads(["the central market"]), figures=frozenset({("killed", 9)})
    )
    checkpoint = report(
        date(2021, 7, 11), targets=target_heads(["an army checkpoint"]), figures=frozenset({("killed", 2)})
    )
    decision = resolve_event(checkpoint, {"market": market})
    assert decision.event_id is None and decision.kind == "new"
    assert 0 < decision.score < THRESHOLD  # the near miss is explained, not silent
    assert any("different targets" in reason for reason in decision.reasons)


def test_two_different_sites_of_one_town_score_low_on_place() -> None:
    decision = score_pair(report(date(2021, 7, 9), DEPOT), report(date(2021, 7, 9), STADIUM))
    assert decision is not None and dict(decision.features)["place"] == 0.2


def test_a_year_only_recollection_links_as_a_mention() -> None:
    event = report(date(2019, 10, 2), targets=target_heads(["a police station"]))
    recalled = report(date(2019, 1, 1), precision="year", targets=target_heads(["the police stations"]))
    decision = resolve_event(recalled, {"ev": event})
    assert decision.event_id == "ev" and decision.kind == "mention"


def test_a_month_only_recollection_of_another_month_does_not_link() -> None:
    event = report(date(2019, 10, 2))
    recalled = report(date(2019, 6, 1), precision="month")
    assert resolve_event(recalled, {"ev": event}).event_id is None


def test_another_country_is_a_gate_whatever_else_agrees() -> None:
    figures = frozenset({("killed", 4)})
    a = report(date(2021, 7, 9), figures=figures)
    b = report(date(2021, 7, 9), ABROAD, figures=figures)
    assert score_pair(a, b) is None


def test_a_place_name_without_coordinates_joins_only_with_a_shared_figure() -> None:
    a = report(date(2021, 7, 9), figures=frozenset({("killed", 31)}))
    same_toll = report(date(2021, 7, 9), NO_COORDS, figures=frozenset({("killed", 31)}))
    other_toll = report(date(2021, 7, 9), NO_COORDS, figures=frozenset({("killed", 3)}))
    assert resolve_event(same_toll, {"ev": a}).event_id == "ev"
    assert resolve_event(other_toll, {"ev": a}).event_id is None


def test_target_heads_ignore_articles_and_plurals() -> None:
    assert target_heads(["the crowded markets", "a bus"]) == frozenset({"market", "bus"})
    assert target_heads(None) == frozenset()


def test_the_best_candidate_wins_whatever_the_order() -> None:
    near = report(date(2021, 7, 9), figures=frozenset({("killed", 5)}))
    far = report(date(2021, 7, 8))
    r = report(date(2021, 7, 9), figures=frozenset({("killed", 5)}))
    assert resolve_event(r, {"a": far, "b": near}).event_id == "b"
    assert resolve_event(r, {"b": near, "a": far}).event_id == "b"


def test_far_apart_tolls_keep_two_operations_of_one_province_apart() -> None:
    # A raid with forty dead and a skirmish with two dead, a day apart, one placed only by its province.
    province = PlaceKey("Eastern", "admin", "ZZ", "Eastern")
    raid = EventKey(
        "military_action", date(2022, 4, 3), figures=frozenset({("killed", 40)}), actors=frozenset({"army"})
    )
    skirmish = EventKey(
        "military_action",
        date(2022, 4, 4),
        place=province,
        figures=frozenset({("killed", 2)}),
        actors=frozenset({"army"}),
    )
    decision = resolve_event(skirmish, {"raid": raid})
    assert decision.event_id is None
    assert any("figures far apart (killed)" in reason for reason in decision.reasons)
    assert dict(decision.features)["figures"] == 0.0


def test_a_rising_toll_is_no_clash_when_an_earlier_count_is_close() -> None:
    # The event already holds an early count (9) and a later one (30): a report of 34 stays with it.
    event = report(date(2022, 4, 3), figures=frozenset({("killed", 9), ("killed", 30)}))
    later = report(date(2022, 4, 4), figures=frozenset({("killed", 34)}))
    assert resolve_event(later, {"ev": event}).event_id == "ev"


def test_small_differences_between_counts_are_not_a_clash() -> None:
    from nexus.resolve.events import figures_clash

    assert figures_clash(3, 33) and figures_clash(600, 2800)
    assert not figures_clash(1, 4)  # too small a gap to mean anything
    assert not figures_clash(40, 115)  # an early and a later count of one toll


def test_two_weapons_on_one_day_in_one_town_are_two_incidents() -> None:
    """A roadside bomb in the morning and gunmen at a checkpoint at night: one district, one day."""
    bombing = report(date(2024, 6, 9), figures=frozenset({("killed", 2)}), methods=frozenset({"explosives"}))
    shooting = report(
        date(2024, 6, 9),
        actors=frozenset({"front"}),
        figures=frozenset({("killed", 6)}),
        methods=frozenset({"firearms"}),
    )
    decision = resolve_event(bombing, {"shooting": shooting})
    assert decision.event_id is None, decision.reasons
    assert any("different means" in reason for reason in decision.reasons)
    # the same reports without their means would be one incident: the means decided
    unarmed = report(date(2024, 6, 9), actors=frozenset({"front"}), figures=frozenset({("killed", 6)}))
    plain = resolve_event(report(date(2024, 6, 9), figures=frozenset({("killed", 2)})), {"shooting": unarmed})
    assert plain.event_id == "shooting"


def test_a_means_on_one_side_only_or_hostage_taking_is_no_clash() -> None:
    hijack = report(date(2024, 3, 11), actors=frozenset({"front"}), methods=frozenset({"kidnapping"}))
    gunfight = report(date(2024, 3, 11), actors=frozenset({"front"}), methods=frozenset({"firearms"}))
    assert resolve_event(hijack, {"siege": gunfight}).event_id == "siege"
    untold = report(date(2024, 3, 11), actors=frozenset({"front"}))
    assert resolve_event(untold, {"siege": gunfight}).event_id == "siege"


def test_weapons_of_one_family_are_no_clash() -> None:
    """A drone strike and an air strike on one village and day, told by two sides: one raid."""
    drone = report(date(2024, 2, 1), DEPOT, actors=frozenset({"air force"}), methods=frozenset({"drone"}))
    jets = report(date(2024, 2, 1), methods=frozenset({"airstrike"}), figures=frozenset({("killed", 4)}))
    assert not methods_clash(drone, jets)
    assert resolve_event(drone, {"raid": jets}).event_id == "raid"
    gunfire = report(date(2024, 2, 1), methods=frozenset({"firearms"}))
    assert methods_clash(drone, gunfire)


def _shelling(kind: str, day: date, actors: frozenset[str], method: str = "artillery") -> EventKey:
    return EventKey(
        kind, day, place=TOWN, actors=actors, methods=frozenset({method}), figures=frozenset({("killed", 8)})
    )


def test_one_shelling_told_as_an_attack_and_as_military_action_is_one_event() -> None:
    # One outlet blames a militia (an attack); another tells the bombardment with no actor.
    attack = _shelling("attack", date(2022, 3, 4), frozenset({"militia"}))
    told_otherwise = _shelling("military_action", date(2022, 3, 4), frozenset())
    decision = score_pair(told_otherwise, attack)
    assert decision is not None and decision.score >= THRESHOLD
    assert decision.reasons[0].startswith("kindred types")


def test_kindred_types_stay_apart_on_another_day_other_means_or_another_actor() -> None:
    attack = _shelling("attack", date(2022, 3, 4), frozenset({"militia"}))
    assert score_pair(_shelling("military_action", date(2022, 3, 5), frozenset()), attack) is None
    assert score_pair(_shelling("military_action", date(2022, 3, 4), frozenset(), "firearms"), attack) is None
    # The army's strike in reply names the army: the attack and the reply are two happenings.
    assert score_pair(_shelling("military_action", date(2022, 3, 4), frozenset({"army"})), attack) is None
    assert score_pair(_shelling("statement", date(2022, 3, 4), frozenset()), attack) is None


def test_houses_set_ablaze_do_not_tell_a_raid_by_gunmen_apart() -> None:
    """Arson goes with a raid by any weapon: "burning homes" and "gunmen shot" are one raid; a bomb
    and gunfire on one day still clash."""
    burnt = report(date(2024, 3, 5), methods=frozenset({"incendiary"}), figures=frozenset({("killed", 6)}))
    shot = report(date(2024, 3, 5), methods=frozenset({"firearms"}), figures=frozenset({("killed", 9)}))
    assert not methods_clash(burnt, shot)
    bombed = report(date(2024, 3, 5), methods=frozenset({"explosives"}))
    assert methods_clash(bombed, shot)


def test_a_town_named_as_attacked_is_the_place_and_no_target_that_differs() -> None:
    """ "Gunmen attacked Norbury" (the town kept as a target) and a report of houses burnt at
    Norbury the same day: the town is the place both give, not a target against the houses."""
    town_hit = report(date(2024, 3, 5), targets=target_heads(["Norbury"]))
    houses = report(
        date(2024, 3, 5),
        targets=target_heads(["houses"]),
        methods=frozenset({"incendiary"}),
        figures=frozenset({("killed", 12)}),
    )
    decision = score_pair(town_hit, houses)
    assert decision is not None
    assert decision.as_json()["features"]["targets"] == 0.5
    assert decision.score >= THRESHOLD

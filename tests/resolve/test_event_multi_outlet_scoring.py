"""Scoring pieces of cross-document identity that multi-outlet reports need.

Generic victim words are no target; an admin area matches the towns filed under it however
either names its kind; a report dated by the day a claim or toll was given is scored as one
dated by publication.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from nexus.resolve.events import (
    EventKey,
    PlaceKey,
    admin_key,
    place_score,
    score_pair,
    spelt_alike,
    target_heads,
)
from nexus.resolve.names import place_spelling as place_name_key

QUARRY = PlaceKey("Quarrytown", "city", "QQ", "Velm", 4.0, 9.0)


def test_generic_victim_words_are_no_target_head() -> None:
    assert target_heads(["at least 40 people", "a wedding procession"]) == frozenset({"procession"})
    assert target_heads(["the victims"]) == frozenset()
    assert target_heads(["twelve shepherds"]) == frozenset({"shepherd"})


def test_a_toll_restating_people_is_not_a_different_target_from_the_procession() -> None:
    first = EventKey("attack", date(2024, 3, 1), place=QUARRY, targets=target_heads(["a wedding procession"]))
    later = EventKey(
        "attack",
        date(2024, 3, 2),
        place=None,
        figures=frozenset({("killed", 40)}),
        targets=target_heads(["40 people"]),
        document_countries=frozenset({"QQ"}),  # placed nowhere, but its document names the country
    )
    decision = score_pair(later, first)
    assert decision is not None and dict(decision.features)["targets"] == 0.5


def test_admin_names_compare_without_their_kind_word() -> None:
    assert admin_key("Velm Province") == admin_key("Velm") == "velm"
    assert admin_key("Upper Velm Region") == "upper velm"
    assert admin_key("Province") == "province"
    state = PlaceKey("Velm Province", "admin", "QQ")
    score, reason = place_score(state, QUARRY)
    assert score == 0.5 and "contains" in reason
    other = PlaceKey("Orl Province", "admin", "QQ")
    assert place_score(other, QUARRY)[0] is None


def test_a_report_dated_by_its_claim_is_close_to_the_attack_two_days_before() -> None:
    attack = EventKey("attack", date(2024, 3, 1), place=QUARRY)
    claimed = EventKey("attack", date(2024, 3, 3), place=QUARRY)
    own = score_pair(claimed, attack)
    announced = score_pair(EventKey("attack", date(2024, 3, 3), place=QUARRY, from_publication=True), attack)
    assert own is not None and announced is not None
    assert dict(announced.features)["date"] > dict(own.features)["date"]


def test_one_town_spelt_two_ways_is_one_place_when_a_side_has_no_coordinates() -> None:
    known = PlaceKey("Dar Kelem", "city", "QQ", "Velm", 4.0, 9.0)
    unknown = PlaceKey("Darkelem", "city", "QQ")
    assert spelt_alike(unknown, known)
    score, reason = place_score(unknown, known)
    assert score is not None and score > 0.5 and "spelt" in reason


def test_names_alike_only_in_vowels_of_short_or_foreign_towns_stay_apart() -> None:
    assert not spelt_alike(PlaceKey("Bara", "city", "QQ"), PlaceKey("Bure", "city", "QQ"))  # too short
    assert not spelt_alike(PlaceKey("Darkelem", "city", "QQ"), PlaceKey("Dar Kelem", "city", "ZZ"))
    assert not spelt_alike(PlaceKey("Darkelem", "admin", "QQ"), PlaceKey("Dar Kelem", "city", "QQ"))
    assert place_score(PlaceKey("Darkelem", "city", "QQ"), PlaceKey("Darkolam", "city", "QQ"))[0] is not None
    assert place_score(PlaceKey("Darkelem", "city", "QQ"), PlaceKey("Dornsby", "city", "QQ"))[0] is None


def test_an_article_and_a_final_h_do_not_make_another_town() -> None:
    known = PlaceKey("As-Sufrah", "city", "QQ", "Velm", 4.0, 9.0)
    assert spelt_alike(PlaceKey("Sufra", "city", "QQ"), known)
    assert spelt_alike(PlaceKey("al-Sufrah", "city"), known)
    assert place_name_key("Al-Qurnah") == place_name_key("Qurna") == place_name_key("Qurneh") == "qurna"
    assert not spelt_alike(PlaceKey("Sufran", "city", "QQ"), known)
    assert not spelt_alike(PlaceKey("Bara", "city", "QQ"), PlaceKey("Al-Barah", "city", "QQ"))  # too short


def test_a_station_or_market_named_for_its_town_lies_in_that_town() -> None:
    station = PlaceKey("Quarrytown Central Station", "site")
    score, reason = place_score(station, QUARRY)
    assert score is not None and score >= 0.8 and "lies in" in reason
    assert place_score(PlaceKey("Dornsby Market", "site"), QUARRY)[0] is None
    assert place_score(PlaceKey("Quarrytown Central Station", "site", "ZZ"), QUARRY)[0] is None


def test_a_village_another_report_placed_by_the_event_s_town_joins_though_the_town_is_filed_first() -> None:
    village_in_town = PlaceKey("Oskelby", "district", "QQ", within="Quarrytown")
    event = EventKey(
        "attack",
        date(2024, 3, 1),
        place=QUARRY,
        places=(QUARRY, village_in_town),
        figures=frozenset({("killed", 9)}),
    )
    claimed = EventKey("attack", date(2024, 3, 1), place=PlaceKey("Oskelby", "city", "QQ"))
    decision = score_pair(claimed, event)
    assert decision is not None and "another report" in decision.reasons[2]
    elsewhere = EventKey("attack", date(2024, 3, 1), place=PlaceKey("Varnholt", "city", "QQ"))
    assert score_pair(elsewhere, event) is None


def test_a_state_and_the_force_acting_for_it_are_one_actor() -> None:
    from nexus.resolve.entities import state_of

    assert state_of("Kenya") == state_of("Kenya Defence Forces") == "KE"  # acts_for_state in actors.yaml
    assert state_of("Turkish troops") == state_of("the Turkish army") == "TR"
    assert state_of("Syrian Democratic Forces") is None  # a force that does not act for its country's state
    assert state_of("al-Shabaab") is None
    day = date(2024, 5, 2)
    by_state = EventKey(
        "military_action", day, place=QUARRY, actors=frozenset({"e-kenya"}), actor_names=frozenset({"Kenya"})
    )
    by_force = EventKey(
        "military_action",
        day,
        actors=frozenset({"e-kdf"}),
        actor_names=frozenset({"Kenya Defence Forces"}),
    )
    decision = score_pair(by_force, by_state)
    assert decision is not None and dict(decision.features)["actors"] == 1.0
    assert "one state and its forces (KE)" in decision.reasons
    by_group = replace(by_force, actors=frozenset({"e-shabaab"}), actor_names=frozenset({"al-Shabaab"}))
    assert score_pair(by_group, by_state) is None


def test_targets_worded_two_ways_are_one_kind_of_target() -> None:
    from nexus.resolve.events import target_score

    day = date(2024, 7, 9)
    checkpoint = EventKey("attack", day, targets=target_heads(["a border checkpoint"]))
    security_point = EventKey("attack", day, targets=target_heads(["the security point"]))
    soldiers = EventKey("attack", day, targets=target_heads(["three soldiers"]))
    policemen = EventKey("attack", day, targets=target_heads(["two policemen"]))
    shoppers = EventKey("attack", day, targets=target_heads(["a busy bazaar"]))
    score, reason = target_score(checkpoint, security_point)
    assert score == 0.75 and "checkpoint" in reason
    assert target_score(soldiers, policemen)[0] == 0.0  # people of two forces: no one kind
    assert target_score(checkpoint, shoppers)[0] == 0.0  # a checkpoint and a bazaar: two targets

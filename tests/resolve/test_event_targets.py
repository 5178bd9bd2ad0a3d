"""Targets in event identity: the people one outlet says were hit and the place or thing another
names are no disagreement; two different places, or two different groups of people, are."""

from __future__ import annotations

from nexus.resolve import EventKey
from nexus.resolve.events import target_heads, target_score


def targets(*names: str) -> EventKey:
    return EventKey("attack", None, targets=target_heads(list(names)))


def test_people_hit_and_the_building_hit_are_targets_of_different_kinds() -> None:
    score, reason = target_score(targets("three police officers"), targets("the police station"))
    assert score == 0.5 and "different kinds" in reason


def test_two_buildings_are_different_targets() -> None:
    assert target_score(targets("the police station"), targets("a crowded market"))[0] == 0.0


def test_two_groups_of_people_are_different_targets() -> None:
    assert target_score(targets("five soldiers"), targets("two teachers"))[0] == 0.0


def test_sides_naming_both_kinds_must_share_one() -> None:
    one = targets("four passengers", "a minibus")
    assert target_score(one, targets("the bus station", "two vendors"))[0] == 0.0
    assert target_score(one, targets("the minibus"))[0] == 1.0


def test_the_dead_in_general_are_no_target() -> None:
    assert target_heads(["the deaths", "bodies"]) == frozenset()


def test_a_village_and_its_houses_are_targets_of_one_kind() -> None:
    score, reason = target_score(targets("a farming village"), targets("the burnt houses"))
    assert score > 0.5 and "one kind" in reason
    assert target_score(targets("the village"), targets("an army checkpoint"))[0] == 0.0


def test_the_fighters_a_raid_hit_and_the_camp_it_raided_are_targets_of_different_kinds() -> None:
    # "a camp of separatist terrorists was dismantled" / "soldiers raided a camp near the village"
    score, reason = target_score(targets("seven terrorists"), targets("a camp", "the village"))
    assert score == 0.5 and "different kinds" in reason
    assert target_score(targets("two bandits"), targets("three insurgents"))[0] == 0.0


def test_people_named_loosely_may_be_the_other_sides_victims() -> None:
    # "eight civilians were killed" / "gunmen shot three men and burned the hamlet"
    score, reason = target_score(targets("eight civilians"), targets("three men", "the hamlet"))
    assert score == 0.5 and "loosely" in reason
    # named as a group on both sides, they are still two groups
    assert target_score(targets("four teachers"), targets("six herders"))[0] == 0.0

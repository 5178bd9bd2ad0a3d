"""Relations of fire opened on a force, of the people a struck vehicle carries, of ground named
by a wider lexicon of terrain, and of the bases a strike hits (session 25; one behaviour per
test, each with a kept-apart negative)."""

from __future__ import annotations

from typing import Any

import pytest


def rel(a: str, b: str, rtype: str) -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), rtype)


@pytest.mark.parametrize(
    ("text", "group", "force"),
    [
        (
            "Boko Haram fighters opened fire on a Nigerian Army patrol outside Bama on Friday.",
            "Boko Haram",
            "Nigerian Army",
        ),
        (
            "Late on Monday, gunmen of Jaish al-Adl opened fire on an Islamic Revolutionary Guard Corps "
            "convoy close to Saravan.",
            "Jaish al-Adl",
            "Islamic Revolutionary Guard Corps",
        ),
    ],
)
def test_opening_fire_on_a_force_is_hostility(relations: Any, text: str, group: str, force: str) -> None:
    assert rel(group, force, "hostility") in relations(text)


def test_fire_that_is_not_aimed_at_anyone_links_nobody(relations: Any) -> None:
    text = "A fire gutted the Kenya Police station in Lamu overnight, and al-Shabaab was not involved."
    assert not {r for r in relations(text) if r[1] == "hostility"}


@pytest.mark.parametrize(
    ("text", "group", "force"),
    [
        (
            "Militants of ISWAP shot at a launch ferrying sailors of the Nigerian Navy near Baga.",
            "ISWAP",
            "Nigerian Navy",
        ),
        (
            "Gunmen of Ansarul Islam ambushed a bus transporting gendarmes of the Malian Gendarmerie "
            "outside Segou.",
            "Ansarul Islam",
            "Malian Gendarmerie",
        ),
    ],
)
def test_the_people_a_struck_vehicle_carries_are_the_target(
    relations: Any, text: str, group: str, force: str
) -> None:
    assert rel(group, force, "hostility") in relations(text)


def test_a_vehicle_that_carries_no_named_force_gives_no_target(relations: Any) -> None:
    text = "ISWAP fighters shot at a canoe ferrying fishermen from Baga to the Nigerian Navy jetty."
    assert rel("ISWAP", "Nigerian Navy", "hostility") not in relations(text)


@pytest.mark.parametrize(
    ("text", "group", "places"),
    [
        (
            "Police blamed Ansar al-Sunna, whose fighters hide in the marshlands of Mocimboa.",
            "Ansar al-Sunna",
            ["Mocimboa"],
        ),
        (
            "The Oromo Liberation Army says its units operate in the highlands of Guji and Borana.",
            "Oromo Liberation Army",
            ["Guji", "Borana"],
        ),
        (
            "The Arakan Army, which operates in the gorges and plateaus of Chin State, denied it.",
            "Arakan Army",
            ["Chin State"],
        ),
    ],
)
def test_more_words_for_ground_give_the_place_a_group_operates_in(
    relations: Any, text: str, group: str, places: list[str]
) -> None:
    found = relations(text)
    for place in places:
        assert rel(group, place, "based_in") in found


def test_ground_named_without_a_place_gives_no_base(relations: Any) -> None:
    text = "The OLA rebels, who operate in the highlands of the west, rejected the talks."
    assert not {r for r in relations(text) if r[1] == "based_in"}


@pytest.mark.parametrize(
    ("text", "group", "place"),
    [
        (
            "Nigerian Air Force jets hit caves run by ISWAP in the Sambisa Forest at dawn.",
            "ISWAP",
            "Sambisa Forest",
        ),
        (
            "Coalition aircraft bombed caves used by Islamic State in the Hamrin Mountains overnight.",
            "Islamic State",
            "Hamrin Mountains",
        ),
    ],
)
def test_a_struck_hideout_of_a_group_says_where_the_group_is_based(
    relations: Any, text: str, group: str, place: str
) -> None:
    assert rel(group, place, "based_in") in relations(text)


def test_a_struck_post_of_a_state_force_is_no_base_of_the_attacker(relations: Any) -> None:
    text = "ISWAP fighters struck a camp of the Nigerian Army in Monguno before dawn."
    found = relations(text)
    assert rel("ISWAP", "Nigerian Army", "hostility") in found  # the sentence is read
    assert rel("ISWAP", "Monguno", "based_in") not in found
    assert rel("Nigerian Army", "Monguno", "based_in") not in found


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        ("Hamas condemned the raid and blamed Fatah for the arrests in Nablus.", "Hamas", "Fatah"),
        (
            "The Houthis condemned the strikes on the port and accused the Presidential Leadership "
            "Council of serving foreign powers.",
            "Houthis",
            "Presidential Leadership Council",
        ),
    ],
)
def test_a_verb_joined_to_a_verb_of_blame_shares_its_subject(
    relations: Any, text: str, accuser: str, accused: str
) -> None:
    assert rel(accuser, accused, "hostility") in relations(text)


def test_the_complement_of_an_accusation_still_belongs_to_the_accused(relations: Any) -> None:
    found = relations("The SNM accused the Wadani party of sheltering al-Shabaab.")
    assert rel("Wadani", "al-Shabaab", "cooperation") in found
    assert rel("SNM", "al-Shabaab", "cooperation") not in found


def test_ground_listed_beside_named_places_adds_its_own_place(relations: Any) -> None:
    found = relations(
        "The Kamtapur Liberation Organisation operates mainly in Alipurduar, Cooch Behar "
        "and parts of Jalpaiguri."
    )
    for place in ("Alipurduar", "Cooch Behar", "Jalpaiguri"):
        assert rel("Kamtapur Liberation Organisation", place, "based_in") in found


def test_a_listed_place_that_is_no_ground_is_not_read_as_one(relations: Any) -> None:
    found = relations(
        "The Kamtapur Liberation Organisation operates in Alipurduar and its leaders meet in Dhaka."
    )
    assert rel("Kamtapur Liberation Organisation", "Alipurduar", "based_in") in found  # the ground is read
    assert rel("Kamtapur Liberation Organisation", "Dhaka", "based_in") not in found


def test_camps_kept_across_the_border_lie_in_the_place_the_border_phrase_names(relations: Any) -> None:
    found = relations(
        "Police believe the Kamtapur Liberation Organisation has set up training camps over the "
        "border in Bhutan's Samtse district."
    )
    assert rel("Kamtapur Liberation Organisation", "Samtse", "based_in") in found
    assert rel("Kamtapur Liberation Organisation", "Bhutan", "based_in") in found


def test_a_border_crossed_without_camps_places_no_group(relations: Any) -> None:
    found = relations(
        "Police believe the Kamtapur Liberation Organisation sent a courier across the "
        "border in Bhutan's Samtse district."
    )
    assert not {r for r in found if r[1] == "based_in"}


def test_a_groups_men_regrouping_somewhere_place_the_group_there(relations: Any) -> None:
    found = relations("Officials added that Ansar al-Sunna cells had regrouped in the Quissanga district.")
    assert rel("Ansar al-Sunna", "Quissanga", "based_in") in found


def test_people_regrouping_who_are_no_groups_men_place_nobody(relations: Any) -> None:
    found = relations("The team regrouped in Pemba after the match against Ansar al-Sunna supporters.")
    assert not {r for r in found if r[1] == "based_in"}

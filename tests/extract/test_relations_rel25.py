"""Relations of custody, of ground used as a base, of bases an action comes from, and of a
place's own officers (session 24; one behaviour per test)."""

from __future__ import annotations

from typing import Any

import pytest


def rel(a: str, b: str, rtype: str) -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), rtype)


@pytest.mark.parametrize(
    ("text", "taker", "group"),
    [
        (
            "The Kenya Defence Forces arrested two suspected al-Shabaab cadres near Garissa.",
            "Kenya Defence Forces",
            "al-Shabaab",
        ),
        (
            "Soldiers of the Nigerian Army captured three Boko Haram fighters near Bama on Sunday.",
            "Nigerian Army",
            "Boko Haram",
        ),
        (
            "Five members of Jaish al-Adl were detained by the Islamic Revolutionary Guard Corps "
            "near Saravan.",
            "Islamic Revolutionary Guard Corps",
            "Jaish al-Adl",
        ),
    ],
)
def test_a_state_force_taking_a_groups_people_into_custody_is_hostile_to_the_group(
    relations: Any, text: str, taker: str, group: str
) -> None:
    assert rel(taker, group, "hostility") in relations(text)


def test_every_force_named_as_the_taker_is_hostile_to_the_group(relations: Any) -> None:
    found = relations(
        "The Nigerian Army and the Nigeria Police Force arrested four ISWAP commanders near Monguno."
    )
    assert rel("Nigerian Army", "ISWAP", "hostility") in found
    assert rel("Nigeria Police Force", "ISWAP", "hostility") in found


def test_a_group_seizing_soldiers_is_no_custody_hostility(relations: Any) -> None:
    seized = relations("Boko Haram fighters captured two soldiers of the Nigerian Army near Bama.")
    assert rel("Boko Haram", "Nigerian Army", "hostility") not in seized
    taken = relations("Two Boko Haram fighters were captured by soldiers of the Nigerian Army near Bama.")
    assert rel("Boko Haram", "Nigerian Army", "hostility") in taken


@pytest.mark.parametrize(
    ("text", "group", "place"),
    [
        (
            "Troops advanced on Mandara, a ridge used for years by Boko Haram gunmen as a hideout, "
            "on Tuesday.",
            "Boko Haram",
            "Mandara",
        ),
        ("Sambisa forest has been used by Boko Haram as a base since 2014.", "Boko Haram", "Sambisa"),
        ("The Lake Chad islands, used by ISWAP as rear bases, were bombed on Monday.", "ISWAP", "Lake Chad"),
    ],
)
def test_ground_used_by_a_group_as_a_base_in_the_passive_is_where_it_is_based(
    relations: Any, text: str, group: str, place: str
) -> None:
    assert rel(group, place, "based_in") in relations(text)


def test_ground_used_as_a_base_names_a_place_only_when_the_ground_is_named(relations: Any) -> None:
    unnamed = relations("A warehouse was used by the Nigerian Army as a base during the sweep.")
    assert not any(t == "based_in" for _, t in unnamed)
    named = relations("Dikwa school has been used by the Nigerian Army as a base since 2019.")
    assert rel("Nigerian Army", "Dikwa", "based_in") in named


def test_bases_an_action_on_an_object_is_directed_from_place_the_group(relations: Any) -> None:
    found = relations("Bolivian officials believe ELN chiefs run the cocaine trade from camps in Venezuela.")
    assert rel("ELN", "Venezuela", "based_in") in found


@pytest.mark.parametrize(
    ("text", "person", "place"),
    [
        (
            "Borno's state prosecutor, Musa Tijani, said the suspects would be charged.",
            "Musa Tijani",
            "Borno",
        ),
        (
            "Khyber Pakhtunkhwa's information adviser, Barrister Saif, condemned the attack.",
            "Barrister Saif",
            "Khyber Pakhtunkhwa",
        ),
    ],
)
def test_a_places_own_prosecutor_or_adviser_serves_that_place(
    relations: Any, text: str, person: str, place: str
) -> None:
    assert rel(person, place, "affiliation") in relations(text)


def test_custody_of_a_groups_man_named_in_the_phrase_is_hostility(relations: Any) -> None:
    text = (
        "Al-Shabaab has grown in Lamu. "
        "The Kenya Defence Forces later arrested a financier of al-Shabaab near Witu."
    )
    assert rel("Kenya Defence Forces", "Al-Shabaab", "hostility") in relations(text)


def test_custody_of_a_man_the_phrase_ties_to_no_named_group_is_no_hostility(relations: Any) -> None:
    opening = "Al-Shabaab has grown in Lamu. "
    unnamed = opening + "The Kenya Defence Forces later arrested a financier of the group near Witu."
    assert rel("Kenya Defence Forces", "Al-Shabaab", "hostility") not in relations(unnamed)
    named = opening + "The Kenya Defence Forces later arrested a financier of al-Shabaab near Witu."
    assert rel("Kenya Defence Forces", "Al-Shabaab", "hostility") in relations(named)


def test_among_them_is_not_read_back_to_the_agents_of_a_participle(relations: Any) -> None:
    # the hostages, not their captors, are "them": before session 24 Abdi Farah was made a member
    text = (
        "Somali troops freed eight hostages held by al-Shabaab fighters near Afgooye, among them Abdi Farah."
    )
    assert rel("Abdi Farah", "al-Shabaab", "affiliation") not in relations(text)


def test_among_them_still_reads_back_to_the_members_just_named(relations: Any) -> None:
    text = "The army killed seven members of al-Shabaab, among them Ali Hassan Noor."
    assert rel("Ali Hassan Noor", "al-Shabaab", "affiliation") in relations(text)


ALLIANCE = "Jama'at Nusrat al-Islam wal-Muslimin"
FOUNDERS = ("Ansar Dine", "al-Mourabitoun", "Macina Liberation Front")


@pytest.mark.parametrize(
    "text",
    [
        f"{ALLIANCE} was formed in 2017 by Ansar Dine, al-Mourabitoun and the Macina Liberation Front.",
        f"In 2017 Ansar Dine, al-Mourabitoun and the Macina Liberation Front merged to form {ALLIANCE}.",
        f"Ansar Dine joined al-Mourabitoun and the Macina Liberation Front in an alliance named {ALLIANCE}.",
    ],
)
def test_every_group_that_founds_or_joins_an_alliance_is_part_of_it(relations: Any, text: str) -> None:
    found = relations(text)
    for founder in FOUNDERS:
        assert rel(founder, ALLIANCE, "affiliation") in found


def test_a_group_joining_others_in_an_alliance_is_their_partner(relations: Any) -> None:
    found = relations(
        "In 2019 the Ahlu Sunna militia joined Ansar al-Sunna in a coalition called the Eastern Front."
    )
    assert rel("Ahlu Sunna", "Ansar al-Sunna", "cooperation") in found
    assert rel("Ahlu Sunna", "Eastern Front", "affiliation") in found
    assert rel("Ansar al-Sunna", "Eastern Front", "affiliation") in found


def test_groups_founding_an_alliance_together_are_not_made_partners_by_it(relations: Any) -> None:
    found = relations(
        f"{ALLIANCE} was formed in 2017 by Ansar Dine, al-Mourabitoun and the Macina Liberation Front."
    )
    assert rel("Ansar Dine", "al-Mourabitoun", "cooperation") not in found

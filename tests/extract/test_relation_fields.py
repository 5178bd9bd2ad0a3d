"""Role fields of a record (relation_fields): the person of the record's heading is affiliated with
the body the role is of; a field under prose, or not of a role, sets none."""

from __future__ import annotations

from typing import Any


def rel(a: str, b: str, rtype: str) -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), rtype)


NOTICE = (
    "NORTHERN PROVINCE POLICE\n"
    "WANTED NOTICE\n"
    "The provincial police offer rewards for help in capturing these members of the "
    "Northern Liberation Army.\n"
    '1. Tambo Kessi Okello, alias "Rana" — REWARD 50,000\n'
    "Role: Deputy commander of the Hill Brigade of the Northern Liberation Army, and a member "
    "of the Central Zone Committee.\n"
    "Wanted for: the ambush of a police patrol near Gulu in March.\n"
)


def test_a_role_field_affiliates_the_person_of_the_record_heading(relations: Any) -> None:
    found = relations(NOTICE)
    assert rel("Tambo Kessi Okello", "Hill Brigade", "affiliation") in found
    assert rel("Tambo Kessi Okello", "Central Zone Committee", "affiliation") in found
    # the brigade's own parent is the brigade's, not a body the field gives the person
    assert rel("Tambo Kessi Okello", "Northern Liberation Army", "affiliation") not in found


def test_a_role_field_under_a_prose_paragraph_names_no_person(relations: Any) -> None:
    text = (
        "Tambo Kessi Okello, a farmer from a hamlet outside Gulu, told reporters on Monday that the "
        "patrol had passed his fields at dawn and that he had heard shooting soon afterwards from "
        "the direction of the river crossing.\n"
        "Role: Deputy commander of the Hill Brigade, and a member of the Central Zone Committee.\n"
    )
    found = relations(text)
    assert rel("Tambo Kessi Okello", "Hill Brigade", "affiliation") not in found
    assert rel("Tambo Kessi Okello", "Central Zone Committee", "affiliation") not in found


def test_a_field_not_of_a_role_sets_no_affiliation(relations: Any) -> None:
    text = NOTICE.replace("Role:", "Remarks:")
    found = relations(text)
    assert rel("Tambo Kessi Okello", "Hill Brigade", "affiliation") not in found

"""A title of a place's police ("X's Director General of Police, A B") is the place's office."""

from __future__ import annotations

from typing import Any

import pytest


def rel(a: str, b: str, rtype: str) -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), rtype)


@pytest.mark.parametrize("title", ["Director General of Police", "Inspector General of Police"])
def test_a_places_police_title_is_the_places_office_not_the_national_force(
    relations: Any, title: str
) -> None:
    text = (
        "A Central Reserve Police Force (CRPF) jawan was killed in the blast near Gaya. "
        f"Bihar's {title}, Arun Kumar Singh, condemned the attack."
    )
    found = relations(text)
    assert rel("Arun Kumar Singh", "Bihar", "affiliation") in found
    assert rel("Arun Kumar Singh", "Central Reserve Police Force", "affiliation") not in found


def test_a_forces_own_title_stays_with_the_force(relations: Any) -> None:
    text = (
        "A Central Reserve Police Force (CRPF) jawan was killed in the blast near Gaya. "
        "The CRPF's Director General, Arun Kumar Singh, condemned the attack."
    )
    assert rel("Arun Kumar Singh", "Central Reserve Police Force", "affiliation") in relations(text)


def test_a_commissioner_for_a_field_serves_the_state_that_owns_the_title(relations: Any) -> None:
    text = (
        "Gunmen shot seven traders at a livestock market in Damaturu on Friday. Yobe's Commissioner for "
        "Internal Security, Hauwa Gadzama, denounced the killings a day later."
    )
    found = relations(text)
    assert rel("Hauwa Gadzama", "Yobe", "affiliation") in found
    assert rel("Hauwa Gadzama", "Internal Security", "affiliation") not in found


def test_a_director_of_a_field_of_a_force_serves_the_force(relations: Any) -> None:
    text = (
        "Gunmen killed nine soldiers near Tera. Colonel Ali Maiga, Director of Public Relations of "
        "the Niger Armed Forces, signed the statement."
    )
    found = relations(text)
    assert rel("Ali Maiga", "Niger Armed Forces", "affiliation") in found
    assert rel("Ali Maiga", "Public Relations", "affiliation") not in found


def test_a_field_officer_with_no_body_named_is_tied_to_nothing(relations: Any) -> None:
    text = (
        "Gunmen killed six herders near Lapai. The Police Public Relations Officer for the area, "
        "SP Musa Dikko, told reporters that two suspects were arrested."
    )
    assert not {r for r in relations(text) if r[1] == "affiliation"}

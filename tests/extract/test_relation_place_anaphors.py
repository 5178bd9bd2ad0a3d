"""A title owned by "the state's", "the city's" is an office of the place of that kind named before."""

from __future__ import annotations

from typing import Any


def rel(a: str, b: str, rtype: str) -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), rtype)


def test_the_states_spokesman_serves_the_state_named_before(relations: Any) -> None:
    text = (
        "Bandits stormed two hamlets in Kaduna State on Sunday night and carried off eleven farmers. "
        "The state's security spokesman, Tunde Abasi Koro, put the number of abducted at eleven."
    )
    assert rel("Tunde Abasi Koro", "Kaduna State", "affiliation") in relations(text)


def test_the_citys_mayor_serves_the_city_not_the_state(relations: Any) -> None:
    text = (
        "A man stabbed four commuters at a tram stop in Dorvik, in Kaduna State, on Friday. "
        "The city's mayor, Tunde Abasi Koro, praised the passers-by who held him down."
    )
    found = relations(text)
    assert rel("Tunde Abasi Koro", "Dorvik", "affiliation") in found
    assert rel("Tunde Abasi Koro", "Kaduna State", "affiliation") not in found


def test_the_states_title_with_no_state_named_ties_the_holder_to_no_place(relations: Any) -> None:
    text = (
        "Nigeria said on Monday that gunmen had killed nine herders overnight. "
        "The state's security spokesman, Tunde Abasi Koro, gave no further detail."
    )
    assert not {r for r in relations(text) if "Tunde Abasi Koro" in r[0] and r[1] == "affiliation"} - {
        rel("Tunde Abasi Koro", "Nigeria", "affiliation")
    }


def test_the_chairman_of_a_local_area_holds_an_office_of_that_area(relations: Any) -> None:
    text = (
        "Gunmen killed six people in the town of Dorvik on Monday. The chairman of Dorvik local "
        "government area, Tunde Abasi Koro, said the attackers fled towards the hills."
    )
    assert rel("Tunde Abasi Koro", "Dorvik", "affiliation") in relations(text)

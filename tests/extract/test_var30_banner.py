"""A group acting under another group's umbrella, banner or command is its affiliate, whether the
owner is named in an "of" phrase or before the noun."""

from __future__ import annotations

from collections.abc import Callable

Read = Callable[[str], set[tuple[frozenset[str], str]]]


def test_a_unit_under_a_named_umbrella_is_an_affiliate(relations: Read) -> None:
    text = (
        "Katibat al-Furqan, a cell that operates under the AQIM umbrella, has carried out "
        "kidnappings near Timbuktu."
    )
    assert (frozenset({"Katibat al-Furqan", "AQIM"}), "affiliation") in relations(text)


def test_fighting_under_the_flag_of_a_front_is_affiliation(relations: Read) -> None:
    text = "Ansarul Islam has long fought under the flag of JNIM near Djibo."
    assert (frozenset({"Ansarul Islam", "JNIM"}), "affiliation") in relations(text)


def test_not_operating_under_a_banner_is_no_affiliation(relations: Read) -> None:
    text = "Ansarul Islam no longer fights under the flag of JNIM, its commander said."
    assert (frozenset({"Ansarul Islam", "JNIM"}), "affiliation") not in relations(text)

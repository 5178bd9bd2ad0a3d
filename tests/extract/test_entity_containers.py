"""The chain of places a text puts a place in (``EntityCluster.enclosing``)."""

from nexus.extract.entities import EntityCluster


def _place(name: str) -> EntityCluster:
    cluster = EntityCluster(type="PLACE", subtype="city")
    cluster.forms[name.lower()] = name
    return cluster


def test_a_village_in_a_district_in_a_province_is_enclosed_innermost_first() -> None:
    village, district, province = _place("Kotli Bala"), _place("Shangla"), _place("Khyber Pakhtunkhwa")
    village.within, district.within = district, province
    assert [c.name for c in village.enclosing()] == ["Kotli Bala", "Shangla", "Khyber Pakhtunkhwa"]
    assert [c.name for c in province.enclosing()] == ["Khyber Pakhtunkhwa"]


def test_two_places_a_page_puts_in_each_other_are_each_walked_once() -> None:
    # "the A-B road in X" and a headline line "curfew on X" run into "... from B": B in X, X in B
    town, district = _place("Dargai"), _place("Malakand")
    town.within, district.within = district, town
    assert [c.name for c in town.enclosing()] == ["Dargai", "Malakand"]
    assert [c.name for c in district.enclosing()] == ["Malakand", "Dargai"]

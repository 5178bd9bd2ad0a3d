"""Entity names and ORG subtypes that relations and actors lean on (session 22).

Each text is invented, with made-up names; each test asserts what the extractor makes of it.
"""

from __future__ import annotations

from typing import Any


def entity(extraction: Any, name: str) -> Any:
    return next((e for e in extraction.entities if e.name == name), None)


def test_an_army_called_an_outlawed_group_is_an_armed_group(extract: Any) -> None:
    found = extract(
        "Police said the attack was carried out by the Soran Independence Army (SIA), an outlawed "
        "group that has fought the state since 1990."
    )
    group = entity(found, "Soran Independence Army")
    assert group is not None and group.type == "ORG" and group.subtype == "armed_group"


def test_fighters_of_a_force_make_it_an_armed_group(extract: Any) -> None:
    found = extract(
        "Gunmen killed four fighters of the Kestrel Democratic Forces (KDF) at a checkpoint on Sunday."
    )
    force = entity(found, "Kestrel Democratic Forces")
    assert force is not None and force.subtype == "armed_group"


def test_a_state_backed_army_is_an_armed_group(extract: Any) -> None:
    found = extract(
        "The Norland-backed Rovan National Army said it had repelled an attack near Saltmere on Friday."
    )
    army = entity(found, "Rovan National Army")
    assert army is not None and army.subtype == "armed_group"


def test_a_state_army_with_troops_stays_military(extract: Any) -> None:
    found = extract("The Orsk Army said its troops had shelled positions near Dorvik on Tuesday.")
    army = entity(found, "Orsk Army")
    assert army is not None and army.subtype == "military"


def test_a_state_forces_media_wing_is_no_armed_group(extract: Any) -> None:
    found = extract(
        "Separately, the military's media wing, the Joint Forces Press Bureau (JFPB), said troops had "
        "killed six militants in an operation near Brannock."
    )
    bureau = entity(found, "Joint Forces Press Bureau")
    assert bureau is not None and bureau.type == "ORG" and bureau.subtype != "armed_group"


def test_an_alliance_of_rebel_movements_is_an_armed_group(extract: Any) -> None:
    found = extract(
        "The Harrow Joint Forces, an alliance of former rebel movements that sided with the army, "
        "are defending the town of Ostrava."
    )
    forces = entity(found, "Harrow Joint Forces")
    assert forces is not None and forces.subtype == "armed_group"


def test_a_countrys_treasury_department_is_a_government_body(extract: Any) -> None:
    found = extract(
        "Also on Tuesday, the United States Treasury Department designated two firms it described "
        "as fronts for the smugglers, and the British Treasury said it had frozen their assets."
    )
    department = entity(found, "United States Treasury Department")
    assert department is not None and department.type == "ORG" and department.subtype == "government"
    treasury = entity(found, "British Treasury")
    assert treasury is not None and treasury.subtype == "government"


def test_an_untagged_name_before_front_or_column_is_a_rebel_unit(extract: Any) -> None:
    found = extract(
        "Army commanders blamed the Hernando Ruiz column, a unit of the dissident command, for the "
        "bombing. Police said the Anselmo Vidal front had also laid mines in the area."
    )
    for name in ("Hernando Ruiz column", "Anselmo Vidal front"):
        unit = entity(found, name)
        assert unit is not None and unit.type == "ORG" and unit.subtype == "armed_group", name


def test_a_place_before_front_is_no_unit(extract: Any) -> None:
    found = extract("Shelling intensified on the Zaporizhzhia front on Monday, officials in Kyiv said.")
    assert not any(e.type == "ORG" and "front" in e.name for e in found.entities)


def test_two_towns_read_as_one_name_are_two_places(extract: Any) -> None:
    found = extract("The front controls much of the rural area around Caloto and Corinto, he said.")
    names = {e.name for e in found.entities if e.type == "PLACE"}
    assert {"Caloto", "Corinto"} <= names and "Caloto and Corinto" not in names


def test_a_country_named_with_and_stays_one_place(extract: Any) -> None:
    found = extract("Gunmen attacked a police post in Trinidad and Tobago on Sunday, officials said.")
    assert any(e.name == "Trinidad and Tobago" and e.type == "PLACE" for e in found.entities)


def test_two_gangs_joined_by_a_hyphen_are_two_groups(extract: Any) -> None:
    found = extract(
        "Police link the massacre to the Los Tiburones-Los Halcones feud; 14 were arrested in raids."
    )
    names = {e.name for e in found.entities if e.type == "ORG"}
    assert {"Los Tiburones", "Los Halcones"} <= names


def test_an_ombudsman_or_patrolman_title_is_no_part_of_the_name(extract: Any) -> None:
    found = extract(
        "Ombudswoman Lucia Ferrer Manrique said the attack violated humanitarian law. Patrolman Julio "
        "Cesar Arango was killed when the drone hit the station, police said."
    )
    names = {e.name for e in found.entities if e.type == "PERSON"}
    assert {"Lucia Ferrer Manrique", "Julio Cesar Arango"} <= names


def test_an_acronym_spells_a_spanish_name_through_its_small_words(extract: Any) -> None:
    found = extract(
        "Fighting between the army and the 21st Front, part of the Comando Central de Frentes y "
        "Columnas (CCFC) that split from the main group in 2023, displaced 900 people. The "
        "Movimiento Popular del Sur (MPS) claimed a second attack."
    )
    names = {e.name for e in found.entities if e.type == "ORG"}
    assert {"Comando Central de Frentes y Columnas", "Movimiento Popular del Sur"} <= names


def test_a_numbered_infantry_division_is_military(extract: Any) -> None:
    found = extract(
        "The soldier died at a hospital, Lt. Col. Ramon Vidal, spokesperson of the Army's 4th "
        "Infantry Division, said."
    )
    division = entity(found, "4th Infantry Division")
    assert division is not None and division.type == "ORG" and division.subtype == "military"


def test_a_captions_label_is_no_part_of_a_name(extract: Any) -> None:
    found = extract(
        "He said the volunteers paid with their lives.\n"
        "Photo: Federal Police vehicles at a checkpoint on the Mosul-Erbil road."
    )
    names = {e.name for e in found.entities if e.type == "ORG"}
    assert "Federal Police" in names and not any(n.startswith("Photo") for n in names)


def test_a_name_written_before_gang_is_an_armed_group(extract: Any) -> None:
    found = extract("In October, members of the Tout Bon gang killed at least 40 people in Saint-Marc.")
    gang = next((e for e in found.entities if e.name.startswith("Tout Bon")), None)
    assert gang is not None and gang.type == "ORG" and gang.subtype == "armed_group"

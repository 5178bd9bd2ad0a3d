"""A village that shares its name with the last word of a person's name (a man called after his
home) stays a place when the text writes it somewhere only a place fits; a surname that only
ever stands for the person stays his."""

from __future__ import annotations

from typing import Any

import pytest


def _entities(extract: Any, text: str) -> dict[str, tuple[str, list[str]]]:
    return {e.name: (e.type, list(e.aliases)) for e in extract(text).entities}


@pytest.mark.parametrize(
    ("text", "village"),
    [
        (
            "Gunmen on motorcycles stormed Dandume overnight and abducted twelve people, the ward head,"
            " Alhaji Musa Dandume, said on Monday. Schools in Dandume stayed shut. The governor visited"
            " Dandume on Tuesday.",
            "Dandume",
        ),
        (
            "The ward head, Alhaji Sule Bakori, said the gunmen stayed for two hours. Hundreds of"
            " families near Bakori have fled since the raid. The commissioner visited Bakori on Thursday.",
            "Bakori",
        ),
    ],
)
def test_a_village_written_where_only_a_place_fits_is_no_surname(
    extract: Any, text: str, village: str
) -> None:
    names = _entities(extract, text)
    assert names.get(village, ("", []))[0] == "PLACE"
    assert all(village not in aliases for kind, aliases in names.values() if kind == "PERSON")


def test_the_visit_to_the_village_is_placed_there(extract: Any) -> None:
    events = extract(
        "Gunmen on motorcycles stormed Dandume overnight and abducted twelve people, the ward head,"
        " Alhaji Musa Dandume, said on Monday. Schools in Dandume stayed shut. The governor visited"
        " Dandume on Tuesday."
    ).events
    visits = [e for e in events if e.type == "visit"]
    assert visits and all(e.place is not None and e.place.name == "Dandume" for e in visits)


@pytest.mark.parametrize(
    "text",
    [
        "The village head, Alhaji Bello Tsafe, told reporters the attackers fled. Bello Tsafe said five"
        " people died. Tsafe added that troops arrived late.",
        "Mr Danladi Kurya was abducted near his farm on Sunday, police said. Kurya was freed on Monday"
        " after his family paid a ransom.",
    ],
)
def test_a_surname_standing_for_the_person_stays_his(extract: Any, text: str) -> None:
    names = _entities(extract, text)
    people = [(name, aliases) for name, (kind, aliases) in names.items() if kind == "PERSON"]
    assert len(people) == 1
    assert not any(kind == "PLACE" for kind, _ in names.values())


def test_a_name_that_speaks_stays_a_person_even_beside_its_townsfolk(extract: Any) -> None:
    names = _entities(
        extract,
        "Residents of Kurya fled after gunmen burned homes on Sunday."
        " Mr Kurya said the attackers came at night.",
    )
    assert names.get("Kurya", ("", []))[0] == "PERSON"

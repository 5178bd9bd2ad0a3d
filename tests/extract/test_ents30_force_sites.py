"""A force's name before a post it holds ("a X camp", "the Y checkpoint") is the post's owner, an
organisation, while a town's name in the same spot stays a place (session 30).

Each text is invented; each test asserts what the extractor makes of it.
"""

from __future__ import annotations

from typing import Any


def entity(extraction: Any, name: str) -> Any:
    return next((e for e in extraction.entities if e.name == name), None)


def test_a_force_named_by_its_members_owns_its_camp(extract: Any) -> None:
    found = extract("Insurgents overran a Scouts camp outside Gilgit late on Friday and wounded six men.")
    owner = entity(found, "Scouts")
    assert owner is not None and owner.type == "ORG"


def test_a_state_body_of_title_words_owns_its_checkpoint(extract: Any) -> None:
    found = extract(
        "A parked car exploded beside a Border Security checkpoint east of Marib, killing five guards."
    )
    owner = entity(found, "Border Security")
    assert owner is not None and owner.type == "ORG"


def test_a_force_with_a_modifier_name_owns_its_base(extract: Any) -> None:
    found = extract(
        "Drones struck the National Shield base south of Aden at dawn, a local official told reporters."
    )
    owner = entity(found, "National Shield")
    assert owner is not None and owner.type == "ORG"


def test_a_town_before_a_camp_stays_a_place(extract: Any) -> None:
    found = extract("Gunmen torched tents in the Kakuma camp on Wednesday, aid workers said.")
    town = entity(found, "Kakuma")
    assert town is not None and town.type == "PLACE"


def test_a_force_before_its_camp_and_its_officers_is_no_place(extract: Any) -> None:
    found = extract(
        "Gunmen stormed a Security Shield camp near Mukalla before dawn on Sunday. Security Shield "
        "officers later said two guards had died in the fighting."
    )
    named = [e for e in found.entities if e.name == "Security Shield"]
    assert named and all(e.type == "ORG" for e in named)

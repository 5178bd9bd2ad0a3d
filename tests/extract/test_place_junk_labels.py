"""Junk places: a transcript's speaker turn ("PRESENTER: ...") is no dateline, and a force's name
told as a post's owner and as its men ("of the Q Levies") is the force, no event place."""

from __future__ import annotations

from typing import Any

import pytest

from nexus.extract.dateline import parse_dateline


@pytest.mark.parametrize("label", ["PRESENTER", "HOST", "REPORTER", "ANCHOR", "INTERVIEWER"])
def test_a_speaker_turn_opens_no_dateline(label: str) -> None:
    assert parse_dateline(f"{label}: Good evening, the ferry strike enters its third week.") is None


def test_a_capital_town_still_opens_a_dateline() -> None:
    found = parse_dateline("TINDOLI: Good evening, the ferry strike enters its third week.")
    assert found is not None and found.places == "TINDOLI"


def test_a_speaker_turn_names_no_place(extract: Any) -> None:
    text = (
        "Evening Round-up | Radio Velmar\n\n"
        "PRESENTER: Masked men shot dead two wardens at a ranger hut near Tindoli late on Sunday.\n"
        "REPORTER: An army officer told me five villagers were detained for questioning on Monday.\n"
    )
    found = extract(text)
    names = {e.name for e in found.entities if e.type == "PLACE"}
    assert "Presenter" not in names and "Reporter" not in names
    assert {ev.place.name if ev.place else None for ev in found.events} <= {None, "Tindoli"}


def test_a_force_told_as_owner_and_as_its_men_is_no_place(extract: Any) -> None:
    text = (
        "Late on Friday, raiders overran a Levies checkpost near Harrowgate on the ring road, "
        "killing three Levies personnel. Two of them, constable Amir Pell and havildar Sabir Oxted "
        "of the Levies, died before help came."
    )
    found = extract(text)
    assert {e.name: e.type for e in found.entities}.get("Levies") != "PLACE"
    attacks = [ev for ev in found.events if ev.type == "attack"]
    assert [ev.place.name if ev.place else None for ev in attacks] == ["Harrowgate"]


def test_a_force_name_told_as_a_scene_stays_a_place() -> None:
    import spacy

    from nexus.extract.force_names import named_as_owner_only

    told = spacy.blank("en")("a Rangers camp and two Rangers officers fled into Rangers")
    owners = [told[1:2], told[5:6]]
    scene = told[9:10]
    assert named_as_owner_only(owners, [True, True])
    assert not named_as_owner_only([*owners, scene], [True, True, False])
    assert not named_as_owner_only([scene], [False])
    assert not named_as_owner_only([], [])

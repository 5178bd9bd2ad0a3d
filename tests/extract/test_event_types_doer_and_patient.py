"""Attack or military action read from who acts on whom (role_kinds.py, full pipeline): a force
word a group's name modifies, fighters of a state body, people seized by a non-state side, a
fight whose other side is told, a position owned by a state's force, drones a group launched."""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2025-03-20"


def violent_types(extraction: Any) -> list[str]:
    return [e.type for e in extraction.events if e.type in ("attack", "military_action")]


def only(extraction: Any, kind: str) -> None:
    found = violent_types(extraction)
    assert kind in found, found
    assert all(t == kind for t in found), found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Houthi forces blew up two homes in Qaniya on Monday, killing seven relatives of a tribal elder.",
            "attack",
        ),
        (
            "Yemeni forces blew up two homes in Qaniya on Monday, killing seven relatives of a tribal elder.",
            "military_action",
        ),
        (
            "Houthi commandos boarded a grain barge off Dhubab on Monday and took its nine sailors hostage.",
            "attack",
        ),
        (
            "Taliban intelligence forces stormed two shops in Darvaz on Sunday night and killed three "
            "suspected bomb makers.",
            "military_action",
        ),
    ],
)
def test_a_force_word_takes_the_kind_of_the_name_before_it(extract: Any, text: str, kind: str) -> None:
    only(extract(text, published=PUBLISHED), kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Fighters of the Interior Ministry's rapid response brigade stormed a compound in Garvesh "
            "on Friday and killed two suspected kidnappers.",
            "military_action",
        ),
        (
            "Fighters of the Islamic State stormed a compound in Garvesh on Friday and killed two "
            "village guards.",
            "attack",
        ),
        (
            "Late on Monday, officers of the Taliban's Directorate of Public Security stormed a compound "
            "in Varesh and killed two suspected bomb makers.",
            "military_action",
        ),
        (
            "A supply truck of the Nigerien Armed Forces ran over a landmine near Dirkou on Monday, "
            "killing two soldiers.",
            "attack",
        ),
    ],
)
def test_fighters_act_for_whoever_owns_them(extract: Any, text: str, kind: str) -> None:
    only(extract(text, published=PUBLISHED), kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The rebels captured six soldiers near Tolvara on Monday and held them for a week.", "attack"),
        ("Soldiers captured six rebels near Tolvara on Monday.", "military_action"),
        ("Gunmen rounded up 12 farmers in Mirasol on Sunday.", "attack"),
        ("Police rounded up 12 suspects in Mirasol on Sunday.", "military_action"),
        ("Masked men detained three aid workers at a roadblock outside Perenne on Sunday.", "attack"),
        ("Three gunmen were rounded up by troops in Velmont on Saturday.", "military_action"),
        ("The gunman surrendered to police in Velmont on Saturday.", "military_action"),
    ],
)
def test_people_seized_by_a_band_are_abducted_and_by_a_force_arrested(
    extract: Any, text: str, kind: str
) -> None:
    only(extract(text, published=PUBLISHED), kind)


def test_an_abduction_with_a_killing_keeps_its_toll(extract: Any) -> None:
    text = "Bandits rounded up 15 herders near Dalvo on Friday and shot four of them dead."
    found = [e for e in extract(text, published=PUBLISHED).events if e.type in ("attack", "military_action")]
    assert [(e.type, e.killed.value if e.killed else None) for e in found] == [("attack", 4)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Four policemen were killed in a gunfight with bandits near Koruma on Tuesday.", "attack"),
        (
            "Two armed robbers were shot dead in a gunfight with policemen near Koruma on Tuesday.",
            "military_action",
        ),
        (
            "One insurgent was killed near Durvala on Friday in a long exchange of shots with a mixed "
            "unit of the army and the police.",
            "military_action",
        ),
        (
            "Four soldiers were killed near Durvala on Friday in a long exchange of shots with rebels.",
            "attack",
        ),
        (
            "A bomb maker of the cell was killed last year in a National Guard operation in the hills "
            "of Tarvesa, officials think.",
            "military_action",
        ),
        ("Three herders were killed in a militia raid near Tarvesa on Monday.", "attack"),
    ],
)
def test_a_fight_takes_the_kind_of_its_other_side(extract: Any, text: str, kind: str) -> None:
    only(extract(text, published=PUBLISHED), kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "A drone laden with explosives hit a checkpoint of the army in Tessit on Sunday, killing "
            "three soldiers.",
            "attack",
        ),
        (
            "Drones launched by the Rapid Support Forces struck a fuel depot in Umm Badda on Tuesday, "
            "killing five civilians.",
            "attack",
        ),
        (
            "Drones launched by the Sudanese army struck a fuel depot in Umm Badda on Tuesday, killing "
            "five civilians.",
            "military_action",
        ),
        (
            "The rebel commander was shot dead by a police task force near Oroville on Tuesday.",
            "military_action",
        ),
        ("The police commander was shot dead by a gang near Oroville on Tuesday.", "attack"),
    ],
)
def test_strikes_take_the_kind_of_who_flew_them_and_whom_they_hit(extract: Any, text: str, kind: str) -> None:
    only(extract(text, published=PUBLISHED), kind)

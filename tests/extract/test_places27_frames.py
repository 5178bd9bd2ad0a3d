"""Session 26 (places27): the finer place of the trigger's clause over the place of a phrase that
frames the clause, villages named by a local settlement noun, and a village the text sets in the
scene's town."""

from __future__ import annotations

from typing import Any

import pytest


def violent_places(extraction: Any) -> list[str | None]:
    return [
        e.place.name if e.place else None
        for e in extraction.events
        if e.type in ("attack", "military_action")
    ]


@pytest.mark.parametrize(
    ("text", "finer"),
    [
        (
            "In Kandahar, a shopkeeper was kidnapped by gunmen in Spin Boldak overnight, his family said.",
            "Spin Boldak",
        ),
        (
            "Across the river in Sinaloa, nine troopers were killed in an ambush in Culiacan on Friday.",
            "Culiacan",
        ),
        (
            "In Peshawar, a lawyer was shot dead by two gunmen in Hayatabad on Sunday night.",
            "Hayatabad",
        ),
        (
            "In Maiduguri, a vigilante was hacked to death by insurgents in Konduga at dawn on Sunday.",
            "Konduga",
        ),
    ],
)
def test_the_place_the_clause_names_beats_the_framing_phrase(extract: Any, text: str, finer: str) -> None:
    places = violent_places(extract(text, published="2025-04-30"))
    assert places and places[0] == finer


def test_a_frame_stays_when_the_clause_names_only_an_origin(extract: Any) -> None:
    text = "In Kandahar, gunmen who had come from Spin Boldak shot dead a shopkeeper on Monday."
    assert violent_places(extract(text, published="2025-04-30"))[:1] == ["Kandahar"]


def test_a_place_of_a_clause_below_the_trigger_does_not_beat_the_frame(extract: Any) -> None:
    text = (
        "In Malanville, gendarmes detained two traders late on Friday on suspicion of selling rifles to "
        "bandits in Kandi."
    )
    assert violent_places(extract(text, published="2025-04-30"))[:1] == ["Malanville"]


def test_a_sanction_keeps_the_place_of_its_frame(extract: Any) -> None:
    text = "In Ottawa, the government slapped sanctions last week on a militia chief over abuses in Bunia."
    sanctions = [e for e in extract(text, published="2025-04-30").events if e.type == "sanction"]
    assert sanctions and sanctions[0].place is not None and sanctions[0].place.name == "Ottawa"


def test_a_meeting_framed_by_its_own_phrase_keeps_that_place(extract: Any) -> None:
    text = "At a meeting in Kigali on May 15, both defence chiefs agreed to open talks on patrols near Goma."
    meetings = [e for e in extract(text, published="2025-06-30").events if e.type == "meeting"]
    assert meetings and meetings[0].place is not None and meetings[0].place.name == "Kigali"


@pytest.mark.parametrize(
    ("text", "village"),
    [
        (
            "Three farmers lay dead on Monday after gunmen raided the ranchería of San Isidro de Abajo, "
            "prosecutors said.",
            "San Isidro de Abajo",
        ),
        (
            "A teacher was shot dead on Monday as he left a shop in the community of El Cerro de San Juan, "
            "near Coalcoman.",
            "El Cerro de San Juan",
        ),
        ("A drone dropped a grenade on soldiers guarding a bridge in vereda La Palma on Monday.", "La Palma"),
    ],
)
def test_a_village_named_by_a_settlement_noun_is_the_place(extract: Any, text: str, village: str) -> None:
    extraction = extract(text, published="2025-04-30")
    assert any(e.name == village and e.type == "PLACE" for e in extraction.entities)
    assert violent_places(extraction)[:1] == [village]


def test_a_village_set_in_the_scene_town_is_the_finer_place(extract: Any) -> None:
    text = (
        "Border guards detained five herders who had strayed across the frontier near the village of "
        "Kara-Bulak, in Osh."
    )
    assert violent_places(extract(text, published="2025-04-30"))[:1] == ["Kara-Bulak"]


def test_a_village_on_an_island_is_finer_than_the_island(extract: Any) -> None:
    text = "In March, an airstrike on Sin Khone village on Manaung Island killed about 20 people."
    assert violent_places(extract(text, published="2025-04-30"))[:1] == ["Sin Khone"]


def test_an_end_of_the_road_is_no_place_set_in_the_scene(extract: Any) -> None:
    text = "Two soldiers died when their truck hit a mine on the Garissa-Dadaab road in Lagdera on Friday."
    assert violent_places(extract(text, published="2025-04-30"))[:1] == ["Lagdera"]

"""A nameless site of an attack takes the name a later toll sentence gives it:
nexus.extract.places.generic_place_referents, and "X, in Y province" names a place
(nexus.extract.entities)."""

from __future__ import annotations

from typing import Any

import pytest


def _attack_places(extraction: Any) -> list[str | None]:
    return [e.place.name if e.place else None for e in extraction.events if e.type == "attack"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Gunmen have attacked a farming settlement in north-west Nigeria, leaving many dead.\n\n"
            "Figures for Dan Kade, in Katsina state, differed: a councillor counted eight bodies "
            "while a resident spoke of 13.",
            "Dan Kade",
        ),
        (
            "Rebels have overrun a displacement site in eastern Chad, leaving several people dead.\n\n"
            "Estimates from Goz Amer, in the Sila region, varied: aid workers counted seven bodies.",
            "Goz Amer",
        ),
        (
            "Fighters have raided a camp for displaced families in northern Burkina Faso, leaving "
            "dozens dead.\n\nFigures from Nagbingou, in the Namentenga province, varied widely.",
            "Nagbingou",
        ),
    ],
)
def test_a_toll_sentence_names_the_nameless_site(extract: Any, text: str, place: str) -> None:
    assert _attack_places(extract(text, published="2025-02-03")) == [place]


def test_a_name_set_in_a_province_is_a_place(extract: Any) -> None:
    text = (
        "Militiamen have attacked a village in eastern Congo.\n\n"
        "Reports from Kibati Nord, in Lubero district, and from Mambasa, in Ituri province, varied."
    )
    ents = {e.name: e.type for e in extract(text, published="2025-02-03").entities}
    assert ents.get("Kibati Nord") == "PLACE"


@pytest.mark.parametrize(
    "text",
    [
        "Two commuters were stabbed aboard a Leeds-bound train that had left Hull, just as it pulled "
        "into Selby on Tuesday evening.",
        "A ferry from Piraeus came under fire as it steamed into Chios harbour on Monday, killing "
        "one sailor.",
    ],
)
def test_a_name_a_vehicle_pulls_into_is_a_place(extract: Any, text: str) -> None:
    ents = {e.name: e.type for e in extract(text, published="2025-02-03").entities}
    arrived = "Selby" if "Selby" in text else "Chios"
    assert ents.get(arrived) == "PLACE"


def test_the_station_a_train_pulls_into_is_the_scene_not_its_origin(extract: Any) -> None:
    text = (
        "Two commuters were stabbed by a man aboard a Leeds-bound train that had left Hull, just as "
        "it pulled into Selby on Tuesday evening."
    )
    assert _attack_places(extract(text, published="2025-02-06")) == ["Selby"]

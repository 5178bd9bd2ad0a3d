"""A lead sentence tells a happening with a coarse place; a later sentence retells it by a
definite phrase and names the one town where it was: the event moves to that town
(nexus.extract.coreference._retold_scenes, nexus.extract.places.retold_towns). Not a town
named for another role: where the wounded were taken, where survivors fled, where a statement
was made, the scene of an older happening."""

from __future__ import annotations

from typing import Any

import pytest

_BOMB = (
    "KUNDUZ, Afghanistan, March 4 - A roadside bomb ripped through a pickup truck in northern "
    "Kunduz province on Monday, killing six farmers, police said.\n"
)
_MARKET = (
    "MAIDUGURI, March 4 - Gunmen raided a market in Borno state on Saturday, killing 12 traders, "
    "residents said.\n"
)


def _places(extraction: Any, kind: str) -> list[str | None]:
    return [e.place.name if e.place else None for e in extraction.events if e.type == kind]


@pytest.mark.parametrize(
    ("text", "kind", "town"),
    [
        (  # a definite noun of the target, the town in its own phrase
            "BAMAKO, March 4 - Insurgents attacked an army post in Mali's Mopti region on Sunday, "
            "killing four soldiers, the army said.\n"
            "The post, outside the village of Kouna Seribe, housed about forty troops, a local "
            "official said.",
            "attack",
            "Kouna Seribe",
        ),
        (  # a mention of the event whose subject is definite, the town a neighbourhood
            "PESHAWAR, March 4 - A bomb tore through a crowded bus in western Kabul on Monday "
            "evening, killing seven commuters, police said.\n"
            "The device went off as the bus passed through the Qala-e-Wazir Abad neighbourhood, a "
            "police spokesman said.",
            "attack",
            "Qala-e-Wazir Abad",
        ),
        (  # the object of the strike said again with "the"
            "DAMASCUS, March 4 - Warplanes struck a training camp of an armed group in the hills west "
            "of Idlib on Monday, killing eight fighters, a monitor said.\n"
            "The camp, near the village of Tell Kafr Sorin, was where the group drilled its new "
            "fighters, the monitor said.",
            "military_action",
            "Tell Kafr Sorin",
        ),
        (
            _MARKET + "The market, in the village of Gajigana Kura, draws farmers from across the district.",
            "attack",
            "Gajigana Kura",
        ),
    ],
)
def test_a_retelling_names_the_town(extract: Any, text: str, kind: str, town: str) -> None:
    assert _places(extract(text, published="2025-03-04"), kind) == [town]


@pytest.mark.parametrize(
    ("text", "kind", "coarse"),
    [
        (
            _BOMB + "The wounded were taken to a hospital in Khanabad Kalay, a district official said.",
            "attack",
            "Kunduz",
        ),
        (
            _BOMB + "Survivors of the blast fled to the village of Khanabad Kalay, a district official said.",
            "attack",
            "Kunduz",
        ),
        (
            "DAMASCUS, March 4 - Warplanes struck a training camp of an armed group in the hills west "
            "of Idlib on Monday, killing eight fighters, a monitor said.\n"
            "The governor spoke about the camp at a news conference in the village of Tell Kafr Sorin.",
            "military_action",
            "Idlib",
        ),
        (
            _MARKET + "The governor condemned the market killings in a statement issued in the village of "
            "Gajigana Kura.",
            "attack",
            "Borno",
        ),
        (
            _MARKET + "Traders who survived the attack fled to the village of Gajigana Kura, residents said.",
            "attack",
            "Borno",
        ),
    ],
)
def test_a_town_named_for_another_role_is_not_the_scene(
    extract: Any, text: str, kind: str, coarse: str
) -> None:
    assert _places(extract(text, published="2025-03-04"), kind) == [coarse]


def test_an_older_happening_keeps_its_own_town(extract: Any) -> None:
    text = _BOMB + (
        "The blast was the deadliest since January, when gunmen stormed a mosque in the village of "
        "Khanabad Kalay."
    )
    assert _places(extract(text, published="2025-03-04"), "attack")[0] == "Kunduz"


@pytest.mark.parametrize(
    "second",
    [
        "The other market, in the village of Gajigana Kura, was spared, residents said.",
        "A second market, in the village of Gajigana Kura, was spared, residents said.",
    ],
)
def test_another_thing_of_the_kind_is_not_a_retelling(extract: Any, second: str) -> None:
    assert _places(extract(_MARKET + second, published="2025-03-04"), "attack")[0] == "Borno"


def test_a_plural_retelling_tells_several_happenings(extract: Any) -> None:
    text = (
        "KANO, March 4 - Bandits raided a market in Katsina state on Saturday, killing 20 people, "
        "police said.\nThe coordinated raids began near the village of Dan Musa Kura, residents said."
    )
    assert _places(extract(text, published="2025-03-04"), "attack") == ["Katsina"]


@pytest.mark.parametrize(
    ("sentence", "several"),
    [
        ("Gunmen attacked two schools, a clinic and an army post in the region.", True),
        ("Bandits raided three villages in the state.", True),
        ("Gunmen attacked a market and a school in the state.", True),
        ("Gunmen attacked a market in the state.", False),
        ("Gunmen killed five soldiers in the state.", False),
    ],
)
def test_a_first_telling_that_strikes_several_things(nlp: Any, sentence: str, several: bool) -> None:
    from nexus.extract.coreference import _struck_several

    doc = nlp(sentence)
    trigger = next(t for t in doc if t.lemma_ in ("attack", "raid", "kill"))
    assert _struck_several(trigger) is several


@pytest.mark.parametrize(
    ("sentence", "town", "another"),
    [  # the town held by a noun of another happening between it and the retelling
        ("The raid came the same night as an attack by the group on a post in Gajigana.", "Gajigana", True),
        ("The blast came hours before a larger assault on the nearby town of Khanabad.", "Khanabad", True),
        ("The strike came a day after a bombing at a checkpoint near Sorin.", "Sorin", True),
        # the retelling's own phrase names the town
        ("The blast ripped the pipeline open near the hamlet of Khanabad.", "Khanabad", False),
        ("The raid on the market in Gajigana lasted an hour.", "Gajigana", False),
    ],
)
def test_a_town_held_by_another_happening(nlp: Any, sentence: str, town: str, another: bool) -> None:
    from nexus.extract.coreference import _retelling_phrases
    from nexus.extract.places import _held_by_a_place_noun, _of_another_happening

    doc = nlp(sentence)
    retelling = next(t for t in doc if t.lower_ in ("raid", "blast", "strike"))
    root = _held_by_a_place_noun(next(t for t in doc if t.text == town))
    assert _of_another_happening(root, _retelling_phrases(retelling)) is another

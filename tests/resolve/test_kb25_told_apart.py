"""Event identity, session 24: a near miss told beside an incident's news is background there.

A follow-up of an incident that also tells a later happening it sets apart ("followed on Sunday by a
separate raid", "days later, another air strike ...") or one of the same day ("On the same day, in
the neighbouring district, ..."), and a report of a near miss that recalls the incident as separate
from it, give those happenings as ``mention`` reports: the document tells them beside its news, so
they do not make the near miss and the incident one KB event (``backrefs.set_apart``,
``linker.told_apart``, ``linker.recalled_beside_later``). The document's news may be told as a
kindred type (an army's loss told as ``military_action``). Incidents are invented at real places.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest

from nexus.resolve import PlaceKey
from nexus.store.backrefs import set_apart
from nexus.store.linker import dateline_not_the_scene, town_named_elsewhere

StoredAttacks = Callable[[list[dict[str, str]]], list[Any]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The raid was followed on Saturday by a separate ambush on traders near the river.", True),
        ("Two days later, another bombing at a market in the next district killed four.", True),
        ("Separately, a policeman was shot dead on Tuesday outside his home.", True),
        ("On the same day, in a neighbouring county, a chief was abducted.", True),
        ("A second blast hit the bus station an hour later.", True),
        ("Gunmen killed another five villagers in the same area, residents said.", False),
        ("Shopkeepers in the market town said they feared another attack before the holiday.", False),
        ("Extra checkpoints went up on the ring road to prevent a second bombing.", False),
        ("Elders warned that the militia could mount a further raid within days.", False),
        ("The army said a separate investigation would be opened.", False),
        ("Police said the attackers fled on motorcycles toward the border.", False),
    ],
)
def test_a_sentence_setting_a_happening_apart(sentence: str, expected: bool) -> None:
    assert set_apart(sentence) is expected


def test_a_later_raid_a_follow_up_sets_apart_is_background_there(stored_attacks: StoredAttacks) -> None:
    reports = [
        {
            "id": "toll",
            "outlet": "Sahel Courier",
            "published": "2026-02-10",
            "text": "BAMAKO - The army on Monday gave a final toll of 12 soldiers killed in last "
            "Wednesday's attack on its camp at Boni, in central Mali. The attack was followed on "
            "Saturday by a separate raid on herders near Douentza, in which four civilians were "
            "killed.",
        },
        {
            "id": "herders",
            "outlet": "Mopti Daily",
            "published": "2026-02-08",
            "text": "DOUENTZA, Mali - Gunmen killed four herders on Saturday near Douentza, in the Mopti "
            "region, local officials said. The attackers drove off hundreds of cattle.",
        },
    ]
    rows = stored_attacks(reports)
    later = [r for r in rows if r.doc_id == "toll" and r.date_iso == "2026-02-07"]
    assert later and all((r.resolution or {}).get("kind") == "mention" for r in later)
    own = [r for r in rows if r.doc_id == "toll" and (r.resolution or {}).get("kind") != "mention"]
    herders = [r for r in rows if r.doc_id == "herders" and (r.resolution or {}).get("kind") != "mention"]
    # the army's toll may be told as its own loss (``military_action``): no attack report of news then
    assert herders and not {r.event_id for r in own} & {r.event_id for r in herders}


def test_a_strike_told_days_later_with_another_is_background(stored_attacks: StoredAttacks) -> None:
    reports = [
        {
            "id": "final",
            "outlet": "Frontier Weekly",
            "published": "2026-09-15",
            "text": "The final toll of last Wednesday's bombing of a market in Gwoza has reached 19, "
            "officials in Borno State said on Monday. Days later, on Saturday, another bombing at a "
            "mosque in Bama killed five worshippers, police said.",
        },
    ]
    rows = stored_attacks(reports)
    bama = [r for r in rows if r.date_iso == "2026-09-12"]
    assert bama and all((r.resolution or {}).get("kind") == "mention" for r in bama)
    gwoza = [r for r in rows if r.date_iso == "2026-09-09"]
    assert any((r.resolution or {}).get("kind") != "mention" for r in gwoza)  # the news stays news


def test_the_same_day_in_the_next_district_is_background(stored_attacks: StoredAttacks) -> None:
    reports = [
        {
            "id": "bombing",
            "outlet": "Andes Daily",
            "published": "2026-04-10",
            "text": "Four soldiers were killed in Tuesday's roadside bombing near Tame, in Arauca, "
            "army officials said on Friday. On the same day, in neighbouring Fortul, a community "
            "leader was shot dead by two men on a motorcycle.",
        },
        {
            "id": "leader",
            "outlet": "Llanos Report",
            "published": "2026-04-08",
            "text": "FORTUL, Colombia - A community leader was shot dead on Tuesday in Fortul, in "
            "Arauca department, police said. Two men on a motorcycle opened fire as he left a shop.",
        },
    ]
    rows = stored_attacks(reports)
    leader, news = _told(rows, "leader"), _told(rows, "bombing")
    assert leader and news and not leader & news


def _told(rows: list[Any], doc: str) -> set[str]:
    """The events a document's attack reports tell as its own (mentions aside)."""
    return {r.event_id for r in rows if r.doc_id == doc and (r.resolution or {}).get("kind") != "mention"}


def test_a_near_miss_told_as_the_state_s_loss_recalls_its_incident_as_background(
    stored_attacks: StoredAttacks,
) -> None:
    reports = [
        {
            "id": "checkpoint",
            "outlet": "Tigris Wire",
            "published": "2026-03-04",
            "text": "KIRKUK, Iraq - Islamic State gunmen killed five Peshmerga fighters on Tuesday in an "
            "attack on a checkpoint near Makhmur, Kurdish officials said.",
        },
        {
            "id": "patrol",
            "outlet": "Baghdad Ledger",
            "published": "2026-03-09",
            "text": "ERBIL, Iraq - An improvised explosive device killed two Peshmerga fighters near the "
            "town of Gwer on Sunday, the Kurdish force said. The device had been buried under a rural "
            "road used by the force's patrols, a Peshmerga official said on Monday. The official said "
            "the bombing was separate from last Tuesday's attack on the Peshmerga checkpoint in Makhmur.",
        },
    ]
    rows = stored_attacks(reports)
    checkpoint = {r.event_id for r in rows if r.doc_id == "checkpoint"}
    told = [r for r in rows if r.doc_id == "patrol" and r.event_id in checkpoint]
    assert told and all((r.resolution or {}).get("kind") == "mention" for r in told)


TRIPOLI = PlaceKey("Tripoli", "city", "LY", "Tripoli", 32.89, 13.19)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Six died in the blast at the bus park of the desert city of Ubari, police said.", True),
        ("The blast hit a market in the desert town of Ghat on Friday, officials said.", True),
        ("A car bomb exploded in the capital on Thursday, killing seven.", False),
        ("A car bomb exploded in the city of Tripoli on Thursday, killing seven.", False),
        ("Gunmen attacked the Ubari district on Thursday.", False),
    ],
)
def test_a_sentence_naming_a_town_by_its_noun(sentence: str, expected: bool) -> None:
    assert town_named_elsewhere(sentence, TRIPOLI) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "TRIPOLI - The toll of Thursday's bombing in the oasis town of Ghat rose to six. The blast hit a "
            "market.",
            True,
        ),
        (
            "TRIPOLI - A car bomb killed six in Tripoli's port on Thursday. The blast hit a market near the "
            "town of Ghat's bus station, an official said.",
            True,
        ),
        ("TRIPOLI - A car bomb killed six in the capital on Thursday. The blast hit a market.", False),
        ("BENGHAZI - The toll of Thursday's bombing in the oasis town of Ghat rose to six.", False),
        (
            "The toll of the bombing in the oasis town of Ghat rose to six, officials in Tripoli said.",
            False,
        ),
    ],
)
def test_a_dateline_is_no_scene_where_the_text_names_the_scene_s_town(text: str, expected: bool) -> None:
    assert dateline_not_the_scene(text, TRIPOLI) is expected


def test_a_division_s_town_coordinates_block_no_candidate() -> None:
    from nexus.store.linker import place_block

    town = PlaceKey("Garissa", "city", "KE", "Garissa", -0.45, 39.65)
    assert len(place_block(town)) == 2  # its country, and the box around it
    assert len(place_block(replace(town, kind="admin"))) == 1  # its country only

"""Headline, dateline and caption against the body: the body's place and figures win.

Variants, in our own words, of three kinds of page faults: a headline or a
dateline naming a wider or another place than the body's precise one; a bare
headline figure against the body's qualified one; a caption's older toll
against the body's newer one.
"""

from __future__ import annotations

from typing import Any

import pytest


def _attacks(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type == "attack"]


PRECISE_PLACE = [
    (
        "Roadside bomb kills six soldiers in western Niger\n\n"
        "NIAMEY - A roadside bomb struck an army convoy near the village of Ouallam on Thursday, killing six "
        "soldiers, the defence ministry said.",
        "2025-03-07",
        "Ouallam",
        ("Niamey", "Niger"),
    ),
    (
        "Militants storm police station in Khyber Pakhtunkhwa\n\n"
        "PESHAWAR, May 3: Militants stormed a police station in the Tank district on Friday night, killing "
        "two constables, officials said.",
        "2025-05-03",
        "Tank",
        ("Peshawar", "Khyber Pakhtunkhwa"),
    ),
    (
        "Gunmen kill 11 villagers in Niger State\n\n"
        "MINNA (Savanna Wire) - Gunmen on motorcycles killed 11 villagers in Kusherki, a farming community "
        "in the Rafi area, on Tuesday, police said.",
        "2025-09-10",
        "Kusherki",
        ("Minna", "Niger State"),
    ),
    (
        "Jihadists overrun army post in Boucle du Mouhoun\n\n"
        "DEDOUGOU, Burkina Faso, Oct 2 (Volta Wire) - Jihadists overran an army post at Solenzo on "
        "Wednesday, killing four soldiers, a military source said.",
        "2025-10-02",
        "Solenzo",
        ("Dedougou", "Boucle du Mouhoun"),
    ),
]


PRECISE_PLACE_ON_PAGES = [
    (
        "Home | Pakistan | Balochistan\n"
        "Levies post attacked in Balochistan, three martyred\n"
        "Staff Reporter\n"
        "KHUZDAR\n"
        "Three Levies personnel were martyred when gunmen attacked their post at Zehri, a town in the "
        "district, late on Sunday, officials said.\n",
        "2025-09-15",
        "Zehri",
        ("Khuzdar", "Balochistan"),
    ),
    (
        "Suicide bomber kills five in northern Cameroon\n\n"
        "Maroua\n"
        "A suicide bomber killed five people at a mosque in Kolofata, near the border, on Friday, a "
        "local official said.\n",
        "2025-04-19",
        "Kolofata",
        ("Maroua", "Cameroon"),
    ),
    (
        "Key points\n"
        "• Raid on farming settlement overnight\n"
        "• Residents count nine dead\n"
        "Gunmen kill nine in Plateau State\n"
        "JOS (Middle Belt Wire) - Gunmen killed nine villagers in an overnight raid on Mushere, a farming "
        "settlement in the Bokkos area, residents said on Tuesday.\n",
        "2025-04-15",
        "Mushere",
        ("Jos", "Plateau State"),
    ),
]


@pytest.mark.parametrize(("text", "published", "place", "not_places"), PRECISE_PLACE + PRECISE_PLACE_ON_PAGES)
def test_the_body_names_the_place_not_the_headline_or_the_dateline(
    extract: Any, text: str, published: str, place: str, not_places: tuple[str, ...]
) -> None:
    attacks = _attacks(extract(text, published=published))
    assert len(attacks) == 1
    assert attacks[0].place is not None and attacks[0].place.name == place
    assert all(a.place is None or a.place.name not in not_places for a in attacks)


QUALIFIED = [
    (
        "Seven police officers killed in ambush in Zabul\n\n"
        "At least seven police officers were killed when gunmen ambushed their convoy in Zabul province "
        "on Sunday, a provincial spokesman said.",
        "2025-01-13",
        (7, "at_least"),
    ),
    (
        "Fifteen dead as militants attack village in Ituri\n\n"
        "More than 15 villagers were killed when militiamen raided the village of Lopa on Saturday night, "
        "a local chief said on Sunday.",
        "2025-02-09",
        (16, "at_least"),
    ),
    (
        "20 killed in suicide blast at Afgooye market\n\n"
        "Nearly 20 people were killed when a suicide bomber blew himself up at a crowded market in Afgooye "
        "on Thursday, witnesses said.",
        "2025-04-11",
        (20, "approx"),
    ),
]


@pytest.mark.parametrize(("text", "published", "killed"), QUALIFIED)
def test_the_body_qualified_figure_beats_the_bare_headline_figure(
    extract: Any, text: str, published: str, killed: tuple[int, str]
) -> None:
    attacks = _attacks(extract(text, published=published))
    assert len(attacks) == 1
    assert attacks[0].killed is not None
    assert (attacks[0].killed.value, attacks[0].killed.qualifier) == killed


OLDER_CAPTION = [
    (
        "Relatives wait outside the hospital in Gombe on Saturday, when the toll stood at 12. "
        "(Photo: Staff)\n\n"
        "GOMBE, June 9 (Sahel Morning) - The number of people killed in Saturday's bombing at the Gombe "
        "motor park has risen to 19, the state police command said on Monday.",
        "2025-06-09",
        (19, "exact"),
    ),
    (
        "Hostel siege leaves 14 dead in Galkayo\n\n"
        "GALKAYO - At least 14 people were killed when gunmen stormed a hostel in Galkayo on Tuesday, "
        "officials said on Wednesday.\n\n"
        "Image caption, Security forces outside the hostel on Tuesday night, when officials first "
        "counted nine dead",
        "2025-07-16",
        (14, "at_least"),
    ),
    (
        "GAROWE, Nov 4 (Horn Wire) - A car bomb outside a checkpoint in Garowe on Sunday killed eight "
        "people, police said.\n\n"
        "FILE PHOTO: Police guard the same checkpoint in 2023, after a blast there killed 30 people.",
        "2025-11-04",
        (8, "exact"),
    ),
]


@pytest.mark.parametrize(("text", "published", "killed"), OLDER_CAPTION)
def test_a_caption_older_figure_yields_to_the_body_toll(
    extract: Any, text: str, published: str, killed: tuple[int, str]
) -> None:
    attacks = _attacks(extract(text, published=published))
    assert len(attacks) == 1
    assert attacks[0].killed is not None
    assert (attacks[0].killed.value, attacks[0].killed.qualifier) == killed

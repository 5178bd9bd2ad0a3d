"""Tolls on page shapes (session 25): a live blog's entries read in the order they were
written, a correction notice that revises a toll, a figure told with the one it corrects
('nine, not six as first reported'), 'the dead' and 'the wounded' as tolls a verb puts at a
figure, and a group whose parts an 'among them' after it lists.  Invented pages (places,
names, numbers and wording of our own)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from nexus.extract.casualties import find_casualties
from nexus.extract.tolls import _blog_entries


def _violent(ext: Any) -> list[Any]:
    return [e for e in ext.events if e.type in ("attack", "military_action")]


def _only(ext: Any) -> Any:
    events = _violent(ext)
    assert len(events) == 1, [(e.type, e.killed, e.injured) for e in events]
    return events[0]


def _value(count: Any) -> tuple[int, str] | None:
    return None if count is None else (count.value, count.qualifier)


def _figures(nlp: Language, text: str) -> list[tuple[str, int, bool]]:
    """(kind, value, part) of every figure of the text's first sentence."""
    sent = next(iter(nlp(text).sents))
    return [(m.kind, m.count.value, m.part) for m in find_casualties(sent)]


# --------------------------------------------------------------------------- live blogs

_OLDEST_FIRST = """Live updates: explosion at Parvan coach station

07:20 — A loud blast has been heard near the coach station in Parvan, residents tell us.

07:55 — Police say three people were killed in the explosion at the coach station.

09:40 — Medics at the Parvan general hospital say seven people are dead and 18 wounded.

11:15 — The interior ministry says 11 people were killed and 25 injured in the coach station bombing.
"""

_NEWEST_FIRST_WITH_AN_OLDER_RISE = """Live: gunmen storm a hotel in Sarvel

16:05 — Hospital staff in Sarvel say 11 people have died, nine of them guests.

14:30 — The number of dead has climbed to six, a doctor at the clinic says.

12:50 — Gunmen have stormed the Palm Court hotel in central Sarvel, killing four people, police say.
"""


def test_an_oldest_first_live_blog_keeps_the_figures_of_its_last_entry(extract: Any) -> None:
    event = _only(extract(_OLDEST_FIRST))
    assert _value(event.killed) == (11, "exact")
    assert _value(event.injured) == (25, "exact")


def test_a_newest_first_live_blog_keeps_its_top_entry_over_an_older_rise(extract: Any) -> None:
    event = _only(extract(_NEWEST_FIRST_WITH_AN_OLDER_RISE))
    assert _value(event.killed) == (11, "exact")


def test_a_wire_report_without_entries_still_keeps_its_lead_figure(extract: Any) -> None:
    event = _only(
        extract(
            "KOLMAR, April 27 — Gunmen killed eight miners at a gold pit outside Kolmar on Sunday, "
            "the governor said. Police had first spoken of five dead."
        )
    )
    assert _value(event.killed) == (8, "exact")


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("Live\n\n10:05 — a.\n\n09:10 — b.\n\n08:00 — c.\n", [2, 1, 0]),
        ("Live\n\n8.10am - a.\n\n9.30am - b.\n\n1.15pm - c.\n", [0, 1, 2]),
        ("Live\n\n23:40 — a.\n\n23:55 — b.\n\n00:20 — c.\n\n01:05 — d.\n", [0, 1, 2, 3]),
        ("Live\n\n7.05 PM EST – a.\n\n6.40 PM EST – b.\n", [1, 0]),
    ],
)
def test_blog_entries_are_read_in_the_order_they_were_written(text: str, order: list[int]) -> None:
    assert [place for _start, place in _blog_entries(text)] == order


@pytest.mark.parametrize(
    "text",
    [
        "TALVIN, May 2 — A device exploded at 09:15 — police said — beside the mosque.\n",
        "Schedule\n\n10:00 — talks open.\n\n10:00 — talks close.\n",
        "Roster\n\n06:30 Guard – north gate.\n\n18:30 Army – river road.\n",
    ],
)
def test_no_blog_entries_on_a_page_without_a_run_of_stamped_lines(text: str) -> None:
    assert _blog_entries(text) == []


# --------------------------------------------------------------------------- corrections

_CORRECTED = (
    "Ambush on a convoy near Dorvik\n\n"
    "DORVIK, April 27 — Militants ambushed a fuel convoy near Dorvik on Sunday, killing five drivers, "
    "the army said.\n\n"
    "The lorries were bound for the garrison at Lemsk; the shots came from the hills beyond the track.\n\n"
    "Correction, April 28: The army later revised its account; three drivers were killed, not five as "
    "first reported.\n"
)

_EARLIER_VERSION = (
    "Gunmen kill workers at Velmora quarry\n\n"
    "VELMORA, April 27 — Gunmen killed four workers at a limestone quarry outside Velmora on Saturday "
    "night, the district police chief said.\n\n"
    "Witnesses said the raiders drove up in two pickups and shot at the night crew.\n\n"
    "Correction: Our first edition said that six workers had died.\n"
)


_REPLACED_BULLETIN = (
    "Patrol attacked near Osk\n\n"
    "OSK, April 27 — Rebels fired on a forest patrol near Osk on Sunday, killing two rangers and injuring "
    "three, according to a ministry bulletin.\n\n"
    "Editor's note: This bulletin replaces the one issued on Sunday night, which gave one ranger dead "
    "and four wounded. Sergeant Aldo Brenn succumbed in the helicopter.\n"
)


def test_a_correction_notice_revises_the_toll_of_the_body(extract: Any) -> None:
    event = _only(extract(_CORRECTED))
    assert _value(event.killed) == (3, "exact")


def test_the_figure_an_earlier_version_gave_does_not_replace_the_body(extract: Any) -> None:
    event = _only(extract(_EARLIER_VERSION))
    assert _value(event.killed) == (4, "exact")


def test_the_figures_a_notice_says_were_replaced_stay_early_counts(extract: Any) -> None:
    event = _only(extract(_REPLACED_BULLETIN))
    assert _value(event.killed) == (2, "exact")
    assert _value(event.injured) == (3, "exact")


_NOTICE_AFTER_A_RECALLED_ATTACK = (
    "Knife attack at Lindholm ferry terminal\n\n"
    "LINDHOLM, April 27 — A man with a knife attacked travellers at the Lindholm ferry terminal on "
    "Saturday night, killing one woman and injuring four others, police said.\n\n"
    "It was the worst such attack in the port since 2017, when a man stabbed two dock workers outside "
    "the customs shed.\n\n"
    "Correction: Our first edition said that three people were injured. Police say four people were "
    "injured.\n"
)


def test_a_correction_notice_speaks_of_the_reports_own_story(extract: Any) -> None:
    events = {
        e.date.iso[:4] if e.date else None: e for e in _violent(extract(_NOTICE_AFTER_A_RECALLED_ATTACK))
    }
    assert _value(events["2025"].injured) == (4, "exact")
    assert _value(events["2017"].injured) == (2, "exact")


def test_a_figure_told_with_the_one_it_corrects_is_current(extract: Any) -> None:
    event = _only(
        extract(
            "OSTRIN, April 27 — A grenade thrown into a bus depot in Ostrin on Sunday killed two "
            "mechanics and wounded six others, police said. Doctors at the city hospital said nine "
            "people were hurt in the blast, not six as first reported."
        )
    )
    assert _value(event.injured) == (9, "exact")


def test_a_not_that_sets_no_figure_aside_changes_nothing(extract: Any) -> None:
    event = _only(
        extract(
            "OSTRIN, April 27 — A grenade thrown into a bus depot in Ostrin on Sunday wounded six "
            "mechanics, police said. Two watchmen were hurt at the gate, not 20 metres from the "
            "pumps, a guard said."
        )
    )
    assert _value(event.injured) == (6, "exact")


# --------------------------------------------------------------------------- sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Its later statement put the dead at 31 and the wounded at twelve, most of them traders.",
            [("killed", 31, False), ("injured", 12, False)],
        ),
        ("A spokesman for the governor put the dead at 26.", [("killed", 26, False)]),
        (
            "Medics put the toll at 23 and the count of injured at 48.",
            [("killed", 23, False), ("injured", 48, False)],
        ),
        ("The wounded were carried to two clinics in the old town.", []),
    ],
)
def test_the_dead_and_the_wounded_a_verb_puts_at_a_figure_are_tolls(
    nlp: Language, text: str, expected: list[tuple[str, int, bool]]
) -> None:
    assert _figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Less than two days later, six suspected bandits, among them a teenage girl, were shot dead in a "
            "clash in the woods near Orvel, police said.",
            [("killed", 6, False)],
        ),
        ("The blast killed 14 people, among them 5 children.", [("killed", 14, False), ("killed", 5, True)]),
    ],
)
def test_an_among_them_after_a_group_lists_its_parts(
    nlp: Language, text: str, expected: list[tuple[str, int, bool]]
) -> None:
    assert _figures(nlp, text) == expected


# --------------------------------------------------------------------------- attackers among the dead


def _among(nlp: Language, text: str) -> list[tuple[str, int, int]]:
    """(kind, value, attackers among them) of the first sentence's whole figures."""
    sent = next(iter(nlp(text).sents))
    return [(m.kind, m.count.value, m.attackers_among) for m in find_casualties(sent) if not m.part]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eight villagers died, including two of the raiders, when the farm was overrun.", ("killed", 8, 2)),
        ("The explosion killed 17 pilgrims, among them the bomber.", ("killed", 17, 1)),
        ("Ten guards were killed at the depot, including four of the assailants.", ("killed", 10, 4)),
        ("Thirteen people were killed in the siege, five of them gunmen.", ("killed", 13, 5)),
        ("The rocket killed 17 pilgrims, among them the bomber's cousin.", ("killed", 17, 0)),
        ("Ten guards were killed, including four cooks; three raiders also died.", ("killed", 10, 0)),
    ],
)
def test_attackers_listed_after_the_group_are_counted_among_it(
    nlp: Language, text: str, expected: tuple[str, int, int]
) -> None:
    assert _among(nlp, text)[0] == expected


def test_attackers_told_among_the_dead_are_not_the_attacks_toll(extract: Any) -> None:
    event = _only(
        extract(
            "HOLMSK, April 27 — Nine people, including three of the gunmen, died when militants "
            "stormed a customs post outside Holmsk on Sunday, officials said."
        )
    )
    assert _value(event.killed) == (6, "exact")


# --------------------------------------------------------------------------- 'or' between words of one kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The worst raid came in 2015, when gunmen shot 30 fans dead at a stadium in Orvel; more than "
            "200 others were wounded or hurt.",
            [("killed", 30, False), ("injured", 201, False)],
        ),
        (
            "More than 60 pilgrims were injured or maimed by the blast at the shrine.",
            [("injured", 61, False)],
        ),
        ("Twenty traders were killed or wounded by the blast at the depot.", []),
        ("Some 70 tenants were wounded or burned in the fire at the hostel.", []),
    ],
)
def test_or_between_words_of_one_kind_tells_one_figure(
    nlp: Language, text: str, expected: list[tuple[str, int, bool]]
) -> None:
    assert _figures(nlp, text) == expected


# --------------------------------------------------------------------------- numbers said again in brackets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A mine struck a supply lorry near Kalma, wounding four (04) soldiers.", [("injured", 4, False)]),
        ("Raiders burned the depot and killed nine (09) soldiers.", [("killed", 9, False)]),
        (
            "An explosive device hit a patrol near Sorbo, injuring five (05) soldiers.",
            [("injured", 5, False)],
        ),
        ("Raiders killed four gendarmes and three (3) herders near the well.", [("killed", 7, False)]),
    ],
)
def test_a_number_said_again_in_brackets_counts_once(
    nlp: Language, text: str, expected: list[tuple[str, int, bool]]
) -> None:
    assert _figures(nlp, text) == expected

"""Casualty figures on real-page shapes (session 22): a period that only completes a date ('in
November last year', 'during the last days of Lent') makes no running total; a counted group the
parser joined to the object before it still fills the next verb's victim slot; a year naming a
past happening ('the 2009 market bombing') is no count; an armed group's account of its own
fighters' deeds is its claim.  Invented reports (places, names, numbers and wording of our own)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Span

from nexus.extract.casualties import find_casualties


def _figures(nlp: Language, text: str) -> list[tuple[str, int, str, bool, bool]]:
    """(kind, value, qualifier, aggregate, claimed) of the first sentence's whole figures."""
    sent = next(iter(nlp(text).sents))
    return [
        (m.kind, m.count.value, m.count.qualifier, m.aggregate, m.claimed)
        for m in find_casualties(sent)
        if not m.part
    ]


def _value(count: Any) -> tuple[int, str] | None:
    return None if count is None else (count.value, count.qualifier)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In November last year, a drone strike on a wedding in Korvasi killed more than 90 guests.",
            ("killed", 91, "at_least"),
        ),
        (
            "In October this year, gunmen killed eleven herders when they raided a camp near Talvin.",
            ("killed", 11, "exact"),
        ),
        (
            "A lorry bomb killed more than 200 shoppers in the Varsel bazaar during the last days of Lent.",
            ("killed", 201, "at_least"),
        ),
    ],
)
def test_a_period_that_completes_a_date_makes_no_running_total(
    nlp: Language, text: str, expected: tuple[str, int, str]
) -> None:
    kinds = [f for f in _figures(nlp, text) if f[0] == expected[0]]
    assert [f[:3] for f in kinds] == [expected]
    assert not kinds[0][3]


def test_a_background_raid_dated_by_a_month_this_year_keeps_its_toll(extract: Any) -> None:
    ext = extract(
        "Gunmen killed four guards at a mine near Talvin on Sunday, police said. "
        "In October this year, gunmen killed eleven herders when they raided a camp near Ostrava.",
        published="2025-12-03",
    )
    (recalled,) = [e for e in ext.events if e.type == "attack" and e.date and e.date.iso == "2025-10"]
    assert _value(recalled.killed) == (11, "exact")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen have killed 40 villagers in the past year, the governor said.",
        "Bandit raids killed 230 people in the district last month.",
    ],
)
def test_a_period_counted_back_from_now_is_still_a_running_total(nlp: Language, text: str) -> None:
    killed = [f for f in _figures(nlp, text) if f[0] == "killed"]
    assert killed and all(f[3] for f in killed)


def test_a_counted_group_joined_to_the_object_before_is_the_next_verbs_subject(nlp: Language) -> None:
    figures = _figures(
        nlp,
        "At least five constables attained martyrdom and more than 12 others sustained injuries "
        "after a mine tore through their jeep outside Orvapur.",
    )
    assert [f[:3] for f in figures] == [("killed", 5, "at_least"), ("injured", 13, "at_least")]


def test_a_year_naming_a_past_happening_is_no_count(nlp: Language) -> None:
    doc = nlp(
        "31 worshippers died in Dornik on Friday, the highest toll since the 2009 Grand Market "
        "massacre in Telvara."
    )
    # the tagger may read the year into the happening's name (ORG), not as a date
    named = next(i for i, t in enumerate(doc) if t.text == "2009")
    doc.ents = [e for e in doc.ents if e.end <= named or e.start > named + 3] + [
        Span(doc, named, named + 3, label="ORG")
    ]
    figures = [(m.kind, m.count.value) for m in find_casualties(doc[:]) if not m.part]
    assert figures == [("killed", 31)]


def test_a_group_telling_its_own_fighters_deeds_gives_a_claimants_figure(nlp: Language) -> None:
    figures = _figures(
        nlp,
        "The Southern Resistance Front said its fighters stormed an army camp outside Kesso on Friday, "
        "killing nine soldiers.",
    )
    assert [(f[0], f[1], f[4]) for f in figures] == [("killed", 9, True)]


def test_a_states_account_of_its_troops_is_no_claim(nlp: Language) -> None:
    figures = _figures(
        nlp, "The army said its troops ambushed a rebel column near Kesso on Sunday, killing nine fighters."
    )
    assert [(f[0], f[1], f[4]) for f in figures] == [("killed", 9, False)]


def test_the_armys_figure_stands_over_a_rebel_groups_own_account(extract: Any) -> None:
    ext = extract(
        "The Southern Resistance Front said its fighters stormed an army camp outside Kesso on Friday, "
        "killing nine soldiers. The army acknowledged the raid and said four soldiers were killed.",
        published="2025-05-07",
    )
    attacks = [e for e in ext.events if e.type == "attack"]
    assert attacks
    assert _value(attacks[0].killed) == (4, "exact")


def test_more_dead_told_before_the_total_they_bring_are_not_added_again(extract: Any) -> None:
    ext = extract(
        "Rebels stormed a ranger station at Dorvasi on Sunday, killing at least 12 rangers, local sources "
        "said. The park authority put its losses at eight dead and ten hurt. Officials said on Tuesday "
        "that four more bodies had been recovered in the forest, taking the number of rangers killed to 12.",
        published="2025-06-10",
    )
    (attack,) = [e for e in ext.events if e.type == "attack"]
    # the floor told first and the total the four bring agree: 12, still a floor
    assert _value(attack.killed) == (12, "at_least")


def test_deaths_told_before_the_total_they_bring_are_no_toll_of_their_own(extract: Any) -> None:
    ext = extract(
        "Gunmen ambushed a lorry convoy outside Orvela on Saturday, killing nine drivers, a district "
        "official said. By Monday, four injured drivers had died at the Kesto clinic, bringing the toll "
        "to 13, health officials said.",
        published="2025-06-10",
    )
    (attack,) = [e for e in ext.events if e.type == "attack"]
    assert _value(attack.killed) == (13, "exact")


def test_a_figure_that_revises_the_earlier_one_is_current(extract: Any) -> None:
    ext = extract(
        "Insurgents raided an army post at Delvani late on Sunday, killing at least five soldiers, "
        "military sources said. On Wednesday the defence ministry said nine soldiers were dead and "
        "that 14 were hurt, correcting the figure reported by local officials.",
        published="2025-06-11",
    )
    (attack,) = [e for e in ext.events if e.type == "attack"]
    assert _value(attack.killed) == (9, "exact")


def test_a_later_figure_with_no_sign_of_revision_leaves_the_lead_toll(extract: Any) -> None:
    ext = extract(
        "Insurgents raided an army post at Delvani late on Sunday, killing at least five soldiers, "
        "military sources said. On Wednesday an officer said nine soldiers were dead.",
        published="2025-06-11",
    )
    (attack,) = [e for e in ext.events if e.type == "attack"]
    assert _value(attack.killed) == (5, "at_least")


def test_raising_the_toll_from_an_earlier_count_does_not_make_its_parts_current(extract: Any) -> None:
    ext = extract(
        "Four rangers were killed and six wounded when rebels ambushed a patrol near Selvo on Sunday, "
        "officials said. Three rangers were dead when help arrived and a fourth died at the clinic "
        "overnight, raising the toll from the three reported at first.",
        published="2025-06-11",
    )
    (attack,) = [e for e in ext.events if e.type == "attack"]
    assert _value(attack.killed) == (4, "exact")


def test_a_groups_own_dead_at_the_hands_of_gunmen_are_no_claim(nlp: Language) -> None:
    figures = _figures(
        nlp,
        "Unknown assailants shot dead six members of the Valley Defence Units near a bridge in Harrak "
        "overnight, the militia said.",
    )
    assert [(f[0], f[1], f[4]) for f in figures] == [("killed", 6, False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The relief committee said at least nine people were missing and 12 wounded.",
            [("missing", 9, "at_least"), ("injured", 12, "exact")],
        ),
        (
            "At least 10 killed, 25 injured in the Morvan blast.",
            [("killed", 10, "at_least"), ("injured", 25, "at_least")],
        ),
    ],
)
def test_a_floor_told_in_a_full_copular_clause_is_its_own(
    nlp: Language, text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert [f[:3] for f in _figures(nlp, text)] == expected


def test_a_toll_told_of_those_attacks_goes_to_the_attacks_not_the_court_case(extract: Any) -> None:
    ext = extract(
        "Gunmen killed a police officer at a checkpoint in Varsk on Monday, officials said. "
        "Separately, judges in Ostrel on Tuesday jailed two men for life over the twin bombings of "
        "markets in Selvo and Drenn on March 3 last year. More than 30 people, most of them traders, "
        "were killed in these attacks.",
        published="2025-05-14",
    )
    recalled = [e for e in ext.events if e.date is not None and e.date.iso == "2024-03-03"]
    assert recalled and _value(recalled[0].killed) == (31, "at_least")
    assert all(e.killed is None for e in ext.events if e.type == "military_action")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Raiders fired on the night watchmen at the depot, wounding three of them.", [("injured", 3)]),
        ("Nine miners were hurt in the blast, two of them badly.", [("injured", 9)]),
    ],
)
def test_the_hurt_among_people_named_but_not_counted_are_a_figure(
    nlp: Language, text: str, expected: list[tuple[str, int]]
) -> None:
    assert [f[:2] for f in _figures(nlp, text)] == expected

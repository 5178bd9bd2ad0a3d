"""Dates and in-document event identity on page-shaped texts, kind by kind, end to end.

Each text is a variant of our own: a lead dated only loosely (by the report, "overnight",
"this week") and a later sentence that tells the day of the same raid; recollections of older
attacks told in passing, placed where the text says they were; several incidents of one report.
``expected`` lists (type, ISO date or None, place or None, killed or None); each must be
matched by its own extracted event.
"""

from __future__ import annotations

from typing import Any

import pytest

Expected = tuple[str, str | None, str | None, int | None]


def _fits(event: Any, want: Expected) -> bool:
    etype, iso, place, killed = want
    if event.type != etype:
        return False
    if iso is not None and (event.date is None or event.date.iso != iso):
        return False
    if place is not None and (event.place is None or event.place.name != place):
        return False
    return killed is None or (event.killed is not None and event.killed.value == killed)


def _check(events: list[Any], expected: list[Expected]) -> None:
    free = list(events)
    for want in expected:
        found = next((e for e in free if _fits(e, want)), None)
        got = [(e.type, e.date.iso if e.date else None, e.place.name if e.place else None) for e in events]
        assert found is not None, f"{want} not in {got}"
        free.remove(found)


def _count(events: list[Any], etype: str) -> int:
    return sum(1 for e in events if e.type == etype)


# --- a loosely dated lead and the sentence that tells the raid's own day ------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # "overnight" in the lead; the hour and the day come from residents
            "Armed men have kidnapped 25 travellers and killed three in an overnight raid on Tsauni "
            "village in Bakura district. The raiders, who came on motorcycles at about 10 pm on "
            "Saturday, moved from house to house shooting at residents, villagers said.",
            "2025-03-10",
            ("attack", "2025-03-08", "Tsauni", 3),
        ),
        (  # the same, with a known doer and an active verb of its own
            "Insurgents killed five soldiers in an overnight assault on an outpost near Garbatulla, "
            "officials said. The fighters struck the outpost shortly after midnight on Thursday.",
            "2025-03-14",
            ("attack", "2025-03-13", "Garbatulla", 5),
        ),
        (  # "this week" in the lead, the day in a following sentence
            "Gunmen killed 16 worshippers at a chapel in Kivuka this week, local leaders said. "
            "The attackers burst into the chapel during an evening service on Monday and opened fire.",
            "2025-03-13",
            ("attack", "2025-03-10", "Kivuka", 16),
        ),
        (  # no date at all in the lead, the raid dated by "took place late on"
            "Bandits shot dead nine herders near Dangulbi, the state police command said. The attack "
            "took place late on Wednesday as the herders drove their cattle home.",
            "2025-03-14",
            ("attack", "2025-03-12", "Dangulbi", 9),
        ),
    ],
)
def test_a_loosely_dated_lead_takes_the_day_a_later_sentence_gives(
    extract: Any, text: str, published: str, expected: Expected
) -> None:
    events = extract(text, published=published).events
    _check(events, [expected])
    assert _count(events, "attack") == 1


def test_overnight_is_not_taken_for_a_raid_told_a_fortnight_earlier(extract: Any) -> None:
    # the second raid is another one: too long before the night the report tells
    text = (
        "Gunmen killed four farmers in an overnight raid on Kurmin Dodo, residents said. "
        "On March 1, the gunmen struck a market in Kurmin Dodo, killing seven traders."
    )
    events = extract(text, published="2025-03-16").events
    _check(events, [("attack", "2025-03-16", None, 4), ("attack", "2025-03-01", None, 7)])


# --- older attacks told in passing keep their own day and place --------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # "the first <blast> in <the capital> since <a day> last year, when ..."
            "A suicide bomber killed eight people outside a tax office in Velmora on Thursday. The "
            "blast was the first in the capital since May 9 last year, when gunmen stormed a bank and "
            "killed three guards.",
            "2025-03-08",
            [("attack", "2025-03-06", "Velmora", 8), ("attack", "2024-05-09", "Velmora", 3)],
        ),
        (  # "The hotel was the target of a <year> siege in which ..."
            "Militants killed nine guests at the Blue Lagoon hotel in Marka on Saturday. The hotel was "
            "the target of a 2018 siege in which gunmen held 30 staff hostage and killed 14.",
            "2025-03-10",
            [("attack", "2025-03-08", "Blue Lagoon", 9), ("attack", "2018", "Blue Lagoon", 14)],
        ),
        (  # "... was the scene of ...", a town
            "Gunmen shot dead six miners near Tarkwa on Sunday. The town was the scene of a 2020 "
            "massacre in which rebels killed 21 villagers.",
            "2025-03-11",
            [("attack", "2025-03-09", "Tarkwa", 6), ("attack", "2020", "Tarkwa", 21)],
        ),
        (  # "The town was hit in <year>, when ...": the town just told
            "Gunmen shot dead five drinkers at a bar in Arua on Saturday. The town was hit in 2019, "
            "when rebels killed 13 traders at its main market.",
            "2025-03-11",
            [("attack", "2025-03-08", "Arua", 5), ("attack", "2019", "Arua", 13)],
        ),
        (  # "The village, where militants killed 40 in 2022, lies ..."
            "Jihadists killed 12 herders in Gomboro on Monday. The village, where militants killed 35 "
            "people in a raid in 2022, lies close to the border.",
            "2025-03-12",
            [("attack", "2025-03-10", "Gomboro", 12), ("attack", "2022", "Gomboro", 35)],
        ),
        (  # "a similar blast at the market", an older month
            "A bomb ripped through a market in Sabon Gari on Tuesday, killing ten, police said. In "
            "January, a similar blast at the market killed four people.",
            "2025-03-13",
            [("attack", "2025-03-11", "Sabon Gari", 10), ("attack", "2025-01", "Sabon Gari", 4)],
        ),
    ],
)
def test_an_older_attack_told_in_passing_keeps_its_own_day_and_place(
    extract: Any, text: str, published: str, expected: list[Expected]
) -> None:
    _check(extract(text, published=published).events, expected)


def test_an_older_strike_does_not_take_the_town_of_another_older_attack(extract: Any) -> None:
    # two older happenings in one sentence: the killing's town is not the bombing's
    text = (
        "Rebels shelled the harbour of Port Elin on Monday, killing two sailors. In June last year a "
        "drone launched from the hills killed a guard in Port Elin, and the navy bombed the rebel "
        "stronghold the next day."
    )
    events = extract(text, published="2025-03-12").events
    older = [e for e in events if e.date is not None and e.date.iso.startswith("2024")]
    assert any(e.type == "attack" and e.place is not None and e.place.name == "Port Elin" for e in older)
    bombing = [e for e in older if e.type == "military_action"]
    assert bombing and all(e.place is None or e.place.name != "Port Elin" for e in bombing)


# --- several incidents of one report ------------------------------------------------------------


def test_a_response_within_hours_counts_from_the_attack_not_from_a_statement(extract: Any) -> None:
    # the minister's vow is dated Thursday; the jets struck within hours of the refinery attack
    text = (
        "Separatists killed seven workers at a refinery near Ostrova on Wednesday. Flying back from "
        "a summit on Thursday, the president vowed to crush the separatists. Within hours army "
        "jets bombed separatist camps in the hills, the defence ministry said. On Thursday, "
        "drones killed nine fighters in Valmir, the ministry added."
    )
    events = extract(text, published="2025-03-14").events
    _check(
        events,
        [
            ("attack", "2025-03-12", None, 7),
            ("military_action", "2025-03-12", None, None),
            ("military_action", "2025-03-13", "Valmir", 9),
        ],
    )


def test_two_towns_on_two_days_stay_two_events(extract: Any) -> None:
    text = (
        "Jihadists overran an army post in Kiribi on Tuesday, killing eight soldiers. In a second "
        "wave on Thursday night, they attacked the town of Soumana, killing five civilians."
    )
    events = extract(text, published="2025-03-15").events
    _check(events, [("attack", "2025-03-11", "Kiribi", 8), ("attack", "2025-03-13", "Soumana", 5)])


# --- relative dates on pages: headlines, opening frames -----------------------------------------


def test_a_headline_dates_the_body_event_that_gives_no_day(extract: Any) -> None:
    # the dateline's date is the filing day; the headline says when the blast was
    text = (
        "Grenade kills four at Beledweyne tea shop on Thursday\n"
        "BELEDWEYNE, Saturday 22 March 2025: A grenade thrown into a tea shop in Beledweyne's Kooshin "
        "district killed four customers, police said."
    )
    events = extract(text, published=None).events
    _check(events, [("attack", "2025-03-20", None, 4)])
    assert _count(events, "attack") == 1


def test_the_body_day_beats_the_headline_day(extract: Any) -> None:
    text = (
        "Gunmen kill five in Ugep on Friday\n"
        "UGEP, 23 March 2025 - Gunmen killed five traders at a market in Ugep on Saturday, police said."
    )
    events = extract(text, published=None).events
    _check(events, [("attack", "2025-03-22", "Ugep", 5)])


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # the frame has no day; the main clause's day minus the count dates it
            "Two weeks after gunmen killed 14 worshippers in Iware, soldiers killed 11 bandits near the "
            "town on Tuesday.",
            "2025-03-13",
            [("attack", "2025-02-25", None, 14), ("military_action", "2025-03-11", None, 11)],
        ),
        (  # the toll told in a participle inside the frame is the frame's happening
            "Three days after herders raided Tashan Bako, killing eight farmers, police arrested 15 "
            "suspects in Wukari on Monday.",
            "2025-03-12",
            [("attack", "2025-03-07", None, 8), ("military_action", "2025-03-10", "Wukari", None)],
        ),
    ],
)
def test_an_opening_frame_counts_back_from_the_main_clause_day(
    extract: Any, text: str, published: str, expected: list[Expected]
) -> None:
    events = extract(text, published=published).events
    _check(events, expected)
    assert _count(events, "attack") == 1


# --- a follow-up continues the right incident ---------------------------------------------------


def test_troops_answering_an_attack_act_at_its_scene_on_its_day(extract: Any) -> None:
    # the answer follows the second incident, not the first army action told
    text = (
        "The Nigerien army reported killing 30 fighters near Bosso on Friday. In neighbouring "
        "Nigeria, insurgents shot dead seven fishermen at Gashua on Monday night, a fisheries "
        "official said. Soldiers who responded to the attack killed two of the assailants, he added."
    )
    events = extract(text, published="2025-04-16").events
    _check(
        events,
        [
            ("military_action", "2025-04-11", None, 30),
            ("attack", "2025-04-14", "Gashua", 7),
            ("military_action", "2025-04-14", "Gashua", 2),
        ],
    )
    (answer,) = [e for e in events if e.type == "military_action" and e.killed and e.killed.value == 2]
    assert answer.actors == ["Nigeria"]


def test_police_repelling_an_attack_are_not_the_raid_told_before(extract: Any) -> None:
    text = (
        "Police said they shot dead four robbers in Eldoret on Monday. In Wajir, gunmen attacked a "
        "lorry on Wednesday, killing five traders. Officers who repelled the attack killed two gunmen."
    )
    events = extract(text, published="2025-04-18").events
    _check(
        events,
        [
            ("military_action", "2025-04-14", None, 4),
            ("attack", "2025-04-16", "Wajir", 5),
            ("military_action", "2025-04-16", "Wajir", 2),
        ],
    )


def test_a_toll_update_named_by_its_town_continues_that_incident(extract: Any) -> None:
    text = (
        "Gunmen killed six traders in Yelde on Monday. On Wednesday, a roadside bomb killed three "
        "soldiers near Konduga. The toll from the Yelde attack rose to ten on Thursday."
    )
    events = extract(text, published="2025-04-18").events
    _check(events, [("attack", "2025-04-14", "Yelde", 10), ("attack", "2025-04-16", None, 3)])
    assert _count(events, "attack") == 2
    assert all(not e.actors for e in events if e.type == "attack")


def test_a_second_wave_keeps_its_own_night(extract: Any) -> None:
    text = (
        "Air force jets struck rebel positions east of Sarai on Sunday. In a fresh round of sorties on "
        "Monday night, warplanes hit the town of Kadhan, killing six, medics said."
    )
    events = extract(text, published="2025-04-16").events
    _check(
        events,
        [("military_action", "2025-04-13", None, None), ("military_action", "2025-04-14", None, 6)],
    )


def test_where_the_later_sentence_says_it_happened_is_the_place(extract: Any) -> None:
    # the lead names the province; the sentence that dates the ambush names the town
    text = (
        "At least six police officers died after insurgents ambushed their convoy in Niassa, the "
        "provincial command said on Friday. The ambush happened near Mecula on Wednesday."
    )
    events = extract(text, published="2025-04-18").events
    _check(events, [("attack", "2025-04-16", "Mecula", 6)])
    assert _count(events, "attack") == 1


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # an indefinite doer, but "the village" is the village just told
            "Bandits killed nine villagers in Rafin Gora, police said on Tuesday. Armed men stormed the "
            "village late on Sunday and opened fire on residents.",
            "2025-04-15",
            ("attack", "2025-04-13", "Rafin Gora", 9),
        ),
        (  # the known attackers' arrival dates the raid
            "Gunmen abducted 14 farmers and killed two in Unguwan Bido, police said on Wednesday. The "
            "attackers, who came on motorcycles at about 9 pm on Monday, left with the farmers' "
            "cattle, a local leader said.",
            "2025-04-16",
            ("attack", "2025-04-14", None, 2),
        ),
        (  # "It happened ...": a sentence that only says when
            "Police said on Tuesday that gunmen had shot dead eight traders in Kwanar Dutse. It "
            "happened late on Sunday, residents said.",
            "2025-04-15",
            ("attack", "2025-04-13", None, 8),
        ),
    ],
)
def test_a_report_dated_lead_takes_the_day_a_plain_follow_up_gives(
    extract: Any, text: str, published: str, expected: Expected
) -> None:
    events = extract(text, published=published).events
    _check(events, [expected])
    assert _count(events, "attack") == 1


def test_it_happened_does_not_redate_an_event_with_its_own_day(extract: Any) -> None:
    text = (
        "Gunmen shot dead eight traders in Kwanar Dutse on Monday. It happened two years after a "
        "similar raid, residents said. A curfew was imposed on Tuesday."
    )
    events = extract(text, published="2025-04-16").events
    _check(events, [("attack", "2025-04-14", None, 8)])


def test_the_attack_after_a_strike_names_the_strike(extract: Any) -> None:
    # "The attack" refers back to the strike just told: no second, undated incident
    text = (
        "Government jets bombed a market in Mabanda on Thursday night, killing eleven people. The "
        "attack came hours after rebels shelled the garrison."
    )
    events = extract(text, published="2025-04-19").events
    _check(events, [("military_action", "2025-04-17", None, 11)])
    assert not [e for e in events if e.type == "attack" and e.trigger == "attack"]

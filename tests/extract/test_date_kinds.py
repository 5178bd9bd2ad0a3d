"""Dates of events and event identity, kind by kind, through the whole pipeline.

Each text is a variant of our own of one fault kind: the event's day rather than the day it
was reported, deadlines, dates anchored to another happening, comparison frames, separate and
background incidents, dated datelines. ``expected`` lists (type, ISO date or None, place or
None, killed or None); each must be matched by its own extracted event.
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


# --- the event's day, not the day it was reported ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # a later sentence says when; the report's day yields
            "Nine villagers were killed when armed men raided a hamlet near Mopti, local officials "
            "said on Thursday. The raiders attacked the hamlet late on Tuesday.",
            "2024-03-14",
            ("attack", "2024-03-12", "Mopti", 9),
        ),
        (  # "took place on the night of"
            "Militants killed six soldiers in an ambush near Ghazni, the defence ministry said on "
            "Tuesday. The ambush took place on the night of June 29.",
            "2024-07-02",
            ("attack", "2024-06-29", "Ghazni", 6),
        ),
        (  # "began on Wednesday evening", published on a Friday
            "Twelve people died after suicide bombers struck a hotel in Kismayo, officials announced "
            "on Friday. The assault began on Wednesday evening and lasted until dawn.",
            "2024-08-09",
            ("attack", "2024-08-07", "Kismayo", 12),
        ),
        (  # the day comes in the early hours, the report on Saturday
            "A bomb hidden in a cart killed four shoppers at a market in Kirkuk, police said on "
            "Saturday. The blast happened in the early hours of Friday.",
            "2024-03-16",
            ("attack", "2024-03-15", "Kirkuk", 4),
        ),
        (  # "The gunmen ... opened fire": a known doer tells the happening again, with its day
            "Bandits killed 15 villagers in raids on three communities in Zamfara State, police said "
            "on Monday.\n\nThe gunmen arrived on motorcycles late on Saturday and opened fire on residents.",
            "2024-04-15",
            ("attack", "2024-04-13", None, 15),
        ),
        (  # "Sunday night" told by a priest two days later
            "Gunmen shot dead five worshippers at a church in Beni on Sunday night, a local priest "
            "told reporters on Tuesday.",
            "2024-11-20",
            ("attack", "2024-11-17", "Beni", 5),
        ),
    ],
)
def test_an_event_takes_its_own_day_not_the_reporting_day(
    extract: Any, text: str, published: str, expected: Expected
) -> None:
    events = extract(text, published=published).events
    _check(events, [expected])
    assert _count(events, "attack") == 1


def test_a_day_the_report_was_made_gives_way_to_the_earlier_news_day(extract: Any) -> None:
    # the toll is told at a briefing on Friday; the lead names Wednesday as the day it ended
    text = (
        "Police have raised the toll from this week's siege of a hotel in Kismayo to 19, up from the "
        "12 they gave when the siege ended on Wednesday. At a briefing on Friday, a police spokesman "
        "said the gunmen had killed 19 guests."
    )
    (attack,) = [e for e in extract(text, published="2024-08-10").events if e.type == "attack"]
    assert attack.date is not None and attack.date.iso == "2024-08-07"


def test_this_weeks_attack_takes_the_day_another_mention_gives(extract: Any) -> None:
    text = (
        "Police said that this week's bombing of a bus in Mandalay had killed 13 passengers. "
        "The bombing took place on Monday."
    )
    events = extract(text, published="2025-03-20").events
    _check(events, [("attack", "2025-03-17", "Mandalay", 13)])
    assert _count(events, "attack") == 1


# --- deadlines are no events -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected", "never"),
    [
        (
            "Insurgents ambushed a patrol near Diffa on Tuesday, killing seven soldiers. The ambush came "
            "weeks after the government promised to defeat the militants by the end of 2025.",
            "2024-09-04",
            ("attack", "2024-09-03", None, 7),
            "2025",
        ),
        (
            "A roadside bomb killed three policemen in Bannu on Monday. Officials had pledged to clear "
            "the district of fighters by June 2024.",
            "2024-02-07",
            ("attack", "2024-02-05", "Bannu", 3),
            "2024-06",
        ),
        (
            "Gunmen killed four guards at a mine near Bunia on Sunday. The army has been given until "
            "March to restore order in the province.",
            "2025-01-15",
            ("attack", "2025-01-12", "Bunia", 4),
            "2025-03",
        ),
        (
            "Jihadists stormed an army post near Tillaberi on Wednesday, killing 14 soldiers. The junta "
            "has vowed to wipe out the groups by 2026.",
            "2024-10-10",
            ("attack", "2024-10-09", None, 14),
            "2026",
        ),
    ],
)
def test_a_deadline_dates_no_event(
    extract: Any, text: str, published: str, expected: Expected, never: str
) -> None:
    events = extract(text, published=published).events
    _check(events, [expected])
    assert not [e for e in events if e.date is not None and e.date.iso.startswith(never)]


# --- dates anchored to the previous event ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Gunmen killed five police officers at a checkpoint in Zhob on April 9. Two days later, a "
            "bomb tore through a bus in the same district, killing eleven passengers.",
            "2024-04-18",
            [("attack", "2024-04-09", "Zhob", 5), ("attack", "2024-04-11", None, 11)],
        ),
        (  # "A day after the ambush, ...": the ambush is the happening told before
            "Rebels attacked a convoy near Sittwe on November 21, killing nine soldiers. A day after the "
            "ambush, fighter jets bombed a village outside the town, killing 14 civilians.",
            "2024-12-10",
            [("attack", "2024-11-21", "Sittwe", 9), ("military_action", "2024-11-22", None, 14)],
        ),
        (  # "in the city": the city just named
            "A car bomb exploded outside a court in Herat on February 3, killing seven. The next day, "
            "gunmen shot dead two judges in the city.",
            "2025-02-20",
            [("attack", "2025-02-03", "Herat", 7), ("attack", "2025-02-04", "Herat", 2)],
        ),
        (  # "Hours later": the same day, another happening
            "Militants overran a police station in Jolo on May 12, killing four officers. Hours later, a "
            "grenade attack on a market in the town wounded 17 people.",
            "2025-05-30",
            [("attack", "2025-05-12", "Jolo", 4), ("attack", "2025-05-12", "Jolo", None)],
        ),
        (  # "three days after" the attack it counts from, told in the sentence before
            "Insurgents stormed a school in Maradi on October 2, killing six pupils. Three days after the "
            "raid, soldiers killed 11 of the attackers in a forest near the town.",
            "2024-10-20",
            [("attack", "2024-10-02", "Maradi", 6), ("military_action", "2024-10-05", None, 11)],
        ),
    ],
)
def test_a_date_counted_from_the_previous_event(
    extract: Any, text: str, published: str, expected: list[Expected]
) -> None:
    _check(extract(text, published=published).events, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In March 2022, insurgents attacked a convoy near Palma, killing 12 soldiers. The following "
            "month, they killed 20 villagers in Mocimboa.",
            [("attack", "2022-03", "Palma", 12), ("attack", "2022-04", "Mocimboa", 20)],
        ),
        (
            "Militants stormed a prison in Kuje in July 2022, freeing 800 inmates. A year later, they "
            "attacked a school in the same town, killing four.",
            [("attack", "2022-07", "Kuje", None), ("attack", "2023-07", "Kuje", 4)],
        ),
    ],
)
def test_a_month_or_year_counted_from_the_previous_event(
    extract: Any, text: str, expected: list[Expected]
) -> None:
    _check(extract(text, published="2024-06-12").events, expected)


def test_within_hours_dates_a_reaction_by_the_happening_told(extract: Any) -> None:
    text = (
        "Explosions tore through a market in Tyre on Tuesday, killing nine people. The army would not "
        "comment, but within hours the militia accused it of planting the bombs."
    )
    events = extract(text, published="2024-07-05").events
    statements = [e for e in events if e.type == "statement"]
    assert statements and all(s.date is not None and s.date.iso == "2024-07-02" for s in statements)


def test_said_after_the_impact_dates_a_statement_by_the_happening_told(extract: Any) -> None:
    text = (
        "A rocket fired by militants killed two farmers in a field near Sderot on Sunday. "
        '"They will pay a heavy price," the defence minister, Avi Levin, said after the impact.'
    )
    events = extract(text, published="2025-05-07").events
    (statement,) = [e for e in events if e.type == "statement"]
    assert statement.date is not None and statement.date.iso == "2025-05-04"


def test_a_day_after_a_dated_event_written_after_the_verb(extract: Any) -> None:
    text = "Rebels shelled a market in the town of Kalehe two days after the army raid of March 3, killing 5."
    events = extract(text, published="2024-03-20").events
    assert any(e.date is not None and e.date.iso == "2024-03-05" for e in events if e.type == "attack")


# --- comparison frames -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected", "never"),
    [
        (
            "A truck bomb killed 31 people at a market in Mosul on Monday. It was the deadliest attack in "
            "the city since 2017.",
            "2024-03-13",
            ("attack", "2024-03-11", "Mosul", 31),
            "2017",
        ),
        (  # in the same sentence, after the toll
            "Gunmen killed 14 people at a bus terminal in Beledweyne on Wednesday, the worst bloodshed "
            "in the town since March 2021.",
            "2024-07-25",
            ("attack", "2024-07-24", "Beledweyne", 14),
            "2021",
        ),
        (  # the comparison hangs on the killing verb
            "Gunmen killed 11 pilgrims near Bhalessa on Monday in the bloodiest attack on civilians in "
            "the region since 2017.",
            "2024-04-24",
            ("attack", "2024-04-22", "Bhalessa", 11),
            "2017",
        ),
        (
            "The shooting at a nightclub in Yala on Saturday, which killed nine, was the first attack in "
            "the province since January last year.",
            "2025-04-02",
            ("attack", "2025-03-29", "Yala", 9),
            "2024",
        ),
    ],
)
def test_a_comparison_frame_is_no_event_of_its_own(
    extract: Any, text: str, published: str, expected: Expected, never: str
) -> None:
    events = extract(text, published=published).events
    _check(events, [expected])
    assert _count(events, "attack") == 1
    assert not [e for e in events if e.date is not None and e.date.iso.startswith(never)]


def test_a_comparison_naming_a_dated_happening_keeps_it_apart(extract: Any) -> None:
    text = (
        "Suicide bombers killed 18 soldiers at a base near Arish on Sunday. It was the biggest loss "
        "for the army in Sinai since November 2017, when militants killed more than 300 worshippers "
        "at a mosque in Bir al-Abed."
    )
    _check(
        extract(text, published="2024-10-30").events,
        [("attack", "2024-10-27", "Arish", 18), ("attack", "2017-11", None, None)],
    )


def test_a_when_clause_on_a_year_dates_its_noun_subject(extract: Any) -> None:
    text = (
        "An explosion at a rally in Jalalabad killed 14 people on Thursday. The city was hit by a "
        "string of bombings in 2018, when a blast at a cricket match killed eight."
    )
    _check(
        extract(text, published="2024-06-28").events,
        [("attack", "2024-06-27", "Jalalabad", 14), ("attack", "2018", None, 8)],
    )


# --- separate incidents and background events --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "A suicide bomber killed eight people at a mosque in Quetta on Saturday. On Thursday, gunmen "
            "killed four policemen at a checkpoint in the same city.",
            "2024-02-10",
            [("attack", "2024-02-10", None, 8), ("attack", "2024-02-08", None, 4)],
        ),
        (
            "Militants stormed a police post in Dera Ismail Khan late on Wednesday, killing five "
            "officers. Earlier in the day, a bomb killed two soldiers in Tank district.",
            "2024-12-05",
            [("attack", "2024-12-04", None, 5), ("attack", "2024-12-04", None, 2)],
        ),
        (
            "Suspected jihadists killed 11 civilians in the village of Kompienga on Monday. Elsewhere, "
            "gunmen killed a priest in Fada N'Gourma on Sunday.",
            "2025-03-19",
            [("attack", "2025-03-17", None, 11), ("attack", "2025-03-16", None, 1)],
        ),
        (
            "Al-Shabaab fighters stormed a hotel in Kismayo on Thursday, killing 11 people. In July 2019, "
            "the group attacked another hotel in the city, killing 26.",
            "2025-05-02",
            [("attack", "2025-05-01", "Kismayo", 11), ("attack", "2019-07", "Kismayo", 26)],
        ),
    ],
)
def test_separate_incidents_stay_apart(
    extract: Any, text: str, published: str, expected: list[Expected]
) -> None:
    events = extract(text, published=published).events
    _check(events, expected)
    assert _count(events, "attack") == len(expected)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "A car bomb killed nine people near a hospital in Idlib on Tuesday. Last week, a similar "
            "bombing killed five in the city.",
            "2024-06-05",
            [("attack", "2024-06-04", "Idlib", 9), ("attack", "2024-05-29", None, 5)],
        ),
        (
            "A bomb killed five soldiers in Sokoto on Sunday, the army said. Two years ago, a similar "
            "blast in the state killed 12 people.",
            "2024-11-11",
            [("attack", "2024-11-10", "Sokoto", 5), ("attack", "2022", None, 12)],
        ),
    ],
)
def test_a_similar_happening_told_once_is_another_event(
    extract: Any, text: str, published: str, expected: list[Expected]
) -> None:
    events = extract(text, published=published).events
    _check(events, expected)
    assert _count(events, "attack") == 2


def test_a_doerless_toll_is_its_sentences_happening(extract: Any) -> None:
    text = (
        "Fighter jets bombed rebel positions near Lashio on Friday. Within hours the army shelled "
        "villages across the hills, and local officials said nine civilians were killed."
    )
    events = extract(text, published="2024-06-08").events
    assert _count(events, "attack") == 0


# --- datelines and date shapes -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tue 14 May 2024: Armed men killed four herders near Katsina on Monday evening, officials said.",
            ("attack", "2024-05-13", "Katsina", 4),
        ),
        (
            "Sunday, 3 November 2024 - Gunmen killed nine miners in the eastern town of Kamituga late on "
            "Friday, local officials said.",
            ("attack", "2024-11-01", "Kamituga", 9),
        ),
        (
            "Wed 19 February 2025: Insurgents ambushed an army convoy near Marawi yesterday, killing "
            "five soldiers.",
            ("attack", "2025-02-18", "Marawi", 5),
        ),
    ],
)
def test_a_dated_dateline_dates_the_report(extract: Any, text: str, expected: Expected) -> None:
    _check(extract(text, published=None).events, [expected])


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Gunmen killed six people at a cafe in Kirkuk on the night of March 16, police said.",
            "2025-03-20",
            ("attack", "2025-03-16", "Kirkuk", 6),
        ),
        (
            "Earlier this month, gunmen killed eight worshippers at a mosque in Sokoto.",
            "2025-03-20",
            ("attack", "2025-03", "Sokoto", 8),
        ),
        (
            "It was the first attack on the base since October 3 last year, when a rocket killed two "
            "soldiers at the gate.",
            "2024-09-10",
            ("attack", "2023-10-03", None, 2),
        ),
    ],
)
def test_date_shapes_of_event_days(extract: Any, text: str, published: str, expected: Expected) -> None:
    _check(extract(text, published=published).events, [expected])


def test_confirming_an_attack_is_no_new_event(extract: Any) -> None:
    text = (
        "Militants killed five soldiers at a checkpoint in Arish on Monday, the Egyptian military "
        "confirmed on Tuesday."
    )
    events = extract(text, published="2024-06-04").events
    _check(events, [("attack", "2024-06-03", "Arish", 5)])
    assert _count(events, "attack") == 1 and _count(events, "military_action") == 0


def test_an_arrival_told_of_the_doer_dates_the_visit_and_its_meeting(extract: Any) -> None:
    text = (
        "President Ama Boateng, who cancelled a trip to Kumasi and arrived in Tamale on June 18, "
        "visited wounded survivors at the regional hospital and held a town hall meeting at the "
        "district office."
    )
    events = extract(text, published="2025-06-25").events
    dated = {e.type: e.date.iso if e.date else None for e in events}
    assert dated.get("visit") == "2025-06-18"
    assert dated.get("meeting") == "2025-06-18"
    assert sum(1 for e in events if e.type == "visit") == 1


def test_they_struck_again_is_one_attack_with_its_toll(extract: Any) -> None:
    text = (
        "Insurgents killed nine farmers in Konduga on Monday. Two days later, they struck again, "
        "killing five herders in the same area."
    )
    events = extract(text, published="2024-05-24").events
    _check(events, [("attack", "2024-05-20", "Konduga", 9), ("attack", "2024-05-22", "Konduga", 5)])
    assert _count(events, "attack") == 2 and _count(events, "military_action") == 0


# --- bombings at two sites ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "year", "sites"),
    [
        (
            "Police say Ibrahim Sule organised the bombings of a church in Zaria and a market in Kano "
            "in 2013.",
            "2013",
            ("Zaria", "Kano"),
        ),
        (
            "A court convicted Ali Warsame of planning the 2019 bombings at a hotel in Garissa and a church "
            "in Wajir.",
            "2019",
            ("Garissa", "Wajir"),
        ),
        (
            "The group carried out suicide attacks on a hotel in Mogadishu and a base in Baidoa in 2018.",
            "2018",
            ("Mogadishu", "Baidoa"),
        ),
    ],
)
def test_bombings_at_two_sites_are_two_events(
    extract: Any, text: str, year: str, sites: tuple[str, str]
) -> None:
    events = extract(text, published="2024-05-10").events
    _check(events, [("attack", year, sites[0], None), ("attack", year, sites[1], None)])


def test_an_older_happening_alone_in_its_sentence_keeps_its_town(extract: Any) -> None:
    text = "Omar Lado was convicted of organising the bombings at a bus depot in Kaduna in 2012."
    _check(extract(text, published="2024-05-10").events, [("attack", "2012", "Kaduna", None)])


def test_a_participle_opening_the_sentence_dates_its_statements(extract: Any) -> None:
    text = (
        "Flying home on Thursday, the president told reporters that the gunmen had come from across "
        "the border and vowed to crush terrorism at its source."
    )
    statements = [e for e in extract(text, published="2024-10-26").events if e.type == "statement"]
    assert statements and all(s.date is not None and s.date.iso == "2024-10-24" for s in statements)


# --- one speaker, one statement ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Defence Minister Tariq Aziz warned the militants that they would pay a heavy price, vowing "
            "to pursue them wherever they hide.",
            "Tariq Aziz",
        ),
        (
            "Prime Minister Lena Dahl denounced the attack, saying it was an assault on democracy, and "
            "promised more police at synagogues.",
            "Lena Dahl",
        ),
        (
            "Interior Minister Karim Haddad condemned the bombing, called it a cowardly act and promised "
            "that the attackers would be brought to justice.",
            "Karim Haddad",
        ),
    ],
)
def test_one_speaker_in_one_sentence_makes_one_statement(extract: Any, text: str, speaker: str) -> None:
    statements = [e for e in extract(text, published="2024-06-12").events if e.type == "statement"]
    assert len(statements) == 1
    assert speaker in statements[0].actors


def test_days_later_opens_another_incident(extract: Any) -> None:
    text = (
        "A bomb exploded at a bus station in Quetta on June 1, killing six. Days later, gunmen killed "
        "two policemen in the city."
    )
    events = extract(text, published="2024-06-12").events
    _check(events, [("attack", "2024-06-01", "Quetta", 6), ("attack", None, None, 2)])
    assert _count(events, "attack") == 2


@pytest.mark.parametrize(
    "text",
    [
        "Two days after gunmen killed seven farmers in Zamfara on Monday, troops killed 12 bandits nearby.",
        "Gunmen killed seven farmers in Zamfara on Monday. Troops killed 12 bandits nearby two days later.",
    ],
)
def test_a_count_of_days_dates_the_response_from_the_attack(extract: Any, text: str) -> None:
    _check(
        extract(text, published="2024-06-13").events,
        [("attack", "2024-06-10", None, 7), ("military_action", "2024-06-12", None, 12)],
    )

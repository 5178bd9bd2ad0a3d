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
        "Leaving the summit on Thursday, the minister told journalists that the raiders had crossed "
        "from a neighbouring country and promised to hunt them down."
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


# In-document identity on page-shaped texts: a lead dated only loosely (by the report,
# "overnight", "this week") and a later sentence that tells the day of the same raid; recollections
# of older attacks told in passing, placed where the text says they were; several incidents.

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


#: Session 9 variants: (published, text, expected events, exact counts per type).
_S9_VARIANTS: list[tuple[str, str, list[Expected], dict[str, int]]] = [
    (  # a report day across a year boundary: the lead's own day is in the old year
        "2025-01-01",
        "Suspected rebels killed nine villagers in Ngadi late on Monday, officials said on Wednesday.",
        [("attack", "2024-12-30", "Ngadi", 9)],
        {"attack": 1},
    ),
    (
        "2025-03-03",
        "Gunmen raided a church in Kwali late on Saturday and killed eleven worshippers, "
        "police said on Monday.",
        [("attack", "2025-03-01", "Kwali", 11)],
        {"attack": 1},
    ),
    (  # a vague day ("earlier this week") gives way to the day a later sentence tells
        "2024-12-05",
        "Bandits killed 14 farmers in Dansadau earlier this week, a local leader said on Thursday. "
        "The gunmen struck on Tuesday afternoon.",
        [("attack", "2024-12-03", "Dansadau", 14)],
        {"attack": 1},
    ),
    (
        "2025-01-02",
        "Police said on Wednesday that bandits had killed eight travellers on a highway near Funtua "
        "on Tuesday.",
        [("attack", "2024-12-31", "Funtua", 8)],
        {"attack": 1},
    ),
    (  # relative to another event: "three days after"
        "2025-03-02",
        "A roadside bomb killed four police officers in Jamrud on Friday. It came three days after "
        "gunmen shot dead two soldiers in Bara.",
        [("attack", "2025-02-28", "Jamrud", 4), ("attack", "2025-02-25", "Bara", 2)],
        {"attack": 2},
    ),
    (  # separate incidents in one town across the year boundary
        "2025-01-03",
        "A suicide bomber killed 12 people at a checkpoint in Afgoye on Thursday. On New Year's Eve, "
        "militants had shelled a base in the same town, killing three.",
        [("attack", "2025-01-02", "Afgoye", 12), ("attack", "2024-12-31", "Afgoye", 3)],
        {"attack": 2},
    ),
    (
        "2025-06-12",
        "An air strike killed two militant commanders in Rafah on Wednesday. The strike came a day "
        "after troops killed five gunmen in Khan Younis.",
        [("military_action", "2025-06-11", "Rafah", 2), ("military_action", "2025-06-10", "Khan Younis", 5)],
        {"military_action": 2},
    ),
    (  # last month's bombing, told first, stays apart from the new attack
        "2025-04-16",
        "Last month's bombing of a bus station in Kohat killed 11 people. On Tuesday, gunmen attacked "
        "a police post in Hangu, killing three officers.",
        [("attack", "2025-03", "Kohat", 11), ("attack", "2025-04-15", "Hangu", 3)],
        {"attack": 2},
    ),
    (  # "the third such attack since January" is a count, no event
        "2025-04-16",
        "Gunmen killed three officers at a police post in Hangu on Tuesday. It was the third such "
        "attack in the district since January.",
        [("attack", "2025-04-15", "Hangu", 3)],
        {"attack": 1},
    ),
    (  # a deadline is no event
        "2025-05-08",
        "A gunman killed five worshippers in Kaya on Sunday. The government has vowed to crush the "
        "insurgency by December 2026.",
        [("attack", "2025-05-04", None, 5)],
        {"attack": 1},
    ),
    (  # a month without a year takes the year its sentence names; "that same month" follows it
        "2025-09-10",
        "In 2022, the militia raided a gold mine in Komanda in June, killing 20 miners. That same month, "
        "its fighters burned a clinic in Mambasa, killing four nurses.",
        [("attack", "2022-06", "Komanda", 20), ("attack", "2022-06", "Mambasa", 4)],
        {"attack": 2},
    ),
    (
        "2025-09-10",
        "Rebels overran a camp in Djugu on Monday. The next day, they ambushed a truck near Fataki, "
        "killing seven.",
        [("attack", "2025-09-08", "Djugu", None), ("attack", "2025-09-09", "Fataki", 7)],
        {"attack": 2},
    ),
    (  # a dateline with a date: the weekday is read against it
        "2025-10-07",
        "TARIM, Yemen, Oct 6 (Gulf Wire) - Gunmen killed four soldiers at a checkpoint on Monday, "
        "officials said.",
        [("attack", "2025-10-06", None, 4)],
        {"attack": 1},
    ),
    (  # "two days before that" counts back from the older happening told last
        "2025-01-06",
        "A bomb wounded nine people at a market in Bosaso on Saturday. Two days before that, gunmen "
        "had killed a judge in Garowe.",
        [("attack", "2025-01-04", "Bosaso", None), ("attack", "2025-01-02", "Garowe", 1)],
        {"attack": 2},
    ),
    (  # last week's ambush, told in a clause, keeps its own toll
        "2025-02-03",
        "Militants attacked a police station in Tank on Saturday night, killing two officers. Last week's "
        "ambush in Lakki Marwat, which killed five soldiers, was claimed by the same group.",
        [("attack", "2025-02-01", "Tank", 2), ("attack", None, "Lakki Marwat", 5)],
        {"attack": 2},
    ),
]


_S9_VARIANTS += [
    (  # comparison frames: a class to compare with is no event; a named older one is
        "2025-04-16",
        "A car bomb killed 18 people at a market in Baidoa on Tuesday. It was the deadliest attack in "
        "the town since 2019.",
        [("attack", "2025-04-15", "Baidoa", 18)],
        {"attack": 1},
    ),
    (  # "in one of the bloodiest attacks ... since": the lead keeps its own toll
        "2025-04-16",
        "Gunmen killed 11 worshippers at a mosque in Niamey on Monday, in one of the bloodiest attacks "
        "in the region since the 2021 massacre at Banibangou.",
        [("attack", "2025-04-14", "Niamey", 11)],
        {},
    ),
    (
        "2025-04-16",
        "The ambush near Kidal on Sunday, which killed 25 soldiers, was the worst loss for the army since "
        "January 2022, when rebels overran a base at Tessit and killed 40 troops.",
        [("attack", "2025-04-13", "Kidal", 25), ("attack", "2022-01", "Tessit", 40)],
        {"attack": 2},
    ),
    (  # deadlines
        "2025-04-16",
        "Militants burned a police station in Bajaur on Monday, killing two officers. The provincial "
        "government has promised to clear the district of militants by the end of June.",
        [("attack", "2025-04-14", "Bajaur", 2)],
        {"attack": 1},
    ),
    (
        "2025-04-16",
        "Rebels attacked a mining camp near Rubaya on Sunday, killing six guards. The army has set a "
        "deadline of July 2026 to retake the area.",
        [("attack", "2025-04-13", "Rubaya", 6)],
        {"attack": 1},
    ),
    (  # background events stay apart, across a year boundary
        "2025-01-06",
        "Gunmen shot dead a village chief in Mafa on Sunday. Last month's raid on the same village, in "
        "which 11 farmers died, was blamed on the same faction.",
        [("attack", "2025-01-05", "Mafa", 1), ("attack", "2024-12", "Mafa", 11)],
        {"attack": 2},
    ),
    (
        "2025-01-03",
        "A bomb hidden in a cart exploded at a market in Goza on December 30, killing five traders, "
        "officials said on Friday.",
        [("attack", "2024-12-30", "Goza", 5)],
        {"attack": 1},
    ),
    (  # bombings at two sites
        "2025-04-16",
        "Court documents say Ibrahim Kolo planned the 2019 bombings of a church in Jos and a mosque "
        "in Potiskum.",
        [("attack", "2019", "Jos", None), ("attack", "2019", "Potiskum", None)],
        {"attack": 2},
    ),
    (
        "2025-04-16",
        "Prosecutors accuse Amina Sadi of helping to organise suicide attacks on a market in Gombe and a "
        "bus park in Yola in 2018.",
        [("attack", "2018", "Gombe", None), ("attack", "2018", "Yola", None)],
        {"attack": 2},
    ),
    (  # one speaker, one statement
        "2025-04-16",
        "Gunmen killed six people at a bar in Kisumu on Tuesday. Interior Minister Jane Odera condemned "
        "the killings and pledged to hunt down the attackers, warning that they would face the full "
        "force of the law.",
        [("statement", None, None, None)],
        {"statement": 1},
    ),
]


@pytest.mark.parametrize(("published", "text", "expected", "counts"), _S9_VARIANTS)
def test_session9_variants_of_dates_and_identity(
    extract: Any, published: str, text: str, expected: list[Expected], counts: dict[str, int]
) -> None:
    events = extract(text, published=published).events
    _check(events, expected)
    for etype, n in counts.items():
        assert sum(e.type == etype for e in events) == n


def test_a_confirmation_day_does_not_date_a_killing_told_with_its_own_day(extract: Any) -> None:
    extraction = extract(
        "Officials on Thursday confirmed that 14 herders were killed when raiders attacked a camp "
        "near Gashua on Monday.",
        published="2024-03-14",
    )
    dates = {e.date.iso for e in extraction.events if e.type == "attack" and e.date is not None}
    assert dates == {"2024-03-11"}


def test_a_report_that_says_its_own_days_killing_keeps_that_day(extract: Any) -> None:
    extraction = extract(
        "The army said on Tuesday it had killed nine insurgents near Gashua.", published="2024-03-14"
    )
    dates = {e.date.iso for e in extraction.events if e.type == "military_action" and e.date is not None}
    assert dates == {"2024-03-12"}


@pytest.mark.parametrize(
    ("text", "month"),
    [
        (
            "The worst year was 2017, when in May raiders overran a village near Goudiry, killing 30 people.",
            "2017-05",
        ),
        (
            "Its bloodiest year was 2019, when gunmen attacked a market in Goudiry in August, killing 40.",
            "2019-08",
        ),
    ],
)
def test_a_month_in_a_when_clause_of_a_named_year_is_that_years(extract: Any, text: str, month: str) -> None:
    dates = [e.date.iso for e in extract(text, published="2024-11-05").events if e.date]
    assert dates == [month]

"""Dates of recalled happenings: a definite noun retelling the only older happening of its kind,
a calendar date written at the head of a sentence, a month within a year told before, and a
second time told after the noun a verb acts over (coreference.py, event_dates.py, dates.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest


def _dates(extraction: Any, kind: str) -> list[str | None]:
    return [e.date.iso if e.date else None for e in extraction.events if e.type == kind]


# --- a definite noun names the only older happening of its kind told before ---------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Police in Iloilo said on Wednesday they had arrested a suspect in the September 21 "
            "attack on a concert at Harbour Park. He was held without charge. The explosion near "
            "the Dela Cruz Stage injured 11 spectators.",
            "2025-01-14",
            "2024-09-21",
        ),
        (
            "A tribunal in Mombasa on Tuesday jailed a woman for helping to plan the July 9 attack "
            "on a ferry terminal at Likoni. She intends to appeal. The bombing at the Likoni Ticket "
            "Hall killed three passengers.",
            "2025-05-16",
            "2024-07-09",
        ),
    ],
)
def test_a_definite_noun_at_a_new_site_retells_the_only_older_happening(
    extract: Any, text: str, published: str, expected: str
) -> None:
    attacks = _dates(extract(text, published=published), "attack")
    assert attacks == [expected]
    assert date.fromisoformat(expected) < date.fromisoformat(published)


def test_a_current_happening_of_the_kind_keeps_the_definite_noun_for_itself(extract: Any) -> None:
    # a report of today's attack: "the blast" is today's, never the older one told in passing
    text = (
        "Militants ambushed a checkpoint in Wajir on Sunday, leaving four policemen dead. Back in "
        "2019, a bomb at that checkpoint had killed two. The blast near the Wajir Stadium wounded "
        "nine people."
    )
    attacks = _dates(extract(text, published="2025-06-03"), "attack")
    assert "2025-06-01" in attacks


# --- a calendar date at the head of a sentence ----------------------------------------------------


def test_a_written_date_is_not_counted_over_by_a_clause_past_a_semicolon(extract: Any) -> None:
    text = (
        "Insurgents raided a border post at Arauca on Tuesday and seized rifles. Such assaults have "
        "happened before. On August 19, 2023, a truck bomb struck a police academy in Cucuta, "
        "killing two cadets and injuring 30; the president suspended the talks the next day."
    )
    attacks = _dates(extract(text, published="2024-02-10"), "attack")
    assert sorted(d or "" for d in attacks) == ["2023-08-19", "2024-02-06"]


def test_the_next_day_counts_from_the_written_date_of_its_sentence(extract: Any) -> None:
    text = (
        "Insurgents raided a border post at Arauca on Tuesday and seized rifles. Such assaults have "
        "happened before. On August 19, 2023, a truck bomb struck a police academy in Cucuta, "
        "killing two cadets and injuring 30; the president suspended the talks the next day."
    )
    assert _dates(extract(text, published="2024-02-10"), "sanction") == ["2023-08-20"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Villagers in the valley still speak of one tragic mistake: on March 14, 2021, a drone "
            "strike by the air force killed at least 19 mourners at a burial.",
            "2021-03-14",
        ),
        (
            "Residents have never forgotten a costly misjudgement: on May 2, 2020, a navy helicopter "
            "strike killed at least 12 fishermen on a beach.",
            "2020-05-02",
        ),
    ],
)
def test_a_date_after_a_colon_dates_the_happening_it_opens(extract: Any, text: str, expected: str) -> None:
    assert _dates(extract(text, published="2024-02-10"), "military_action") == [expected]


# --- a calendar date opening the sentence dates every clause after it -----------------------------


def test_an_opening_date_dates_a_reported_clause_after_it(extract: Any) -> None:
    # the toll a spokesman reported belongs to the March shelling, not to Saturday's bombing,
    # and "four days later" then counts from March
    text = (
        "A roadside mine struck a border patrol near Chaman on Saturday, wounding four guards. In March "
        "2023, Afghan forces shelled outposts near the crossing, and a hospital spokesman in Quetta "
        "said two boys had been killed. Four days later Pakistani artillery shelled positions "
        "across the frontier."
    )
    extraction = extract(text, published="2025-10-09")
    actions = _dates(extraction, "military_action")
    assert actions == ["2023-03", "2023-03"]
    assert [e.killed for e in extraction.events if e.type == "attack"] == [None]


def test_a_later_clause_does_not_take_the_opening_date(extract: Any) -> None:
    text = "On June 2, 2019, a court in Tunis ordered the group banned, and police later arrested its leader."
    extraction = extract(text, published="2025-10-09")
    assert _dates(extraction, "sanction") == ["2019-06-02"]  # the clause the date opens takes it
    assert "2019-06-02" not in _dates(extraction, "military_action")


# --- a month within a year told before ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials proscribed the militia in March 2016 over a spate of kidnappings. Police later "
            "held its fighters responsible for three grenade blasts in Gulu in August that year "
            "that killed five people.",
            "2016-08",
        ),
        (
            "The garrison at Bama fell to insurgents in January 2015. In September that year, a car "
            "bomb destroyed its only bridge, killing 11 people.",
            "2015-09",
        ),
    ],
)
def test_a_month_that_year_keeps_its_month(extract: Any, text: str, expected: str) -> None:
    attacks = _dates(extract(text, published="2025-09-01"), "attack")
    assert expected in attacks


def test_the_month_of_a_told_year_is_read_once() -> None:
    from nexus.extract.dates import month_of_told_year

    assert month_of_told_year("In October of that year, gunmen struck again.") == 10
    assert month_of_told_year("later in May the same year") == 5
    assert month_of_told_year("in May that year and in June that year") is None
    assert month_of_told_year("in May 2020") is None


# --- an apposed noun sums up the happening its sentence told ---------------------------------------


def test_an_apposed_noun_of_another_kind_sums_up_the_sentences_happening(extract: Any) -> None:
    text = (
        "Jets bombed a market in Tessit on Friday, killing 30 traders, a raid the junta later "
        "called a mistake."
    )
    extraction = extract(text, published="2026-06-10")
    assert _dates(extraction, "military_action") == ["2026-06-05"]
    assert _dates(extraction, "attack") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Parliament granted the region autonomy in 2019. In October that year, a lorry bomb "
            "killed 14 people at a livestock market in Luuq.",
            "2019-10",
        ),
        (
            "Militants have targeted Baidoa again and again since the army recaptured it from the "
            "insurgents in 2017. In May that year, an explosives-laden truck detonated at its main "
            "checkpoint, killing 14.",
            "2017-05",
        ),
        (
            "Looters emptied the grain stores of Dolow in 2020. Gunmen returned in March of the "
            "following year and shot dead six herders near its wells.",
            "2021-03",
        ),
    ],
)
def test_that_year_is_the_year_the_text_last_wrote(extract: Any, text: str, expected: str) -> None:
    attacks = _dates(extract(text, published="2026-08-27"), "attack")
    assert expected in attacks and not any(d and d.startswith("2026") for d in attacks)


# --- a when-clause's conjunct and a count of nights -------------------------------------------------


def test_a_conjunct_of_a_when_clause_takes_its_month(extract: Any) -> None:
    text = (
        "Artillery fire hit a school in Ariha on Sunday, killing five pupils. It was the bloodiest "
        "day for the area since May, when a government air raid struck the village of Binnish and "
        "killed eight farmers."
    )
    extraction = extract(text, published="2023-10-10")
    actions = _dates(extraction, "military_action")
    assert "2023-05" in actions and "2023-10-08" in actions
    assert _dates(extraction, "attack") == []  # the killing is the May raid's, not a Sunday event


def test_a_count_of_nights_earlier_counts_days(extract: Any) -> None:
    text = (
        "Rebels fired rockets at a naval base in Port Sudan on Sunday. Two nights earlier, warplanes "
        "bombed rebel positions near the town of Tokar."
    )
    actions = _dates(extract(text, published="2025-05-06"), "military_action")
    assert actions == ["2025-05-02"]


# --- a second time told after the noun the verb acts over -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        (
            "Prosecutors in Ghent on Monday charged a teenager over a stabbing at a petrol station "
            "in Ostend last month."
        ),
        "A court in Seville on Thursday indicted a woman over a shooting by a mosque in Cordoba last month.",
    ],
)
def test_a_time_after_the_cause_noun_is_the_nouns_own(extract: Any, text: str) -> None:
    assert _dates(extract(text, published="2024-02-10"), "attack") == ["2024-01"]

"""Dates of recalled happenings: a definite noun retelling the only older happening of its kind,
a calendar date written at the head of a sentence, a month within a year told before, and a
second time told after the noun a verb acts over (coreference.py, event_dates.py, dates.py)."""

from __future__ import annotations

from typing import Any

import pytest


def _dates(extraction: Any, kind: str) -> list[str | None]:
    return [e.date.iso if e.date else None for e in extraction.events if e.type == kind]


# --- a definite noun names the only older happening of its kind told before ---------------------


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "A court in Cotabato on Monday ordered the detention of a man accused of planting the "
            "bomb used in the October 8 attack on a rally at Riverside College. His lawyer said he "
            "was a fisherman. The blast at the Santos Pavilion killed six students.",
            "2025-01-14",
        ),
        (
            "Prosecutors in Garissa on Thursday charged two brothers over the March 2 attack on a "
            "bus depot at Ifo Camp. Both deny the charges. The bombing at the Ifo Market Hall "
            "wounded 14 traders.",
            "2025-05-16",
        ),
    ],
)
def test_a_definite_noun_at_a_new_site_retells_the_only_older_happening(
    extract: Any, text: str, published: str
) -> None:
    attacks = _dates(extract(text, published=published), "attack")
    assert len(attacks) == 1 and attacks[0] is not None
    assert attacks[0] < published[:4] + "-" + published[5:7]


def test_a_current_happening_of_the_kind_keeps_the_definite_noun_for_itself(extract: Any) -> None:
    # a report of today's attack: "the blast" is today's, never the older one told in passing
    text = (
        "Gunmen attacked a police post in Mandera on Sunday, killing four officers. In 2019, a bomb "
        "at the same post killed two officers. The blast at the Mandera Hall wounded nine people."
    )
    attacks = _dates(extract(text, published="2025-06-03"), "attack")
    assert "2025-06-01" in attacks


# --- a calendar date at the head of a sentence ----------------------------------------------------


def test_a_written_date_is_not_counted_over_by_a_clause_past_a_semicolon(extract: Any) -> None:
    text = (
        "Rebels stormed a prison in Saravena on Monday, freeing 40 inmates. It is not the first such "
        "raid. On June 4, 2023, a car bomb hit an army base in Tame, killing three soldiers and "
        "wounding 12; the government suspended the talks the next day."
    )
    attacks = _dates(extract(text, published="2024-02-10"), "attack")
    assert sorted(d or "" for d in attacks) == ["2023-06-04", "2024-02-05"]


def test_the_next_day_counts_from_the_written_date_of_its_sentence(extract: Any) -> None:
    text = (
        "Rebels stormed a prison in Saravena on Monday, freeing 40 inmates. It is not the first such "
        "raid. On June 4, 2023, a car bomb hit an army base in Tame, killing three soldiers and "
        "wounding 12; the government suspended the talks the next day."
    )
    assert _dates(extract(text, published="2024-02-10"), "sanction") == ["2023-06-05"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The province also carries the memory of a grave error: on March 14, 2021, an army drone "
            "strike killed at least 19 people at a funeral.",
            "2021-03-14",
        ),
        (
            "The town still carries the memory of a fatal blunder: on May 2, 2020, a military "
            "helicopter strike killed at least 12 fishermen at a jetty.",
            "2020-05-02",
        ),
    ],
)
def test_a_date_after_a_colon_dates_the_happening_it_opens(extract: Any, text: str, expected: str) -> None:
    assert _dates(extract(text, published="2024-02-10"), "military_action") == [expected]


# --- a calendar date opening the sentence dates every clause after it -----------------------------


def test_an_opening_date_dates_a_reported_clause_after_it(extract: Any) -> None:
    # the toll told as what officials said belongs to the January strike, not to today's raid,
    # and "two days later" then counts from January
    text = (
        "Gunmen stormed a police post in Zahedan on Sunday, killing five officers. In January 2024, "
        "Iran fired missiles at militant camps near Turbat, and officials in Quetta said three "
        "children were killed. Two days later Pakistan struck targets near Saravan."
    )
    extraction = extract(text, published="2025-10-09")
    assert "2024-01" in _dates(extraction, "military_action")
    assert not any(d and d > "2025-10-05" for d in _dates(extraction, "military_action"))


def test_a_later_clause_does_not_take_the_opening_date(extract: Any) -> None:
    text = "On June 2, 2019, a court in Tunis ordered the group banned, and police later arrested its leader."
    actions = _dates(extract(text, published="2025-10-09"), "military_action")
    assert "2019-06-02" not in actions


# --- a month within a year told before ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The movement was outlawed in February 2018 after a wave of bombings. Its members were "
            "later blamed for two explosions in Jos in June that year that killed nine people.",
            "2018-06",
        ),
        (
            "Rebels seized the mining town of Kiri in April 2021. In November that year, a suicide "
            "bomber killed 17 people at the town's main mosque.",
            "2021-11",
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
            "The valley was declared a federal district in 2019. In October that year, twin car "
            "bombs in Garbahaarey killed 14 people.",
            "2019-10",
        ),
        (
            "The town of Hudur has been hit repeatedly since troops pushed the rebels out of the "
            "district in 2017. In May that year, a truck bomb in Garbahaarey killed 14 people.",
            "2017-05",
        ),
        (
            "The town saw a string of killings in 2020. In March of the following year, gunmen "
            "killed six traders at the cattle market in Garbahaarey.",
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
        "Warplanes struck a bakery in Kafr Nabl on Sunday, killing five people. The strike was the "
        "deadliest in the district since May, when government shelling hit the town of Sarmin and "
        "killed eight people."
    )
    actions = _dates(extract(text, published="2023-10-10"), "military_action")
    assert "2023-05" in actions and "2023-10-08" in actions


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
        "A magistrate in Porto on Friday charged a man over a shooting at a bus station in Braga last month.",
        "A judge in Lille on Tuesday charged a youth over a knife attack at a tram stop in Arras last month.",
    ],
)
def test_a_time_after_the_cause_noun_is_the_nouns_own(extract: Any, text: str) -> None:
    assert _dates(extract(text, published="2024-02-10"), "attack") == ["2024-01"]

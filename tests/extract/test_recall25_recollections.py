"""Older happenings recalled in passing (session 24, recollections): each is an event of its own,
dated as the text dates it ("N years ago this week", "in May that year" after a year told of
something else, "a year earlier" after a written-out year), told with one toll by a counted noun
("three bombs ... killed nine"), or by a weapon a participle describes ("a grenade tucked into a
bin wounded 11"); its figures stay with it, not with the report's own event. Invented reports, whole
pipeline; each keeps the report's own event beside the one under test.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from nexus.extract.recollections import recalled_dates
from nexus.model import DateMention, DateValue, Span

PUBLISHED = "2025-06-12"  # a Thursday
LEAD = "Gunmen shot dead five herders near Maradi on Tuesday, police said. "


def _of(extraction: Any, etype: str) -> list[Any]:
    return [e for e in extraction.events if e.type == etype]


def _dated(extraction: Any, iso: str) -> Any:
    found = [e for e in _of(extraction, "attack") if e.date is not None and e.date.iso == iso]
    assert found, [(e.date, e.evidence) for e in _of(extraction, "attack")]
    return found[0]


def _lead(extraction: Any) -> Any:
    return _dated(extraction, "2025-06-10")


# --- "N years ago this week" ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "iso"),
    [
        ("Gunmen ambushed a fuel convoy outside Diffa six years ago this week, killing 12 men.", "2019-06"),
        ("Ten years ago this month, a suicide bomber killed 30 worshippers in a church in Kano.", "2015-06"),
        ("Three months ago this week, raiders torched a village outside Tahoua.", "2025-03"),
    ],
)
def test_a_count_back_to_this_week_is_that_month_years_before(extract: Any, sentence: str, iso: str) -> None:
    extraction = extract(LEAD + sentence, published=PUBLISHED)
    recalled = _dated(extraction, iso)
    assert recalled.date.precision == "month"
    assert _lead(extraction) is not recalled


def test_years_ago_alone_keeps_a_year(extract: Any) -> None:
    text = LEAD + "Six years ago, insurgents ambushed a convoy near Diffa."
    extraction = extract(text, published=PUBLISHED)
    assert _dated(extraction, "2019").date.precision == "year"


def test_the_pattern_reads_the_count_back_whole(extractor: Any) -> None:
    text = "Eight years ago this week, rebels looted a clinic."
    doc = extractor.nlp(text)
    parts = [
        DateMention(
            span=Span(start=0, end=15, text="Eight years ago"), value=DateValue(iso="2017", precision="year")
        ),
        DateMention(
            span=Span(start=16, end=25, text="this week"), value=DateValue(iso="2025-06-12", precision="day")
        ),
    ]
    found = recalled_dates(doc, parts, date(2025, 6, 12))
    assert [(d.span.text, d.value.iso, d.value.precision) for d in found] == [
        ("Eight years ago this week", "2017-06", "month")
    ]


# --- a year told back from the year written before ----------------------------------------------


@pytest.mark.parametrize(
    ("between", "sentence", "iso"),
    [
        (
            "The movement split from the ruling party in 2016. ",
            "Two bombs went off at a cattle market in Zinder in May that year, killing seven people.",
            "2016-05",
        ),
        (
            "The group was founded in 2014. ",
            "In October of the same year, its fighters stormed a prison in Tillaberi, freeing 40 inmates.",
            "2014-10",
        ),
        (
            "The group was founded in 2014. ",
            "Later that year, its fighters stormed a prison in Tillaberi, freeing 40 inmates.",
            "2014",
        ),
        (
            "The army moved its regional command to Agadez in 2017. ",
            "A year later, militants ambushed a patrol outside Arlit, killing four soldiers.",
            "2018",
        ),
        (
            "A new governor took office in Dosso in 2020. ",
            "A year earlier, gunmen had kidnapped a priest from his parish near Dogondoutchi.",
            "2019",
        ),
    ],
)
def test_a_year_told_back_is_the_year_written_before(
    extract: Any, between: str, sentence: str, iso: str
) -> None:
    extraction = extract(LEAD + between + sentence, published=PUBLISHED)
    recalled = _dated(extraction, iso)
    assert _lead(extraction) is not recalled


def test_a_year_told_back_after_a_report_day_counts_from_the_happening(extract: Any) -> None:
    text = (
        "In March 2021, fighters captured a gendarmerie post in Tahoua, police said on Monday. "
        "Later that year, gunmen killed 11 villagers near Tillia."
    )
    extraction = extract(LEAD + text, published=PUBLISHED)
    assert _dated(extraction, "2021").killed is not None


# --- a counted noun told with one toll ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "In April 2021, three bombs at a cinema in Zinder killed nine people.",
        "In April 2021, two explosions outside a court in Zinder wounded 14 people.",
    ],
)
def test_a_counted_noun_with_one_toll_is_one_happening(extract: Any, sentence: str) -> None:
    extraction = extract(LEAD + sentence, published=PUBLISHED)
    recalled = _dated(extraction, "2021-04")
    assert (recalled.killed or recalled.injured) is not None
    assert _lead(extraction).injured is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Three attacks last year killed 30 people in the region.",
        "Four raids have killed 22 people across the province since January.",
    ],
)
def test_a_tally_of_counted_happenings_is_no_event(extract: Any, sentence: str) -> None:
    extraction = extract(LEAD + sentence, published=PUBLISHED)
    assert len(_of(extraction, "attack")) == 1


# --- a when-clause on an older date keeps its figures ----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "The previous attack on the town came in August 2020, when a grenade tucked into a "
            "rubbish bin near the bus station wounded 11 people."
        ),
    ],
)
def test_a_when_clause_on_an_older_month_is_its_own_happening(extract: Any, sentence: str) -> None:
    extraction = extract(LEAD + sentence, published=PUBLISHED)
    recalled = _dated(extraction, "2020-08")
    assert recalled.injured is not None and recalled.injured.value == 11
    assert _lead(extraction).injured is None


# --- a kill verb closing a chain of conjoined verbs -------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "On May 2, 2023, bandits stopped a truck outside Dakoro, robbed the traders on board "
            "and killed 11 of the men."
        ),
        (
            "On May 2, 2023, rebels set up a roadblock near Tassara, forced drivers out of their "
            "lorries and killed 11 among them."
        ),
    ],
)
def test_the_last_verb_of_a_chain_takes_the_first_ones_day(extract: Any, sentence: str) -> None:
    extraction = extract(LEAD + sentence, published=PUBLISHED)
    recalled = _dated(extraction, "2023-05-02")
    assert recalled.killed is not None and recalled.killed.value == 11
    assert _lead(extraction).killed.value == 5


# --- a clause of the report's sentence dated in another month or year ------------------------------


def test_a_clause_dated_in_another_month_keeps_its_own_toll(extract: Any) -> None:
    sentence = (
        "Bandits raided a village near Tibiri on Tuesday, killing six people; in April 2022, "
        "nine farmers were killed near Dakoro."
    )
    extraction = extract(sentence, published=PUBLISHED)
    assert _dated(extraction, "2022-04").killed.value == 9
    assert _dated(extraction, "2025-06-10").killed.value == 6


def test_a_clause_dated_in_another_year_is_another_happening(extract: Any) -> None:
    sentence = (
        "Bandits raided a village near Tibiri on Tuesday, killing six people, while in 2021 "
        "11 herders were shot dead outside Tessaoua."
    )
    extraction = extract(sentence, published=PUBLISHED)
    assert _dated(extraction, "2021") is not _dated(extraction, "2025-06-10")


# --- a bare toll written on another day goes to no happening of the report ------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "On October 3, 2011, at least 40 people died in a stampede at a stadium in Zinder.",
        "Later that decade, in March 2018, 23 pilgrims died near Agadez.",
    ],
)
def test_a_toll_dated_on_another_day_is_not_the_reports(extract: Any, sentence: str) -> None:
    extraction = extract(LEAD + sentence, published=PUBLISHED)
    assert _lead(extraction).killed.value == 5


def test_a_toll_told_on_the_reports_day_still_counts(extract: Any) -> None:
    text = "Gunmen raided a village near Maradi on June 10, 2025. At least 14 people died, police said."
    extraction = extract(text, published=PUBLISHED)
    assert _dated(extraction, "2025-06-10").killed.value == 14

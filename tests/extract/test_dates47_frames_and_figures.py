"""Dates a text writes in a narrative's frame, in a count from the happening told before, in a
list's day-and-month figures and in a sentence the parser reads awry (session 47): each beats
the publication day; a plain weekday still counts from publication."""

from __future__ import annotations

from typing import Any

from nexus.extract.figure_days import day_first, days_in_figures


def _dates(extraction: Any, kinds: tuple[str, ...] = ("attack", "military_action")) -> list[str | None]:
    return [e.date.iso if e.date else None for e in extraction.events if e.type in kinds]


def test_a_story_opened_in_a_month_dates_what_its_where_clause_tells(extract: Any) -> None:
    text = (
        "The novel opens in May 2011 in Varrow district, where rebel fighters overran three police "
        "posts on the ridge above the market town."
    )
    assert _dates(extract(text, published="2026-05-01")) == ["2011-05"]


def test_a_month_written_after_a_count_of_months_beats_the_count(extract: Any) -> None:
    text = (
        "The memoir recalls how rebel fighters overran two police posts near Varrow.\n"
        "Four months later, in September 2011, the rebels captured the Dunmore district headquarters "
        "and kept it for a week."
    )
    dates = _dates(extract(text, published="2026-05-01"))
    assert "2011-09" in dates
    assert "2026-09" not in dates  # not four months after the undated happening told before


def test_a_count_of_months_alone_counts_from_the_happening_told_before(extract: Any) -> None:
    text = (
        "In May 2011 rebel fighters overran two police posts near Varrow. "
        "Four months later the rebels seized the district centre of Dunmore."
    )
    assert _dates(extract(text, published="2026-05-01")) == ["2011-05", "2011-09"]


def test_an_older_story_goes_on_past_a_sentence_that_tells_no_happening(extract: Any) -> None:
    text = (
        "In May 2011, rebel fighters overran two police posts near Varrow. A relief column reached "
        "the hill the next morning. Nine policemen had been killed, some of them mutilated."
    )
    assert _dates(extract(text, published="2026-05-01")) == ["2011-05"]


_DIGEST = """TOLVAR AID AGENCIES FORUM
Monthly incident digest - February 2027
Issued 4 March 2027

1. ABDUCTIONS

05/02 - Tolvar town: gunmen abducted two drivers of a relief agency from a hired truck.

17/02 - Kessum road, 12 km east of Tolvar: a relief convoy was ambushed by armed men; one guard was killed.
"""


def test_items_opened_by_day_and_month_figures_take_those_days(extract: Any) -> None:
    dates = sorted(d for d in _dates(extract(_DIGEST, published="2027-03-04")) if d)
    assert dates == ["2027-02-05", "2027-02-17"]


def test_a_page_writing_its_month_first_reads_the_figures_month_first() -> None:
    text = "Issued March 4, 2027\n02/17 - Kessum: a convoy was hit.\n02/05 - Tolvar: two were taken.\n"
    found = days_in_figures(text, [], None)
    assert found == []  # no publication day: no year for a day written without one
    from datetime import date

    days = [d.value.iso for d in days_in_figures(text, [], date(2027, 3, 4))]
    assert days == ["2027-02-17", "2027-02-05"]


def test_the_order_of_the_figures_is_read_from_the_page() -> None:
    assert day_first("19/03 - Alder: ...\n04/03 - Birch: ...") is True
    assert day_first("03/19 - Alder: ...\n03/04 - Birch: ...") is False
    assert day_first("19/03 - Alder: ...\n03/19 - Birch: ...") is None
    assert day_first("Issued 4 March 2027. 02/03 - Alder: ...") is True
    assert day_first("Issued March 4, 2027. 02/03 - Alder: ...") is False


def test_a_slashed_day_only_one_order_puts_before_publication_decides_the_page() -> None:
    from datetime import date

    text = "Filed April 9, 2027\nOn 06/04/2027 gunmen raided a farm. On 07/04/2027 police arrested two."
    assert day_first(text) is False  # its dates in words put the month first
    assert day_first(text, date(2027, 4, 9)) is True  # June 4 and July 4 lie after publication
    days = [d.value.iso for d in days_in_figures(text, [], date(2027, 4, 9))]
    assert days == ["2027-04-06", "2027-04-07"]


def test_a_lone_slash_of_figures_is_no_day() -> None:
    from datetime import date

    text = "Turnout was 3/4 of the roll.\n24/7 - the hotline stays open.\n"
    assert days_in_figures(text, [], date(2027, 3, 4)) == []


def test_a_slashed_day_with_its_year_follows_the_page(extract: Any) -> None:
    text = (
        "Issued 12 March 2027\n"
        "On 06/03/2027 late at night, bandits attacked the village of Orrin Kade and killed four farmers."
    )
    assert _dates(extract(text, published="2027-03-12")) == ["2027-03-06"]


def test_a_plain_weekday_still_counts_from_publication(extract: Any) -> None:
    text = "On Tuesday gunmen killed four traders at the cattle market in Orrin Kade, police said."
    assert _dates(extract(text, published="2027-03-12")) == ["2027-03-09"]


def test_an_equated_noun_dates_the_happening_its_sentence_names(extract: Any) -> None:
    text = (
        "The bloodiest raid of the decade was the sacking of the Harwick mine camp in March 2019, "
        "in which, officials say, 30 guards died."
    )
    assert _dates(extract(text, published="2026-05-01")) == ["2019-03"]


def test_a_day_of_saying_is_not_taken_for_the_happening(extract: Any) -> None:
    text = "The ministry said on 3 March 2026 that gunmen had attacked a farm near Ostrel overnight."
    assert "2026-03-03" not in _dates(extract(text, published="2026-03-20"))


def test_the_previous_day_counts_from_the_day_of_saying_in_its_sentence(extract: Any) -> None:
    text = (
        "Military spokesmen reported on 9 June that a sweep by commandos around Tessaoua the "
        "previous day had left 12 insurgents dead."
    )
    assert _dates(extract(text, published="2026-07-02")) == ["2026-06-08"]


def test_the_previous_evening_counts_from_the_weekday_of_saying(extract: Any) -> None:
    text = (
        "On Friday the Front announced that its units had waylaid a patrol of soldiers outside "
        "Koloma the previous evening and shot three of them."
    )
    assert _dates(extract(text, published="2026-04-02"), ("attack",)) == ["2026-03-26"]


def test_the_previous_day_with_no_day_before_it_counts_from_publication(extract: Any) -> None:
    text = "Police in Ostrel said gunmen had burned a grain store in the village the previous day."
    assert _dates(extract(text, published="2026-03-20"), ("attack",)) == ["2026-03-19"]

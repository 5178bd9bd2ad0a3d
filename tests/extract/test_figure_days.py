"""Days written in figures (figure_days): list items opened by day and month figures take those
days, and the page decides whether its figures are read day or month first."""

from __future__ import annotations

from typing import Any

from nexus.extract.figure_days import day_first, days_in_figures


def _dates(extraction: Any, kinds: tuple[str, ...] = ("attack", "military_action")) -> list[str | None]:
    return [e.date.iso if e.date else None for e in extraction.events if e.type in kinds]


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

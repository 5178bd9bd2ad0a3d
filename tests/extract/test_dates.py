"""Date expressions resolved against the publication date, with their precision."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from nexus.extract.dates import find_dates

PUBLISHED = date(2025, 4, 24)  # a Thursday


def only(text: str) -> tuple[str, str]:
    found = find_dates(text, PUBLISHED)
    assert len(found) == 1, found
    return found[0].value.iso, found[0].value.precision


@pytest.mark.parametrize(
    ("text", "iso", "precision"),
    [
        ("The attack of April 22, 2025, shocked the country.", "2025-04-22", "day"),
        ("It happened on 7 October 2023 in Israel.", "2023-10-07", "day"),
        ("The rally was held in February 2025.", "2025-02", "month"),
        ("The group was banned in 2019.", "2019", "year"),
        ("Officials met on Sept 19 to review security.", "2024-09-19", "day"),
    ],
)
def test_absolute_dates_keep_their_precision(text: str, iso: str, precision: str) -> None:
    assert only(text) == (iso, precision)


def test_weekday_is_the_latest_such_day_before_publication() -> None:
    assert only("Gunmen attacked the camp on Tuesday.") == ("2025-04-22", "day")


def test_weekday_of_publication_day_is_that_day() -> None:
    assert only("The committee met on Thursday.") == ("2025-04-24", "day")


def test_yesterday_is_the_day_before_publication() -> None:
    assert only("Two soldiers were killed yesterday.") == ("2025-04-23", "day")


def test_last_year_has_year_precision() -> None:
    assert only("The group carried out attacks last year.") == ("2024", "year")


def test_months_ago_has_month_precision() -> None:
    assert only("The visit took place two months ago.") == ("2025-02", "month")


def test_day_without_year_later_than_publication_is_last_year() -> None:
    assert only("The blast on December 12 killed nine.") == ("2024-12-12", "day")


def test_relative_dates_need_a_publication_date() -> None:
    assert find_dates("The attack on Tuesday killed five.", None) == []


def test_offsets_are_character_spans_of_the_text() -> None:
    text = "Police said on Tuesday that the suspects had fled."
    (found,) = find_dates(text, PUBLISHED)
    assert text[found.span.start : found.span.end] == found.span.text


def test_month_last_year_is_in_the_previous_year() -> None:
    assert only("The junta seized power in July last year.") == ("2024-07", "month")


def test_bare_month_after_the_publication_month_is_last_year() -> None:
    assert only("The talks broke down in July.") == ("2024-07", "month")


def test_a_month_without_a_year_takes_the_year_of_its_sentence(extract: Any) -> None:
    text = "In 2021, the rebels overran an army base in Diffa in March, killing 30 soldiers."
    extraction = extract(text, published="2024-05-10")
    months = [d.value.iso for d in extraction.dates if d.value.precision == "month"]
    assert months == ["2021-03"]


def test_a_month_after_last_year_in_its_sentence_is_of_last_year(extract: Any) -> None:
    text = "Last year, bandits burned a granary near Sokoto in March, killing six guards."
    extraction = extract(text, published="2025-11-03")
    months = [d.value.iso for d in extraction.dates if d.value.precision == "month"]
    assert months == ["2024-03"]


def test_a_month_of_that_year_and_the_next_bare_month_stay_in_the_year_told_before(extract: Any) -> None:
    text = (
        "The Mirzan Front first struck a convoy near Quetta in 2017, killing eight drivers. "
        "In April that year, two bombs at a bus depot in Sibi killed five passengers, and the "
        "government banned the front in February. "
        "In June, the front attacked a police post in Turbat, wounding three officers."
    )
    extraction = extract(text, published="2025-03-11")
    months = [d.value.iso for d in extraction.dates if d.value.precision == "month"]
    assert months == ["2017-04", "2017-02", "2017-06"]


def test_a_month_of_last_year_is_no_sequel_of_the_year_before(extract: Any) -> None:
    text = (
        "The insurgency began in Tillaberi in October 2017 and has since spread south. "
        "In August last year, fighters killed 40 villagers in Gorom."
    )
    extraction = extract(text, published="2025-03-11")
    months = [d.value.iso for d in extraction.dates if d.value.precision == "month"]
    assert months == ["2017-10", "2024-08"]


def test_a_bare_month_in_a_new_paragraph_keeps_the_publication_year(extract: Any) -> None:
    text = (
        "In April 2017, two bombs at a bus depot in Sibi killed five passengers.\n\n"
        "In February, the front attacked a police post in Turbat, wounding three officers."
    )
    extraction = extract(text, published="2025-03-11")
    months = [d.value.iso for d in extraction.dates if d.value.precision == "month"]
    assert months == ["2017-04", "2025-02"]


def test_a_month_inside_the_next_sentence_is_no_sequel_of_the_year_before(extract: Any) -> None:
    text = (
        "Troops caught the cell's leader in Sibi in May 2020. "
        "Officials have since blamed his successors for the February bombings in Turbat."
    )
    extraction = extract(text, published="2025-03-11")
    months = [d.value.iso for d in extraction.dates if d.value.precision == "month"]
    assert months == ["2020-05", "2025-02"]


def test_a_month_with_this_year_keeps_the_publication_year(extract: Any) -> None:
    text = "He was killed in Surrey in June 2021, and three men arrested in April this year were charged."
    extraction = extract(text, published="2024-05-10")
    months = sorted(d.value.iso for d in extraction.dates if d.value.precision == "month")
    assert months == ["2021-06", "2024-04"]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Militants shelled the town on Christmas Eve.", "2024-12-24"),
        ("The market was bombed on New Year's Day.", "2025-01-01"),
        ("Two guards were shot on New Year’s Eve 2022, police said.", "2022-12-31"),
        ("A rally on Valentine's Day drew thousands.", "2024-02-14"),
    ],
)
def test_a_fixed_date_holiday_is_a_day(text: str, iso: str) -> None:
    (found,) = find_dates(text, date(2025, 1, 20))
    assert (found.value.iso, found.value.precision) == (iso, "day")


def test_a_holiday_after_publication_is_last_years() -> None:
    (found,) = find_dates("Gunmen struck a church on Christmas Day.", date(2025, 3, 2))
    assert found.value.iso == "2024-12-25"


def test_a_capitalised_month_before_a_noun_dates_it() -> None:
    (found,) = find_dates("They blamed the group for the October car bombing in Herat.", date(2024, 2, 1))
    assert found.span.text == "October" and found.value.iso == "2023-10" and found.value.precision == "month"
    assert find_dates("Police broke up the march on the ministry.", date(2024, 2, 1)) == []


def test_a_month_named_with_the_dates_the_event_it_modifies(extract: Any) -> None:
    text = "Officials have blamed the group for the October car bombing in Herat."
    (attack,) = [e for e in extract(text, published="2024-02-01").events if e.type == "attack"]
    assert attack.date is not None and attack.date.iso == "2023-10"


def test_last_night_is_the_day_before_publication_and_overnight_the_night_ending_on_it() -> None:
    assert only("Drones hit the port last night.") == ("2025-04-23", "day")
    assert only("Jets pounded the depot overnight.") == ("2025-04-24", "day")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("It was the first raid on the town since October 1 last year.", "2024-10-01"),
        ("Rebels had taken the port on 3 March last year.", "2024-03-03"),
        ("The siege of the camp began on March 3.", "2025-03-03"),
    ],
)
def test_a_day_with_last_year_is_in_the_previous_year(text: str, iso: str) -> None:
    assert only(text) == (iso, "day")


def test_the_eve_of_a_day_is_the_day_before_it() -> None:
    assert only("Rebels shelled the town on the eve of Thursday's talks.") == ("2025-04-23", "day")
    assert only("A bomb went off on the eve of the April 20 runoff.") == ("2025-04-19", "day")


@pytest.mark.parametrize(
    "text",
    [
        "Rebels raided the camp on the night of Tuesday to Wednesday.",
        "Rebels raided the camp in the night from Tuesday to Wednesday.",
        "Rebels raided the camp on Tuesday night into Wednesday.",
        "Rebels raided the camp during the night of 22 to 23 April.",
        "Rebels raided the camp in the night of April 22 to April 23, 2025.",
        "Rebels raided the camp overnight from Tuesday to Wednesday.",
        "Rebels raided the camp overnight between Tuesday and Wednesday, villagers said.",
    ],
)
def test_a_night_told_by_two_days_is_dated_by_the_day_it_ends_on(text: str) -> None:
    assert only(text) == ("2025-04-23", "day")


def test_on_the_ordinal_day_is_a_day_of_the_month_of_publication_or_the_one_before() -> None:
    assert only("Rebels shelled the port on the 19th, residents said.") == ("2025-04-19", "day")
    assert only("Rebels shelled the port on the 30th.") == ("2025-03-30", "day")
    assert find_dates("The 7th Brigade moved to the 2nd floor on the 3rd Avenue.", PUBLISHED) == []


def test_a_part_of_a_period_is_that_period() -> None:
    assert only("Fighters overran the post at the start of the year.") == ("2025", "year")
    assert only("Fighters overran the post at the end of last year.") == ("2024", "year")
    assert only("Fighters overran the post towards the end of last month.") == ("2025-03", "month")


def test_a_day_a_few_days_ahead_without_a_year_is_this_years() -> None:
    # "called a strike for October 9" in a report of October 4: the coming day, not last year's
    found = find_dates(
        "The rebels called a general strike across the district on October 9.", date(2025, 10, 4)
    )
    assert [d.value.iso for d in found] == ["2025-10-09"]


def test_a_day_weeks_ahead_without_a_year_is_last_years() -> None:
    found = find_dates("Gunmen attacked the convoy on November 20.", date(2025, 10, 4))
    assert [d.value.iso for d in found] == ["2024-11-20"]


def test_a_weekday_in_a_feast_name_is_no_weekday_before_publication() -> None:
    found = find_dates("Survivors of the Palm Sunday massacre met in Jos on Monday.", PUBLISHED)
    assert [(d.span.text, d.value.iso) for d in found] == [("on Monday", "2025-04-21")]


@pytest.mark.parametrize(
    "text",
    [
        "Mourners gathered for the victims of the weekend ambush on the convoy.",
        "Elders condemned last weekend's raid on the cattle market.",
        "The toll from the weekend's shelling of the depot has risen.",
    ],
)
def test_a_weekend_naming_a_happening_is_the_saturday_before_publication(text: str) -> None:
    # published on a Thursday: the weekend told is the Saturday five days before
    assert only(text) == ("2025-04-19", "day")


def test_last_weekend_told_on_a_weekend_is_the_weekend_before() -> None:
    (last,) = find_dates("Elders condemned last weekend's raid on the ferry.", date(2025, 4, 27))
    (this,) = find_dates("Elders condemned the weekend raid on the ferry.", date(2025, 4, 27))
    assert (last.value.iso, this.value.iso) == ("2025-04-19", "2025-04-26")


@pytest.mark.parametrize(
    "text",
    [
        "Four herders were shot dead at the weekend.",  # a time of the clause: left to publication
        "A vigil is planned for the weekend.",
        "Hundreds of families have left the town since the weekend, aid workers said.",
        "Raiders struck a second hamlet the same weekend.",
        "The weekend in Korvela passed without incident.",
    ],
)
def test_a_weekend_naming_no_happening_is_no_date(text: str) -> None:
    assert find_dates(text, PUBLISHED) == []

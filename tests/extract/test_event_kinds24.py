"""Event kinds of real-shaped pages (session 23, events): abductions told as a taking of people or
as a noun ("the kidnapping of 40 pupils"), a practice named by a bare noun ("kidnapping for ransom
has become a trade") that is no happening, and the participle of an older happening told in a
"when" clause ("..., when bombers struck X, killing 30") that stays with that happening's day.
Invented reports, whole pipeline; each case keeps the report's own event beside the one under test.
"""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2025-04-10"  # a Thursday
LEAD = "Gunmen killed six traders at a market in Garissa on Tuesday, police said. "


def _of(extraction: Any, etype: str) -> list[Any]:
    return [e for e in extraction.events if e.type == etype]


def _dates(extraction: Any, etype: str) -> list[str | None]:
    return sorted((e.date.iso if e.date else None) or "" for e in _of(extraction, etype))


# --- abductions -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "In March 2022, armed men took 61 pupils from a boarding school in Kebbi before freeing them.",
        "In March 2022, bandits seized 23 passengers from a bus on the Kano highway.",
        "The kidnapping of 61 pupils from a boarding school in Kebbi in March 2022 shocked the country.",
        "Residents still recall the abduction of 23 passengers on the Kano highway in March 2022.",
        "In March 2022, three engineers were taken from their site camp near Kebbi by armed men.",
        "In March 2022, a priest was taken at gunpoint from his parish near Kebbi.",
    ],
)
def test_people_carried_off_are_an_attack(extract: Any, sentence: str) -> None:
    extraction = extract(LEAD + sentence, published=PUBLISHED)
    assert "2022-03" in _dates(extraction, "attack")


@pytest.mark.parametrize(
    "sentence",
    [
        "The injured passengers were taken from the scene to a hospital in Garissa.",
        "Volunteers took the children away to a relief camp on Wednesday.",
        "Kidnapping for ransom has become a lucrative trade across the north.",
        "Abduction remains the main fear of farmers in the district.",
    ],
)
def test_people_moved_or_a_practice_named_is_no_further_attack(extract: Any, sentence: str) -> None:
    extraction = extract(LEAD + sentence, published=PUBLISHED)
    assert len(_of(extraction, "attack")) == 1


def test_an_abduction_told_again_after_it_happened_is_one_attack(extract: Any) -> None:
    text = (
        "Gunmen abducted nine farmers from their fields near Garissa on Tuesday, residents said. "
        "The kidnapping was the third in the county this month, police said on Wednesday."
    )
    assert _dates(extract(text, published=PUBLISHED), "attack") == ["2025-04-08"]


# --- an older happening's participle -------------------------------------------------------------


def test_a_participle_of_an_older_happening_lends_nothing_to_the_news(extract: Any) -> None:
    text = (
        "A man was jailed for life on Wednesday for ramming shoppers outside a market in Garissa. "
        "The county has kept its alert level high since June 3, 2019, when Islamic State suicide "
        "bombers struck a hotel in Lamu, killing 14 guests."
    )
    extraction = extract(text, published=PUBLISHED)
    current = [e for e in _of(extraction, "attack") if e.date and e.date.iso == "2025-04-09"]
    assert current
    assert all(not e.actors for e in current)
    assert "2019-06-03" in _dates(extraction, "attack")


@pytest.mark.parametrize(
    "sentence",
    [
        "The kidnapping gang behind the raids was dismantled, police said on Wednesday.",
        "Officers detained two men on kidnapping charges in Garissa on Wednesday.",
    ],
)
def test_a_kidnapping_that_only_names_a_gang_or_a_charge_is_no_attack(extract: Any, sentence: str) -> None:
    assert len(_of(extract(LEAD + sentence, published=PUBLISHED), "attack")) == 1


# --- a ranked happening placed by its "when" clause ----------------------------------------------


def test_the_owner_of_a_ranked_attack_is_its_range_not_its_doer(extract: Any) -> None:
    text = LEAD + (
        "Morocco's deadliest attack came on May 16, 2003, when suicide bombers struck a hotel and a "
        "restaurant in Casablanca, killing 33 people."
    )
    extraction = extract(text, published=PUBLISHED)
    assert not _of(extraction, "military_action")
    assert "2003-05-16" in _dates(extraction, "attack")


def test_a_group_owning_a_ranked_attack_stays_its_doer(extract: Any) -> None:
    text = LEAD + (
        "Al-Shabaab's deadliest attack in Kenya came in April 2015, when its gunmen stormed a "
        "university campus in Garissa, killing 148 people."
    )
    extraction = extract(text, published=PUBLISHED)
    older = [e for e in _of(extraction, "attack") if e.date and e.date.iso == "2015-04"]
    assert [sorted(str(a) for a in e.actors) for e in older] == [["Al-Shabaab"]]


# --- a raid phrase the parse hangs on the reporting verb; bare plurals over a whole year -----------


def test_raids_hung_on_the_reporting_verb_are_the_reported_attack(extract: Any) -> None:
    text = (
        "Armed bandits abducted 31 people, most of them women and children, in overnight raids on "
        "two villages near Garissa, residents said on Wednesday."
    )
    extraction = extract(text, published=PUBLISHED)
    assert len(_of(extraction, "attack")) == 1
    assert not _of(extraction, "military_action")


@pytest.mark.parametrize(
    "sentence",
    [
        "Cattle raids between herding clans in the two counties killed hundreds of people in 2023.",
        "Bandit raids on farming villages killed more than 400 people during 2022, the commission said.",
    ],
)
def test_bare_plural_raids_over_a_year_are_a_tally(extract: Any, sentence: str) -> None:
    extraction = extract(LEAD + sentence, published=PUBLISHED)
    assert len(extraction.events) == 1


def test_an_arrest_in_a_clause_of_an_older_siege_is_of_its_time_and_place(extract: Any) -> None:
    text = LEAD + (
        "The violence recalled May 2019, when gunmen laid siege to Mombasa for hours after police "
        "detained a son of a gang leader."
    )
    actions = _of(extract(text, published=PUBLISHED), "military_action")
    assert [(e.date.iso if e.date else None) for e in actions] == ["2019-05"]

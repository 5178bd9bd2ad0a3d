"""One town whose name two outlets write a vowel apart, in names of six letters or more: the opening
vowel Arabic transliterations write "u" or "a" ("Ubrakan" / "Abrakan"), and a French "e" and "dj"
against an English "u" and "j" ("Tondjera" / "Tonjura"): ``events.one_vowel_apart``,
``events.names_alike``, and event identity of two reports of one day."""

from __future__ import annotations

from datetime import date

import pytest

from nexus.resolve.events import EventKey, PlaceKey, names_alike, one_vowel_apart, same_event


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Ubrakan", "Abrakan"),  # the opening vowel
        ("al-Ubrakan", "Abrakan"),  # with an article
        ("Tondjera", "Tonjura"),  # "dj" and "j", and a vowel
        ("Selimbira", "Selimbara"),
    ],
)
def test_names_a_vowel_apart_are_one_name(first: str, second: str) -> None:
    assert one_vowel_apart(first, second)
    assert names_alike(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Varna", "Verna"),  # too short: five-letter keys collide
        ("Tondjera", "Tondjerk"),  # a consonant apart
        ("Ubrakan", "Ebrekan"),  # two vowels apart
        ("Ubrakan", "Ubrakane"),  # a letter more
        ("Tondjera", "Tonjeri"),  # the final vowel: another name's ending
        ("Selimbora", "Selimbora"),  # one name: no spelling to read
    ],
)
def test_other_names_are_not_a_vowel_apart(first: str, second: str) -> None:
    assert not one_vowel_apart(first, second)


def _report(place: PlaceKey, killed: int) -> EventKey:
    return EventKey(
        type="attack",
        day=date(2026, 3, 14),
        place=place,
        figures=frozenset({("killed", killed)}),
        targets=frozenset({"soldier"}),
    )


ABRAKAN = PlaceKey("Abrakan", "city", "QQ", "Velm", 31.2, 44.1)


def test_two_reports_of_one_village_written_a_vowel_apart_are_one_event() -> None:
    # an early count and a later one: no figure shared, so the place must tie them
    assert same_event(_report(PlaceKey("Ubrakan", "city", "QQ"), 4), _report(ABRAKAN, 6))


def test_a_village_of_another_name_or_country_the_same_day_stays_apart() -> None:
    assert not same_event(_report(PlaceKey("Abrokal", "city", "QQ"), 4), _report(ABRAKAN, 6))
    assert not same_event(_report(PlaceKey("Ubrakan", "city", "RR"), 4), _report(ABRAKAN, 6))

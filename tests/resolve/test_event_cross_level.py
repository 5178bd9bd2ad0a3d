"""Reports of one incident placed at different levels or spelt differently are one event.

A region named with a word of its part ("Lower Dravenia") or as the whole of a region a
gazetteer splits ("Dravenia" / "North Dravenia"), a region name no table spells so (taken as
a town), a place a later report of the event spells with more of where it lies, a division
told after its region's possessive, a division that may hold a town told by a report dated
only by its publication, a toll risen since a village's division was named, a division
named with a phrase of its kind ("Local Government Area") and its town, and a vague date
("this week") put on the publication day. All names are invented.
"""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from nexus.resolve.events import (
    EventKey,
    PlaceKey,
    admin_key,
    best_place_score,
    place_score,
    regions_overlap,
    score_pair,
)
from nexus.store.aggregates import own_date
from nexus.store.linker import divisions_named

#: A town of North Dravenia (a first-level division of country QQ), with coordinates.
TORVIK = PlaceKey("Torvik", "city", "QQ", "North Dravenia", 7.0, 12.0)
#: A town of Dravenia.
MELSA = PlaceKey("Melsa", "city", "QQ", "Dravenia", 8.0, 13.0)


def test_a_region_and_a_part_of_it_overlap_but_two_parts_do_not() -> None:
    assert regions_overlap("dravenia", "north dravenia")
    assert regions_overlap("lower dravenia", "dravenia")
    assert regions_overlap("dravenia", "dravenia")
    assert not regions_overlap("north dravenia", "south dravenia")
    assert not regions_overlap("dravenia", "ostrel")
    assert not regions_overlap("north west", "west")  # a region named only by directions is no part


def test_a_whole_region_holds_a_town_of_its_northern_part() -> None:
    whole = PlaceKey("Dravenia", "admin", "QQ")
    score, reason = place_score(whole, TORVIK)
    assert score == 0.5 and "contains" in reason
    other_part = PlaceKey("South Dravenia", "admin", "QQ")
    assert place_score(other_part, TORVIK)[0] is None


def test_an_unplaced_name_of_a_part_of_the_region_is_read_as_that_region() -> None:
    lower = PlaceKey("Lower Dravenia", "site")  # no country, no coordinates: no table knew it
    score, reason = place_score(lower, MELSA)
    assert score == 0.5 and "region of Melsa" in reason
    elsewhere = PlaceKey("Lower Ostrel", "site")
    assert place_score(elsewhere, MELSA)[0] != 0.5


def test_a_region_spelt_as_no_table_spells_it_is_that_region() -> None:
    spelt = PlaceKey("Draveniya", "city")  # taken for a town, found nowhere
    score, reason = place_score(spelt, MELSA)
    assert score == 0.5 and "region" in reason
    abroad = PlaceKey("Draveniya", "city", "RR")
    assert place_score(abroad, MELSA)[0] is None


def test_a_region_report_meets_the_place_as_another_report_spells_it() -> None:
    site = PlaceKey("Bir el-Kasra", "site")  # "the Bir el-Kasra checkpoint": filed nowhere
    town = PlaceKey("Bir al-Kasra", "city", "QQ", "North Dravenia", 7.2, 12.1)
    event = EventKey("attack", date(2025, 4, 2), place=site, places=(site, town))
    report = EventKey("attack", date(2025, 4, 2), place=PlaceKey("Dravenia", "admin", "QQ"))
    score, reason = best_place_score(report, event)
    assert score == 0.5 and "another report places" in reason
    alone = EventKey("attack", date(2025, 4, 2), place=site, places=(site,))
    assert best_place_score(report, alone)[0] is None


def test_a_division_after_a_regions_possessive_is_the_division() -> None:
    sentence = "Militants attacked the Kelvo police post in Dravenia's Torsk district on Sunday."
    assert divisions_named(sentence, "Kelvo") == ("Torsk",)


def test_a_division_may_hold_a_town_told_the_day_after_by_a_publication_dated_report() -> None:
    town = PlaceKey("Torvik", "city", "QQ", "Dravenia", 7.0, 12.0)
    attack = EventKey(
        "attack",
        date(2025, 4, 15),
        place=town,
        targets=frozenset({"corp"}),
        figures=frozenset({("killed", 6)}),
    )
    division = PlaceKey("Haskel", "admin", "QQ", "Dravenia")
    claimed = EventKey(
        "attack",
        date(2025, 4, 16),
        from_publication=True,
        place=division,
        targets=frozenset({"corp"}),
        figures=frozenset({("killed", 8)}),
        published=date(2025, 4, 16),
    )
    decision = score_pair(claimed, attack)
    assert decision is not None and decision.score >= 0.55 and "may hold" in decision.reasons[2]
    untargeted = EventKey("attack", date(2025, 4, 16), from_publication=True, place=division)
    held = score_pair(untargeted, attack)
    assert held is None or held.score < 0.55


def test_a_risen_toll_joins_a_village_of_the_towns_division() -> None:
    village = PlaceKey("Orvane", "city", divisions=("Torvik",))  # "Orvane ... in Torvik district"
    attack = EventKey(
        "attack", date(2025, 5, 11), place=village, places=(village,), figures=frozenset({("killed", 7)})
    )
    risen = EventKey(
        "attack",
        date(2025, 5, 12),
        place=TORVIK,
        figures=frozenset({("killed", 11)}),
        published=date(2025, 5, 12),
    )
    decision = score_pair(risen, attack)
    assert decision is not None and decision.score >= 0.55
    fewer = EventKey(
        "attack",
        date(2025, 5, 12),
        place=TORVIK,
        figures=frozenset({("killed", 3)}),
        published=date(2025, 5, 12),
    )
    other = score_pair(fewer, attack)
    assert other is None or other.score < 0.55


def test_a_division_named_with_a_phrase_of_its_kind_is_the_division_of_its_town() -> None:
    assert admin_key("Torvik Local Government Area") == "torvik"
    area = PlaceKey("Torvik Local Government Area", "admin")  # no country, no coordinates
    score, reason = place_score(area, TORVIK)
    assert score == 0.8 and "division named for it" in reason
    other = PlaceKey("Orsel Local Government Area", "admin")
    assert place_score(other, TORVIK)[0] != 0.8
    bare = PlaceKey("Torvik", "admin")  # a bare name: a namesake region only where a table says so
    assert place_score(bare, TORVIK)[0] != 0.8


def test_a_vague_date_put_on_the_publication_day_is_not_the_reports_own() -> None:
    this_week = SimpleNamespace(
        date_day=date(2025, 4, 18), date_precision="day", date_text="this week", published=date(2025, 4, 18)
    )
    assert not own_date(this_week)
    named_day = SimpleNamespace(
        date_day=date(2025, 4, 18), date_precision="day", date_text="on Friday", published=date(2025, 4, 18)
    )
    assert own_date(named_day)
    last_week = SimpleNamespace(
        date_day=date(2025, 4, 11), date_precision="day", date_text="last week", published=date(2025, 4, 18)
    )
    assert own_date(last_week)

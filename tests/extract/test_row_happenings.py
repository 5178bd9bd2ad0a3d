"""A row of an incident log is one happening even when the trigger rules read none in it: the
first event word of its "what" cell triggers it (row_happenings.py); a row naming no happening
gives none, nor does a legend's table."""

from __future__ import annotations

from typing import Any

from nexus.extract.text_tables import logged_rows

LOG = """Tarsel Monitoring Cell
Field log No. 9 | 1-7 March 2026 | Issued 8 March 2026

Our monitors logged the following incidents in the river towns of Tarsel this week.

DATE | TOWN | WHAT HAPPENED | DEAD | HURT
1 Mar | Omberly, grain market | IED detonates beside the grain stalls at dusk | 3 | 4
2 Mar | Quillon | Grenade explodes inside a bus depot | 1 | 6
3 Mar | Pelham Ford | Gunmen torch customs post overnight | - | -
4 Mar | Quillon | Fuel lorry explodes on the ring road, no armed group involved | - | 2
5 Mar | Pelham Ford | No incident reported; market reopened | - | -

Monitors will publish the next log on 15 March.
"""


def _on(extraction: Any, day: str) -> list[Any]:
    return [e for e in extraction.events if e.date is not None and e.date.iso == day]


def test_a_rows_terse_verb_triggers_its_happening(extract: Any) -> None:
    assert len(logged_rows(LOG)) == 5
    extraction = extract(LOG, published="2026-03-08")
    for day, killed, injured, words in (
        ("2026-03-01", 3, 4, "IED detonates"),
        ("2026-03-02", 1, 6, "Grenade explodes"),
    ):
        found = [e for e in _on(extraction, day) if e.type == "attack"]
        assert len(found) == 1
        assert found[0].killed is not None and found[0].killed.value == killed
        assert found[0].injured is not None and found[0].injured.value == injured
        assert words in found[0].evidence.sentence
    assert [e.type for e in _on(extraction, "2026-03-03")] == ["attack"]


def test_a_word_licensed_only_by_a_weapon_needs_one_in_its_cell(extract: Any) -> None:
    extraction = extract(LOG, published="2026-03-08")
    assert not [e for e in _on(extraction, "2026-03-04") if e.type in ("attack", "military_action")]


def test_a_row_of_no_happening_gives_no_event(extract: Any) -> None:
    extraction = extract(LOG, published="2026-03-08")
    assert _on(extraction, "2026-03-05") == []


def test_a_legend_or_a_tally_is_no_log(extract: Any) -> None:
    legend = (
        "Map key for the Tarsel incident chart\n\n"
        "Colour | Meaning | Symbol\n"
        "Red | Bombing or explosion | star\n"
        "Blue | Armed attack on a village | circle\n"
        "Green | Checkpoint or camp | square\n"
    )
    assert logged_rows(legend) == []
    extraction = extract(legend, published="2026-03-08")
    assert [e for e in extraction.events if e.type in ("attack", "military_action")] == []

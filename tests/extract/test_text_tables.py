"""Tables written as text: one sentence and one event per row of an incident log, dated, placed
and counted by its columns; the prose telling the same row's happening is linked to it."""

from __future__ import annotations

from typing import Any

from nexus.extract.page import parse_page
from nexus.extract.text_tables import cells, header_rows, logged_rows, table_rows

SITREP = """Relief Coordination Office
Tarsel Province: Situation Update No. 2
Covering 1-14 March 2026 | Issued: 16 March 2026

1. OVERVIEW
Armed groups remain active around the river towns of Tarsel province.

2. INCIDENTS
Partner log of incidents (day | town | what happened | dead | wounded):
3 Mar | Omberly | Gunmen raided the weekly market and set stalls on fire | 2 | 5
7 Mar | Pelham Ford | A roadside bomb struck a water truck on the ferry road | 1 | 3
11 Mar | Quillon | Raiders ambushed a clinic convoy and stole medicines | 0 | 2
2.1 The ambush of the clinic convoy at Quillon on 11 March forced partners to pause deliveries.

3. RESPONSE
3.1 Partners delivered water to 2,000 displaced people in Omberly.
"""

TALLY = """Monthly tracker: six incidents in Tarsel

OMBERLY, 2 April 2026 - Our count shows six armed incidents in Tarsel province in March, four of
them in Omberly, where traders have started closing their stalls before dusk.

Table: incidents by town
Town | Incidents | Killed | Wounded
Omberly | 4 | 6 | 9
Quillon | 2 | 1 | 3
Total | 6 | 7 | 12
"""


def test_rows_split_by_pipes_tabs_or_space_runs_are_a_table() -> None:
    assert cells("| 3 Mar | Omberly | raid |") == ["3 Mar", "Omberly", "raid"]
    assert cells("3 Mar\tOmberly\traid") == ["3 Mar", "Omberly", "raid"]
    assert cells("3 Mar    Omberly    raid") == ["3 Mar", "Omberly", "raid"]
    spaced = "Day     Town      Event\n3 Mar   Omberly   raid on market\n7 Mar   Quillon   bomb on truck\n"
    assert len(table_rows(spaced)) == 3


def test_a_lone_line_of_pipes_is_no_table() -> None:
    text = "Home | World | Africa | Sport\n\nGunmen raided a market in Omberly on Friday.\n"
    assert table_rows(text) == []


def test_an_incident_logs_rows_are_read_by_their_header() -> None:
    rows = logged_rows(SITREP)
    assert len(rows) == 3
    first = rows[0]
    assert SITREP[slice(*first.cells["date"])] == "3 Mar"
    assert SITREP[slice(*first.cells["place"])] == "Omberly"
    assert SITREP[slice(*first.cells["killed"])] == "2"
    assert SITREP[slice(*first.cells["injured"])] == "5"


def test_a_tally_by_town_logs_no_happening_and_its_header_tells_nothing() -> None:
    assert logged_rows(TALLY) == []
    heads = header_rows(TALLY)
    assert [TALLY[s:e] for s, e in heads] == ["Town | Incidents | Killed | Wounded"]
    assert parse_page(TALLY).zone_at(TALLY.index("Town | Incidents")) == "table_head"


def test_each_row_is_one_event_dated_and_counted_by_its_columns(extract: Any) -> None:
    extraction = extract(SITREP, published="2026-03-16")
    violent = [e for e in extraction.events if e.type in ("attack", "military_action")]
    by_day = {e.date.iso if e.date else None: e for e in violent}
    assert {"2026-03-03", "2026-03-07", "2026-03-11"} <= set(by_day)
    market = by_day["2026-03-03"]
    assert market.killed is not None and market.killed.value == 2
    assert market.injured is not None and market.injured.value == 5
    truck = by_day["2026-03-07"]
    assert truck.killed is not None and truck.killed.value == 1
    assert truck.injured is not None and truck.injured.value == 3


def test_the_prose_telling_a_rows_happening_is_no_second_event(extract: Any) -> None:
    extraction = extract(SITREP, published="2026-03-16")
    ambushes = [e for e in extraction.events if e.type == "attack" and e.date and e.date.iso == "2026-03-11"]
    assert len(ambushes) == 1
    assert ambushes[0].evidence.sentence.startswith("11 Mar | Quillon")


def test_a_row_is_one_sentence(extractor: Any) -> None:
    doc = extractor.nlp(SITREP)
    row = "7 Mar | Pelham Ford | A roadside bomb struck a water truck on the ferry road | 1 | 3"
    assert any(s.text.strip() == row for s in doc.sents)

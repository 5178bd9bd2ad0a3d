"""What the reading commands print: errors that name the problem, whole rows when piped,
figures with their qualifiers, dates as precise as known, and a whole-text search."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

import nexus
from nexus.cli.app import app
from nexus.model import Count, Span
from nexus.store.samples import ExtractionBuilder, place, without_gazetteer

runner = CliRunner()

HARBOUR = (
    "MOMBASA (Harbour Gazette) - At least 20 people died when a car bomb exploded near the port of "
    "Mombasa on Tuesday. The Coastal Liberation Front said its bombers had carried out the blast. "
    "Fighters of the Coastal Liberation Front were seen in the area in March."
)
INLAND = (
    "About 30 people were hurt in the harbour blast at Mombasa, a port official told the Inland Post. "
    "Investigators are examining the wreckage of the vehicle."
)
OLD = "In 2009 the council imposed sanctions on the Coastal Liberation Front."


def _corpus() -> list[nexus.Extraction]:
    port = place("Mombasa", country="KE", admin1="Mombasa", lat=-4.05, lon=39.66)
    first = ExtractionBuilder("harbour-1", HARBOUR, outlet="Harbour Gazette", published=date(2011, 5, 3))
    front = first.entity("Coastal Liberation Front", country="KE")
    first.entity("Mombasa", "PLACE", country="KE", at=port)
    gazette = first.entity("Harbour Gazette", subtype="media")
    first.event(
        "attack",
        HARBOUR.split(". ")[0] + ".",
        date="2011-05-03",
        at=port,
        actors=[front, gazette],  # an extraction slip: the outlet is no actor
        killed=Count(value=20, qualifier="at_least"),
        asserter="police",
    )
    first.relation(
        front, "based_in", first.entity("Mombasa", "PLACE"), HARBOUR.split(". ")[2], date="2011-03-01"
    )
    extraction = first.build()
    # The group is named twice in the one document: two mentions, one document.
    second_span = HARBOUR.rindex("Coastal Liberation Front")
    entities = [
        e.model_copy(
            update={
                "mentions": [
                    *e.mentions,
                    Span(start=second_span, end=second_span + 24, text="Coastal Liberation Front"),
                ]
            }
        )
        if e.name == "Coastal Liberation Front"
        else e
        for e in extraction.entities
    ]
    extraction = extraction.model_copy(update={"entities": entities})

    second = ExtractionBuilder("inland-7", INLAND, outlet="Inland Post", published=date(2011, 5, 4))
    second.event(
        "attack",
        INLAND.split(". ")[0] + ".",
        date="2011-05-03",
        at=port,
        injured=Count(value=30, qualifier="approx"),
    )
    third = ExtractionBuilder("council-2", OLD, outlet="Council Record", published=date(2010, 1, 2))
    group = third.entity("Coastal Liberation Front", country="KE")
    third.event("sanction", OLD, date="2009", precision="year", targets=[group])
    return [extraction, second.build(), third.build()]


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    for module, name in without_gazetteer():
        monkeypatch.setattr(module, name, dict)
    url = str(tmp_path / "desk.db")
    with nexus.open(url) as kb:
        kb.ingest(_corpus())
    return url


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def tsv(stdout: str) -> list[dict[str, str]]:
    header, *rows = stdout.rstrip("\n").split("\n")
    return [dict(zip(header.split("\t"), row.split("\t"), strict=True)) for row in rows]


# -- 3: a missing database is an error; an empty result says so ------------------------------


def test_reading_a_missing_database_names_it_and_creates_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NEXUS_DB", raising=False)
    code, _, err = run("events", "--db", "typo.db")
    assert code == 1 and "typo.db" in err
    code, _, err = run("entities")
    assert code == 1 and str(tmp_path / "nexus.db") in err.replace("\n", "")  # the whole path, not ./nexus.db
    assert not (tmp_path / "typo.db").exists() and not (tmp_path / "nexus.db").exists()


def test_an_empty_result_says_so(db: str) -> None:
    code, out, err = run("events", "--type", "rally", "--db", db)
    assert code == 0 and out == "" and "no events match" in err


# -- 4: unknown filter values are refused with the allowed ones listed ------------------------


@pytest.mark.parametrize(
    ("args", "allowed"),
    [
        (["events", "--type", "bombing"], "military_action"),
        (["entities", "--type", "GROUP"], "PERSON"),
        (["network", "Mombasa", "--type", "friendship"], "based_in"),
    ],
)
def test_unknown_filter_values_are_refused_listing_them(db: str, args: list[str], allowed: str) -> None:
    code, out, err = run(*args, "--db", db)
    assert code == 2 and allowed in err and out == ""


def test_filter_values_are_case_blind(db: str) -> None:
    code, out, _ = run("events", "--type", "ATTACK", "--db", db)
    assert code == 0 and {r["type"] for r in tsv(out)} == {"attack"}


# -- 8: piped output is whole; one event with every report ------------------------------------


def test_piped_tables_are_tsv_with_whole_ids_and_names(db: str) -> None:
    with nexus.open(db) as kb:
        ids = {e.id for e in kb.events()}
    code, out, _ = run("events", "--db", db)
    rows = tsv(out)
    assert code == 0 and {r["id"] for r in rows} == ids
    assert "Coastal Liberation Front" in {r["actors"] for r in rows}


def test_event_command_shows_every_report_with_figures_quotes_and_asserters(db: str) -> None:
    with nexus.open(db) as kb:
        attack = next(e for e in kb.events(type="attack") if e.n_reports == 2)
    code, out, _ = run("event", attack.id[:12], "--db", db)
    assert code == 0
    assert "Harbour Gazette" in out and "Inland Post" in out
    assert "≥20" in out and "~30" in out and "police" in out
    assert HARBOUR.split(". ")[0] in out and INLAND.split(". ")[0] in out


def test_event_command_on_an_unknown_id_is_an_error(db: str) -> None:
    code, _, err = run("event", "event-ffffffffffff", "--db", db)
    assert code == 1 and "event-ffffffffffff" in err


# -- 9: qualifiers, year-only dates, singular counts, mention counts --------------------------


def test_events_show_figure_qualifiers(db: str) -> None:
    (attack,) = [r for r in tsv(run("events", "--type", "attack", "--db", db)[1])]
    assert attack["killed"] == "≥20" and attack["injured"] == "~30"


def test_timeline_shows_a_year_only_date_as_the_year(db: str) -> None:
    dates = [r["date"] for r in tsv(run("timeline", "--db", db)[1])]
    assert dates[0] == "2009" and "2009-01-01" not in dates


def test_one_source_is_singular(db: str) -> None:
    code, out, _ = run("path", "Coastal Liberation Front", "Mombasa", "--db", db)
    assert code == 0 and "(1 source)" in out and "1 sources" not in out


def test_mentions_count_every_mention_not_every_document(db: str) -> None:
    rows = {r["name"]: r for r in tsv(run("entities", "--db", db)[1])}
    group = rows["Coastal Liberation Front"]
    assert group["documents"] == "2" and group["mentions"] == "3"


# -- 10: outlets are entities of their own kind, not actors at the top of the list ------------


def test_outlets_are_listed_only_when_asked(db: str) -> None:
    names = {r["name"] for r in tsv(run("entities", "--db", db)[1])}
    assert "Harbour Gazette" not in names and "Coastal Liberation Front" in names
    media = tsv(run("entities", "--type", "media", "--db", db)[1])
    assert [(r["name"], r["type"]) for r in media] == [("Harbour Gazette", "ORG/media")]
    actors = {r["actors"] for r in tsv(run("events", "--type", "attack", "--db", db)[1])}
    assert actors == {"Coastal Liberation Front"}


# -- 11: whole-text search with stemming, phrases, snippets and links -------------------------


def test_search_stems_words_across_whole_documents(db: str) -> None:
    hits = json.loads(run("search", "bomb", "--db", db, "--json")[1])
    assert [h["doc_id"] for h in hits] == ["harbour-1"]
    snippet = hits[0]["snippet"]
    marked = {snippet[s:e].lower() for s, e in hits[0]["highlights"]}
    assert {"bomb", "bombers"} <= marked
    # "investigators" is in no evidence sentence: only the whole text has it
    assert [h["doc_id"] for h in json.loads(run("search", "investigator", "--db", db, "--json")[1])] == [
        "inland-7"
    ]


def test_search_phrases_must_match_in_order(db: str) -> None:
    assert json.loads(run("search", '"car bomb"', "--db", db, "--json")[1])
    assert json.loads(run("search", '"bomb car"', "--db", db, "--json")[1]) == []


def test_search_hits_link_events_and_entities(db: str) -> None:
    (hit,) = json.loads(run("search", "Liberation", "--db", db, "--json", "--limit", "1")[1])
    assert hit["entities"][0]["name"] == "Coastal Liberation Front"
    exploded = json.loads(run("search", "exploded", "--db", db, "--json")[1])
    assert exploded[0]["events"]


def test_search_without_a_match_says_so(db: str) -> None:
    code, out, err = run("search", "submarine", "--db", db)
    assert code == 0 and out == "" and "no document matches 'submarine'" in err


def test_a_narrow_terminal_table_still_shows_whole_ids(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from rich.console import Console

    from nexus.cli import render

    screen = io.StringIO()
    monkeypatch.setattr(render, "out", Console(file=screen, force_terminal=True, width=70, color_system=None))
    with nexus.open(db) as kb:
        ids = [e.id for e in kb.events()]
    assert runner.invoke(app, ["events", "--db", db]).exit_code == 0
    assert all(i in screen.getvalue() for i in ids)


def test_a_terminal_too_narrow_for_the_table_gets_one_block_per_row(
    db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from rich.console import Console

    from nexus.cli import render

    screen = io.StringIO()
    monkeypatch.setattr(render, "out", Console(file=screen, force_terminal=True, width=60, color_system=None))
    assert runner.invoke(app, ["events", "--db", db]).exit_code == 0
    shown = screen.getvalue()
    assert all(len(line) <= 60 for line in shown.splitlines())
    # whole words and values: no date, type or name split across lines
    assert "2011-05-03" in shown and "Coastal Liberation Front" in shown and "attack" in shown
    assert "date: 2011-05-03" in shown
    with nexus.open(db) as kb:
        assert all(e.id in shown for e in kb.events())

    wide = io.StringIO()
    monkeypatch.setattr(render, "out", Console(file=wide, force_terminal=True, width=200, color_system=None))
    assert runner.invoke(app, ["events", "--db", db]).exit_code == 0
    assert "┃" in wide.getvalue()  # wide enough: still a table


# -- piped link lists stay tab-separated: the evidence is a column, not a line under the table ------


def test_piped_network_carries_the_evidence_as_columns(db: str) -> None:
    code, out, _ = run("network", "Coastal Liberation Front", "--db", db)
    rows = tsv(out)  # every line a row of the one table: no quote lines between rows
    assert code == 0 and rows
    assert any(r["evidence"].startswith("Fighters of the Coastal Liberation Front") for r in rows)
    assert {r["evidence source"] for r in rows} >= {"Harbour Gazette"}


def test_piped_show_lists_links_with_their_evidence_as_columns(db: str) -> None:
    code, out, _ = run("show", "Mombasa", "--db", db)
    assert code == 0
    lines = out[out.index("source\t") :].split("\n")
    end = next(i for i, row in enumerate(lines) if row.startswith("date\t"))  # the events table follows
    links = tsv("\n".join(lines[:end]))
    assert links and all(r["evidence"] for r in links)


def test_piped_metrics_is_one_table(db: str) -> None:
    code, out, _ = run("metrics", "--db", db)
    assert code == 0
    lines = out.rstrip("\n").split("\n")
    width = len(lines[0].split("\t"))
    assert lines[0].startswith("name\t") and all(len(row.split("\t")) == width for row in lines)


def test_a_terminal_still_shows_the_evidence_under_the_links(
    db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from rich.console import Console

    from nexus.cli import kb_cmd, render

    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=200, color_system=None)
    monkeypatch.setattr(render, "out", console)
    monkeypatch.setattr(kb_cmd, "out", console)
    assert runner.invoke(app, ["network", "Coastal Liberation Front", "--db", db]).exit_code == 0
    shown = screen.getvalue()
    assert "┃" in shown and "“Fighters of the Coastal Liberation Front" in shown

"""CSV: events.csv (GTD-like), edges.csv and entities.csv, read back with csv.DictReader."""

from __future__ import annotations

import csv
from pathlib import Path

from nexus.export import export_csv
from nexus.export.tables import EDGE_COLUMNS, EVENT_COLUMNS
from nexus.kb import KnowledgeBase


def read(kb: KnowledgeBase, tmp_path: Path, name: str) -> list[dict[str, str]]:
    with kb.store.connect() as connection:
        export_csv(connection, tmp_path / "out")
    with (tmp_path / "out" / name).open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_events_csv_has_the_gtd_like_columns(kb: KnowledgeBase, tmp_path: Path) -> None:
    rows = read(kb, tmp_path, "events.csv")
    assert tuple(rows[0]) == EVENT_COLUMNS
    assert EVENT_COLUMNS[:17] == (
        "event_id", "date", "date_precision", "country", "admin1", "place", "lat", "lon", "type",
        "actors", "targets", "killed_min", "killed_max", "injured_min", "injured_max", "sources", "hedged",
    )  # fmt: skip


def test_attack_row_gives_the_toll_range_and_place(kb: KnowledgeBase, tmp_path: Path) -> None:
    attack = next(r for r in read(kb, tmp_path, "events.csv") if r["type"] == "attack")
    assert (attack["killed_min"], attack["killed_max"], attack["injured_min"]) == ("12", "15", "")
    assert (attack["date"], attack["place"], attack["country"]) == ("2021-05-03", "Kalam", "PK")
    assert (attack["lat"], attack["lon"]) == ("35.49", "72.58")
    assert (attack["actors"], attack["sources"], attack["hedged"]) == ("Red Hand Brigade", "2", "0.0")


def test_sanction_row_names_its_target(kb: KnowledgeBase, tmp_path: Path) -> None:
    sanction = next(r for r in read(kb, tmp_path, "events.csv") if r["type"] == "sanction")
    assert (sanction["actors"], sanction["targets"]) == ("Interior Ministry", "Northern Front")


def test_edges_csv_columns_and_cooperation_row(kb: KnowledgeBase, tmp_path: Path) -> None:
    rows = read(kb, tmp_path, "edges.csv")
    assert tuple(rows[0]) == EDGE_COLUMNS
    edge = next(r for r in rows if r["type"] == "cooperation")
    assert (edge["sources"], edge["independent_sources"], edge["hedged_share"]) == ("2", "2", "0.5")
    assert (edge["first_seen"], edge["last_seen"]) == ("2021-05-03", "2021-05-04")
    assert edge["asserters"] == "officials"


def test_entities_csv_joins_edges_by_id(kb: KnowledgeBase, tmp_path: Path) -> None:
    ids = {r["id"] for r in read(kb, tmp_path, "entities.csv")}
    edges = read(kb, tmp_path, "edges.csv")
    assert {e["source_id"] for e in edges} | {e["target_id"] for e in edges} <= ids

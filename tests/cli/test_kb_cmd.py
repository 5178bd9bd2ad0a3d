"""The knowledge-base commands: thin over nexus.open, tables or --json, clean errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import nexus
from nexus.cli.app import app
from nexus.store.samples import sample_corpus, without_gazetteer

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    for module, name in without_gazetteer():
        monkeypatch.setattr(module, name, dict)
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    with nexus.open(url) as kb:
        kb.ingest(sample_corpus())
    return url


def run_json(*args: str) -> object:
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_entities_json_lists_canonical_entities(db: str) -> None:
    names = [e["name"] for e in run_json("entities", "--db", db)]  # type: ignore[index, union-attr]
    assert names[0] == "Jaish-e-Mohammed" and "Muridke" in names


def test_show_json_has_relations_with_evidence(db: str) -> None:
    detail = run_json("show", "Jaish-e-Muhammad", "--db", db)
    assert detail["relations"][0]["evidence"]  # type: ignore[index, call-overload]


def test_events_filtered_by_type_and_place(db: str) -> None:
    rows = run_json("events", "--type", "attack", "--place", "Pulwama", "--db", db)
    assert [r["figures"]["killed"]["values"] for r in rows] == [[40, 44]]  # type: ignore[index, union-attr]


def test_path_json_names_each_hop(db: str) -> None:
    result = run_json("path", "Masood Azhar", "Muridke", "--db", db)
    assert [h["relation"]["type"] for h in result["hops"]] == ["affiliation", "cooperation", "based_in"]  # type: ignore[index, call-overload]


def test_network_respects_no_hedged(db: str) -> None:
    result = run_json("network", "Jaish-e-Mohammed", "--depth", "1", "--no-hedged", "--db", db)
    assert "ISI" not in {n["name"] for n in result["nodes"]}  # type: ignore[index, call-overload]


def test_timeline_contradictions_search_metrics_run(db: str) -> None:
    assert run_json("timeline", "--db", db)["items"]  # type: ignore[index, call-overload]
    assert run_json("contradictions", "--db", db)[0]["values"] == [40, 44]  # type: ignore[index]
    assert run_json("search", "headquartered", "--db", db)[0]["doc_id"] == "d4"  # type: ignore[index]
    assert run_json("metrics", "--db", db)["n_nodes"] == 6  # type: ignore[index, call-overload]
    assert run_json("metrics", "--db", db, "--origin", "stated")["n_nodes"] == 5  # type: ignore[index, call-overload]


def test_new_links_in_a_period(db: str) -> None:
    rows = run_json("new-links", "2019-03-01", "2019-03-31", "--db", db)
    assert [r["type"] for r in rows] == ["based_in"]  # type: ignore[index, union-attr]


def test_tables_render_without_json(db: str) -> None:
    for args in (
        ["entities"],
        ["show", "ISI"],
        ["events"],
        ["path", "ISI", "Muridke"],
        ["network", "ISI"],
        ["timeline", "ISI"],
        ["contradictions"],
        ["search", "rally"],
        ["metrics"],
    ):
        result = runner.invoke(app, [*args, "--db", db])
        assert result.exit_code == 0, (args, result.output)


def test_entity_merge_then_overrides_then_split(db: str) -> None:
    merged = run_json("entity", "merge", "Jaish-e-Mohammed", "Lashkar-e-Taiba", "--db", db)
    assert "Lashkar-e-Taiba" in merged["aliases"]  # type: ignore[index, operator]
    assert [o["kind"] for o in run_json("entity", "overrides", "--db", db)] == ["merge"]  # type: ignore[index, union-attr]
    new = run_json("entity", "split", "Jaish-e-Mohammed", "Lashkar-e-Taiba", "--db", db)
    assert new["name"] == "Lashkar-e-Taiba"  # type: ignore[index, call-overload]


def test_unknown_name_is_a_clean_error(db: str) -> None:
    result = runner.invoke(app, ["show", "Nobody At All", "--db", db])
    assert result.exit_code == 1
    assert "E301" in result.output and "Traceback" not in result.output


def test_db_from_environment(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEXUS_DB", db)
    assert run_json("entities")


def test_ingest_end_to_end_with_the_real_pipeline(tmp_path: Path) -> None:
    pytest.importorskip("nexus.extract.pipeline")
    (tmp_path / "a.txt").write_text(
        "Jaish-e-Mohammed militants attacked a CRPF convoy in Pulwama on 14 February 2019, killing 40 "
        "soldiers, police said.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "The death toll in the Pulwama attack rose to 44 on 15 February 2019, officials said.\n",
        encoding="utf-8",
    )
    url = f"sqlite:///{tmp_path / 'e2e.db'}"
    first = run_json("ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--db", url)
    assert first["added"] == 2 and first["failed"] == 0  # type: ignore[index, call-overload]
    again = run_json("ingest", str(tmp_path), "--db", url)
    assert again["added"] == 0 and again["unchanged"] == 2  # type: ignore[index, call-overload]
    assert run_json("events", "--type", "attack", "--db", url)

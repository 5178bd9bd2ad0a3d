"""``nexus path`` shows each hop in its relation's own direction.

A made-up KB: the Coastal Liberation Army is based in Ostra, and Ilan Dorev
leads it. Walking from Ostra to the leader goes against both relations.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

import nexus
from nexus.cli.app import app
from nexus.store.samples import ExtractionBuilder

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> str:
    text = (
        "The Coastal Liberation Army keeps its camps around Ostra, the port's governor said. "
        "Ilan Dorev leads the Coastal Liberation Army."
    )
    base, lead = (s + "." for s in text[:-1].split(". "))
    builder = ExtractionBuilder("p1", text, outlet="Harbour News", published=date(2025, 2, 3))
    army = builder.entity("Coastal Liberation Army", subtype="armed_group")
    town = builder.entity("Ostra", "PLACE")
    leader = builder.entity("Ilan Dorev", "PERSON")
    builder.relation(army, "based_in", town, base)
    builder.relation(leader, "affiliation", army, lead, role="leader")
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    with nexus.open(url) as kb:
        kb.ingest([builder.build()])
    return url


def _lines(*args: str) -> list[str]:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return [line.strip() for line in result.stdout.splitlines() if line[:1].isdigit()]


def test_a_hop_walked_backwards_points_the_other_way(db: str) -> None:
    lines = _lines("path", "Ostra", "Ilan Dorev", "--db", db)
    assert lines[0].startswith("1. Ostra ←based_in— Coastal Liberation Army")
    assert lines[1].startswith("2. Coastal Liberation Army ←affiliation— Ilan Dorev")


def test_a_hop_walked_with_the_relation_keeps_the_forward_arrow(db: str) -> None:
    lines = _lines("path", "Ilan Dorev", "Ostra", "--db", db)
    assert lines[0].startswith("1. Ilan Dorev —affiliation→ Coastal Liberation Army")
    assert lines[1].startswith("2. Coastal Liberation Army —based_in→ Ostra")


def test_path_json_says_which_hops_run_against_their_relation(db: str) -> None:
    result = runner.invoke(app, ["path", "Ostra", "Ilan Dorev", "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    hops = json.loads(result.stdout)["hops"]
    assert [h["forward"] for h in hops] == [False, False]
    assert hops[0]["relation"]["source"]["name"] == "Coastal Liberation Army"

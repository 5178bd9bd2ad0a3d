"""Links derived from events: 20 claimed attack reports through the real pipeline and store.

The reports are written here from templates (invented wording, five outlets,
five groups, ten towns); each group claims attacks in two towns, each attack
told by two outlets on different days, so every claim link has two events and
two independent sources.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

import nexus
from nexus.cli.app import app
from nexus.kb import KnowledgeBase
from nexus.model import Document
from nexus.store import event_links, linker
from nexus.store.records import RelationRecord
from nexus.store.schema import event_link_reports, relations

GROUPS = {
    "al-Shabaab": ("Mogadishu", "Kismayo"),
    "Boko Haram": ("Maiduguri", "Bama"),
    "the Pakistani Taliban": ("Peshawar", "Quetta"),
    "the Houthis": ("Marib", "Hodeidah"),
    "Jama'at Nusrat al-Islam wal-Muslimin": ("Mopti", "Djibo"),
}
OUTLETS = ("Horn Observer", "Lake Chad Herald", "Frontier Daily", "Sahel Monitor", "Gulf Dispatch")
TEMPLATES = (
    "{up}, May {day} ({outlet}) - Militants stormed a police checkpoint in {place} on Tuesday, killing "
    "{n} officers. {group} claimed responsibility for the assault in an online statement.",
    "A roadside bomb hit a military convoy in {place} on Monday, leaving {n} soldiers dead, officials "
    "said. {group} later claimed the bombing.",
    "{group} has claimed an attack on a busy market in {place} that killed {n} civilians on Sunday, the "
    "group said in a statement carried by its news agency.",
    "Gunmen opened fire at a bus station in {place} on Friday, killing {n} people, local officials said. "
    "{group} said it was behind the shooting.",
)


def claimed_reports() -> list[Document]:
    """20 attack reports, each claimed by a group: 5 groups x 2 towns x 2 reports (other days, outlets)."""
    docs = []
    number = 0
    for g, (group, towns) in enumerate(GROUPS.items()):
        for t, town in enumerate(towns):
            for copy in range(2):
                template = TEMPLATES[(g + t + copy) % len(TEMPLATES)]
                outlet = OUTLETS[(g + 2 * t + copy) % len(OUTLETS)]
                day = 1 + 2 * g + t + 14 * copy  # two weeks apart: two events
                text = template.format(
                    up=town.upper(), day=day, outlet=outlet, place=town, n=3 + number, group=group
                )
                docs.append(
                    Document(
                        id=f"claimed-{number:02d}",
                        text=text[0].upper() + text[1:],
                        outlet=outlet,
                        published=date(2024, 5, day),
                    )
                )
                number += 1
    return docs


@pytest.fixture(scope="module")
def claimed_db(tmp_path_factory: pytest.TempPathFactory, extractor: Any) -> Iterator[str]:
    url = f"sqlite:///{tmp_path_factory.mktemp('claims') / 'kb.db'}"
    with nexus.open(url) as kb:
        summary = kb.ingest(extractor.extract_many(claimed_reports()))
        assert summary.added == 20
    yield url


@pytest.fixture
def kb(claimed_db: str) -> Iterator[KnowledgeBase]:
    with nexus.open(claimed_db) as base:
        yield base


def claim_links(records: list[RelationRecord]) -> list[RelationRecord]:
    return [r for r in records if r.type == "claimed"]


def test_every_group_has_claim_links_in_its_network_with_evidence(kb: KnowledgeBase) -> None:
    for group in GROUPS:
        network = kb.network(group, depth=1, evidence_per_edge=2)
        claims = claim_links(network.edges)
        assert claims, f"no claim link around {group}"
        for link in claims:
            assert link.origin == "event" and link.event_ids
            assert link.source.id == network.centre.id  # from the claimant to the place
            assert link.target.type == "PLACE"
            assert link.evidence and all(
                "claim" in e.sentence or "behind" in e.sentence for e in link.evidence
            )


def test_claim_links_carry_dates_events_and_independent_sources(kb: KnowledgeBase) -> None:
    links = [link for group in GROUPS for link in claim_links(kb.network(group, depth=1).edges)]
    with kb.store.connect() as connection:
        docs: dict[str, set[str]] = {}
        for rel_id, doc_id in connection.execute(
            select(event_link_reports.c.relation_id, event_link_reports.c.doc_id)
        ):
            docs.setdefault(rel_id, set()).add(doc_id)
    for link in links:
        assert link.n_sources == len(docs[link.id])  # no copies here: one source per document
        assert link.first_seen is not None and link.last_seen is not None
        assert link.first_seen <= link.last_seen
    corroborated = [link for link in links if link.n_sources == 2 and len(link.event_ids) == 2]
    assert len(corroborated) >= 3  # two reports, two weeks apart, of claims in the same town
    assert all(link.first_seen < link.last_seen for link in corroborated)  # type: ignore[operator]


def test_metrics_count_the_claim_links(kb: KnowledgeBase) -> None:
    metrics = kb.metrics()
    assert metrics.n_edges > 0
    assert metrics.links_by_type.get("claimed", 0) >= len(GROUPS) * 2 - 2
    assert metrics.links_by_origin.get("event", 0) >= metrics.links_by_type["claimed"]
    assert {r.name for r in metrics.rows} >= {"Boko Haram", "Maiduguri"}
    assert metrics.top_links and all(link.evidence for link in metrics.top_links)


def test_only_stated_links_leaves_the_event_links_out(kb: KnowledgeBase) -> None:
    stated = kb.metrics(origins=["stated"])
    assert "event" not in stated.links_by_origin
    assert not claim_links(kb.network("al-Shabaab", depth=1, origins=["stated"]).edges)
    events_only = kb.network("al-Shabaab", depth=1, origins=["event"])
    assert events_only.edges and {e.origin for e in events_only.edges} == {"event"}


def test_path_goes_through_claim_links_with_evidence(kb: KnowledgeBase) -> None:
    path = kb.path("the Houthis", "Marib")
    assert path.found and len(path.hops) == 1
    hop = path.hops[0]
    assert hop.relation.origin == "event" and hop.relation.type in event_links.EVENT_LINK_TYPES.values()
    assert hop.evidence and "Marib" in hop.evidence[0].sentence


def test_cli_network_and_metrics_show_claim_links(claimed_db: str) -> None:
    runner = CliRunner()
    shown = runner.invoke(app, ["network", "Boko Haram", "--depth", "1", "--db", claimed_db])
    assert shown.exit_code == 0, shown.output
    assert "claimed" in shown.output and "Maiduguri" in shown.output
    assert "later claimed the bombing." in shown.output  # the link's evidence sentence (a column when piped)
    measured = runner.invoke(app, ["metrics", "--db", claimed_db, "--origin", "event"])
    assert measured.exit_code == 0, measured.output
    # a pair of entities joined by several links is one edge of the graph: both counts are told
    assert "linked pair" in measured.output and "links:" in measured.output and "event" in measured.output
    # piped, stdout holds the one centrality table; the best-sourced links are in the JSON form
    listed = runner.invoke(app, ["metrics", "--db", claimed_db, "--origin", "event", "--json"])
    assert listed.exit_code == 0, listed.output
    assert '"claimed"' in listed.output


def test_stated_relation_rows_are_untouched_by_event_links(kb: KnowledgeBase) -> None:
    with kb.store.connect() as connection:
        origins = {row.id: row.origin for row in connection.execute(select(relations))}
        linked = set(connection.execute(select(event_link_reports.c.relation_id)).scalars())
    assert linked and linked <= {i for i, origin in origins.items() if origin == "event"}
    assert all(event_links.is_event_link(i) == (origin == "event") for i, origin in origins.items())


# -- derivation rules, without the pipeline ---------------------------------------------------


def test_report_pairs_go_from_actor_to_targets_and_place() -> None:
    pairs = event_links.report_link_pairs("attacked", ["grp"], ["police"], "town")
    assert pairs == [("grp", "police"), ("grp", "town")]


def test_sanctions_do_not_link_to_the_place() -> None:
    assert event_links.report_link_pairs("sanctioned", ["ministry"], ["front"], "capital") == [
        ("ministry", "front")
    ]


def test_meetings_link_the_actors_both_ways_as_one_pair() -> None:
    assert event_links.report_link_pairs("met", ["b", "a"], [], "venue") == [("a", "b")]
    assert event_links.event_link_id("a", "met", "b") == event_links.event_link_id("b", "met", "a")
    assert event_links.event_link_id("a", "claimed", "b") != event_links.event_link_id("b", "claimed", "a")


def test_no_link_without_an_actor_or_to_itself() -> None:
    assert event_links.report_link_pairs("attacked", [], ["police"], "town") == []
    assert event_links.report_link_pairs("visited", ["town"], [], "town") == []


def test_manual_event_merge_moves_the_links(tmp_path: Path) -> None:
    from nexus.store.samples import ExtractionBuilder, place

    harbour = place("Port Salin", country="KE", lat=-3.1, lon=40.1)
    builders = []
    for doc_id, day, outlet, text in (
        ("m1", "2023-08-02", "Coast Wire", "The Reef Front claimed the blast at Port Salin harbour."),
        (
            "m2",
            "2023-09-20",
            "Island News",
            "Seven weeks on, a ferry at Port Salin burned; Reef Front said so.",
        ),
    ):
        b = ExtractionBuilder(doc_id, text, outlet=outlet, published=date.fromisoformat(day))
        group = b.entity("Reef Front", subtype="armed_group", country="KE")
        b.entity("Port Salin", "PLACE", country="KE", at=harbour)
        b.event("claim", text, date=day, at=harbour, actors=[group])
        builders.append(b)
    with nexus.open(f"sqlite:///{tmp_path / 'kb.db'}") as kb:
        kb.ingest([b.build() for b in builders])
        (link,) = claim_links(kb.relations("Reef Front"))
        assert len(link.event_ids) == 2 and link.n_sources == 2
        keep, absorb = link.event_ids
        with kb.store.write() as connection:
            linker.merge_events(connection, keep, absorb)
        (merged,) = claim_links(kb.relations("Reef Front"))
        assert merged.id == link.id and merged.event_ids == [keep] and merged.n_sources == 2


def test_upgrading_an_older_store_derives_its_links_and_directs_hostility(tmp_path: Path) -> None:
    from sqlalchemy import delete, update

    from nexus.store import migrate
    from nexus.store.samples import ExtractionBuilder, place
    from nexus.store.schema import relation_statements

    text = "The Dune Riders attacked a fuel depot in Oasis Nine. Sand Council accused the Dune Riders of it."
    b = ExtractionBuilder("old1", text, outlet="Desert Bell", published=date(2020, 1, 9))
    riders = b.entity("Dune Riders", subtype="armed_group", country="ZD")
    council = b.entity("Sand Council", subtype="government", country="ZD")
    b.entity("Oasis Nine", "PLACE", country="ZD", at=place("Oasis Nine", country="ZD", lat=1.0, lon=2.0))
    b.event(
        "attack",
        text.split(". ")[0] + ".",
        date="2020-01-08",
        at=place("Oasis Nine", country="ZD"),
        actors=[riders],
    )
    b.relation(council, "hostility", riders, "Sand Council accused the Dune Riders of it.")
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    with nexus.open(url) as kb:
        kb.ingest([b.build()])
        (before,) = [r for r in kb.relations("Sand Council") if r.type == "hostility"]
        engine = kb.store.engine
        migrate.downgrade(engine, "0003")  # a store written before event links and directed hostility
        with engine.begin() as connection:
            connection.execute(update(relation_statements).values(relation_id="relation-written-undirected"))
            connection.execute(delete(relations))
        migrate.upgrade(engine)
    with nexus.open(url) as kb:
        (hostile,) = [r for r in kb.relations("Sand Council") if r.type == "hostility"]
        assert hostile.id == before.id and (hostile.source.name, hostile.target.name) == (
            "Sand Council",
            "Dune Riders",
        )
        (attacked,) = [r for r in kb.relations("Dune Riders") if r.type == "attacked"]
        assert attacked.origin == "event" and attacked.target.name == "Oasis Nine" and attacked.n_sources == 1

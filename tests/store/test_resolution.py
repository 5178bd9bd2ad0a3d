"""Resolution in the store: events with many reports, aggregated relations, merge/split."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from nexus.errors import StoreError
from nexus.model import Extraction, Place
from nexus.store import Store
from nexus.store.samples import ExtractionBuilder, place
from nexus.store.schema import entities, events, mentions, overrides, relations

PULWAMA = place("Pulwama", country="IN", admin1="Jammu and Kashmir", lat=33.87, lon=74.89)
#: A made-up group, so that no gazetteer entry merges its names behind the test's back.
VLF = "Valley Liberation Front"
LETHPORA = place("Lethpora", country="IN", admin1="Jammu and Kashmir", lat=33.96, lon=74.97)


def attack_report(
    doc_id: str,
    killed: int,
    day: str,
    *,
    at: Place = PULWAMA,
    published: date = date(2019, 2, 15),
    group: str = "Jaish-e-Mohammed",
    hedged: bool = False,
) -> Extraction:
    text = (
        f"{group} attacked a CRPF convoy near {at.name}, killing {killed} soldiers. {group} is backed by "
        f"the ISI. Filed by desk {doc_id} with local reporting on funerals."
    )
    builder = ExtractionBuilder(doc_id, text, outlet=f"outlet-{doc_id}", published=published)
    jem = builder.entity(group, country="PK")
    isi = builder.entity("ISI", country="PK")
    builder.event("attack", text.split(". ")[0] + ".", date=day, at=at, actors=[jem], killed=killed)
    builder.relation(
        jem, "cooperation", isi, f"{group} is backed by the ISI.", hedged=hedged, asserter="officials"
    )
    return builder.build()


def test_reports_of_one_attack_become_one_event_with_each_figure_kept(store: Store) -> None:
    store.ingest(
        [
            attack_report("d1", 40, "2019-02-14"),
            attack_report("d2", 44, "2019-02-15", at=LETHPORA, group="Jaish-e-Muhammad"),
        ]
    )
    with store.connect() as connection:
        row = connection.execute(select(events)).one()
    assert (row.n_reports, row.n_sources, row.contradictory) == (2, 2, True)


def test_attacks_far_apart_in_time_are_two_events(store: Store) -> None:
    store.ingest([attack_report("d1", 40, "2019-02-14"), attack_report("d2", 3, "2019-06-01")])
    assert store.counts()["events"] == 2


def test_relation_aggregates_sources_dates_hedges_and_asserters(store: Store) -> None:
    store.ingest(
        [
            attack_report("d1", 40, "2019-02-14", published=date(2019, 2, 14)),
            attack_report("d2", 40, "2019-02-14", published=date(2019, 3, 1), hedged=True),
        ]
    )
    with store.connect() as connection:
        row = connection.execute(select(relations)).one()
    assert (row.first_seen, row.last_seen) == (date(2019, 2, 14), date(2019, 3, 1))
    assert (row.n_statements, row.n_sources, row.hedged_share) == (2, 2, 0.5)
    assert row.asserters == ["officials"]


def entity_id(store: Store, name: str) -> str:
    with store.connect() as connection:
        return str(connection.execute(select(entities.c.id).where(entities.c.name == name)).scalar_one())


def test_merge_rewrites_canonical_ids_and_keeps_statements(store: Store) -> None:
    store.ingest(
        [attack_report("d1", 40, "2019-02-14", group=VLF), attack_report("d2", 40, "2019-02-14", group="VLF")]
    )
    before = store.counts()["mentions"]
    keep, absorb = entity_id(store, VLF), entity_id(store, "VLF")
    store.merge(keep, absorb)
    with store.connect() as connection:
        assert set(
            connection.execute(
                select(mentions.c.canonical_id).where(mentions.c.type == "ORG", mentions.c.name != "ISI")
            ).scalars()
        ) == {keep}
        assert (
            connection.execute(select(entities.c.merged_into).where(entities.c.id == absorb)).scalar() == keep
        )
        assert connection.execute(select(relations.c.n_sources)).scalar_one() == 2
    assert store.counts()["mentions"] == before


def test_merge_is_reapplied_to_documents_ingested_later(store: Store) -> None:
    store.ingest(
        [attack_report("d1", 40, "2019-02-14", group=VLF), attack_report("d2", 40, "2019-02-14", group="VLF")]
    )
    keep, absorb = entity_id(store, VLF), entity_id(store, "VLF")
    store.merge(keep, absorb)
    store.ingest([attack_report("d3", 41, "2019-02-14", group="VLF")])
    with store.connect() as connection:
        found = connection.execute(
            select(mentions.c.canonical_id).where(mentions.c.doc_id == "d3", mentions.c.name == "VLF")
        ).scalar_one()
    assert found == keep


def test_split_moves_named_mentions_and_survives_a_new_version(store: Store) -> None:
    store.ingest(
        [
            attack_report("d1", 40, "2019-02-14", group=VLF),
            attack_report("d2", 40, "2019-02-14", group="Valley Liberation Frnt"),
        ]
    )
    jem = entity_id(store, VLF)
    new_id = store.split(jem, ["Valley Liberation Frnt"])
    store.ingest([attack_report("d2", 45, "2019-02-14", group="Valley Liberation Frnt")])  # new version of d2
    with store.connect() as connection:
        current = connection.execute(
            select(mentions.c.canonical_id).where(
                mentions.c.doc_id == "d2",
                mentions.c.superseded.is_(False),
                mentions.c.type == "ORG",
                mentions.c.name != "ISI",
            )
        ).scalar_one()
        assert connection.execute(select(overrides.c.kind)).scalars().all() == ["split"]
    assert current == new_id


def test_merge_of_unknown_entity_is_a_clean_error(store: Store) -> None:
    with pytest.raises(StoreError):
        store.merge("entity-nope", "entity-none")


def test_a_name_lookup_forgives_a_typo_but_never_matches_a_short_alias_inside_a_word(store: Store) -> None:
    from nexus.store import reader

    text = "The Islamic State (IS) claimed the bombing in Raqqa; Lashkar-e-Taiba denied any role."
    b = ExtractionBuilder("lookup-1", text, outlet="Wire", published=date(2024, 2, 2))
    b.entity("Islamic State", aliases=["IS"])
    b.entity("Lashkar-e-Taiba")
    store.ingest([b.build()])
    with store.connect() as connection:
        state = reader.find_entity(connection, "Islamic State")
        assert state is not None
        assert reader.find_entity(connection, "Lashkar-e-Tayba") == reader.find_entity(
            connection, "Lashkar-e-Taiba"
        )
        for unknown in ("Atlantisville", "Kabulistan", "Isfahan"):
            assert reader.find_entity(connection, unknown) is None

"""A follow-up placed where its news happened, of an attack elsewhere (session 35): a report the
extractor placed at the town of a funeral or an order ("officials in Kelm ordered ... after
Saturday's attack in Ostra, in which three died") is a report of the attack at the other town its
own sentence names, when an event there holds its toll; a town named with another toll stays apart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from nexus.store import open_store
from nexus.store.schema import event_reports

THE_ATTACK = {
    "id": "kb35-attack",
    "outlet": "Plateau Monitor",
    "published": "2026-05-10",
    "text": "Three policemen died when gunmen stormed a Bokkos checkpoint late on Saturday, police "
    "said. The gunmen fled on motorbikes before soldiers arrived.",
}


def follow_up(killed: str) -> dict[str, str]:
    return {
        "id": "kb35-order",
        "outlet": "Middle Belt Times",
        "published": "2026-05-11",
        "text": "Officials in Jos sent more police to the state's checkpoints on Monday, two days after "
        f"gunmen stormed a checkpoint in Bokkos, where {killed} policemen died. The governor urged calm.",
    }


def _stored(tmp_path: Path, reports: list[dict[str, str]]) -> list[Any]:
    """The attack reports of a store holding ``reports``, the follow-up's attack placed (as an
    extractor may read it) at the first town its sentence names."""
    from nexus.extract.pipeline import Extractor
    from nexus.ingest.readers import document_from_record

    extractor = Extractor()
    extractions = [extractor.extract(document_from_record(dict(r), "fixture")) for r in reports]
    later = extractions[-1]
    town = next(e.place for e in later.entities if e.place is not None and e.place.name == "Jos")
    for event in later.events:
        if event.type == "attack":
            event.place = town
    store = open_store(f"sqlite:///{tmp_path / 'kb.db'}")
    try:
        store.ingest(extractions)
        query = select(event_reports).where(
            event_reports.c.superseded.is_(False), event_reports.c.type == "attack"
        )
        with store.connect() as connection:
            return list(connection.execute(query).all())
    finally:
        store.close()


def test_a_follow_up_placed_at_another_town_joins_the_attack_its_sentence_places(tmp_path: Path) -> None:
    rows = _stored(tmp_path, [THE_ATTACK, follow_up("three")])
    assert {row.doc_id for row in rows} == {"kb35-attack", "kb35-order"}
    assert len({row.event_id for row in rows}) == 1
    moved = next(row for row in rows if row.doc_id == "kb35-order")
    assert moved.place_name == "Bokkos"  # the scene, not the town of the order
    assert "the scene its sentence names" in " ".join(moved.resolution["why"])


def test_a_follow_up_whose_toll_is_another_stays_at_its_own_town(tmp_path: Path) -> None:
    rows = _stored(tmp_path, [THE_ATTACK, follow_up("eleven")])
    assert len({row.event_id for row in rows}) == 2

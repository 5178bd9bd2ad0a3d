"""A small knowledge base about made-up groups, written by hand for the export tests.

Names are invented so the tests do not depend on the actor gazetteer: the
Red Hand Brigade (an armed group) attacks a police post in Kalam; two
outlets disagree on the toll; it is allied with the Northern Front (one
plain, one hedged statement), led by Tariq Vale and based in Sarak; the
Interior Ministry bans the Northern Front.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

import nexus
from nexus.kb import KnowledgeBase
from nexus.model import Extraction
from nexus.store.samples import ExtractionBuilder, place

KALAM = place("Kalam", country="PK", admin1="Khyber Pakhtunkhwa", lat=35.49, lon=72.58)
SARAK = place("Sarak", kind="site", country="PK", lat=35.2, lon=72.9)


def corpus() -> list[Extraction]:
    d1_text = (
        "The Red Hand Brigade attacked a police post in Kalam on 3 May 2021, killing at least 12 officers. "
        "The Red Hand Brigade is allied with the Northern Front, officials said. "
        "Commander Tariq Vale leads the Red Hand Brigade."
    )
    b1 = ExtractionBuilder(
        "d1", d1_text, outlet="Valley Times", published=date(2021, 5, 3), title="Post attacked"
    )
    b1.document.url = "https://valley.example/kalam-attack"
    rhb = b1.entity("Red Hand Brigade", subtype="armed_group", country="PK")
    front = b1.entity("Northern Front", subtype="armed_group", country="PK")
    vale = b1.entity("Tariq Vale", "PERSON", country="PK")
    b1.entity("Kalam", "PLACE", country="PK", at=KALAM)
    b1.event(
        "attack",
        d1_text.split(". ")[0] + ".",
        date="2021-05-03",
        at=KALAM,
        actors=[rhb],
        killed=12,
        qualifier="at_least",
    )
    b1.relation(
        rhb,
        "cooperation",
        front,
        "The Red Hand Brigade is allied with the Northern Front, officials said.",
        asserter="officials",
    )
    b1.relation(vale, "affiliation", rhb, "Commander Tariq Vale leads the Red Hand Brigade.", role="leader")

    d2_text = (
        "Fifteen policemen died when militants of the Red Hand Brigade stormed a post in Kalam, police said. "
        "The Northern Front reportedly trains with the Red Hand Brigade."
    )
    b2 = ExtractionBuilder("d2", d2_text, outlet="Frontier Post", published=date(2021, 5, 4))
    rhb2 = b2.entity("Red Hand Brigade", subtype="armed_group", country="PK")
    front2 = b2.entity("Northern Front", subtype="armed_group", country="PK")
    b2.event(
        "attack",
        d2_text.split(". ")[0] + ".",
        date="2021-05-03",
        at=KALAM,
        actors=[rhb2],
        killed=15,
        asserter="police",
    )
    b2.relation(
        front2,
        "cooperation",
        rhb2,
        "The Northern Front reportedly trains with the Red Hand Brigade.",
        hedged=True,
    )

    d3_text = (
        "The Interior Ministry said the Red Hand Brigade is based in Sarak. "
        "The ministry banned the Northern Front on 10 June 2021."
    )
    b3 = ExtractionBuilder("d3", d3_text, outlet="State Gazette", published=date(2021, 6, 10))
    ministry = b3.entity("Interior Ministry", subtype="government", country="PK")
    rhb3 = b3.entity("Red Hand Brigade", subtype="armed_group", country="PK")
    front3 = b3.entity("Northern Front", subtype="armed_group", country="PK")
    sarak = b3.entity("Sarak", "PLACE", country="PK", at=SARAK)
    b3.relation(
        rhb3,
        "based_in",
        sarak,
        "The Interior Ministry said the Red Hand Brigade is based in Sarak.",
        asserter="Interior Ministry",
    )
    b3.event(
        "sanction",
        "The ministry banned the Northern Front on 10 June 2021.",
        date="2021-06-10",
        actors=[ministry],
        targets=[front3],
    )
    return [b1.build(), b2.build(), b3.build()]


@pytest.fixture
def db(tmp_path: Path) -> str:
    """URL of a SQLite store holding ``corpus()``."""
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    with nexus.open(url) as base:
        base.ingest(corpus())
    return url


@pytest.fixture
def kb(db: str) -> Iterator[KnowledgeBase]:
    with nexus.open(db) as base:
        yield base

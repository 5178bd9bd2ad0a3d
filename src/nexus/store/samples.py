"""Hand-built extractions, for tests, demos and benchmarks of the knowledge base.

Layers above the extractor (store, resolve, analyze, API, exports) are
tested on extractions written by hand from short texts, so their tests do
not move when the extractor improves. ``ExtractionBuilder`` keeps those
fixtures short: evidence spans are found in the text, ids are numbered.

    b = ExtractionBuilder("d1", "LeT attacked Pulwama. 40 were killed.", published=date(2019, 2, 14))
    let = b.entity("Lashkar-e-Taiba", country="PK")
    b.event("attack", "40 were killed.", date="2019-02-14", actors=[let], killed=40)
    extraction = b.build()
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date

from nexus.model import (
    Attribution,
    Count,
    DatePrecision,
    DateValue,
    Document,
    Entity,
    EntityType,
    Event,
    EventType,
    Evidence,
    Extraction,
    Place,
    Qualifier,
    Relation,
    RelationType,
    Span,
    stable_id,
)


def place(
    name: str,
    *,
    kind: str = "city",
    country: str | None = None,
    admin1: str | None = None,
    lat: float | None = None,
    lon: float | None = None,
) -> Place:
    return Place.model_validate(
        {"name": name, "kind": kind, "country": country, "admin1": admin1, "lat": lat, "lon": lon}
    )


def _count(value: int | Count | None, qualifier: Qualifier = "exact") -> Count | None:
    if value is None or isinstance(value, Count):
        return value
    return Count(value=value, qualifier=qualifier)


class ExtractionBuilder:
    """Builds one ``Extraction`` over a short text you write."""

    def __init__(
        self,
        doc_id: str,
        text: str,
        *,
        outlet: str | None = None,
        published: date | None = None,
        title: str | None = None,
    ) -> None:
        self.document = Document(id=doc_id, text=text, outlet=outlet, published=published, title=title)
        self.entities: list[Entity] = []
        self.events: list[Event] = []
        self.relations: list[Relation] = []

    def _evidence(self, sentence: str) -> Evidence:
        start = self.document.text.find(sentence)
        if start < 0:
            raise ValueError(f"evidence {sentence!r} is not in the text of {self.document.id}")
        return Evidence(doc_id=self.document.id, sentence=sentence, start=start, end=start + len(sentence))

    def entity(
        self,
        name: str,
        type: EntityType = "ORG",
        *,
        country: str | None = None,
        aliases: Sequence[str] = (),
        subtype: str | None = None,
        gazetteer_id: str | None = None,
        at: Place | None = None,
    ) -> str:
        """Add an entity; returns its local id (``e1``, ``e2`` ...)."""
        local_id = f"e{len(self.entities) + 1}"
        spans = []
        start = self.document.text.find(name)
        if start >= 0:
            spans.append(Span(start=start, end=start + len(name), text=name))
        self.entities.append(
            Entity(
                id=local_id,
                name=name,
                type=type,
                subtype=subtype,
                aliases=list(aliases),
                mentions=spans,
                country=country,
                gazetteer_id=gazetteer_id,
                place=at,
            )
        )
        return local_id

    def event(
        self,
        type: EventType,
        sentence: str,
        *,
        date: str | None = None,
        precision: DatePrecision = "day",
        at: Place | None = None,
        actors: Sequence[str] = (),
        targets: Sequence[str] = (),
        killed: int | Count | None = None,
        injured: int | Count | None = None,
        qualifier: Qualifier = "exact",
        hedged: bool = False,
        asserter: str | None = None,
        method: str | None = None,
    ) -> str:
        """Add an event report whose evidence is ``sentence``; returns its local id."""
        local_id = f"v{len(self.events) + 1}"
        self.events.append(
            Event(
                id=local_id,
                type=type,
                date=DateValue(iso=date, precision=precision) if date else None,
                place=at,
                actors=list(actors),
                targets=list(targets),
                killed=_count(killed, qualifier),
                injured=_count(injured, qualifier),
                method=method,
                evidence=self._evidence(sentence),
                attribution=Attribution(
                    hedged=hedged, asserter=asserter, cues=["reportedly"] if hedged else []
                ),
            )
        )
        return local_id

    def relation(
        self,
        source: str,
        type: RelationType,
        target: str,
        sentence: str,
        *,
        date: str | None = None,
        precision: DatePrecision = "day",
        hedged: bool = False,
        asserter: str | None = None,
        role: str | None = None,
    ) -> str:
        """Add a relation statement between two local entity ids; returns its local id."""
        local_id = f"r{len(self.relations) + 1}"
        self.relations.append(
            Relation(
                id=local_id,
                source=source,
                type=type,
                target=target,
                role=role,
                date=DateValue(iso=date, precision=precision) if date else None,
                evidence=self._evidence(sentence),
                attribution=Attribution(
                    hedged=hedged, asserter=asserter, cues=["allegedly"] if hedged else []
                ),
            )
        )
        return local_id

    def build(self) -> Extraction:
        return Extraction(
            document=self.document,
            entities=list(self.entities),
            events=list(self.events),
            relations=list(self.relations),
            extractor="samples",
            extractor_version="1",
        )


def synthetic_extraction(index: int, *, n_groups: int = 50, seed: int = 0) -> Extraction:
    """A generated report (for throughput benchmarks): two groups, a place, an attack, a link.

    Deterministic in ``index`` and ``seed``; names repeat across documents so
    resolution has work to do.
    """
    pick = int(stable_id("pick", seed, index)[-8:], 16)
    a, b = pick % n_groups, (pick // n_groups) % n_groups
    if a == b:
        b = (b + 1) % n_groups
    day = date.fromordinal(date(2020, 1, 1).toordinal() + pick % 700)
    killed = 1 + pick % 40
    text = (
        f"Militants of Group {a} Brigade attacked a checkpoint in Town {a % 17} on {day.isoformat()}. "
        f"At least {killed} people were killed, officials said. "
        f"Group {a} Brigade is allied with Group {b} Front, according to police. Report {index}."
    )
    builder = ExtractionBuilder(f"syn-{seed}-{index}", text, outlet=f"Outlet {pick % 23}", published=day)
    group_a = builder.entity(f"Group {a} Brigade", country="PK")
    group_b = builder.entity(f"Group {b} Front", country="PK")
    town = place(f"Town {a % 17}", country="PK", lat=30.0 + (a % 17) * 0.5, lon=70.0)
    builder.entity(f"Town {a % 17}", "PLACE", country="PK", at=town)
    builder.event(
        "attack",
        text.split(". ")[0] + ".",
        date=day.isoformat(),
        at=town,
        actors=[group_a],
        killed=killed,
        qualifier="at_least",
    )
    sentence = f"Group {a} Brigade is allied with Group {b} Front, according to police."
    builder.relation(group_a, "cooperation", group_b, sentence, asserter="police")
    return builder.build()


@contextmanager
def postgres_schema_url(base_url: str, name: str) -> Iterator[str]:
    """A URL whose connections use a fresh schema ``name`` in the database at ``base_url``.

    The schema is dropped on exit, so tests can share one database.
    """
    from sqlalchemy import create_engine, text

    admin = create_engine(base_url)
    with admin.begin() as connection:
        connection.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
        connection.execute(text(f'CREATE SCHEMA "{name}"'))
    separator = "&" if "?" in base_url else "?"
    try:
        yield f"{base_url}{separator}options=-csearch_path%3D{name}"
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
        admin.dispose()


def sample_corpus() -> list[Extraction]:
    """Four short reports about one attack and the groups around it (tests and demos).

    d1 and d2 report the same attack with different death tolls (40, 44);
    d3 is a wire copy of d1; d4 reports a later rally and where a group is
    based. Masood Azhar -> JeM -> LeT -> Muridke is the longest chain.
    """
    pulwama = place("Pulwama", country="IN", admin1="Jammu and Kashmir", lat=33.87, lon=74.89)
    lethpora = place("Lethpora", country="IN", admin1="Jammu and Kashmir", lat=33.96, lon=74.97)
    d1_text = (
        "Jaish-e-Mohammed attacked a CRPF convoy in Pulwama on Thursday, killing 40 soldiers. "
        "Indian officials said Jaish-e-Mohammed is reportedly backed by the ISI. "
        "Masood Azhar leads Jaish-e-Mohammed."
    )
    b1 = ExtractionBuilder("d1", d1_text, outlet="The Hindu", published=date(2019, 2, 14))
    jem, isi = b1.entity("Jaish-e-Mohammed", country="PK"), b1.entity("ISI", country="PK")
    azhar = b1.entity("Masood Azhar", "PERSON", country="PK")
    b1.entity("Pulwama", "PLACE", country="IN", at=pulwama)
    b1.event("attack", d1_text.split(". ")[0] + ".", date="2019-02-14", at=pulwama, actors=[jem], killed=40)
    b1.relation(
        jem,
        "cooperation",
        isi,
        "Indian officials said Jaish-e-Mohammed is reportedly backed by the ISI.",
        hedged=True,
        asserter="Indian officials",
    )
    b1.relation(azhar, "affiliation", jem, "Masood Azhar leads Jaish-e-Mohammed.", role="leader")

    d2_text = (
        "The death toll in the Lethpora bombing by Jaish-e-Muhammad rose to 44, police said on Friday. "
        "Lashkar-e-Taiba has worked with Jaish-e-Muhammad in Kashmir, analysts say."
    )
    b2 = ExtractionBuilder("d2", d2_text, outlet="Dawn", published=date(2019, 2, 15))
    jem2, let2 = b2.entity("Jaish-e-Muhammad", country="PK"), b2.entity("Lashkar-e-Taiba", country="PK")
    b2.event(
        "attack",
        d2_text.split(". ")[0] + ".",
        date="2019-02-15",
        at=lethpora,
        actors=[jem2],
        killed=44,
        asserter="police",
    )
    b2.relation(
        let2,
        "cooperation",
        jem2,
        "Lashkar-e-Taiba has worked with Jaish-e-Muhammad in Kashmir, analysts say.",
        date="2019-02-15",
        asserter="analysts",
    )

    b3 = ExtractionBuilder("d3", d1_text + " (PTI)", outlet="NDTV", published=date(2019, 2, 14))
    jem3, isi3 = b3.entity("Jaish-e-Mohammed", country="PK"), b3.entity("ISI", country="PK")
    b3.event("attack", d1_text.split(". ")[0] + ".", date="2019-02-14", at=pulwama, actors=[jem3], killed=40)
    b3.relation(
        jem3,
        "cooperation",
        isi3,
        "Indian officials said Jaish-e-Mohammed is reportedly backed by the ISI.",
        hedged=True,
        asserter="Indian officials",
    )

    d4_text = (
        "Thousands attended a Lashkar-e-Taiba rally in Lahore on March 1. "
        "Lashkar-e-Taiba is headquartered in Muridke."
    )
    b4 = ExtractionBuilder("d4", d4_text, outlet="Express Tribune", published=date(2019, 3, 2))
    let4 = b4.entity("Lashkar-e-Taiba", country="PK")
    muridke = b4.entity(
        "Muridke", "PLACE", country="PK", at=place("Muridke", country="PK", lat=31.8, lon=74.26)
    )
    b4.event(
        "rally",
        d4_text.split(". ")[0] + ".",
        date="2019-03-01",
        at=place("Lahore", country="PK", lat=31.55, lon=74.34),
        actors=[let4],
    )
    b4.relation(let4, "based_in", muridke, "Lashkar-e-Taiba is headquartered in Muridke.", date="2019-03-02")
    return [b1.build(), b2.build(), b3.build(), b4.build()]


def without_gazetteer() -> list[tuple[object, str]]:
    """The (module, attribute) pairs to patch so resolution ignores the actor gazetteer.

    Tests on ``sample_corpus`` use it (``monkeypatch.setattr(module, name, dict)``)
    so that editing ``actors.yaml`` cannot change what they resolve.
    """
    from nexus.store import linker, reader

    return [(linker, "gazetteer_aliases"), (reader, "gazetteer_aliases")]


__all__ = [
    "ExtractionBuilder",
    "place",
    "postgres_schema_url",
    "sample_corpus",
    "synthetic_extraction",
    "without_gazetteer",
]

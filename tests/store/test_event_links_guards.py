"""Event links: extraction errors kept out of their ends, and dates shown at their precision.

Made-up groups, people and places; each report is built by hand (``ExtractionBuilder``) so
the test holds only the store's rules, not what the extractor happens to give.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from types import SimpleNamespace

import pytest
from typer.testing import CliRunner

import nexus
from nexus.cli.app import app
from nexus.kb import KnowledgeBase
from nexus.store import event_links
from nexus.store.records import RelationRecord, seen_text
from nexus.store.samples import ExtractionBuilder, place

MARSH = place("Marshford", country="ZQ", admin1="Lowlands", lat=3.0, lon=9.0)


def _claim_on_a_channel() -> ExtractionBuilder:
    text = "The Fen Brigade claimed the ambush in Marshford on its Signal channel."
    b = ExtractionBuilder("g1", text, outlet="Lowland Post", published=date(2021, 6, 2))
    group = b.entity("Fen Brigade", subtype="armed_group", country="ZQ")
    channel = b.entity("Signal", subtype="other")
    b.entity("Marshford", "PLACE", country="ZQ", at=MARSH)
    b.event("claim", text, date="2021-06-01", at=MARSH, actors=[group], targets=[channel])
    return b


def _meeting_in_a_hall() -> ExtractionBuilder:
    text = "Governor Ilsa Varn met envoy Tomas Reed at Harrow Hall in Marshford on Monday."
    hall = place("Harrow Hall", country="ZQ", kind="site", lat=3.01, lon=9.01)
    b = ExtractionBuilder("g2", text, outlet="Lowland Post", published=date(2021, 6, 8))
    governor = b.entity("Ilsa Varn", "PERSON", country="ZQ")
    envoy = b.entity("Tomas Reed", "PERSON")
    site = b.entity("Harrow Hall", "PLACE", subtype="site", country="ZQ", at=hall)
    b.event("meeting", text, date="2021-06-07", at=hall, actors=[governor], targets=[envoy, site])
    return b


def _attack_on_a_street_taken_for_a_person() -> ExtractionBuilder:
    text = "Fen Brigade gunmen opened fire on Kornstraße in Marshford, killing two."
    b = ExtractionBuilder("g3", text, outlet="Lowland Post", published=date(2021, 7, 3))
    group = b.entity("Fen Brigade", subtype="armed_group", country="ZQ")
    street = b.entity("Kornstraße", "PERSON")
    b.event("attack", text, date="2021-07-02", at=MARSH, actors=[group], targets=[street], killed=2)
    return b


def _recalled_raids() -> list[ExtractionBuilder]:
    """Raids the Fen Brigade is recalled to have made: one in 2016 (a year), one in March 2018."""
    out = []
    for doc_id, day, precision, text in (
        ("h1", "2016-01-01", "year", "In 2016 the Fen Brigade raided a depot in Marshford."),
        ("h2", "2018-03-01", "month", "In March 2018 the Fen Brigade raided a depot in Marshford again."),
    ):
        b = ExtractionBuilder(doc_id, text, outlet="Lowland Post", published=date(2021, 8, 1))
        group = b.entity("Fen Brigade", subtype="armed_group", country="ZQ")
        b.entity("Marshford", "PLACE", country="ZQ", at=MARSH)
        b.event("attack", text, date=day, precision=precision, at=MARSH, actors=[group])  # type: ignore[arg-type]
        out.append(b)
    return out


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("guards") / "kb.db"
    builders = [_claim_on_a_channel(), _meeting_in_a_hall(), _attack_on_a_street_taken_for_a_person()]
    with nexus.open(f"sqlite:///{path}") as kb:
        kb.ingest([b.build() for b in [*builders, *_recalled_raids()]])
    return str(path)


@pytest.fixture
def kb(db: str) -> Iterator[KnowledgeBase]:
    with nexus.open(f"sqlite:///{db}") as opened:
        yield opened


def _ends(records: list[RelationRecord], link_type: str) -> set[tuple[str, str]]:
    return {(r.source.name, r.target.name) for r in records if r.type == link_type and r.origin == "event"}


def test_a_platform_is_never_a_link_end_but_the_place_is(kb: KnowledgeBase) -> None:
    claimed = _ends(kb.relations("Fen Brigade"), "claimed")
    assert ("Fen Brigade", "Marshford") in claimed
    assert not any("Signal" in end for pair in claimed for end in pair)


def test_whom_one_met_is_a_person_not_the_hall(kb: KnowledgeBase) -> None:
    met = {frozenset(pair) for pair in _ends(kb.relations("Ilsa Varn"), "met")}
    assert met == {frozenset({"Ilsa Varn", "Tomas Reed"})}  # a meeting's pair is stored sorted


def test_a_street_taken_for_a_person_is_no_target(kb: KnowledgeBase) -> None:
    attacked = _ends(kb.relations("Fen Brigade"), "attacked")
    assert all(target != "Kornstraße" for _, target in attacked)


def test_year_and_month_dates_keep_their_precision_on_the_link(kb: KnowledgeBase) -> None:
    (raids,) = [
        r for r in kb.relations("Fen Brigade") if r.type == "attacked" and r.target.name == "Marshford"
    ]
    assert raids.first_seen_text == "2016" and raids.first_seen_precision == "year"
    assert raids.last_seen_text == "2021-07-02"  # the street shooting, a day


def test_the_cli_shows_a_year_only_link_date_as_the_year(db: str) -> None:
    result = CliRunner().invoke(app, ["show", "--db", db, "Fen Brigade"])
    assert result.exit_code == 0, result.output
    line = next(row for row in result.output.splitlines() if "attacked" in row and "Marshford" in row)
    assert "2016" in line and "2016-01-01" not in line


def test_seen_span_orders_by_first_day_and_keeps_coarse_precision() -> None:
    rows = [
        SimpleNamespace(seen=date(2019, 1, 1), seen_precision="year"),
        SimpleNamespace(seen=date(2019, 3, 5), seen_precision="day"),
    ]
    first, last = event_links.seen_span(rows)
    assert first == (date(2019, 1, 1), "year") and last == (date(2019, 3, 5), None)
    same_start = [SimpleNamespace(seen=date(2020, 5, 1), seen_precision=p) for p in ("month", "day")]
    assert event_links.seen_span(same_start) == ((date(2020, 5, 1), None), (date(2020, 5, 1), None))
    assert seen_text(date(2019, 3, 1), "month") == "2019-03" and seen_text(None, "year") is None


def test_end_rules_read_their_words_from_the_ontology() -> None:
    assert not event_links.end_allowed("actor", "ORG", "other", "Telegram")
    assert not event_links.end_allowed("actor", "ORG", "media", "Coast Radio")
    assert not event_links.end_allowed("actor", "PLACE", "site", "the old bridge")
    assert event_links.end_allowed("actor", "PLACE", "country", "Ruritania")
    assert not event_links.end_allowed("target", "PERSON", "", "Quay Road")
    assert not event_links.end_allowed("target", "PERSON", None, "Dalby", place_name="Dalby")
    assert event_links.end_allowed("target", "PERSON", None, "Ana Dalby", place_name="Dalby")
    assert not event_links.end_allowed("target", "PLACE", "site", "Dalby Hall", link_type="met")
    assert event_links.end_allowed("target", "PLACE", "site", "Dalby Hall", link_type="attacked")
    assert event_links.place_allowed("PLACE", "site") and not event_links.place_allowed("PERSON", None)


def test_the_entity_page_api_gives_link_dates_with_their_precision(db: str) -> None:
    from fastapi.testclient import TestClient

    from nexus.api import create_app

    with TestClient(create_app(db, token=None), base_url="http://localhost") as client:
        page = client.get("/api/entities/Fen Brigade").json()
    (raids,) = [link for link in page["linked"]["attacked"] if link["entity"]["name"] == "Marshford"]
    assert raids["first_seen_precision"] == "year"  # the UI shows "2016", not "2016-01-01"
    assert raids["last_seen_precision"] is None


def test_stix_keeps_the_precision_of_link_dates(kb: KnowledgeBase) -> None:
    import io
    import json

    from nexus.export import export_stix

    buffer = io.StringIO()
    with kb.store.connect() as connection:
        export_stix(connection, buffer, None)
    links = [
        o
        for o in json.loads(buffer.getvalue())["objects"]
        if o["type"] == "relationship" and o.get("description") == "Fen Brigade attacked Marshford"
    ]
    assert links and links[0]["x_nexus_first_seen"] == "2016"
    assert links[0]["stop_time"].startswith("2021-07-03")  # the day after the last (day) sighting

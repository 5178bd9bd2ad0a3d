"""What the store reads from a report's sentences and document for event identity: one report
per event and sentence, districts of a city, dates that are only the publication day, and the
people who make statements."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from nexus.store import Store, linker
from nexus.store.samples import ExtractionBuilder, place
from nexus.store.schema import event_reports, events

PORT = place("Port Alder", country="QQ", admin1="Coast", lat=10.0, lon=30.0)
#: The gazetteer's pick for a quarter of Port Alder: a village of that name 90 km away.
SALTMARKET = place("Saltmarket", country="QQ", admin1="Inland", lat=10.8, lon=30.0)


def _rows(store: Store, doc_id: str) -> list[tuple[str, str, bool]]:
    with store.connect() as connection:
        rows = connection.execute(
            select(event_reports.c.trigger, event_reports.c.event_id, event_reports.c.superseded)
            .where(event_reports.c.doc_id == doc_id)
            .order_by(event_reports.c.local_id)
        ).all()
    return [(r.trigger, r.event_id, r.superseded) for r in rows]


def test_one_sentence_gives_one_report_per_event_and_one_event_per_measure(store: Store) -> None:
    trip = "The envoy's journey to Port Alder, where she had travelled with two deputies, ended on Friday."
    measures = "The council closed the ferry terminal and froze the shipping company's accounts."
    text = f"{trip} {measures}"
    builder = ExtractionBuilder("desk", text, outlet="Coast Courier", published=date(2021, 3, 6))
    envoy = builder.entity("envoy", "PERSON")
    council = builder.entity("council", "ORG")
    builder.event("visit", trip, date="2021-03-05", at=PORT, actors=[envoy])
    builder.event("visit", trip, date="2021-03-05", at=PORT, actors=[envoy], targets=["Port Alder"])
    builder.event("sanction", measures, date="2021-03-05", actors=[council], targets=["the ferry terminal"])
    builder.event("sanction", measures, date="2021-03-05", actors=[council], targets=["the accounts"])
    store.ingest([builder.build()])
    rows = _rows(store, "desk")
    (first, second, terminal, accounts) = rows
    # The trip: one event, and only the fuller report of it counts.
    assert first[1] == second[1]
    assert (first[2], second[2]) == (True, False)
    # The two measures of one sentence are two events.
    assert terminal[1] != accounts[1]
    with store.connect() as connection:
        assert connection.execute(select(events.c.n_reports).where(events.c.id == first[1])).scalar_one() == 1


def test_a_district_named_in_the_document_lies_in_its_city(store: Store) -> None:
    lead = "Gunmen attacked the customs office in Port Alder on Monday, killing 6 guards."
    later = "The raid on the office in the Saltmarket district of Port Alder lasted an hour."
    first = ExtractionBuilder("wire", lead, outlet="Coast Courier", published=date(2021, 3, 2))
    first.event("attack", lead, date="2021-03-01", at=PORT, killed=6)
    second = ExtractionBuilder("weekly", later, outlet="Inland Weekly", published=date(2021, 3, 3))
    second.event("attack", later, date="2021-03-01", at=SALTMARKET)
    store.ingest([first.build(), second.build()])
    assert _rows(store, "wire")[0][1] == _rows(store, "weekly")[0][1]


def test_a_district_without_its_city_takes_the_one_city_of_the_document(store: Store) -> None:
    text = (
        "Port Alder was calm on Tuesday. Gunmen stormed a police post in the Saltmarket district "
        "on Monday. Militants said they had carried out the raid in Saltmarket."
    )
    sentences = [s + "." for s in text.split(". ")]
    sentences[-1] = sentences[-1].rstrip(".") if sentences[-1].endswith("..") else sentences[-1]
    builder = ExtractionBuilder("daily", text, outlet="Coast Courier", published=date(2021, 3, 2))
    builder.entity("Port Alder", "PLACE", country="QQ", at=PORT)
    builder.entity("Saltmarket", "PLACE", country="QQ", at=SALTMARKET)
    builder.event("attack", sentences[1], date="2021-03-01", at=SALTMARKET)
    other = ExtractionBuilder("wire", "Gunmen raided a police post in Port Alder on Monday.", outlet="Wire")
    other.document = other.document.model_copy(update={"published": date(2021, 3, 1)})
    other.event("attack", "Gunmen raided a police post in Port Alder on Monday.", date="2021-03-01", at=PORT)
    store.ingest([other.build(), builder.build()])
    assert _rows(store, "wire")[0][1] == _rows(store, "daily")[0][1]


def test_a_date_that_is_only_the_publication_day_is_not_the_events_own() -> None:
    class Row:
        date_day = date(2021, 3, 4)
        published = date(2021, 3, 4)
        date_precision = "day"
        date_text = None

    assert not linker.own_date(Row())
    Row.date_text = "on Thursday"
    assert linker.own_date(Row())


def test_district_of_reads_the_three_ways_of_saying_it() -> None:
    assert linker.district_of("a blast in the Eastgate district of Marlow Town", "Eastgate") == "Marlow Town"
    assert linker.district_of("Eastgate, a busy neighbourhood of Marlow, was shut.", "Eastgate") == "Marlow"
    assert linker.district_of("Police sealed off Marlow's Eastgate quarter.", "Eastgate") == "Marlow"
    assert linker.district_of("troops entered the Eastgate district at dawn", "Eastgate") is True
    assert linker.district_of("a blast in Eastgate on Monday", "Eastgate") is None


def test_statements_of_one_day_are_one_event_per_speaker(store: Store) -> None:
    first = "Minister Mara Voss of Quessland condemned the raid on Tuesday."
    second = "Voss said the border would stay shut."
    third = "Quessland also accused its neighbour of sheltering the raiders."
    text = f"{first} {second} {third}"
    builder = ExtractionBuilder("brief", text, outlet="Coast Courier", published=date(2021, 3, 3))
    voss = builder.entity("Mara Voss", "PERSON", aliases=["Voss"])
    state = builder.entity("Quessland", "PLACE", country="QQ")
    builder.event("statement", first, date="2021-03-02", actors=[voss, state])
    builder.event("statement", second, date="2021-03-02", actors=[voss])
    builder.event("statement", third, date="2021-03-02", actors=[state])
    store.ingest([builder.build()])
    (minister, again, country) = _rows(store, "brief")
    assert minister[1] == again[1]  # the same speaker on the same day
    assert country[1] != minister[1]  # the state's own accusation: another speaker


PROVINCE = place("Upper Marsh", kind="admin", country="QQ")
TOLLGATE = place("Tollgate", country="QQ", admin1="Upper Marsh", lat=20.0, lon=40.0)


def test_a_siege_told_over_two_days_joins_a_later_outlets_report_of_the_province(store: Store) -> None:
    start = "Gunmen of the Reed Army seized a bus at Tollgate on Monday."
    end = "Troops ended the siege in Upper Marsh on Tuesday after a day of talks."
    first = ExtractionBuilder("herald", f"{start} {end}", outlet="Marsh Herald", published=date(2022, 9, 7))
    army = first.entity("Reed Army", "ORG")
    first.event("attack", start, date="2022-09-05", at=TOLLGATE, actors=[army])
    first.event("attack", end, date="2022-09-06", at=PROVINCE, actors=[army])
    later_text = (
        "The Reed Army's seizure of a bus in Upper Marsh left 12 passengers dead, officials said on Friday."
    )
    later = ExtractionBuilder("daily", later_text, outlet="Plains Daily", published=date(2022, 9, 10))
    army2 = later.entity("Reed Army", "ORG")
    later.event("attack", later_text, date="2022-09-09", at=PROVINCE, actors=[army2], killed=12)
    store.ingest([first.build()])
    store.ingest([later.build()])
    ids = {event_id for _, event_id, _ in _rows(store, "herald") + _rows(store, "daily")}
    assert len(ids) == 1


def _pending_row(report_id: str, targets: list[str], actors: list[str]) -> dict[str, object]:
    row: dict[str, object] = {
        "id": report_id,
        "doc_id": "batch-doc",
        "doc_version": 1,
        "local_id": report_id,
        "type": "visit",
        "trigger": "visit",
        "date_iso": "2021-03-05",
        "date_precision": "day",
        "date_text": "on Friday",
        "date_day": date(2021, 3, 5),
        "published": date(2021, 3, 6),
        "evidence_id": "evidence-one-sentence",
        "actors": actors,
        "targets": targets,
        "superseded": False,
    }
    for name in ("place_name", "place_kind", "country", "admin1", "lat", "lon"):
        row[name] = None
    for name in ("killed", "injured", "missing", "attackers_killed"):
        row[name] = None
    return row


def test_a_repeat_is_caught_before_the_first_report_is_written(store: Store) -> None:
    """A writer that inserts a document's reports only after linking them all still keeps one."""
    from nexus.store.aggregates import Aggregates, EventInfo

    cache = Aggregates()
    first = _pending_row("r1", [], ["envoy"])
    second = _pending_row("r2", ["the capital"], ["envoy"])
    with store.engine.begin() as connection:
        one = linker.link_event(connection, first, frozenset({"entity-envoy"}), overrides=[], cache=cache)
        cache.events[one] = EventInfo()  # the event as note_report keeps it, its report not yet written
        linker.note_report(connection, first, frozenset({"entity-envoy"}), cache)
        two = linker.link_event(connection, second, frozenset({"entity-envoy"}), overrides=[], cache=cache)
    assert one == two
    assert first["superseded"] is True and second["superseded"] is False  # the fuller one stays

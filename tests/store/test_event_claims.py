"""Claims of responsibility told by several outlets: one dated by its text, one only by the day it
was published. They are one claim, dated by the text, not by the later publication day."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from nexus.model import Place
from nexus.store import Store
from nexus.store.samples import ExtractionBuilder, place
from nexus.store.schema import event_reports, events

DUNMORE = place("Dunmore", country="QQ", admin1="Hills", lat=-5.0, lon=20.0)


def claim(doc_id: str, text: str, published: date, *, day: str, outlet: str) -> ExtractionBuilder:
    builder = ExtractionBuilder(doc_id, text, outlet=outlet, published=published)
    group = builder.entity("Ash Brigade", "ORG")
    builder.event("claim", text, date=day, at=DUNMORE, actors=[group])
    return builder


def test_a_claim_dated_only_by_publication_joins_the_claim_dated_by_its_text(store: Store) -> None:
    told = claim(
        "first",
        "The Ash Brigade claimed Monday's bombing in Dunmore in a statement that evening.",
        date(2022, 3, 8),
        day="2022-03-07",
        outlet="Hill Times",
    )
    late = ExtractionBuilder(
        "second",
        "The Ash Brigade has claimed responsibility for the blast in Dunmore.",
        outlet="Plains Wire",
        published=date(2022, 3, 11),
    )
    group = late.entity("Ash Brigade", "ORG")
    # No day in the sentence: the extractor dates it by the publication day, with no date text.
    late.event("claim", late.document.text, date="2022-03-11", at=DUNMORE, actors=[group])
    store.ingest([told.build(), late.build()])
    with store.connect() as connection:
        ids = set(connection.execute(select(event_reports.c.event_id)).scalars())
        assert len(ids) == 1
        row = connection.execute(select(events.c.date_iso, events.c.n_sources)).one()
    assert (row.date_iso, row.n_sources) == ("2022-03-07", 2)


def test_two_claims_dated_by_their_text_a_week_apart_stay_two(store: Store) -> None:
    first = claim(
        "a",
        "The Ash Brigade claimed Monday's bombing in Dunmore.",
        date(2022, 3, 8),
        day="2022-03-07",
        outlet="X",
    )
    second = claim(
        "b",
        "The Ash Brigade claimed Tuesday's ambush near Dunmore in a new message.",
        date(2022, 3, 16),
        day="2022-03-15",
        outlet="Y",
    )
    store.ingest([first.build(), second.build()])
    with store.connect() as connection:
        assert len(set(connection.execute(select(event_reports.c.event_id)).scalars())) == 2


def _attack_then(store: Store, later: ExtractionBuilder) -> tuple[str, str]:
    """An ambush near Dunmore on Monday 2022-03-07 (ingested first), then ``later``: the ambush's
    event id and that of ``later``'s last attack report."""
    lead = "Militants ambushed an army convoy near Dunmore on Monday, killing 9 soldiers."
    first = ExtractionBuilder("ambush", lead, outlet="Hill Times", published=date(2022, 3, 8))
    first.event("attack", lead, date="2022-03-07", at=DUNMORE, killed=9, targets=["army convoy"])
    _date_texts(first, "on Monday")
    store.ingest([first.build(), later.build()])
    with store.connect() as connection:
        rows = connection.execute(
            select(event_reports.c.doc_id, event_reports.c.event_id)
            .where(event_reports.c.type == "attack")
            .order_by(event_reports.c.local_id)
        ).all()
    return next(e for d, e in rows if d == "ambush"), [e for d, e in rows if d != "ambush"][-1]


def _date_texts(builder: ExtractionBuilder, words: str) -> None:
    """Give the builder's dated events the date expression ``words``."""
    for event in builder.events:
        if event.date is not None:
            event.date = event.date.model_copy(update={"text": words})


def _claimed_at(where: Place) -> ExtractionBuilder:
    text = "The Ash Brigade on Tuesday claimed an ambush on a convoy 'near Tarnholm, in the Ash hills'."
    builder = ExtractionBuilder("claim", text, outlet="Plains Wire", published=date(2022, 3, 9))
    group = builder.entity("Ash Brigade", "ORG")
    builder.event("claim", text, date="2022-03-08", at=where, actors=[group])
    builder.event("attack", text, date="2022-03-08", at=where, actors=[group], targets=["convoy"])
    _date_texts(builder, "on Tuesday")
    return builder


def test_an_attack_claimed_at_a_place_no_gazetteer_knows_joins_the_attack(store: Store) -> None:
    # The group's own name for the place, with no position and no country: it ties to no place.
    ambush, claimed = _attack_then(store, _claimed_at(place("Tarnholm")))
    assert claimed == ambush


def test_an_attack_claimed_at_a_known_place_far_off_stays_apart(store: Store) -> None:
    far = place("Tarnholm", country="QQ", admin1="Coast", lat=-9.0, lon=24.0)
    ambush, claimed = _attack_then(store, _claimed_at(far))
    assert claimed != ambush


def test_a_claimants_count_is_stored_as_such_and_is_not_the_latest_toll(store_url: str) -> None:
    import nexus
    from nexus.model import Count

    first = ExtractionBuilder(
        "early",
        "Gunmen killed 12 people in Dunmore on Monday.",
        outlet="Hill Times",
        published=date(2022, 3, 8),
    )
    first.event("attack", first.document.text, date="2022-03-07", at=DUNMORE, killed=12)
    boast = ExtractionBuilder(
        "boast",
        "The Ash Brigade said on Wednesday its fighters had raided Dunmore on Monday and killed 40 of them.",
        outlet="Claims Digest",
        published=date(2022, 3, 9),
    )
    group = boast.entity("Ash Brigade", "ORG")
    boast.event(
        "attack",
        boast.document.text,
        date="2022-03-07",
        at=DUNMORE,
        actors=[group],
        killed=Count(value=40, claimed=True),
    )
    later = ExtractionBuilder(
        "later",
        "The toll of Monday's raid on Dunmore rose to 19.",
        outlet="Plains Wire",
        published=date(2022, 3, 10),
    )
    later.event("attack", later.document.text, date="2022-03-07", at=DUNMORE, killed=19)
    with nexus.open(store_url) as kb:
        kb.store.ingest([first.build(), boast.build(), later.build()])
        with kb.store.connect() as connection:
            stored = dict(
                connection.execute(select(event_reports.c.doc_id, event_reports.c.claimed_figures)).all()
            )
        (event,) = kb.events(type="attack")
    assert stored == {"early": None, "boast": ["killed"], "later": None}
    summary = event.figures["killed"]
    assert summary.latest.value == 19 and 40 in summary.values

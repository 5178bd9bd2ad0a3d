"""One incident told by several outlets over several days is one KB event; near misses stay apart.

Reports are built by hand (``ExtractionBuilder``) in the shapes the extractor gives them: a
claim sentence gives a claim and the claimed attack, both dated by the claim; a follow-up
dates its higher toll by the day the toll was given; a sentence tells a new happening and
recalls an earlier one in passing. Invented places in an invented country (``QQ``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from nexus.model import Extraction
from nexus.store import Store
from nexus.store.linker import district_of, located_by
from nexus.store.samples import ExtractionBuilder, place
from nexus.store.schema import event_reports, events

#: Two towns of one admin area about 28 km apart, and the admin area itself.
MARROW = place("Marrowby", country="QQ", admin1="Kessa", lat=7.00, lon=3.00)
TULLEN = place("Tullen", country="QQ", admin1="Kessa", lat=7.25, lon=3.02)
KESSA_STATE = place("Kessa State", kind="admin", country="QQ")


def _dated(extraction: Extraction, texts: dict[int, str]) -> Extraction:
    """Give the extraction's events (by index) the date expressions the extractor would keep."""
    for index, text in texts.items():
        dated = extraction.events[index].date
        assert dated is not None
        extraction.events[index].date = dated.model_copy(update={"text": text})
    return extraction


def _reports(store: Store) -> dict[str, Any]:
    with store.connect() as connection:
        rows = connection.execute(select(event_reports).where(event_reports.c.superseded.is_(False))).all()
    return {f"{r.doc_id}/{r.type}": r for r in rows}


def _event(store: Store, event_id: str) -> Any:
    with store.connect() as connection:
        return connection.execute(select(events).where(events.c.id == event_id)).one()


def test_a_claim_two_days_on_joins_the_attack_it_claims_and_stays_a_claim_of_its_own(store: Store) -> None:
    wire = ExtractionBuilder(
        "wire", "Raiders shot dead eleven herders near Marrowby on Monday.", published=date(2024, 2, 5)
    )
    wire.event("attack", wire.document.text, date="2024-02-05", at=MARROW, killed=11, targets=["herders"])
    text = (
        "The Grey Banner claimed responsibility on Wednesday for the raid on the cattle camp near Marrowby."
    )
    claim = ExtractionBuilder("claim", text, published=date(2024, 2, 8))
    group = claim.entity("Grey Banner", "ORG")
    claim.event("claim", text, date="2024-02-07", at=MARROW, actors=[group], targets=["responsibility"])
    claim.event("attack", text, date="2024-02-07", at=MARROW, actors=[group], targets=["cattle camp"])
    store.ingest(
        [
            _dated(wire.build(), {0: "on Monday"}),
            _dated(claim.build(), {0: "on Wednesday", 1: "on Wednesday"}),
        ]
    )
    reports = _reports(store)
    attack, claimed, claiming = reports["wire/attack"], reports["claim/attack"], reports["claim/claim"]
    assert claimed.event_id == attack.event_id  # the claimed raid is the Monday raid
    assert claiming.event_id != attack.event_id  # the claim is linked, not merged
    assert claimed.resolution["claimed_by"] == claiming.event_id
    assert claimed.resolution["reported_date"]["iso"] == "2024-02-07"  # kept for export
    assert _event(store, attack.event_id).date_iso == "2024-02-05"  # the claim's day sets nothing


def test_a_claim_a_week_on_does_not_join_an_older_attack_of_the_town(store: Store) -> None:
    wire = ExtractionBuilder("wire", "Raiders shot dead eleven herders near Marrowby on Monday.")
    wire.document.published = date(2024, 2, 5)
    wire.event("attack", wire.document.text, date="2024-02-05", at=MARROW, killed=11)
    text = "The Grey Banner claimed responsibility on Tuesday for an ambush near Marrowby."
    claim = ExtractionBuilder("claim", text, published=date(2024, 2, 13))
    group = claim.entity("Grey Banner", "ORG")
    claim.event("claim", text, date="2024-02-13", at=MARROW, actors=[group])
    claim.event("attack", text, date="2024-02-13", at=MARROW, actors=[group])
    store.ingest(
        [_dated(wire.build(), {0: "on Monday"}), _dated(claim.build(), {0: "on Tuesday", 1: "on Tuesday"})]
    )
    reports = _reports(store)
    assert reports["claim/attack"].event_id != reports["wire/attack"].event_id


def test_raised_tolls_dated_when_they_were_given_keep_the_incident_s_own_day(store: Store) -> None:
    first = ExtractionBuilder(
        "first",
        "A bomb tore through a bus depot in Tullen on Thursday, killing 9.",
        published=date(2024, 6, 6),
    )
    first.event("attack", first.document.text, date="2024-06-06", at=TULLEN, killed=9, method="explosives")
    later = []
    for doc_id, day, killed in (("second", 8, 17), ("third", 8, 21)):
        text = f"The toll from the depot bombing in Tullen rose to {killed}, the governor said on Saturday."
        builder = ExtractionBuilder(doc_id, text, published=date(2024, 6, day), outlet=doc_id)
        builder.event("attack", text, date=f"2024-06-{day:02d}", at=TULLEN, killed=killed, targets=["depot"])
        later.append(_dated(builder.build(), {0: "on Saturday"}))
    store.ingest([_dated(first.build(), {0: "on Thursday"}), *later])
    reports = _reports(store)
    ids = {reports[f"{d}/attack"].event_id for d in ("first", "second", "third")}
    assert len(ids) == 1
    event = _event(store, ids.pop())
    assert event.date_iso == "2024-06-06"  # two later counts dated Saturday do not outvote it
    assert reports["third/attack"].resolution["dated_by"] == "later count"


def test_a_new_shelling_told_beside_the_bombing_it_followed_is_its_own_event(store: Store) -> None:
    wire = ExtractionBuilder(
        "wire",
        "A truck bomb exploded at the gate of the Marrowby grain store on Friday.",
        published=date(2024, 9, 6),
    )
    wire.event(
        "attack", wire.document.text, date="2024-09-06", at=MARROW, method="explosives", targets=["gate"]
    )
    text = "Rockets fell on the barracks of Marrowby late on Friday, hours after the grain store bombing."
    local = ExtractionBuilder("local", text, published=date(2024, 9, 7))
    # the extractor gives the sentence's own happening first, the recalled one after it
    local.event("attack", text, date="2024-09-06", at=MARROW)
    local.event("attack", text, at=MARROW, targets=["grain store"])
    extraction = _dated(local.build(), {0: "on Friday"})
    extraction.events[0].trigger = "fell"
    extraction.events[1].trigger = "bombing"
    wire_extraction = _dated(wire.build(), {0: "on Friday"})
    wire_extraction.events[0].trigger = "exploded"
    store.ingest([wire_extraction])
    store.ingest([extraction])
    with store.connect() as connection:
        rows = connection.execute(
            select(event_reports).where(event_reports.c.doc_id == "local").order_by(event_reports.c.local_id)
        ).all()
        bombing = connection.execute(select(event_reports.c.event_id).where(event_reports.c.doc_id == "wire"))
        bombing_id = bombing.scalar_one()
    rockets, recalled = rows
    assert recalled.resolution["kind"] == "mention" and recalled.event_id == bombing_id
    assert rockets.event_id != bombing_id and not rockets.superseded


def test_a_report_placed_in_the_state_joins_the_town_filed_under_it(store: Store) -> None:
    town = ExtractionBuilder(
        "town", "Gunmen killed six farmers near Tullen on Sunday.", published=date(2024, 4, 14)
    )
    group = town.entity("Grey Banner", "ORG")
    town.event("attack", town.document.text, date="2024-04-14", at=TULLEN, killed=6, actors=[group])
    text = "The death toll from Sunday's attack on farmers in Kessa State has risen to 13."
    state = ExtractionBuilder("state", text, published=date(2024, 4, 15))
    group = state.entity("Grey Banner", "ORG")
    state.event("attack", text, date="2024-04-14", at=KESSA_STATE, killed=13, actors=[group])
    store.ingest([_dated(town.build(), {0: "on Sunday"}), _dated(state.build(), {0: "Sunday's"})])
    reports = _reports(store)
    assert reports["state/attack"].event_id == reports["town/attack"].event_id


def test_two_attacks_of_one_state_and_day_in_two_towns_stay_two(store: Store) -> None:
    one = ExtractionBuilder(
        "one", "A suicide bomber killed eight people at a fish market in Marrowby on Saturday."
    )
    one.document.published = date(2024, 5, 11)
    one.event("attack", one.document.text, date="2024-05-11", at=MARROW, killed=8, targets=["fish market"])
    two = ExtractionBuilder(
        "two", "Insurgents stormed an army base in Tullen on Saturday, killing five soldiers."
    )
    two.document.published = date(2024, 5, 12)
    group = two.entity("Grey Banner", "ORG")
    two.event(
        "attack",
        two.document.text,
        date="2024-05-11",
        at=TULLEN,
        killed=5,
        actors=[group],
        targets=["army base"],
    )
    store.ingest([_dated(one.build(), {0: "on Saturday"}), _dated(two.build(), {0: "on Saturday"})])
    reports = _reports(store)
    assert reports["one/attack"].event_id != reports["two/attack"].event_id


def test_two_roadside_bombs_of_one_town_a_week_apart_stay_two(store: Store) -> None:
    built = []
    for doc_id, day, killed in (("first", 3, 4), ("second", 10, 6)):
        text = f"A roadside bomb killed {killed} travellers near Tullen on Monday."
        builder = ExtractionBuilder(doc_id, text, published=date(2024, 6, day))
        builder.event(
            "attack", text, date=f"2024-06-{day:02d}", at=TULLEN, killed=killed, method="explosives"
        )
        built.append(_dated(builder.build(), {0: "on Monday"}))
    store.ingest(built)
    reports = _reports(store)
    assert reports["first/attack"].event_id != reports["second/attack"].event_id


def test_located_by_reads_the_town_a_sentence_puts_an_unknown_place_by() -> None:
    assert located_by("Raiders burned the hamlet of Oskel near Tullen overnight.", "Oskel") == "Tullen"
    assert located_by("Oskel, a village in Marrowby district, was emptied.", "Oskel") == "Marrowby"
    text = "A patrol was ambushed at Oskel, in the Dry Fork area, 25 km north-east of the town of Tullen."
    assert located_by(text, "Oskel") == "Tullen"
    assert located_by("Oskel was attacked on Friday.", "Oskel") is None
    assert located_by("Oskel was hit. Later, north of Tullen, more fighting.", "Oskel") is None


def test_an_unknown_village_the_sentence_places_by_a_town_joins_that_town_s_incident(store: Store) -> None:
    town = ExtractionBuilder(
        "town", "Bandits killed four traders near Tullen on Friday.", published=date(2024, 7, 5)
    )
    town.event("attack", town.document.text, date="2024-07-05", at=TULLEN, killed=4)
    text = "Bandits stormed the village of Oskel near Tullen late on Friday, killing seven traders."
    village = ExtractionBuilder("village", text, published=date(2024, 7, 6))
    village.event("attack", text, date="2024-07-05", at=place("Oskel", country="QQ"), killed=7)
    store.ingest([_dated(town.build(), {0: "on Friday"}), _dated(village.build(), {0: "on Friday"})])
    reports = _reports(store)
    assert reports["village/attack"].event_id == reports["town/attack"].event_id


def test_an_unknown_village_of_another_town_stays_apart(store: Store) -> None:
    town = ExtractionBuilder(
        "town", "Bandits killed four traders near Tullen on Friday.", published=date(2024, 7, 5)
    )
    town.event("attack", town.document.text, date="2024-07-05", at=TULLEN, killed=4)
    text = "Bandits stormed the village of Oskel near Brannock late on Friday, killing seven traders."
    village = ExtractionBuilder("village", text, published=date(2024, 7, 6))
    village.event("attack", text, date="2024-07-05", at=place("Oskel", country="QQ"), killed=7)
    store.ingest([_dated(town.build(), {0: "on Friday"}), _dated(village.build(), {0: "on Friday"})])
    reports = _reports(store)
    assert reports["village/attack"].event_id != reports["town/attack"].event_id


def test_a_claim_is_linked_to_the_attack_of_its_document_and_to_one_told_elsewhere(store: Store) -> None:
    first, second = "Gunmen overran a police post in Marrowby on Sunday.", "The Grey Banner claimed it."
    own = ExtractionBuilder("own", f"{first} {second}", published=date(2024, 8, 4))
    group = own.entity("Grey Banner", "ORG")
    own.event("attack", first, date="2024-08-04", at=MARROW, targets=["police post"])
    own.event("claim", second, date="2024-08-04", at=MARROW, actors=[group])
    text = "The Grey Banner said on Monday its fighters had overrun the post in Marrowby."
    later = ExtractionBuilder("later", text, published=date(2024, 8, 5))
    group = later.entity("Grey Banner", "ORG")
    later.event("claim", text, date="2024-08-05", at=MARROW, actors=[group])
    store.ingest([_dated(own.build(), {0: "on Sunday"}), _dated(later.build(), {0: "on Monday"})])
    reports = _reports(store)
    attack = reports["own/attack"].event_id
    assert reports["own/claim"].resolution["claims"] == attack
    assert reports["later/claim"].resolution["claims"] == attack
    assert reports["later/claim"].event_id != attack


def test_located_by_reads_described_settlements_and_distances_from_a_town() -> None:
    assert located_by("Oskel, a small farming commune of Tullen district, was raided.", "Oskel") == "Tullen"
    assert located_by("The raid on Oskel, some 35 km from Tullen, left six dead.", "Oskel") == "Tullen"
    assert located_by("Oskel, a remote township near Tullen, was shelled.", "Oskel") == "Tullen"
    assert located_by("Oskel lost 35 men in the war with Tullen.", "Oskel") is None


def test_a_claim_naming_only_the_village_joins_the_incident_its_town_report_holds(store: Store) -> None:
    town = ExtractionBuilder(
        "town", "Gunmen killed five herders near Tullen on Friday.", published=date(2024, 7, 5)
    )
    town.event("attack", town.document.text, date="2024-07-05", at=TULLEN, killed=5)
    text = "Gunmen raided Oskel, a rural commune some 30 km from Tullen, on Friday, killing twelve herders."
    village = ExtractionBuilder("village", text, published=date(2024, 7, 6))
    village.event("attack", text, date="2024-07-05", at=place("Oskel", country="QQ"), killed=12)
    claimed = "The Grey Banner said its fighters attacked Oskel on Friday."
    claim = ExtractionBuilder("claim", claimed, published=date(2024, 7, 8))
    group = claim.entity("Grey Banner", "ORG")
    claim.event("attack", claimed, date="2024-07-05", at=place("Oskel", country="QQ"), actors=[group])
    store.ingest(
        [
            _dated(town.build(), {0: "on Friday"}),
            _dated(village.build(), {0: "on Friday"}),
            _dated(claim.build(), {0: "on Friday"}),
        ]
    )
    reports = _reports(store)
    assert reports["village/attack"].event_id == reports["town/attack"].event_id
    assert reports["claim/attack"].event_id == reports["town/attack"].event_id
    assert reports["village/attack"].resolution["within"] == "Tullen"


def test_a_district_of_a_region_is_no_part_of_a_city() -> None:
    assert (
        district_of("Troops were ambushed in the Oskel district of Kessa and Varn on Monday.", "Oskel")
        is None
    )
    assert district_of("Troops were ambushed in the Oskel district of Kessa State.", "Oskel") is None
    assert district_of("Shops burned in the Oskel district of Tullen overnight.", "Oskel") == "Tullen"


def test_a_shelling_told_as_military_action_by_a_second_outlet_joins_the_attack(store: Store) -> None:
    first = ExtractionBuilder(
        "attack",
        "Shells fired by the Grey Banner killed 7 people in Marrowby on Friday.",
        published=date(2024, 6, 7),
    )
    group = first.entity("Grey Banner", "ORG")
    first.event(
        "attack",
        first.document.text,
        date="2024-06-07",
        at=MARROW,
        killed=7,
        actors=[group],
        method="artillery",
    )
    text = "The toll of Friday's bombardment of Marrowby has risen to 12, a hospital said."
    second = ExtractionBuilder("bombardment", text, published=date(2024, 6, 8))
    second.event("military_action", text, date="2024-06-07", at=MARROW, killed=12, method="artillery")
    store.ingest([_dated(first.build(), {0: "on Friday"}), _dated(second.build(), {0: "Friday's"})])
    reports = _reports(store)
    event_id = reports["attack/attack"].event_id
    assert reports["bombardment/military_action"].event_id == event_id
    with store.connect() as connection:
        kind = connection.execute(select(events.c.type).where(events.c.id == event_id)).scalar_one()
    assert kind == "attack"  # the type of the report that names the actor


def _province_and_hamlet(*, named_in_province_report: bool) -> list[Extraction]:
    """A report placed only in Kessa State whose document may name the hamlet Ostrel (no gazetteer
    knows it), and a second outlet's report of the raid on Ostrel with a higher toll."""
    text = "Raiders killed nine villagers in an attack in Kessa State on Monday, officials said."
    if named_in_province_report:
        text += " The raiders rode into Ostrel at dawn and burned the granary."
    region = ExtractionBuilder("province", text, published=date(2024, 9, 2))
    if named_in_province_report:
        region.entity("Ostrel", "PLACE", at=place("Ostrel"))
    region.event("attack", text.split(".")[0] + ".", date="2024-09-02", at=KESSA_STATE, killed=9)
    later = "The toll of Monday's raid on the hamlet of Ostrel has risen to 17, a nurse said."
    hamlet = ExtractionBuilder("hamlet", later, published=date(2024, 9, 3))
    hamlet.entity("Ostrel", "PLACE", at=place("Ostrel"))
    hamlet.event("attack", later, date="2024-09-02", at=place("Ostrel"), killed=17)
    return [_dated(region.build(), {0: "on Monday"}), _dated(hamlet.build(), {0: "Monday's"})]


def test_a_report_placed_in_a_province_joins_the_hamlet_its_document_names_there(store: Store) -> None:
    store.ingest(_province_and_hamlet(named_in_province_report=True))
    reports = _reports(store)
    assert reports["province/attack"].resolution["towns"] == ["Ostrel"]
    assert reports["hamlet/attack"].event_id == reports["province/attack"].event_id


def test_a_province_report_whose_document_names_no_hamlet_stays_apart_from_it(store: Store) -> None:
    store.ingest(_province_and_hamlet(named_in_province_report=False))
    reports = _reports(store)
    assert "towns" not in reports["province/attack"].resolution
    assert reports["hamlet/attack"].event_id != reports["province/attack"].event_id


def test_a_year_recalled_in_a_report_of_this_week_founds_its_event_as_background(store: Store) -> None:
    text = "Gunmen killed four guards at Marrowby on Tuesday. The insurgency has killed 900 since 2016."
    report = ExtractionBuilder("news", text, published=date(2024, 4, 3))
    report.event("attack", text.split(".")[0] + ".", date="2024-04-02", at=MARROW, killed=4)
    report.event(
        "attack", text.split(". ")[1], date="2016-01-01", precision="year", at=KESSA_STATE, killed=900
    )
    store.ingest([_dated(report.build(), {0: "on Tuesday", 1: "since 2016"})])
    with store.connect() as connection:
        rows = connection.execute(select(event_reports).order_by(event_reports.c.date_iso)).all()
    recalled, news = rows
    assert recalled.resolution["kind"] == "mention" and recalled.resolution["matched"] is None
    assert news.resolution["kind"] == "new"
    assert recalled.event_id != news.event_id


def test_a_hamlet_its_sentence_puts_in_a_province_joins_the_report_placed_in_the_province(
    store: Store,
) -> None:
    first = "Raiders killed nine villagers in an attack in Kessa State on Monday, officials said."
    region = ExtractionBuilder("province", first, published=date(2024, 9, 2))
    region.event("attack", first, date="2024-09-02", at=KESSA_STATE, killed=9)
    later = "The Grey Banner claimed Monday's raid on Ostrel in the northern Kessa State, where 17 died."
    hamlet = ExtractionBuilder("hamlet", later, published=date(2024, 9, 4))
    hamlet.event("attack", later, date="2024-09-02", at=place("Ostrel"), killed=17)
    store.ingest([_dated(region.build(), {0: "on Monday"}), _dated(hamlet.build(), {0: "Monday's"})])
    reports = _reports(store)
    assert reports["hamlet/attack"].resolution["regions"] == ["Kessa"]
    assert reports["hamlet/attack"].event_id == reports["province/attack"].event_id


def test_a_claim_told_before_the_attack_of_its_own_sentence_names_that_attack(store: Store) -> None:
    text = "The Grey Banner claimed responsibility on Tuesday for Sunday's raid on a police post in Marrowby."
    own = ExtractionBuilder("first", text, published=date(2024, 8, 6))
    group = own.entity("Grey Banner", "ORG")
    own.event("claim", text, date="2024-08-06", at=MARROW, actors=[group])
    own.event("attack", text, date="2024-08-04", at=MARROW, actors=[group], targets=["police post"])
    store.ingest([_dated(own.build(), {0: "on Tuesday", 1: "Sunday"})])
    reports = _reports(store)
    assert reports["first/claim"].resolution["claims"] == reports["first/attack"].event_id
    assert reports["first/claim"].event_id != reports["first/attack"].event_id


def test_the_attack_a_claim_report_retells_is_not_placed_at_the_claim_s_dateline(store: Store) -> None:
    first = "Seven guards were killed on Sunday when a bomb hit their lorry near Marrowby."
    lead = ExtractionBuilder("lead", first, published=date(2024, 8, 4))
    lead.event("attack", first, date="2024-08-04", at=MARROW, killed=7, method="explosives")
    text = (
        "The Grey Banner claimed responsibility on Wednesday for Sunday's bombing "
        "near a hamlet of the valley."
    )
    later = ExtractionBuilder("later", f"OSTREL, Aug 7 - {text}", published=date(2024, 8, 7))
    group = later.entity("Grey Banner", "ORG")
    capital = place("Ostrel", country="QQ", admin1="Varn", lat=8.6, lon=3.0)  # some 180 km away
    later.event("claim", text, date="2024-08-07", at=capital, actors=[group])
    later.event("attack", text, date="2024-08-04", at=capital, actors=[group], method="explosives")
    store.ingest([_dated(lead.build(), {0: "on Sunday"})])
    store.ingest([_dated(later.build(), {0: "on Wednesday", 1: "Sunday"})])
    reports = _reports(store)
    attack = reports["lead/attack"].event_id
    assert reports["later/attack"].event_id == attack
    assert reports["later/claim"].resolution["claims"] == attack


def _told_later(store: Store, words: str) -> tuple[str, str]:
    """A raid on a camp at Marrowby on Thursday 2024-06-06 told the next day, then an aid report of
    Monday 2024-06-10 dated by ``words`` (the extractor puts "last week" on the Monday before): the
    two reports' event ids."""
    first_text = "Gunmen killed 8 people at the displaced camp in Marrowby on Thursday, witnesses said."
    first = ExtractionBuilder("raid", first_text, outlet="Kessa Radio", published=date(2024, 6, 7))
    first.event("attack", first_text, date="2024-06-06", at=MARROW, killed=8, targets=["displaced camp"])
    later_text = f"About 2,000 people fled after militiamen killed 11 civilians at Marrowby {words}."
    later = ExtractionBuilder("aid", later_text, outlet="Relief Wire", published=date(2024, 6, 10))
    later.event("attack", later_text, date="2024-06-03", at=MARROW, killed=11, targets=["civilians"])
    store.ingest([_dated(first.build(), {0: "on Thursday"}), _dated(later.build(), {0: words})])
    with store.connect() as connection:
        found = dict(connection.execute(select(event_reports.c.doc_id, event_reports.c.event_id)).all())
    return found["raid"], found["aid"]


def test_a_day_put_on_last_week_is_scored_as_loosely_as_a_publication_day(store: Store) -> None:
    # "last week", told on a Monday, may be the Thursday before: three days from the day given.
    raid, aid = _told_later(store, "last week")
    assert raid == aid


def test_a_day_named_three_days_off_stays_apart(store: Store) -> None:
    raid, aid = _told_later(store, "on Monday")
    assert raid != aid

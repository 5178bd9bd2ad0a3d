"""What the store reads from a report's words for event identity across outlets: a division named
for its chief town ("in Velmar district") rather than the town, and a part of a city whose name a
gazetteer matched to a namesake far away."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select

from nexus.store import Store, linker
from nexus.store.samples import ExtractionBuilder, place
from nexus.store.schema import event_reports, events

#: The chief town of Velmar district, and a town of the district about 33 km from it.
VELMAR = place("Velmar", country="QQ", admin1="Upland", lat=20.0, lon=60.0)
OSTRIK = place("Ostrik", country="QQ", admin1="Upland", lat=20.3, lon=60.0)
#: A town of the district of Corvin: Velmar's neighbour, about 33 km from Velmar too.
HALDE = place("Halde", country="QQ", admin1="Upland", lat=19.7, lon=60.0)
BRENHOLT = place("Brenholt", country="QQ", admin1="Coast", lat=10.0, lon=30.0)
#: The gazetteer's pick for a quarter of Brenholt: a village of that name some 300 km away.
ASHGATE = place("Ashgate", country="QQ", admin1="Hills", lat=12.7, lon=30.0)


def _events(store: Store) -> dict[str, str]:
    with store.connect() as connection:
        rows = connection.execute(select(event_reports.c.doc_id, event_reports.c.event_id)).all()
    return {doc_id: event_id for doc_id, event_id in rows}


def test_a_division_named_for_its_town_holds_a_town_nearby(store: Store) -> None:
    lead = "Militants ambushed an army convoy in Velmar district on Monday, killing 6 soldiers."
    other = "Six soldiers died when their convoy was ambushed near Ostrik on Monday, officials said."
    first = ExtractionBuilder("first", lead, outlet="Upland Times", published=date(2024, 5, 7))
    first.event("attack", lead, date="2024-05-06", at=VELMAR, killed=6, targets=["army convoy"])
    second = ExtractionBuilder("second", other, outlet="Wire", published=date(2024, 5, 7))
    second.event("attack", other, date="2024-05-06", at=OSTRIK, killed=6, targets=["convoy"])
    store.ingest([first.build(), second.build()])
    found = _events(store)
    assert found["first"] == found["second"]
    with store.connect() as connection:
        resolution = connection.execute(
            select(event_reports.c.resolution).where(event_reports.c.doc_id == "first")
        ).scalar_one()
        place_name = connection.execute(select(events.c.place_name)).scalar_one()
    resolution = resolution if isinstance(resolution, dict) else json.loads(resolution)
    assert resolution.get("region") is True
    assert place_name == "Ostrik"  # the town is more specific than the division


def test_a_town_told_as_a_town_is_not_a_division(store: Store) -> None:
    # Without "district" the chief town is the town itself: a town 33 km away is another place.
    lead = "Militants ambushed an army convoy in Velmar on Monday, killing 6 soldiers."
    other = "Gunmen shot dead two traders at a market in Halde on Monday, police said."
    first = ExtractionBuilder("first", lead, outlet="Upland Times", published=date(2024, 5, 7))
    first.event("attack", lead, date="2024-05-06", at=VELMAR, killed=6, targets=["army convoy"])
    second = ExtractionBuilder("second", other, outlet="Wire", published=date(2024, 5, 7))
    second.event("attack", other, date="2024-05-06", at=HALDE, killed=2, targets=["market"])
    store.ingest([first.build(), second.build()])
    found = _events(store)
    assert found["first"] != found["second"]


def test_a_quarter_matched_to_a_far_namesake_does_not_move_its_event(store: Store) -> None:
    lead = "Gunmen opened fire in a tavern in Brenholt late on Sunday, killing 5 people."
    later = "The shooting at a tavern in the Ashgate neighbourhood of Brenholt has left 7 dead."
    last = "Prosecutors said the toll of Sunday's tavern shooting in Brenholt had reached 8."
    first = ExtractionBuilder("lead", lead, outlet="Coast Daily", published=date(2024, 6, 3))
    first.event("attack", lead, date="2024-06-02", at=BRENHOLT, killed=5)
    second = ExtractionBuilder("later", later, outlet="Night Desk", published=date(2024, 6, 3))
    second.event("attack", later, date="2024-06-03", at=ASHGATE, killed=7, targets=["tavern"])
    third = ExtractionBuilder("last", last, outlet="Prosecutor", published=date(2024, 6, 4))
    third.event("attack", last, date="2024-06-02", at=BRENHOLT, killed=8, targets=["tavern shooting"])
    store.ingest([first.build(), second.build(), third.build()])
    found = _events(store)
    assert found["lead"] == found["later"] == found["last"]
    with store.connect() as connection:
        row = connection.execute(select(events.c.place_name, events.c.lat)).one()
    assert (row.place_name, row.lat) == ("Brenholt", 10.0)


def test_a_district_of_a_countrys_province_is_no_part_of_a_city() -> None:
    sentence = "Gunmen stopped a bus in Kelm district of Ostria's northern Upland province on Friday."
    assert linker.district_of(sentence, "Kelm") is None
    assert linker.region_named(sentence, "Kelm")


def test_a_bare_district_name_is_a_division_and_the_district_a_part_of_a_city() -> None:
    assert linker.region_named("Troops raided a hideout in Velmar district.", "Velmar", bare=True)
    assert not linker.region_named("Troops raided a hideout in the Velmar district.", "Velmar", bare=True)
    assert not linker.region_named("Troops raided a hideout in Velmar on Monday.", "Velmar")


def _with_date_texts(builder: ExtractionBuilder, texts: dict[str, str]) -> ExtractionBuilder:
    """The builder's events with the date expressions the text gives (local id -> words)."""
    for event in builder.events:
        if event.id in texts and event.date is not None:
            event.date = event.date.model_copy(update={"text": texts[event.id]})
    return builder


def _resolutions(store: Store, doc_id: str) -> list[tuple[str, str, dict[str, object]]]:
    with store.connect() as connection:
        rows = connection.execute(
            select(event_reports.c.local_id, event_reports.c.event_id, event_reports.c.resolution)
            .where(event_reports.c.doc_id == doc_id)
            .order_by(event_reports.c.local_id)
        ).all()
    return [(r[0], r[1], r[2] if isinstance(r[2], dict) else json.loads(r[2])) for r in rows]


def test_an_older_attack_recalled_beside_a_new_one_is_background_to_its_event(store: Store) -> None:
    bomb = "A roadside bomb killed 2 rangers on a road outside Velmar on Tuesday, police said."
    news = (
        "Gunmen shot dead 3 farmers at a well near Velmar on Monday, "
        "a week after a roadside bomb killed 2 rangers outside the town."
    )
    first = ExtractionBuilder("bomb", bomb, outlet="Upland Times", published=date(2024, 5, 7))
    first.event("attack", bomb, date="2024-05-07", at=VELMAR, killed=2, method="explosives")
    _with_date_texts(first, {"v1": "on Tuesday"})
    later = ExtractionBuilder("later", news, outlet="Wire", published=date(2024, 5, 14))
    later.event("attack", news, date="2024-05-13", at=VELMAR, killed=3, targets=["farmers"])
    later.event("attack", news, date="2024-05-07", at=VELMAR, killed=2, method="explosives")
    _with_date_texts(later, {"v1": "on Monday", "v2": "a week after a roadside bomb"})
    store.ingest([first.build(), later.build()])
    bomb_id = _resolutions(store, "bomb")[0][1]
    (shooting, shooting_id, _), (recalled, recalled_id, resolution) = _resolutions(store, "later")
    assert (shooting, recalled) == ("v1", "v2")
    assert recalled_id == bomb_id != shooting_id
    assert resolution["kind"] == "mention"
    with store.connect() as connection:
        day = connection.execute(select(events.c.date_iso).where(events.c.id == bomb_id)).scalar_one()
    assert day == "2024-05-07"


def test_a_follow_up_telling_only_the_older_attack_is_a_report_of_it(store: Store) -> None:
    # A week on, a report of the funerals alone: no newer happening beside it, so its toll counts.
    bomb = "A roadside bomb killed 2 rangers on a road outside Velmar on Tuesday, police said."
    funeral = "Rangers were buried on Monday; the roadside bomb outside Velmar on May 7 had killed 3 of them."
    first = ExtractionBuilder("bomb", bomb, outlet="Upland Times", published=date(2024, 5, 7))
    first.event("attack", bomb, date="2024-05-07", at=VELMAR, killed=2, method="explosives")
    _with_date_texts(first, {"v1": "on Tuesday"})
    later = ExtractionBuilder("funeral", funeral, outlet="Wire", published=date(2024, 5, 14))
    later.event("attack", funeral, date="2024-05-07", at=VELMAR, killed=3, method="explosives")
    _with_date_texts(later, {"v1": "on May 7"})
    store.ingest([first.build(), later.build()])
    ((_, event_id, resolution),) = _resolutions(store, "funeral")
    assert event_id == _resolutions(store, "bomb")[0][1]
    assert resolution["kind"] == "same"


def test_the_divisions_a_sentence_names_beside_a_place() -> None:
    sentence = "Militants fired on a truck near Kelmo village in Dastra tehsil of Velmor district on Sunday."
    assert linker.divisions_named(sentence, "Kelmo") == ("Dastra", "Velmor")
    assert linker.divisions_named("Militants fired on a truck near Kelmo on Sunday.", "Kelmo") == ()


def _recall_store(store: Store, recalled_at: dict[str, object], recalled_killed: int) -> str:
    """A shooting at Ostrik (ingested first) and a later document about an ambush near Velmar two days
    on that recalls the shooting in its last sentence; the recollection's event id."""
    shooting = "Gunmen killed 4 traders at the Ostrik cattle market on Tuesday, police said."
    news = (
        "Militants ambushed a patrol near Velmar on Thursday, killing 6 guards. "
        "The ambush came two days after gunmen killed 4 people in a town nearby."
    )
    first = ExtractionBuilder("shooting", shooting, outlet="Upland Times", published=date(2024, 5, 7))
    first.event("attack", shooting, date="2024-05-07", at=OSTRIK, killed=4, targets=["traders"])
    _with_date_texts(first, {"v1": "on Tuesday"})
    later = ExtractionBuilder("ambush", news, outlet="Wire", published=date(2024, 5, 9))
    later.event("attack", news, date="2024-05-09", at=VELMAR, killed=6, targets=["patrol"])
    later.event("attack", news, date="2024-05-07", at=recalled_at, killed=recalled_killed)
    _with_date_texts(later, {"v1": "on Thursday"})
    store.ingest([first.build(), later.build()])
    (_, ambush_id, _), (_, recalled_id, resolution) = _resolutions(store, "ambush")
    assert recalled_id != ambush_id
    return str(recalled_id) if resolution["kind"] == "mention" else f"new:{recalled_id}"


def test_an_attack_recalled_two_days_before_the_news_is_background_to_its_event(store: Store) -> None:
    # Told without a date phrase of its own, two days before its document's news: still a recollection.
    recalled = _recall_store(store, OSTRIK, 4)
    assert recalled == _resolutions(store, "shooting")[0][1]


def test_an_attack_recalled_loosely_does_not_join_a_near_miss(store: Store) -> None:
    # The recollection names another town some 20 km off: not clearly the Ostrik shooting, though a
    # report of its own with that day, toll and place would be scored one with it.
    # It founds an event of its own, as background (a mention): its document's news is the ambush.
    recalled = _recall_store(store, place("Brask", country="QQ", admin1="Upland", lat=20.48, lon=60.0), 4)
    assert not recalled.startswith("new:")
    assert recalled != _resolutions(store, "shooting")[0][1]


def test_a_neighbourhood_of_a_capital_named_by_its_adjective_is_a_district_of_an_unnamed_city() -> None:
    sentence = "Gangs stormed the Ashvale neighbourhood of the Ostlandic capital on Monday."
    assert linker.district_of(sentence, "Ashvale") is True
    assert linker.district_of("Gangs stormed the Ashvale neighbourhood of Brenholt.", "Ashvale") == "Brenholt"


def _placed_post(doc_id: str, lead: str, *, with_country: bool) -> ExtractionBuilder:
    """A report of an attack on Durvo, a place no gazetteer knows, its document naming Ostland's
    towns (``with_country``) or nothing else."""
    built = ExtractionBuilder(doc_id, lead, outlet="Border Wire", published=date(2025, 5, 5))
    if with_country:
        built.entity("KELMARA", "PLACE", at=place("Kelmara", country="QQ", lat=6.0, lon=2.0))
        built.entity("Ostland", "PLACE", at=place("Ostland", kind="country", country="QQ"))
    built.event("attack", lead, date="2025-05-04", at=place("Durvo"), killed=9, targets=["army post"])
    return built


def _ostland_toll(doc_id: str) -> ExtractionBuilder:
    later = "Twelve soldiers have now died after this week's attack in Ostland, the army said."
    built = ExtractionBuilder(doc_id, later, outlet="Capital Daily", published=date(2025, 5, 7))
    built.entity("Ostland", "PLACE", at=place("Ostland", kind="country", country="QQ"))
    built.event("attack", later, at=place("Ostland", kind="country", country="QQ"), killed=12)
    return built


def test_a_place_no_gazetteer_knows_lies_in_the_country_of_its_documents_places(store: Store) -> None:
    lead = "KELMARA - Gunmen attacked an army post at Durvo in Ostland on Sunday, killing 9 soldiers."
    store.ingest([_placed_post("post", lead, with_country=True).build(), _ostland_toll("toll").build()])
    found = _events(store)
    assert found["post"] == found["toll"]  # the country holds Durvo; the toll has risen since


def test_a_place_whose_document_names_no_country_stays_unplaced(store: Store) -> None:
    lead = "Gunmen attacked an army post at Durvo on Sunday, killing 9 soldiers."
    store.ingest([_placed_post("post", lead, with_country=False).build(), _ostland_toll("toll").build()])
    found = _events(store)
    assert found["post"] != found["toll"]


#: A region's chief town, which the gazetteer gives for the region's name, and a village of the
#: region some 130 km from it.
MARRO = place("Marro", country="QQ", admin1="Marro", lat=15.0, lon=5.0)
TESKEL = place("Teskel", country="QQ", admin1="Marro", lat=16.0, lon=5.6)


def _massacre_and_recount(recount: str) -> dict[str, str]:
    lead = "Gunmen on motorbikes killed 19 villagers in an attack on Teskel on Monday, officials said."
    return {"lead": lead, "recount": recount}


def test_a_region_named_for_its_chief_town_holds_a_village_of_it(store: Store) -> None:
    texts = _massacre_and_recount(
        "Rebels claimed on Thursday this week's massacre in Ruritania's Marro region, where 19 died."
    )
    first = ExtractionBuilder("lead", texts["lead"], outlet="Plains Wire", published=date(2024, 3, 5))
    first.event("attack", texts["lead"], date="2024-03-04", at=TESKEL, killed=19)
    second = ExtractionBuilder("recount", texts["recount"], outlet="Desert Post", published=date(2024, 3, 8))
    second.event("attack", texts["recount"], date="2024-03-04", at=MARRO, killed=19)
    store.ingest([first.build(), second.build()])
    found = _events(store)
    assert found["lead"] == found["recount"]


def test_the_chief_town_itself_stays_a_town(store: Store) -> None:
    # Without a region's noun the name is the town, 130 km from the village: another happening.
    texts = _massacre_and_recount("Gunmen killed 19 traders at the cattle market of Marro town on Monday.")
    first = ExtractionBuilder("lead", texts["lead"], outlet="Plains Wire", published=date(2024, 3, 5))
    first.event("attack", texts["lead"], date="2024-03-04", at=TESKEL, killed=19)
    second = ExtractionBuilder("recount", texts["recount"], outlet="Desert Post", published=date(2024, 3, 5))
    second.event("attack", texts["recount"], date="2024-03-04", at=MARRO, killed=19)
    store.ingest([first.build(), second.build()])
    found = _events(store)
    assert found["lead"] != found["recount"]


def test_wide_division_named_reads_the_noun_after_the_name() -> None:
    assert linker.wide_division_named("an attack in Ruritania's Marro region", "Marro")
    assert linker.wide_division_named("in Marro Province on Monday", "Marro")
    assert not linker.wide_division_named("in Marro town on Monday", "Marro")
    assert not linker.wide_division_named("a village of the Teskel region near Marro", "Marro")


def test_wide_division_named_reads_the_noun_of_the_name_before_it() -> None:
    assert linker.wide_division_named("gunmen in the northern Ruritanian state of Marro", "Marro")
    assert linker.wide_division_named("across the province of the Marro on Friday", "Marro")
    assert not linker.wide_division_named("in the city of Marro on Monday", "Marro")
    assert not linker.wide_division_named("the state of emergency in Marro", "Marro")


def test_a_region_written_as_the_state_of_its_chief_towns_name_holds_a_village_of_it(store: Store) -> None:
    texts = _massacre_and_recount("Gunmen killed 19 villagers in the eastern state of Marro on Monday.")
    first = ExtractionBuilder("lead", texts["lead"], outlet="Plains Wire", published=date(2024, 3, 5))
    first.event("attack", texts["lead"], date="2024-03-04", at=TESKEL, killed=19)
    second = ExtractionBuilder("recount", texts["recount"], outlet="Desert Post", published=date(2024, 3, 6))
    second.event("attack", texts["recount"], date="2024-03-04", at=MARRO, killed=19)
    store.ingest([first.build(), second.build()])
    found = _events(store)
    assert found["lead"] == found["recount"]


def test_a_town_cut_from_a_paired_division_name_joins_and_keeps_the_division(store: Store) -> None:
    # "Kelmar wa Ostrava" is a district named for two places; an outlet keeping only "Kelmar"
    # (no gazetteer entry) tells the same bombing, and the event keeps the placed district.
    lead = "A suicide bomber struck a mosque in the Kelmar wa Ostrava district on Friday, killing 11."
    later = "The toll from Friday's mosque bombing in Kelmar rose to 13, health officials said."
    district = place("Kelmar wa Ostrava", kind="admin", country="QQ", admin1="Upland")
    first = ExtractionBuilder("lead", lead, outlet="Upland Times", published=date(2024, 8, 2))
    first.event("attack", lead, date="2024-08-02", at=district, killed=11, targets=["mosque"])
    second = ExtractionBuilder("later", later, outlet="Wire", published=date(2024, 8, 3))
    second.event("attack", later, date="2024-08-02", at=place("Kelmar"), killed=13, targets=["mosque"])
    store.ingest([first.build(), second.build()])
    found = _events(store)
    assert found["lead"] == found["later"]
    with store.connect() as connection:
        place_name = connection.execute(select(events.c.place_name)).scalar_one()
    assert place_name == "Kelmar wa Ostrava"


def test_a_raid_recalled_beside_news_told_as_the_states_action_is_background(store: Store) -> None:
    # The sentence's news (militiamen shot dead, typed as military action) is of a kindred type:
    # the raid it recalls is still a recollection, not a second report of the stored raid.
    raid = "Insurgents raided Velmar on Tuesday and killed 9 civilians, officials said."
    news = (
        "Two militiamen were shot dead at a checkpoint near Velmar on Monday, "
        "a week after insurgents raided the town and killed 9 civilians."
    )
    first = ExtractionBuilder("raid", raid, outlet="Upland Times", published=date(2024, 5, 7))
    first.event("attack", raid, date="2024-05-07", at=VELMAR, killed=9, targets=["civilians"])
    _with_date_texts(first, {"v1": "on Tuesday"})
    later = ExtractionBuilder("checkpoint", news, outlet="Wire", published=date(2024, 5, 14))
    later.event("military_action", news, date="2024-05-13", at=VELMAR, killed=2, targets=["militiamen"])
    later.event("attack", news, date="2024-05-07", at=VELMAR, killed=9, targets=["civilians"])
    _with_date_texts(later, {"v1": "on Monday", "v2": "a week after insurgents"})
    store.ingest([first.build(), later.build()])
    raid_id = _resolutions(store, "raid")[0][1]
    (_, news_id, _), (_, recalled_id, resolution) = _resolutions(store, "checkpoint")
    assert recalled_id == raid_id != news_id
    assert resolution["kind"] == "mention"


def _arrest_store(store: Store, target: str) -> tuple[str, str, dict[str, object]]:
    """A grenade attack on a cafe in Velmar, then a report of arrests over 'last week's grenade
    attack on a <target>' that names no place; the recollection's (event id, stored attack id,
    resolution)."""
    blast = "A grenade thrown into a cafe in Velmar killed 5 people on Friday, police said."
    arrests = (
        "Police said on Thursday they had arrested three suspects over last week's grenade attack "
        f"on a {target} that killed 5 people."
    )
    first = ExtractionBuilder("blast", blast, outlet="Upland Times", published=date(2024, 6, 8))
    first.event("attack", blast, date="2024-06-07", at=VELMAR, killed=5, targets=["cafe"])
    _with_date_texts(first, {"v1": "on Friday"})
    later = ExtractionBuilder("arrests", arrests, outlet="Wire", published=date(2024, 6, 14))
    later.event("military_action", arrests, date="2024-06-13", targets=["suspects"])
    later.event("attack", arrests, date="2024-06-06", killed=5, targets=[target])
    _with_date_texts(later, {"v1": "on Thursday", "v2": "last week"})
    store.ingest([first.build(), later.build()])
    (_, recalled_id, resolution) = _resolutions(store, "arrests")[1]
    return recalled_id, _resolutions(store, "blast")[0][1], resolution


def test_an_unplaced_recollection_with_the_toll_and_target_is_background_to_the_attack(store: Store) -> None:
    recalled_id, blast_id, resolution = _arrest_store(store, "cafe")
    assert recalled_id == blast_id
    assert resolution["kind"] == "mention"


def test_an_unplaced_recollection_of_another_target_is_not_that_attack(store: Store) -> None:
    recalled_id, blast_id, _ = _arrest_store(store, "bus station")
    assert recalled_id != blast_id


#: A town of the next district, some 75 km east of Velmar and Ostrik.
DUNMARK = place("Dunmark", country="QQ", admin1="Upland", lat=20.1, lon=60.7)


def _beside_store(store: Store, second: str) -> tuple[str, str, dict[str, object]]:
    """A bus bombing near Ostrik (ingested first), then a document about a shooting near Dunmark the
    same day whose ``second`` sentence tells a bombing near Ostrik that day too: the bombing's event
    id, the shooting's, and the resolution of the second sentence's report."""
    bomb = "A roadside bomb tore through a bus near Ostrik on Tuesday, killing 5 passengers."
    first = ExtractionBuilder("bomb", bomb, outlet="Upland Times", published=date(2024, 5, 8))
    first.event("attack", bomb, date="2024-05-07", at=OSTRIK, killed=5, targets=["bus"], method="explosives")
    _with_date_texts(first, {"v1": "on Tuesday"})
    lead = "Gunmen shot dead 3 guards at a checkpoint near Dunmark on Tuesday, police said."
    later = ExtractionBuilder("shooting", f"{lead} {second}", outlet="Wire", published=date(2024, 5, 8))
    later.event("attack", lead, date="2024-05-07", at=DUNMARK, killed=3, targets=["guards"])
    later.event("attack", second, date="2024-05-07", at=OSTRIK, targets=["bus"], method="explosives")
    _with_date_texts(later, {"v1": "on Tuesday"})
    store.ingest([first.build(), later.build()])
    (_, shooting_id, _), (_, _, resolution) = _resolutions(store, "shooting")
    return _resolutions(store, "bomb")[0][1], shooting_id, resolution


def test_a_bombing_set_beside_the_news_the_same_day_is_background_to_its_event(store: Store) -> None:
    bomb_id, shooting_id, resolution = _beside_store(
        store, "The shooting came hours after a roadside bombing on a bus near Ostrik."
    )
    assert shooting_id != bomb_id
    assert resolution["kind"] == "mention" and resolution["matched"] == bomb_id


def test_a_second_bombing_told_as_news_the_same_day_is_not_background(store: Store) -> None:
    # Told as the document's own news, not set beside the shooting: a report like any other.
    bomb_id, _, resolution = _beside_store(store, "A roadside bomb also hit a bus near Ostrik that day.")
    assert resolution["kind"] == "same" and resolution["matched"] == bomb_id


def _refuge_store(store: Store, killed: int) -> tuple[str, str, dict[str, object]]:
    """A raid on Ostrik (ingested first), then a report from the town its people fled to, a town no
    gazetteer knows (no position, no country), recalling "last weekend's attack that cost ``killed``
    lives": the raid's event id, the recollection's, and the recollection's resolution."""
    raid = "Gunmen killed 7 villagers in a raid on Ostrik on Saturday, officials said."
    first = ExtractionBuilder("raid", raid, outlet="Upland Times", published=date(2024, 5, 5))
    first.event("attack", raid, date="2024-05-04", at=OSTRIK, killed=7, targets=["villagers"])
    first.events[-1].trigger = "raid"
    _with_date_texts(first, {"v1": "on Saturday"})
    text = f"Villagers from Ostrik reached Tarvel town since last weekend's attack that cost {killed} lives."
    later = ExtractionBuilder("refuge", text, outlet="Wire", published=date(2024, 5, 9))
    later.event("attack", text, date="2024-05-09", at=place("Tarvel"), killed=killed)
    later.events[-1].trigger = "attack"
    store.ingest([first.build(), later.build()])
    ((_, recalled_id, resolution),) = _resolutions(store, "refuge")
    return _resolutions(store, "raid")[0][1], recalled_id, resolution


def test_an_attack_recalled_from_a_town_no_gazetteer_knows_is_matched_by_its_toll(store: Store) -> None:
    raid_id, recalled_id, resolution = _refuge_store(store, 7)
    assert recalled_id == raid_id and resolution["kind"] == "mention"


def test_an_attack_recalled_from_such_a_town_with_another_toll_is_not_that_raid(store: Store) -> None:
    raid_id, recalled_id, _ = _refuge_store(store, 12)
    assert recalled_id != raid_id

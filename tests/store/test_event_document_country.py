"""The country a report's place lies in, read from its document (``linker._document_country``,
``linker._namesake_home``): a country named only as a neighbour ("on the border with Velmia") is
not where the text is, and a town the gazetteer finds in a country the text never names, beside a
town of the country it speaks of, is a namesake's find."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from nexus.store import Store, linker
from nexus.store.samples import ExtractionBuilder, place
from nexus.store.schema import event_reports, events

#: Ostland (QQ): a county named for its chief town, a town of the county; Velmia (RR), its neighbour,
#: and a town of Velmia that shares its name with a quarter of an Ostland town.
MARVANE_COUNTY = place("Marvane", kind="admin", country="QQ", admin1="Marvane", lat=0.5, lon=39.5)
KELMARA = place("Kelmara", country="QQ", admin1="Marvane", lat=0.6, lon=39.6)
VELMIA = place("Velmia", kind="country", country="RR")
ORSK_ABROAD = place("Orsk", country="RR", admin1="Hills", lat=12.0, lon=41.0)
OSTLAND_COAST = place("Coastland", kind="admin", country="QQ", admin1="Coastland")
DASTRA = place("Dastra", country="QQ", admin1="Coastland", lat=4.1, lon=9.3)


def _events(store: Store) -> dict[str, str]:
    with store.connect() as connection:
        rows = connection.execute(select(event_reports.c.doc_id, event_reports.c.event_id)).all()
    return {doc_id: event_id for doc_id, event_id in rows}


def _border_post(lead: str) -> ExtractionBuilder:
    """A bombing near Tulbeko, a village no gazetteer knows, told from Kelmara (Ostland)."""
    built = ExtractionBuilder("post", lead, outlet="Frontier Star", published=date(2025, 3, 5))
    built.entity("KELMARA", "PLACE", at=KELMARA)
    built.entity("Velmia", "PLACE", at=VELMIA)
    built.event("attack", lead, date="2025-03-04", at=place("Tulbeko"), killed=4, targets=["police officers"])
    return built


def _county_toll() -> ExtractionBuilder:
    text = "Five police officers died when a bomb hit their patrol in Marvane county on Tuesday."
    built = ExtractionBuilder("county", text, outlet="Interior Ministry", published=date(2025, 3, 5))
    built.event("attack", text, date="2025-03-04", at=MARVANE_COUNTY, killed=5)
    return built


def test_a_country_named_as_the_border_leaves_the_village_in_the_country_of_the_other_places(
    store: Store,
) -> None:
    lead = "KELMARA - A bomb killed 4 police officers near Tulbeko, by the border with Velmia, on Tuesday."
    store.ingest([_border_post(lead).build(), _county_toll().build()])
    found = _events(store)
    assert found["post"] == found["county"]  # the county may hold the village; the toll has risen
    with store.connect() as connection:
        assert connection.execute(select(events.c.country)).scalar_one() == "QQ"


def test_a_country_named_as_where_the_village_is_still_counts(store: Store) -> None:
    lead = "KELMARA - A bomb killed 4 police officers near Tulbeko in Velmia on Tuesday."
    store.ingest([_border_post(lead).build(), _county_toll().build()])
    found = _events(store)
    assert found["post"] != found["county"]


def test_the_neighbour_cues() -> None:
    sentences = ["Families fleeing Velmia crossed at dawn.", "The market lies on the border with Velmia."]
    assert linker._neighbour_countries(["Velmia"], sentences) == {"Velmia"}
    assert linker._neighbour_countries(["Velmia"], [*sentences, "Troops in Velmia said so."]) == set()
    assert linker._neighbour_countries(["Velmia"], ["Nothing named here."]) == set()


def _quarter_blast(lead: str, *, abroad: bool = False) -> ExtractionBuilder:
    """A bomb at Orsk, which the gazetteer finds only in Velmia; the text names Velmia (``abroad``)
    or speaks only of Ostland's places."""
    built = ExtractionBuilder("blast", lead, outlet="Coast Mirror", published=date(2025, 4, 11))
    built.entity("Dastra", "PLACE", at=DASTRA)
    built.entity("Coastland", "PLACE", at=OSTLAND_COAST)
    if abroad:
        built.entity("Velmia", "PLACE", at=VELMIA)
    built.event("attack", lead, date="2025-04-10", at=ORSK_ABROAD, killed=6, targets=["gendarmes"])
    return built


def _region_report() -> ExtractionBuilder:
    text = "Six gendarmes were killed in a bomb attack in Ostland's Coastland region on Thursday."
    built = ExtractionBuilder("region", text, outlet="Wire", published=date(2025, 4, 11))
    built.event("attack", text, date="2025-04-10", at=OSTLAND_COAST, killed=6, targets=["gendarmes"])
    return built


def test_a_town_found_in_a_country_the_text_never_names_is_a_namesake(store: Store) -> None:
    lead = "A roadside bomb killed 6 gendarmes at Orsk on the outskirts of Dastra, in Coastland, on Thursday."
    store.ingest([_quarter_blast(lead).build(), _region_report().build()])
    found = _events(store)
    assert found["blast"] == found["region"]
    with store.connect() as connection:
        row = connection.execute(select(events.c.country, events.c.lat)).one()
    assert (row.country, row.lat) == ("QQ", None)  # the namesake's position is not the event's


def test_a_town_of_a_country_the_text_names_keeps_its_country(store: Store) -> None:
    lead = "A roadside bomb killed 6 gendarmes at Orsk in Velmia, far from Dastra, on Thursday."
    store.ingest([_quarter_blast(lead, abroad=True).build(), _region_report().build()])
    found = _events(store)
    assert found["blast"] != found["region"]


class _Row:
    """A report row as ``linker._told_by_doer`` reads it."""

    def __init__(
        self, sentence: str, *, asserter: str | None, actors: list[str], type: str = "attack"
    ) -> None:
        self.evidence_sentence, self.asserter, self.actors, self.type = sentence, asserter, actors, type


def test_a_figure_the_claimant_is_quoted_giving_is_its_own_count() -> None:
    said = "The Kelm Front claimed the ambush, saying its fighters had killed 'more than twenty' soldiers."
    row = _Row(said, asserter="Kelm Front", actors=["Kelm Front"])
    assert linker._told_by_doer(row, "killed", 21, "at_least")
    # a toll the outlet tells in its own words, and one someone else gives, are not the claimant's
    told = "The Kelm Front claimed a bomb that killed six officers near Dastra."
    assert not linker._told_by_doer(
        _Row(told, asserter="Kelm Front", actors=["Kelm Front"]), "killed", 6, "exact"
    )
    assert not linker._told_by_doer(
        _Row(said, asserter="police", actors=["Kelm Front"]), "killed", 21, "at_least"
    )
    assert not linker._told_by_doer(
        _Row(said, asserter="Kelm Front", actors=["Kelm Front"]), "killed", 7, "exact"
    )


def test_a_figure_the_extractor_found_only_in_the_claimants_words_is_its_own_count() -> None:
    # "saying its fighters had killed 26 of them": the outlet's words, no quotation marks
    said = _Row(
        "The Kelm Front said its fighters had killed 26 of them.", asserter=None, actors=["Kelm Front"]
    )
    said.claimed_figures = ["killed"]  # type: ignore[attr-defined]
    assert linker._told_by_doer(said, "killed", 26, "exact")
    assert not linker._told_by_doer(said, "injured", 26, "exact")  # only the fields it names


def test_a_division_named_like_a_country_is_read_in_its_sentence() -> None:
    assert linker.division_named_like_country("Bandits raided a village in Velmia State on Monday.", "Velmia")
    assert linker.division_named_like_country("Gunmen struck in the Velmia region.", "Velmia")
    assert not linker.division_named_like_country("Bandits raided a village in Velmia on Monday.", "Velmia")
    assert not linker.division_named_like_country("Troops of Velmia State and of Velmia met.", "Velmia")


def test_a_state_named_like_a_country_holds_a_town_of_that_state(store: Store) -> None:
    town_text = "Bandits killed 2 vigilantes and kidnapped 23 people at Kessaly on Sunday."
    town = ExtractionBuilder("town", town_text, outlet="Plains Observer", published=date(2025, 4, 21))
    kessaly = place("Kessaly", country="QQ", admin1="Velmia", lat=9.6, lon=6.5)
    town.event("attack", town_text, date="2025-04-20", at=kessaly, killed=2, targets=["vigilantes"])
    state_text = "Armed bandits attacked a village in Velmia State on Sunday, and 2 vigilantes died."
    state = ExtractionBuilder("state", state_text, outlet="State Police Command", published=date(2025, 4, 21))
    state.event("attack", state_text, date="2025-04-20", at=VELMIA, killed=2, targets=["vigilantes"])
    store.ingest([town.build(), state.build()])
    found = _events(store)
    assert found["town"] == found["state"]  # not the country Velmia: the state of that name


#: A dateline city of Ostland, and a village of the Tarsk region some 440 km from it.
VELMAR = place("Velmar", country="QQ", admin1="Upland", lat=20.0, lon=60.0)
KELMO = place("Kelmo", country="QQ", admin1="Tarsk", lat=24.0, lon=60.0)


def test_a_dateline_the_sentence_does_not_place_the_attack_at_is_not_the_events_place(store: Store) -> None:
    lead = "VELMAR, May 4 (Wire) - Eight herders were killed on Saturday at a well in the Tarsk region."
    first = ExtractionBuilder("lead", lead, outlet="Wire", published=date(2025, 5, 4))
    first.entity("VELMAR", "PLACE", at=VELMAR)
    first.event("attack", lead, date="2025-05-03", at=VELMAR, killed=8, targets=["herders"])
    scene = "Fourteen herders died in Saturday's attack at Kelmo, in the Tarsk region."
    second = ExtractionBuilder("scene", scene, outlet="Tarsk Radio", published=date(2025, 5, 5))
    second.event("attack", scene, date="2025-05-03", at=KELMO, killed=14, targets=["herders"])
    store.ingest([first.build(), second.build()])
    found = _events(store)
    assert found["lead"] == found["scene"]
    with store.connect() as connection:
        assert connection.execute(select(events.c.place_name)).scalar_one() == "Kelmo"

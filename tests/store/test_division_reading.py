"""A place read by the division its sentence names, when the gazetteer's reading is a namesake abroad.

The texts are written for this test. A regional wire report places a raid in a province; a local
report that names no country calls the place by its department ("Bermo department") and puts the
camp in it. With no country to go by, a gazetteer reads the department's name as a town of another
continent; the department itself belongs to one country only, so linking reads the local report's
places there, and the two reports tell one raid.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from nexus.extract.geocode import division_countries
from nexus.model import Extraction
from nexus.store import Store, open_store
from nexus.store.linker import container_named, divisions_written, regions_named, written_as_division
from nexus.store.schema import event_reports, events

WIRE = (
    "2024-09-09",
    "Gunmen on motorbikes killed nine herders in a raid on a camp in Niger's Maradi region on Sunday, "
    "local officials said.",
)
LOCAL = (
    "2024-09-10",
    "Bermo department: nine herders killed\n\nArmed men raided the herders' camp of Tchilkori, in the "
    "Bermo department, on Sunday and killed nine people, the prefect said on Monday.",
)
ELSEWHERE = (
    "2024-09-10",
    "Gunmen killed nine villagers in Bermo in India's Jharkhand state on Sunday, police said.",
)


@pytest.fixture(scope="module")
def stored(
    extract: Callable[..., Extraction], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Store, list[Extraction]]]:
    extractions = [extract(text, published=day) for day, text in (WIRE, LOCAL, ELSEWHERE)]
    store = open_store(f"sqlite:///{Path(tmp_path_factory.mktemp('divisions')) / 'kb.db'}")
    store.ingest(extractions)
    yield store, extractions
    store.close()


def _reports(store: Store, extraction: Extraction, kind: str = "attack") -> list[Any]:
    with store.connect() as connection:
        return list(
            connection.execute(
                select(event_reports).where(
                    event_reports.c.doc_id == extraction.document.id,
                    event_reports.c.type == kind,
                    event_reports.c.superseded.is_(False),
                )
            ).all()
        )


def test_the_department_belongs_to_one_country_only() -> None:
    assert list(division_countries("Bermo")) == ["NE"]


def test_a_local_report_naming_the_department_joins_the_regional_one(
    stored: tuple[Store, list[Extraction]],
) -> None:
    store, (wire, local, _) = stored
    (regional,) = _reports(store, wire)
    told = _reports(store, local)
    assert told and {r.event_id for r in told} == {regional.event_id}
    with store.connect() as connection:
        event = connection.execute(select(events).where(events.c.id == regional.event_id)).one()
    assert event.country == "NE"


def test_a_report_naming_a_country_keeps_its_reading(stored: tuple[Store, list[Extraction]]) -> None:
    """The town abroad of the department's name, in a report that says where it is, is that town."""
    store, (wire, _, elsewhere) = stored
    (regional,) = _reports(store, wire)
    (report,) = _reports(store, elsewhere)
    assert report.event_id != regional.event_id
    assert "read_as" not in (report.resolution or {})


@pytest.mark.parametrize(
    ("sentence", "name", "written"),
    [
        ("The raid on the camp of Tchilkori, in the Bermo department, left nine dead.", "Bermo", True),
        ("The prefect of the province of Dosso said nine were killed.", "Dosso", True),
        ("Gunmen raided Bermo on Sunday, killing nine.", "Bermo", False),
    ],
)
def test_a_name_written_as_a_division(sentence: str, name: str, written: bool) -> None:
    assert written_as_division(sentence, name) is written


def test_divisions_written_in_a_sentence_are_read_in_order() -> None:
    sentence = "Families left the islands of the Dagana department for camps in the province of Kelm."
    assert divisions_written(sentence) == ("Dagana", "Kelm")


ZONE_WIRE = (
    "2024-11-05",
    "Gunmen killed 11 villagers in an attack on a village in western Ethiopia's Benishangul-Gumuz region "
    "on Monday, a regional official said.",
)
ZONE_LOCAL = (
    "2024-11-06",
    "Eleven villagers were killed when armed men attacked a village outside Harqalo town, in the Metekel "
    "zone, on Monday, the zone's security office said on Tuesday.",
)


@pytest.fixture(scope="module")
def zoned(
    extract: Callable[..., Extraction], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Store, list[Extraction]]]:
    extractions = [extract(text, published=day) for day, text in (ZONE_WIRE, ZONE_LOCAL)]
    store = open_store(f"sqlite:///{Path(tmp_path_factory.mktemp('zones')) / 'kb.db'}")
    store.ingest(extractions)
    yield store, extractions
    store.close()


def test_an_unknown_town_takes_the_country_of_the_zone_its_sentence_names(
    zoned: tuple[Store, list[Extraction]],
) -> None:
    """No gazetteer knows the town and the report names no country; the zone it is put in is a
    division of one country and region only, which holds the town for identity."""
    store, (wire, local) = zoned
    (regional,) = _reports(store, wire)
    told = _reports(store, local)
    assert told and {r.event_id for r in told} == {regional.event_id}
    assert all((r.resolution or {}).get("country") == "ET" for r in told)


@pytest.mark.parametrize(
    ("sentence", "regions"),
    [
        ("Gunmen raided Tchilkori in northern Niger's Maradi region on Sunday.", ("Maradi",)),
        ("Gunmen raided Tchilkori in Niger's southern Maradi region on Sunday.", ("Maradi",)),
        ("Gunmen raided Tchilkori in the Maradi region on Sunday.", ("Maradi",)),
        ("Gunmen raided Tchilkori, near the Maradi region, on Sunday.", ()),
    ],
)
def test_the_region_a_sentence_puts_a_place_in_leaves_the_countrys_possessive_out(
    sentence: str, regions: tuple[str, ...]
) -> None:
    assert regions_named(sentence, "Tchilkori") == regions


@pytest.mark.parametrize(
    ("sentence", "regions"),
    [
        ("A bomb went off in the market of Tchilkori, Lower Maradi, on Friday.", ("Lower Maradi",)),
        ("Tchilkori (North Maradi) - Gunmen raided the camp on Sunday.", ("North Maradi",)),
        ("Gunmen raided Tchilkori, Maradi, before dawn.", ("Maradi",)),
        ("Gunmen raided Tchilkori, Lower Maradi and Dakoro on Sunday.", ()),
        ("Gunmen raided Tchilkori, Lower Maradi, Dakoro and Guidan on Sunday.", ()),
        ("Gunmen raided Tchilkori, Bermoza, on Sunday.", ()),  # no name a gazetteer holds as a region
        ("Gunmen raided Tchilkori (North Maradi camp) on Sunday.", ()),
        ("Gunmen raided Tchilkori, the prefect said.", ()),
    ],
)
def test_a_region_written_after_a_place_is_its_container(sentence: str, regions: tuple[str, ...]) -> None:
    assert container_named(sentence, "Tchilkori") == regions

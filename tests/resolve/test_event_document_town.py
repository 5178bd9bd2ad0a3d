"""A report naming no place is nearest to the one town its document names
(``EventKey.document_town``): of two events of its day it joins the one there; the town never
keeps it from an event elsewhere that it would join as a report of unknown place."""

from __future__ import annotations

from datetime import date

from nexus.resolve import EventKey, PlaceKey, resolve_event

#: Made-up towns of country QQ about 120 km apart.
ALDER = PlaceKey("Alderby", "city", "QQ", "West", 12.0, 14.0)
BRINE = PlaceKey("Brinemouth", "city", "QQ", "West", 12.9, 14.6)
DAY = date(2024, 3, 2)


def attack(place: PlaceKey | None, **kw: object) -> EventKey:
    return EventKey("attack", DAY, place=place, **kw)  # type: ignore[arg-type]


def test_a_placeless_report_joins_the_event_of_its_documents_town() -> None:
    # "Hundreds attended the funerals of the victims of Saturday's attack" in a report about Brinemouth
    report = attack(None, document_town=BRINE)
    candidates = {"a-alderby": attack(ALDER), "b-brinemouth": attack(BRINE)}
    assert resolve_event(report, candidates).event_id == "b-brinemouth"
    report = attack(None, document_town=ALDER)
    assert resolve_event(report, candidates).event_id == "a-alderby"


def test_the_documents_town_does_not_keep_it_from_an_event_elsewhere() -> None:
    report = attack(None, document_town=BRINE, figures=frozenset({("killed", 7)}))
    alone = {"a-alderby": attack(ALDER, figures=frozenset({("killed", 7)}))}
    assert resolve_event(report, alone).event_id == "a-alderby"
    assert resolve_event(attack(None, figures=frozenset({("killed", 7)})), alone).event_id == "a-alderby"

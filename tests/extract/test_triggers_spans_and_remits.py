"""Words that tell no one happening: a way of acting over years or a decade (triggers._over_years),
an office's remit ("spokesman for operations", triggers._office_portfolio), and things sent rather
than people who go (``types.visit.not_with`` of events.yaml), people who flee a place, counted
("many of the residents left for X": ``types.visit.non_visitors``) or local people received ("a
delegation of the protesters": ``types.visit.not_with``), and a stoppage called ("called a
bandh": ``types.statement.not_with``)."""

from __future__ import annotations

from typing import Any

import pytest


def _events(extraction: Any) -> list[tuple[str, str]]:
    return [(e.type, e.trigger) for e in extraction.events]


@pytest.mark.parametrize(
    "text",
    [
        "In the 1990s the two rebel armies fought over the gold mines of the eastern hills.",
        "In the 2000s rebels attacked convoys on the highway.",
        "The cattle raiders have attacked herding camps along the river for decades.",
    ],
)
def test_a_way_of_acting_over_years_is_no_happening(extract: Any, text: str) -> None:
    assert _events(extract(text, published="2025-05-14")) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Gunmen attacked a herding camp in the valley on Monday, killing four people.", "attack"),
        ("A court in Tolsani jailed the rebel commander for ten years on Monday.", "military_action"),
        ("Rebels have held the town for years and attacked a convoy there on Monday.", "attack"),
    ],
)
def test_a_dated_happening_beside_a_span_of_years_stays(extract: Any, text: str, kind: str) -> None:
    assert kind in [t for t, _ in _events(extract(text, published="2025-05-14"))]


@pytest.mark.parametrize(
    "text",
    [
        "Major Ilunga Kasongo, the army's spokesman for operations across the north, said on Monday "
        "that the road to Tolsani was open again.",
        "The police head of operations in the district, Inspector Asha Wekesa, said on Monday that "
        "patrols on the Tolsani road had been doubled.",
    ],
)
def test_an_offices_remit_is_no_happening(extract: Any, text: str) -> None:
    assert "military_action" not in [t for t, _ in _events(extract(text, published="2025-05-14"))]


def test_the_commander_of_an_operation_told_keeps_it(extract: Any) -> None:
    text = (
        "Troops launched an operation against rebel camps near Tolsani on Monday. The commander of the "
        "operation said on Tuesday that six rebels had been killed."
    )
    assert "military_action" in [t for t, _ in _events(extract(text, published="2025-05-14"))]


@pytest.mark.parametrize(
    "text",
    [
        "Speaking in Tolsani on Tuesday, the police chief said more radios and body armour were being "
        "sent to the rural checkpoints.",
        "The statement below was sent to newsrooms in Tolsani by the army's information office on Tuesday.",
    ],
)
def test_things_sent_make_no_visit(extract: Any, text: str) -> None:
    assert "visit" not in [t for t, _ in _events(extract(text, published="2025-05-14"))]


def test_a_team_sent_is_still_a_visit(extract: Any) -> None:
    text = "The interior minister sent a team of investigators to Tolsani on Tuesday."
    assert "visit" in [t for t, _ in _events(extract(text, published="2025-05-14"))]


@pytest.mark.parametrize(
    "text",
    [
        "Many of the villagers have left for the provincial capital since the raid.",
        "Half of the hamlet has already left for the district town.",
        "Dozens of families left for the county seat on Sunday after the shooting.",
    ],
)
def test_people_who_flee_a_place_make_no_visit(extract: Any, text: str) -> None:
    assert "visit" not in {kind for kind, _ in _events(extract(text, published="2025-05-14"))}


@pytest.mark.parametrize(
    "text",
    [
        "The interior minister left for Mogadishu on Monday to meet regional leaders.",
        "One of the ministers flew to Gao on Tuesday for talks with the governor.",
    ],
)
def test_an_office_holder_who_goes_still_visits(extract: Any, text: str) -> None:
    assert "visit" in {kind for kind, _ in _events(extract(text, published="2025-05-14"))}


@pytest.mark.parametrize(
    "text",
    [
        "The rebel front has called a 48-hour bandh across the district from Friday.",
        "The militants called for a shutdown of all markets in the valley on Monday.",
        "The transport union called off the strike on Tuesday after the talks.",
    ],
)
def test_a_stoppage_called_is_no_statement(extract: Any, text: str) -> None:
    assert "statement" not in {kind for kind, _ in _events(extract(text, published="2025-05-14"))}


def test_a_call_for_calm_is_still_a_statement(extract: Any) -> None:
    text = "The governor called for calm after gunmen attacked a checkpoint near the town on Monday."
    assert "statement" in {kind for kind, _ in _events(extract(text, published="2025-05-14"))}


@pytest.mark.parametrize(
    "text",
    [
        "The district commissioner received a delegation of the protesters and promised more patrols.",
        "The governor received a delegation of elders from the border villages on Monday.",
    ],
)
def test_local_people_received_make_no_visit(extract: Any, text: str) -> None:
    assert "visit" not in {kind for kind, _ in _events(extract(text, published="2025-05-14"))}


def test_a_delegation_of_office_holders_received_is_a_visit(extract: Any) -> None:
    text = "The president received a delegation of Kenyan ministers in the capital on Monday."
    assert "visit" in {kind for kind, _ in _events(extract(text, published="2025-05-14"))}

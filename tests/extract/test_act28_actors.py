"""Actors of statements whose speaker is named in apposition to an office ("X's Minister of Y, Z, said")."""

from __future__ import annotations

from typing import Any

import pytest


def _statements(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type == "statement"]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        (
            "Ghana's Minister of Information, Kofi Mensah, condemned the killings on Tuesday and "
            "pledged that the culprits would face justice.",
            "Kofi Mensah",
        ),
        (
            "Togo's Minister of Security, Afi Kodjo, denounced the raid as barbaric on Wednesday.",
            "Afi Kodjo",
        ),
    ],
)
def test_the_person_holding_an_office_named_as_a_body_acts(extract: Any, sentence: str, person: str) -> None:
    text = f"KUMASI — Gunmen killed six traders at a market in Obuasi on Monday. {sentence}"
    statements = _statements(extract(text))
    assert statements
    assert person in statements[0].actors


def test_an_apposition_describing_a_named_group_adds_no_actor(extract: Any) -> None:
    text = (
        "KUMASI — Gunmen killed six traders at a market in Obuasi on Monday. The Ansar Brigade, "
        "a faction led by Musa Dauda, said on Tuesday that the raid was the work of its men."
    )
    extraction = extract(text)
    assert all("Musa Dauda" not in e.actors for e in extraction.events)


_HIDEOUT = (
    "RAQQA — Gunmen killed five guards at an oil field near Raqqa on Monday. Islamic State (IS) "
    "cells still roam the nearby desert. "
)


def test_a_short_group_name_read_as_is_claims_the_attack(extract: Any) -> None:
    extraction = extract(_HIDEOUT + "IS claimed the shootings via a message on Tuesday.")
    attacks = [e for e in extraction.events if e.type == "attack"]
    assert attacks
    assert "Islamic State" in attacks[0].actors


def test_a_short_group_name_read_as_is_reports_its_own_raid(extract: Any) -> None:
    extraction = extract(_HIDEOUT + "IS said its fighters had shot the guards.")
    claims = [e for e in extraction.events if e.type == "claim"]
    assert claims
    assert "Islamic State" in claims[0].actors


def test_the_name_becomes_the_subject_of_its_verb(extractor: Any) -> None:
    from nexus.extract.entities import mend_named_auxiliaries

    doc = extractor.nlp(_HIDEOUT + "IS claimed the shooting late on Tuesday.")
    name = [t for t in doc if t.text == "IS"][-1]
    assert name.dep_ == "nsubj"
    assert name.head.lower_ == "claimed"
    assert name.head.tag_ == "VBD"
    assert mend_named_auxiliaries(doc, doc._.nexus_entities) == 0  # (already mended: nothing left)

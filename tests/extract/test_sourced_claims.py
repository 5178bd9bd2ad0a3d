"""An attack told on the word of the group that did it ("according to a statement X put out") is
also that group's claim. Invented places and groups."""

from __future__ import annotations

from typing import Any

import pytest


def _events(extraction: Any, kind: str) -> list[Any]:
    return [e for e in extraction.events if e.type == kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "Fighters of the Osk Valley Liberation Front ambushed a fuel convoy near Tarvesk on Saturday, "
        "killing five drivers, according to a statement by the Osk Valley Liberation Front.",
        "Gunmen of the Osk Valley Liberation Front stormed a grain depot outside Tarvesk on Saturday, "
        "killing four guards, according to a statement the group put out on its channel.",
    ],
)
def test_an_attack_told_on_its_doers_statement_is_also_their_claim(extract: Any, sentence: str) -> None:
    extraction = extract("TARVESK, May 4 — " + sentence)
    claims = _events(extraction, "claim")
    assert claims
    assert "Osk Valley Liberation Front" in claims[0].actors
    assert claims[0].place is not None and claims[0].place.name == "Tarvesk"


def test_an_attack_told_on_an_officials_statement_is_no_claim(extract: Any) -> None:
    extraction = extract(
        "TARVESK, May 4 — Gunmen of the Osk Valley Liberation Front stormed a grain depot outside "
        "Tarvesk on Saturday, killing four guards, according to a statement from the provincial governor."
    )
    assert _events(extraction, "attack")
    assert not _events(extraction, "claim")

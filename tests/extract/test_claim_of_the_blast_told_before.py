"""A claim of "the blast" is placed where the blast told just before it happened, not at the report's
first attack nor at another attack its anaphor was joined to (assemble._link_claimants)."""

from __future__ import annotations

from typing import Any


def claim_places(extraction: Any) -> list[str | None]:
    return [e.place.name if e.place else None for e in extraction.events if e.type == "claim"]


def test_a_claim_two_sentences_after_a_separate_bombing_takes_its_place(extract: Any) -> None:
    text = (
        "WAJIR, June 10 - Gunmen shot dead three teachers at a school in Tarbaj on Monday, police said.\n\n"
        "On Sunday, a roadside explosion wrecked a water truck near Khorof Harar and killed its driver.\n\n"
        "The truck had been carrying supplies to a camp for displaced families.\n\n"
        "The Coast Liberation Brigade claimed the blast late on Sunday through its radio channel."
    )
    assert claim_places(extract(text, published="2025-06-17")) == ["Khorof Harar"]


def test_a_claim_of_a_bombings_day_told_after_a_court_lead_takes_the_bombings_place(extract: Any) -> None:
    text = (
        "GARISSA - Three men held over an explosion that killed five soldiers in Lafey earlier this month "
        "must stay in custody for 14 more days, a magistrate ruled on Tuesday.\n\n"
        "On June 3, an army lorry hit a homemade bomb near Damasa, a hamlet close to the border.\n\n"
        "Police said the lorry was escorting fuel tankers at the time.\n\n"
        "The Coast Liberation Brigade claimed the blast on that same day in a note passed to local radio."
    )
    assert claim_places(extract(text, published="2025-06-17")) == ["Damasa"]


def test_a_claim_of_the_reports_only_attack_keeps_its_place(extract: Any) -> None:
    text = (
        "BAIDOA, May 4 - A suicide attacker detonated his vest at a checkpoint in Wajid on Saturday, "
        "killing four soldiers, the district commissioner said.\n\n"
        "The army sealed off the road for several hours.\n\n"
        "The Coast Liberation Brigade claimed the bombing within hours."
    )
    assert claim_places(extract(text, published="2025-05-04")) == ["Wajid"]

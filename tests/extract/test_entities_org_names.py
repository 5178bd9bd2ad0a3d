"""Organisation names the NER cuts short: a faction's bracketed qualifier, a country's body
tagged apart from the country, a faction named after its leader."""

from __future__ import annotations

from typing import Any


def names(extraction: Any) -> dict[str, Any]:
    return {e.name: e for e in extraction.entities}


def test_a_bracketed_faction_word_stays_in_the_party_name(extract: Any) -> None:
    ents = names(
        extract("Cadres of the Communist Party of Nepal (Maoist) torched a bus near Rolpa on Sunday.")
    )
    assert "Communist Party of Nepal (Maoist)" in ents
    assert ents["Communist Party of Nepal (Maoist)"].type == "ORG"


def test_a_bracketed_acronym_is_still_its_own_form(extract: Any) -> None:
    ents = names(
        extract("Officials blamed the Zorvanian Liberation Council (ZLC) for the blast. The ZLC denied it.")
    )
    assert "Zorvanian Liberation Council" in ents
    assert "ZLC" in ents["Zorvanian Liberation Council"].aliases


def test_a_countrys_treasury_tagged_apart_is_one_body(extract: Any) -> None:
    ents = names(extract("The United States Treasury on Friday froze the assets of three smugglers."))
    assert "United States Treasury" in ents
    assert ents["United States Treasury"].type == "ORG"


def test_a_faction_named_after_its_leader_keeps_the_word_group(extract: Any) -> None:
    ents = names(extract("Officials blamed the Maulvi Sadiq Noorzai group for the raid on the checkpoint."))
    assert "Maulvi Sadiq Noorzai group" in ents
    assert ents["Maulvi Sadiq Noorzai group"].subtype == "armed_group"


def test_a_known_group_followed_by_the_word_group_keeps_its_own_name(extract: Any) -> None:
    ents = names(extract("The attack was claimed by the Islamic State group on Telegram."))
    assert "Islamic State" in ents
    assert "Islamic State group" not in ents

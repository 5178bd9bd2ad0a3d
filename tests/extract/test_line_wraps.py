"""Hard-wrapped prose is one sentence across its line breaks; real line ends still end sentences."""

from __future__ import annotations

from typing import Any

from nexus.extract.page import wrapped_break

WRAPPED = (
    "KADUNA - Bandits killed seven vigilantes on Friday when they ambushed a patrol near\n"
    "Birnin Gwari, a council official said on Saturday. The gunmen also took away\n"
    "their rifles, the official said.\n"
)


def test_break_after_a_preposition_or_before_lower_case_only_wraps() -> None:
    assert wrapped_break(WRAPPED, WRAPPED.index("\n"))
    second = WRAPPED.index("\n", WRAPPED.index("\n") + 1)
    assert wrapped_break(WRAPPED, second)  # "took away" / "their rifles": lower case goes on


def test_blank_line_and_a_headline_above_the_body_are_real_breaks() -> None:
    text = "Bandits kill seven in Kaduna\n\nKADUNA - Bandits killed seven vigilantes on Friday.\n"
    assert not wrapped_break(text, text.index("\n"))
    listing = "Those killed:\nAdamu Musa\nBello Sani\n"
    assert not wrapped_break(listing, listing.index("\n", listing.index("\n") + 1))


def test_event_place_named_after_a_wrap_is_found(extract: Any) -> None:
    x = extract(WRAPPED, published="2025-07-05")
    attacks = [e for e in x.events if e.type == "attack"]
    assert len(attacks) == 1
    assert attacks[0].place is not None and attacks[0].place.name == "Birnin Gwari"
    assert attacks[0].killed is not None and attacks[0].killed.value == 7

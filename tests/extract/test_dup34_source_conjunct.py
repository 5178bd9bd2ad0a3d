"""A source's verb hung as a conjunct of the happening's clause still dates only the report."""

from __future__ import annotations

from typing import Any

_TEXT = (
    "Rebels killed six guards in a night raid on a fuel depot at Kasoro, in the Lumbe region's "
    "Tiri district, the region's governor, Amos Keleti, said on Friday.\n"
    "The attackers arrived shortly after midnight on Wednesday, firing on the depot from a ridge "
    "before setting a tanker alight, according to a resident."
)


def test_the_raid_told_again_with_its_day_is_one_attack_on_that_day(extract: Any) -> None:
    attacks = [e for e in extract(_TEXT, published="2031-03-15").events if e.type == "attack"]
    assert [(e.date.iso if e.date else None) for e in attacks] == ["2031-03-12"]
    assert attacks[0].killed is not None and attacks[0].killed.value == 6


def test_a_doer_saying_something_after_its_deed_is_not_a_source(extract: Any) -> None:
    text = (
        "Rebels killed six guards at a depot near Kasoro on Wednesday and said on Friday "
        "they would strike again."
    )
    attacks = [e for e in extract(text, published="2031-03-15").events if e.type == "attack"]
    assert [(e.date.iso if e.date else None) for e in attacks] == ["2031-03-12"]

"""Co-signers of one joint statement (joint_statements) are not each set against its addressee;
one state condemning a strike stays hostile to the striking state."""

from __future__ import annotations

from typing import Any


def _hostile(extraction: Any) -> set[tuple[str, str]]:
    return {(r.source, r.target) for r in extraction.relations if r.type == "hostility"}


def test_co_signers_of_a_joint_statement_are_not_each_set_against_its_addressee(extract: Any) -> None:
    text = (
        "VIENTIANE - Lao army jets bombed a market in Phonsavan on Sunday, killing 12 people.\n"
        "The embassies of Peru, Chile, Ghana and Kenya strongly condemn the continuing air strikes "
        "by the Lao People's Army on civilians in Xieng Khouang Province."
    )
    pairs = _hostile(extract(text, published="2025-03-04"))
    signers = ("Peru", "Chile", "Ghana", "Kenya")
    assert not [p for p in pairs if set(p) & set(signers)]


def test_one_state_condemning_a_strike_stays_hostile_to_the_striking_state(extract: Any) -> None:
    text = (
        "ISLAMABAD - Indian jets struck two villages near Kotli on Tuesday, killing three people.\n"
        "Pakistan strongly condemned the strike on Wednesday."
    )
    pairs = _hostile(extract(text, published="2025-03-04"))
    assert {("Pakistan", "India"), ("India", "Pakistan")} & pairs

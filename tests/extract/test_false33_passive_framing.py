"""Those who suffered a violent noun's happening do not perform it: "soldiers were wounded in
the attack on the base" tells no military action of theirs."""

from __future__ import annotations

from typing import Any


def _violent(extraction: Any) -> list[tuple[str, str]]:
    return [(e.type, e.trigger) for e in extraction.events if e.type in ("attack", "military_action")]


def test_soldiers_wounded_in_the_attack_do_not_make_it_theirs(extract: Any) -> None:
    text = (
        "Militants stormed an army base at Gubio late on Sunday. A senior army officer in Damasak "
        "told reporters that six soldiers died and 11 were wounded in Sunday's attack on the barracks."
    )
    extraction = extract(text, published="2025-04-28")
    assert _violent(extraction) == [("attack", "stormed")], _violent(extraction)

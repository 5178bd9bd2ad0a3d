"""The year a claim's sentence gives ("claimed the ambush on X in 2019") dates the claimed attack
as well, when the parse hangs it on the claim's verb."""

from __future__ import annotations

from typing import Any

PUBLISHED = "2025-06-20"


def test_a_year_hung_on_the_claim_verb_dates_the_claimed_attack(extract: Any) -> None:
    text = (
        "Kenya on Wednesday banned the Mombasa Youth Front. The court filing says the front claimed "
        "the ambush on a supply convoy near Lamu in 2019."
    )
    found = extract(text, published=PUBLISHED)
    attacks = [e for e in found.events if e.type == "attack"]
    assert [a.date.iso for a in attacks if a.date is not None] == ["2019"]

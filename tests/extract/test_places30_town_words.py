"""Town words ("in the town", "the village") of an older happening point back to the town its own
sentence names before them, not to the place of a happening told in an earlier sentence."""

from __future__ import annotations

from typing import Any


def places_by_year(extraction: Any) -> dict[str, str | None]:
    return {e.date.iso[:4]: (e.place.name if e.place else None) for e in extraction.events if e.date}


def test_the_town_is_the_one_named_earlier_in_its_own_sentence(extract: Any) -> None:
    text = (
        "Soldiers detained three herders near the village of Kagara on Sunday. In 2016, armed "
        "hunters in Tegina killed a bandit chief during an offensive on the gang's dens in the town."
    )
    found = places_by_year(extract(text, published="2025-05-07"))
    assert found["2016"] == "Tegina"
    assert found["2025"] == "Kagara"


def test_the_town_of_a_sentence_naming_none_is_the_one_told_before(extract: Any) -> None:
    text = (
        "Gunmen shot dead two traders at a market in Dapchi on Monday. In March 2020, another gang "
        "killed five farmers in the town."
    )
    assert places_by_year(extract(text, published="2025-05-07"))["2020"] == "Dapchi"

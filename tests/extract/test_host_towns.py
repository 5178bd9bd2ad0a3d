"""host_towns: a city the tagger left out, subject of a hosting verb, is the talks' place."""

from __future__ import annotations

from typing import Any

import pytest


def _events(result: Any, kind: str) -> list[Any]:
    return [e for e in result.events if e.type == kind]


@pytest.mark.parametrize(
    "text",
    [
        "Gaborone played host on Tuesday to security talks between the two neighbours' police chiefs.",
        "Gaborone on Tuesday hosted fresh talks between Zambian and Angolan police chiefs.",
    ],
)
def test_a_city_hosting_talks_is_their_place(extract: Any, text: str) -> None:
    meetings = _events(extract(text, published="2025-03-05"), "meeting")
    assert meetings and meetings[0].place is not None and meetings[0].place.name == "Gaborone"
    assert meetings[0].place.country == "BW"


def test_a_name_hosting_talks_unknown_to_the_gazetteer_is_no_place(extract: Any) -> None:
    result = extract("Quimbrel on Tuesday hosted two days of talks between the rival delegations.")
    assert not any(e.name == "Quimbrel" and e.type == "PLACE" for e in result.entities)

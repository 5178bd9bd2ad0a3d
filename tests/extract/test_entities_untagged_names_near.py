"""A lone capitalised word the NER left untagged, right after a preposition of nearness ("near
X", "around Y"), is a place even when no gazetteer knows it; a dictionary word, a weekday or a
word after "in" or "at" is not taken that way."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen attacked a minibus near Kwarabelo on Monday, killing two passengers.", "Kwarabelo"),
        ("Soldiers detained six smugglers in and around Mbenguele over the weekend.", "Mbenguele"),
        ("Rebels burned a health post outside Tsindoulou on Friday night, residents said.", "Tsindoulou"),
    ],
)
def test_an_untagged_name_near_which_it_happened_is_the_place(extract: Any, text: str, place: str) -> None:
    result = extract(text)
    assert {e.name: e.type for e in result.entities}.get(place) == "PLACE"
    assert any(e.place is not None and e.place.name == place for e in result.events)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Protesters gathered near Parliament on Monday.", "Parliament"),
        ("Fighting flared around Christmas in the border villages.", "Christmas"),
    ],
)
def test_a_common_word_or_a_feast_near_which_is_no_place(extract: Any, text: str, word: str) -> None:
    names = {e.name: e.type for e in extract(text).entities}
    assert names.get(word) != "PLACE"

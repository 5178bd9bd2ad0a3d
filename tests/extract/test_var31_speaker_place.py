"""Where a fronted "Speaking to reporters in X," puts the speaker is no place of the happening
the speaker blames on someone: nexus.extract.places._where_it_was_said."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Speaking to reporters in Tbilisi, Interior Minister Levan Abashidze blamed the Kodori "
            "Brigade for the explosion.",
            "Tbilisi",
        ),
        (
            "Addressing journalists in Chisinau, Prime Minister Ana Rusu blamed the Dniester Legion "
            "for the bombing.",
            "Chisinau",
        ),
    ],
)
def test_the_speakers_city_is_not_the_blamed_happenings_place(extract: Any, text: str, city: str) -> None:
    events = extract(text, published="2025-03-14").events
    assert [e for e in events if e.type == "statement" and e.place and e.place.name == city]
    violent = ("attack", "military_action")
    assert not [e for e in events if e.type in violent and e.place and e.place.name == city]

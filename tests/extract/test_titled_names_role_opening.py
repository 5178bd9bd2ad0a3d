"""titled_names: a capitalised role noun opening a sentence is followed by a person's name."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Lawmaker Tamsin Okoro said the ambush showed the border was unguarded.", "Tamsin Okoro"),
        (
            "Gunmen shot two guards in Obeid.\n\nSpokeswoman Halima Dauda Kuru said patrols would resume.",
            "Halima Dauda Kuru",
        ),
    ],
)
def test_a_role_noun_opening_the_sentence_is_followed_by_a_name(
    extract: Any, text: str, speaker: str
) -> None:
    people = {e.name for e in extract(text).entities if e.type == "PERSON"}
    assert speaker in people
    assert not any(name.startswith(("Lawmaker", "Spokeswoman")) for name in people)

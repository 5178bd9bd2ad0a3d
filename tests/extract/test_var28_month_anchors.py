"""'Before the month was out', 'by the end of the year': dated from the happening told before."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "town", "when"),
    [
        (
            "In June 2021, bandits torched a clinic in Tsafe, killing four nurses. Before the month was "
            "out, the gang raided a checkpoint in Gusau, killing two guards.",
            "Gusau",
            "2021-06",
        ),
        (
            "In October 2019, pirates seized a trawler off Bonny, killing a deckhand. Later in the month, "
            "the same crew attacked a ferry near Brass, killing three passengers.",
            "Brass",
            "2019-10",
        ),
        (
            "In May 2018, bandits torched a clinic in Tsafe, killing four nurses. By the end of the year, "
            "the gang had raided a school in Bakura and abducted 30 pupils.",
            "Bakura",
            "2018",
        ),
    ],
)
def test_a_phrase_closing_a_period_dates_from_the_happening_before(
    extract: Any, text: str, town: str, when: str
) -> None:
    events = extract(text, published="2024-02-14").events
    dates = [e.date.iso if e.date else None for e in events if e.place is not None and e.place.name == town]
    assert dates == [when], [(e.type, e.date, e.place and e.place.name) for e in events]

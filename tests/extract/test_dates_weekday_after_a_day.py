"""A weekday told from a happening ("on Wednesday, two days after the ambush", "on the Saturday
after the raid") is counted from the calendar day an earlier sentence wrote, not resolved against
the publication day (dates.find_doc_dates)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from nexus.extract.dates import find_doc_dates

PUBLISHED = date(2025, 3, 20)  # a Thursday


def _day_of(extractor: Any, text: str, word: str) -> str:
    doc = extractor.nlp(text)
    found = [d for d in find_doc_dates(doc, PUBLISHED) if word in d.span.text]
    assert found, [d.span.text for d in find_doc_dates(doc, PUBLISHED)]
    return found[-1].value.iso


@pytest.mark.parametrize(
    ("text", "word", "iso"),
    [
        pytest.param(
            "Raiders ambushed a convoy near Solla on Monday 10 March. The drivers' union protested "
            "on Wednesday, two days after the ambush, and called a strike.",
            "Wednesday",
            "2025-03-12",
            id="counted-days",
        ),
        pytest.param(
            "A bomb went off at the bus park in Kerri on 11 March, wounding six. On the Saturday "
            "after the blast, traders kept their stalls shut.",
            "Saturday",
            "2025-03-15",
            id="the-weekday-after",
        ),
        pytest.param(
            "Raiders ambushed a convoy near Solla on Monday 10 March. The drivers' union protested "
            "on Wednesday, three days after the ambush, and called a strike.",
            "Wednesday",
            "2025-03-19",
            id="count-and-weekday-disagree",
        ),
        pytest.param(
            "Raiders ambushed a convoy near Solla on 12 February. The drivers' union protested on "
            "Wednesday, two days after the ambush, and called a strike.",
            "Wednesday",
            "2025-03-19",
            id="calendar-day-too-old",
        ),
        pytest.param(
            "The drivers' union protested on Wednesday near Solla and called a strike for Friday.",
            "Wednesday",
            "2025-03-19",
            id="no-happening-counted-from",
        ),
    ],
)
def test_weekday_after_a_happening_counts_from_its_calendar_day(
    extractor: Any, text: str, word: str, iso: str
) -> None:
    assert _day_of(extractor, text, word) == iso

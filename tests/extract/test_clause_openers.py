"""A calendar date opening a sentence, a transcript answer or a "that" clause with no comma after
it dates the happenings told after it (clause_openers.unpunctuated_opening_date)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest


def _dates(extraction: Any, kinds: tuple[str, ...]) -> list[str | None]:
    return [e.date.iso if e.date else None for e in extraction.events if e.type in kinds]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Veska: On 9 October Orlandian jets bombed three farmhouses in Pellow district and killed "
            "six villagers, most of them children.",
            "2029-10-09",
        ),
        (
            "The annual report recalls that in July 2021 IS gunmen overran Tarvane and abducted "
            "dozens of shepherds from the hills around it.",
            "2021-07",
        ),
        (
            "In March 2022 IS fighters stormed the Korvel mine and killed eleven guards, a raid the "
            "owners still describe as the worst in its history.",
            "2022-03",
        ),
    ],
)
def test_an_unpunctuated_opening_date_dates_the_clause(extract: Any, text: str, expected: str) -> None:
    extraction = extract(text, published="2029-11-20")
    assert expected in _dates(extraction, ("attack", "military_action"))


def test_a_weekday_opening_an_answer_is_no_calendar_date(extract: Any) -> None:
    text = "Mirel: On Tuesday militiamen burned the grain store at Osk and killed two watchmen."
    extraction = extract(text, published="2029-11-22")
    assert "2029-11-20" in _dates(extraction, ("attack",))  # the Tuesday before the page, as before


def test_a_second_date_in_the_sentence_leaves_the_opening_unread(extract: Any) -> None:
    text = (
        "Lenn: In May 2027 raiders looted the depot at Harsk, and on 2 June they killed a driver "
        "on the road to Vimmo."
    )
    extraction = extract(text, published="2029-11-20")
    assert any(d and d.endswith("-06-02") for d in _dates(extraction, ("attack",)))  # its own day


def test_plural_happenings_after_an_opening_date_take_no_day_of_it(extractor: Any) -> None:
    from nexus.extract.clause_openers import unpunctuated_opening_date
    from nexus.extract.dates import find_doc_dates
    from nexus.model import Document

    text = "Orna: In May 2028 the council listed the Varrow Front, the unit behind its bombings, and a raid."
    doc, _ = extractor.parse(Document(id="t", text=text, published=date(2029, 11, 20)))
    dates = find_doc_dates(doc, date(2029, 11, 20))
    sent = next(iter(doc.sents))
    by_word = {t.lower_: t for t in doc}
    assert unpunctuated_opening_date(sent, by_word["bombings"], dates) is None
    value = unpunctuated_opening_date(sent, by_word["raid"], dates)
    assert value is not None and value.iso == "2028-05"

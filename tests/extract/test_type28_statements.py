"""Statements that a speech frame makes although the sentence around it seems to undo it: an
accusation glossed by the accused's denial ("..., a charge the neighbour rejects"), a speaker's
own trip told in a relative clause on the speaker ("the minister, who flew to the town,
told ..."), and a position quoted inside the reported clause in a sentence with no word of the
security lexicon. Invented speakers, states and towns; the sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest


def _statements(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type == "statement"]


def _types(extraction: Any) -> set[str]:
    return {e.type for e in extraction.events}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The interior minister, Lena Orsk, accused the Teral government of sheltering the "
            "gunmen, a charge Teral has repeatedly rejected.",
            id="charge-rejected",
        ),
        pytest.param(
            "The interior minister, Lena Orsk, accused the Teral government of sheltering the "
            "gunmen, an allegation Teral denies.",
            id="allegation-denied-after-an-apposed-name",
        ),
        pytest.param(
            "Foreign ministry spokesman Ivo Brandt on Monday accused Marovia of training the "
            "bombers in camps across the lake, an allegation Marovia denies.",
            id="allegation-denied",
        ),
    ],
)
def test_an_accusation_glossed_by_the_accuseds_denial_is_still_a_statement(extract: Any, text: str) -> None:
    assert len(_statements(extract(text))) == 1


def test_a_denial_that_comes_first_still_undoes_what_it_denies(extract: Any) -> None:
    text = "Teral denied that its troops had shelled the border village of Amsel on Monday."
    assert not any(e.type in ("statement", "military_action") for e in extract(text).events)


def test_the_speakers_own_trip_in_a_relative_clause_leaves_the_words_a_statement(extract: Any) -> None:
    text = (
        "A bomb killed four traders at the market in Selvo on Tuesday. Security Minister Dana "
        "Kell, who flew to Selvo on Wednesday, told the market's elders that her ministry "
        'would "stand by every stall owner" before driving back to the capital.'
    )
    extraction = extract(text)
    assert {"visit", "statement"} <= _types(extraction)
    assert any("Dana Kell" in {getattr(a, "name", a) for a in s.actors} for s in _statements(extraction))


def test_a_trip_of_someone_else_in_the_sentence_still_tells_the_news(extract: Any) -> None:
    text = (
        "A bomb killed four traders at the market in Selvo on Tuesday. The governor said the "
        "minister, who flew to Selvo on Wednesday, had met the elders of the market."
    )
    assert not _statements(extract(text))


def test_a_position_quoted_inside_the_reported_clause_is_on_record(extract: Any) -> None:
    text = (
        "A bomb killed four traders at the market in Selvo on Tuesday. Kadoria's President Omar "
        'Velik said on Wednesday that his government would "never let anyone turn neighbours '
        'against each other in this country".'
    )
    statements = _statements(extract(text))
    assert len(statements) == 1 and statements[0].date is not None
    assert statements[0].date.iso == "2025-04-23"


def test_a_plain_report_of_plans_off_security_stays_no_statement(extract: Any) -> None:
    text = (
        "The festival drew large crowds to Selvo on Saturday. The mayor, Omar Velik, said on "
        'Sunday that the town would "open two more car parks next summer".'
    )
    assert not _statements(extract(text))

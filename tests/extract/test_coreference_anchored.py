"""Anchored expressions ("the next day", "later that month") are looked for expression by
expression only in a sentence that holds one of them; the answer is the same as searching each."""

from __future__ import annotations

import pytest

from nexus.extract.coreference import _anchored, _anchored_in, _any_anchored


def each_searched(text: str) -> tuple[tuple[int, int, str, int], ...]:
    found = []
    for pattern, unit, days in _anchored():
        match = pattern.search(text)
        if match is not None:
            found.append((match.start(), len(match.group(0)), unit, days))
    return tuple(found)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Rangers found a cache the following morning near the ford.", id="next-morning"),
        pytest.param("A week later, and again later that month, the depot was looted.", id="two-expressions"),
        pytest.param("THE NEXT DAY the ferry did not sail.", id="upper-case"),
        pytest.param("The council met on Tuesday and voted to close the quarry.", id="none"),
        pytest.param("Their thatday festival and yesterdays crowds", id="no-word-boundary"),
    ],
)
def test_anchored_in_equals_a_search_per_expression(text: str) -> None:
    assert _anchored_in.__wrapped__(text) == each_searched(text)


def test_a_sentence_without_anchored_words_is_not_searched_further() -> None:
    assert _any_anchored().search("The council met on Tuesday and voted to close the quarry.") is None
    assert _anchored_in.__wrapped__("Pickets blocked the road for a second week.") == ()

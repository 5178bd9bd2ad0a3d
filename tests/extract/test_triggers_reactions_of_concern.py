"""A body's reaction of concern is a statement ("said it was worried by the harm to civilians";
``statement_cues.stance_words`` of events.yaml), and a pledge that forces will be deployed is on
security (``security_words``); a firm's concern about its sales or a pledge of roads is neither."""

from __future__ import annotations

from typing import Any

import pytest


def _statements(extraction: Any) -> int:
    return sum(e.type == "statement" for e in extraction.events)


@pytest.mark.parametrize(
    "text",
    [
        "UNICEF wrote in a post on Monday that it was deeply concerned by the casualties among "
        "civilians there.",
        "The UNHCR said in a statement on Friday it was alarmed by the growing violence around the camp.",
        "Speaking at the district office on Tuesday, the governor vowed to deploy extra police companies.",
        "The mayor promised on Monday that reinforcements would be sent to the river villages.",
    ],
)
def test_concern_and_pledges_of_forces_are_statements(extract: Any, text: str) -> None:
    assert _statements(extract(text, published="2025-05-14")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The company said on Monday that it was concerned about falling sales in the region.",
        "The mayor promised on Monday that the market road would be repaved before the rains.",
    ],
)
def test_concern_and_pledges_off_the_subject_are_no_statements(extract: Any, text: str) -> None:
    assert _statements(extract(text, published="2025-05-14")) == 0

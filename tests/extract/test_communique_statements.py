"""A communiqué's present-tense words of mourning and resolve are a statement: "expresses its
deepest condolences", "presents his condolences to the families", "pays tribute to the fallen",
"reaffirms its commitment"; "paid the ransom", "presented its annual report" and "expressed
interest" are none. Invented reports, whole pipeline.
"""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The Army Command expresses its deepest condolences to the families of the fallen and reaffirms "
        "its commitment to restore peace in the Dorna hills.",
        "The Minister of Defence presents his sincere condolences to the bereaved families and reaffirms "
        "that the nation will defeat terrorism.",
        "The Chief of Staff pays tribute to the fallen and reaffirms the resolve of the armed forces to rid "
        "the lake islands of terrorism.",
    ],
)
def test_a_communique_of_mourning_and_resolve_is_a_statement(extract: Any, text: str) -> None:
    assert [e.type for e in extract(text, published="2025-04-10").events] == ["statement"]


@pytest.mark.parametrize(
    "text",
    [
        "The company paid the ransom on Monday.",
        "The ministry presented its annual report on Monday.",
        "The governor expressed interest in the plan on Monday.",
    ],
)
def test_payments_reports_and_interest_are_no_statement(extract: Any, text: str) -> None:
    assert extract(text, published="2025-04-10").events == []

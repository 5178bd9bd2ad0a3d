"""A body's name the NER leaves untagged, with a hyphened word inside it, is an organisation
and the doer of the arrest its members make."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Agents of the Counter-Narcotics Strike Unit detained two couriers in Lusaka on Tuesday.",
         "Counter-Narcotics Strike Unit"),
        ("Investigators from the Regional Anti-Kidnapping Task Force arrested five men in Kumasi on Monday.",
         "Regional Anti-Kidnapping Task Force"),
    ],
)  # fmt: skip
def test_a_hyphened_body_name_is_one_organisation_and_the_arrester(
    extract: Any, text: str, body: str
) -> None:
    found = extract(text, published="2025-03-20")
    orgs = [e.name for e in found.entities if e.type == "ORG"]
    assert body in orgs, [(e.name, e.type) for e in found.entities]
    arrests = [e for e in found.events if e.type == "military_action"]
    assert arrests and body in arrests[0].actors, [(e.type, e.actors) for e in found.events]


def test_a_hyphen_between_spaced_words_joins_no_name(extract: Any) -> None:
    text = "Police said the Harbour - Market Road was closed after a blast in Kisumu on Monday."
    orgs = [e.name for e in extract(text, published="2025-03-20").entities if e.type == "ORG"]
    assert not any("Harbour - Market" in name for name in orgs), orgs

"""A perfect infinitive under a passive verb of belief tells a happening: nexus.extract.triggers."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Bandits are believed to have raided a hamlet near Gusau on Saturday.", "attack"),
        ("Rebels were thought to have ambushed an army convoy outside Beni on Monday.", "attack"),
        (
            "Four rangers are feared to have been killed when poachers opened fire in Garamba on Sunday.",
            "attack",
        ),
        ("Insurgents are said to have stormed a police station in Dikwa on Thursday.", "attack"),
    ],
)
def test_believed_to_have_done_is_an_event(extract: Any, text: str, etype: str) -> None:
    events = extract(text, published="2025-03-10").events
    assert [e.type for e in events].count(etype) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Bandits are expected to raid more hamlets near Gusau, officials warned on Saturday.",
        "Rebels are believed to be planning an ambush outside Beni, officials said on Monday.",
    ],
)
def test_a_plain_infinitive_stays_unrealised(extract: Any, text: str) -> None:
    events = extract(text, published="2025-03-10").events
    assert not [e for e in events if e.type == "attack"]

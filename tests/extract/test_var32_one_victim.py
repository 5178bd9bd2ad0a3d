"""One victim told by a pronoun or a relative clause is a figure of one: "killed him" (an object
pronoun, ``object_person_pronouns`` of casualties.yaml) and "X, a cadre who was killed by ..."
(the relative pronoun's antecedent a named person's apposition): nexus.extract.casualties._person_root."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "Militants ambushed the district chief on a road near Kunduz and killed him, police said.",
            "attack",
        ),
        (
            "The union mourned Samira Haddad, a local organiser who was gunned down by unknown "
            "assailants in Tripoli on Sunday.",
            "attack",
        ),
        (
            "The rebels buried Tomas Vrba, a field commander who had been killed by a Russian drone "
            "near Kupiansk.",
            "military_action",
        ),
    ],
)
def test_one_person_killed_told_by_a_pronoun_counts_one(extract: Any, text: str, etype: str) -> None:
    events = [e for e in extract(text, published="2025-05-10").events if e.type == etype]
    assert len(events) == 1
    killed = events[0].killed
    assert killed is not None and (killed.value, killed.qualifier) == (1, "exact")

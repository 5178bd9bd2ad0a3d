"""Arrests told with unnamed police, or with no doer at all, are the one police force a report names."""

from __future__ import annotations

from typing import Any

import pytest


def _arrests(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type == "military_action"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Three dock workers were arrested in Nova Palmeira on Saturday night.",
        "A fourth smuggler was detained at the ferry terminal on Sunday as he tried to leave.",
        "In the port district, police detained two dock workers on Saturday.",
        "Officers arrested a lorry driver at a roadblock outside the town on Sunday.",
    ],
)
def test_an_arrest_without_a_named_doer_is_the_named_police_forces(extract: Any, sentence: str) -> None:
    text = (
        "MAPUTO — The Mozambique Republic Police have opened an inquiry into the theft of "
        "explosives from a quarry near Nova Palmeira last week. "
        f"{sentence} The quarry has been closed since the theft."
    )
    arrests = _arrests(extract(text))
    assert arrests
    assert "Mozambique Republic Police" in arrests[-1].actors


def test_an_arrest_in_a_report_naming_two_police_forces_takes_neither(extract: Any) -> None:
    text = (
        "TALLINN — The Estonian Police and Border Guard Board and the Latvian State Police have set up a "
        "joint team to trace a stolen consignment of detonators. "
        "Two warehouse guards were arrested in Narva on Tuesday. "
        "The detonators have not been found."
    )
    arrests = _arrests(extract(text))
    assert arrests
    assert not any("Police" in actor for actor in arrests[-1].actors)


def test_soldiers_who_arrest_are_not_the_police_force_named(extract: Any) -> None:
    text = (
        "BLANTYRE — The Malawi Police Service said on Monday it had reopened the file on a string of "
        "armed robberies along the border. "
        "On Tuesday, soldiers arrested four men near a river crossing south of Nsanje. "
        "Nobody was hurt."
    )
    arrests = _arrests(extract(text))
    assert arrests
    assert "Malawi Police Service" not in arrests[-1].actors

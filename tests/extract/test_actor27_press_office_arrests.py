"""Arrests a forces' press office tells of, with no arrester named, are its state's."""

from __future__ import annotations

from typing import Any

import pytest


def _action_actors(extract: Any, text: str) -> list[list[str]]:
    return [e.actors for e in extract(text).events if e.type == "military_action"]


@pytest.mark.parametrize("office", ["Army Media Directorate", "Joint Operations Media Office"])
def test_detentions_told_by_a_media_office_are_the_state_s(extract: Any, office: str) -> None:
    text = (
        f"BAGHDAD — Four wanted men were detained in Tarmiyah overnight, the {office} said in a Friday "
        "statement. Iraq has stepped up raids north of the capital since January."
    )
    assert _action_actors(extract, text) == [["Iraq"]]


def test_detentions_told_by_a_security_service_stay_its_own(extract: Any) -> None:
    text = (
        "MOSCOW — Five people were detained in Nalchik overnight for allegedly financing militants, "
        "the FSB said on Friday."
    )
    assert _action_actors(extract, text) == [["FSB"]]

"""A name the text writes before a site-modifier noun and a place noun ("the X weekly market",
"the Y resettlement village") is a place wherever else the NER read it as a person."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The ward head, Alhaji Sule Bakori, said the gunmen stayed for two hours. The Bakori weekly"
            " market was closed on Monday. The commissioner visited Bakori on Thursday.",
            "Bakori",
        ),
        (
            "Militia members shot dead two suspected scouts near the Mbalango resettlement village on"
            " Sunday. Mbalango had been attacked twice this year.",
            "Mbalango",
        ),
    ],
)
def test_a_name_before_a_modified_place_noun_is_a_place(extract: Any, text: str, place: str) -> None:
    kinds = [e.type for e in extract(text).entities if e.name == place]
    assert kinds == ["PLACE"]


def test_a_person_named_before_a_common_noun_stays_a_person(extract: Any) -> None:
    names = {
        e.name: e.type for e in extract("Mr Danladi Kurya said the Kurya family farm was burned.").entities
    }
    assert "PLACE" not in names.values()

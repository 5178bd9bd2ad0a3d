"""Names listed as examples of armed groups, each located with "in": nexus.extract.entities
(_listed_among_groups, _one_of_located_members) and the relations read from them."""

from __future__ import annotations

from typing import Any

import pytest


def _pairs(extraction: Any) -> set[tuple[str, str, str]]:
    out = set()
    for r in extraction.relations:
        a, b = sorted((r.source, r.target))
        out.add((a, r.type, b))
    return out


@pytest.mark.parametrize(
    ("text", "group", "place"),
    [
        (
            "Libya's rival government funds several armed factions, notably the Tebu Guard in Kufra "
            "and the Tarhuna Division in Sirte.",
            "Tarhuna Division",
            "Sirte",
        ),
        (
            "Sudan has long sheltered militant factions, including the Chadian Union Front in Darfur "
            "and the Gereida network in Nyala.",
            "Gereida",
            "Nyala",
        ),
    ],
)
def test_a_later_listed_group_is_a_group_based_in_its_place(
    extract: Any, text: str, group: str, place: str
) -> None:
    extraction = extract(text, published="2025-01-20")
    ents = {e.name: e.type for e in extraction.entities}
    assert ents.get(group) == "ORG"
    assert tuple(sorted((group, place))) in {(a, b) for a, t, b in _pairs(extraction) if t == "based_in"}


def test_a_located_member_keeps_its_place_out_of_its_name(extract: Any) -> None:
    text = (
        "Uganda has backed several rebel movements, among them the Popular Resistance Front in "
        "Chad and the National Salvation Army in Sudan."
    )
    names = {e.name for e in extract(text, published="2025-01-20").entities}
    assert "National Salvation Army" in names
    assert not any(n.endswith(" in Sudan") for n in names)


def test_a_body_serving_a_country_keeps_it_in_its_name(extract: Any) -> None:
    text = "The Supreme Council of Muslims in Kenya condemned the bombing on Monday."
    names = {e.name for e in extract(text, published="2025-01-20").entities}
    assert "Supreme Council of Muslims in Kenya" in names

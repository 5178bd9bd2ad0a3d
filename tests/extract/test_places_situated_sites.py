"""A place whose phrase only says where another lies ("the X resort in Y", "the X hills north of
Y", "X, a hamlet near Y") is no scene of its own: the place it situates comes first."""

from __future__ import annotations

from typing import Any

import pytest


def violent_places(extraction: Any) -> list[str | None]:
    return [
        e.place.name if e.place else None
        for e in extraction.events
        if e.type in ("attack", "military_action")
    ]


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "Gunmen kidnapped eleven divers from the Coral Wind resort in Palawan in April 2004.",
            "Coral Wind",
        ),
        (
            "On Friday gunmen shot dead the elder of Umm Sawda, a hamlet near Hawija, the police said.",
            "Umm Sawda",
        ),
    ],
)
def test_a_site_comes_before_the_place_that_only_situates_it(extract: Any, text: str, site: str) -> None:
    places = violent_places(extract(text, published="2026-03-02"))
    assert places and all(p is not None and p.startswith(site) for p in places)


def candidates(extractor: Any, text: str, trigger_word: str) -> list[str]:
    from nexus.extract.entities import token_entity_index
    from nexus.extract.places import place_candidates

    doc = extractor.nlp(text)
    index = token_entity_index(doc, doc._.nexus_entities)
    trigger = next(t for t in doc if t.text == trigger_word)
    return [c.name for c in place_candidates(next(iter(doc.sents)), trigger, index, violent=True)]


def test_the_ends_of_a_road_keep_their_order_whatever_bearing_follows(extractor: Any) -> None:
    text = (
        "Gunmen attacked a checkpoint on the road between Hasakah and Raqqa, about 30 km west of Raqqa, "
        "on Monday night, killing two guards."
    )
    assert candidates(extractor, text, "attacked") == ["Hasakah", "Raqqa"]


def test_a_town_is_not_moved_before_a_finer_site_that_situates_it(extractor: Any) -> None:
    text = "Gunmen stormed Kalaba, a village near the Dikwa army barracks, on Tuesday, killing four soldiers."
    names = candidates(extractor, text, "stormed")
    assert names[0] == "Kalaba"


def test_a_village_comes_before_the_area_that_situates_it(extractor: Any) -> None:
    text = "Gunmen ambushed a police van near Sarkot village in the Dhanwar area on Monday, killing three."
    names = candidates(extractor, text, "ambushed")
    assert names.index("Sarkot") < names.index("Dhanwar")

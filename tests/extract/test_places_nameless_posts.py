"""A checkpoint or outpost stormed in a region takes the town the next sentence sets it in."""

from __future__ import annotations

from typing import Any


def attack_places(extraction: Any) -> list[str | None]:
    return [e.place.name if e.place else None for e in extraction.events if e.type == "attack"]


def test_a_checkpoint_in_a_region_takes_the_town_the_next_sentence_names(extract: Any) -> None:
    text = (
        "Gunmen stormed a police checkpoint in north-western Pakistan on Monday, killing seven "
        "officers. The post is in Tormelle, 20 km from Karvoda."
    )
    assert attack_places(extract(text, published="2026-03-04")) == ["Tormelle"]


def test_an_outpost_in_a_region_takes_the_town_the_next_sentence_names(extract: Any) -> None:
    text = (
        "Gunmen overran an army outpost in northern Mali on Monday, killing nine soldiers. The base "
        "lies near Tormelle, 20 km from Karvoda."
    )
    assert attack_places(extract(text, published="2026-03-04")) == ["Tormelle"]


def test_a_post_on_social_media_takes_no_town_named_later(extract: Any) -> None:
    text = (
        "The governor condemned the killings in a post on social media on Monday. Gunmen had shot "
        "dead four traders in Tormelle on Sunday."
    )
    statements = [e for e in extract(text, published="2026-03-04").events if e.type == "statement"]
    assert all(e.place is None or e.place.name != "Tormelle" for e in statements)

"""A rally is held where the crowd gathered, not where what it protested against or demanded lies."""

from __future__ import annotations

from typing import Any

import pytest


def rally_places(extraction: Any) -> list[str | None]:
    return [e.place.name if e.place else None for e in extraction.events if e.type == "rally"]


def kept_places(extractor: Any, text: str, trigger_word: str) -> list[str]:
    from nexus.extract.entities import token_entity_index
    from nexus.extract.places import without_grievances

    doc = extractor.nlp(text)
    index = token_entity_index(doc, doc._.nexus_entities)
    sent = next(iter(doc.sents))
    trigger = next(t for t in doc if t.text == trigger_word)
    places = [c for c in doc._.nexus_entities if c.type == "PLACE"]
    return [c.name for c in without_grievances(places, sent, trigger, index)]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Students marched in Bunia on Monday to protest against the killings at Kibumba.", "marched"),
        (
            "Women gathered outside the district office in Goma to denounce the abductions in Kibumba.",
            "gathered",
        ),
        ("Traders rallied in Goma on Friday, demanding the release of men held in Kibumba.", "rallied"),
    ],
)
def test_a_place_of_what_the_crowd_protested_is_set_aside(extractor: Any, text: str, trigger: str) -> None:
    assert "Kibumba" not in kept_places(extractor, text, trigger)


def test_a_place_named_for_the_rally_itself_stays(extractor: Any) -> None:
    text = "Hundreds of traders marched in Goma on Friday against the new curfew."
    assert kept_places(extractor, text, "marched") == ["Goma"]


def test_residents_rally_at_home_when_only_the_grievance_is_placed(extract: Any) -> None:
    text = (
        "On Friday residents of Goma rallied outside the town hall, "
        "demanding the return of families held in Kibumba."
    )
    assert rally_places(extract(text, published="2026-03-02")) == ["Goma"]

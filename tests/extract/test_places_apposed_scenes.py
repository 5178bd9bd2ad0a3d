"""The place the event's own clause names before the places that only situate it: a name set beside
a description ("X, a hamlet on the plateau above Y") is the scene, Y only its reference point; the
base of those a happening is laid at ("blamed on fighters based in Y") is no scene; nor is where a
speaker was reached ("speaking by telephone from Y") a village that "the village" points back to."""

from __future__ import annotations

from typing import Any


def violent_places(extraction: Any) -> list[str | None]:
    return [
        e.place.name if e.place else None
        for e in extraction.events
        if e.type in ("attack", "military_action")
    ]


def candidates(extractor: Any, text: str, trigger_word: str) -> list[str]:
    from nexus.extract.entities import token_entity_index
    from nexus.extract.places import place_candidates

    doc = extractor.nlp(text)
    index = token_entity_index(doc, doc._.nexus_entities)
    trigger = next(t for t in doc if t.text == trigger_word)
    return [c.name for c in place_candidates(trigger.sent, trigger, index, violent=True)]


def test_a_named_hamlet_comes_before_the_town_its_description_sets_it_by(extract: Any) -> None:
    text = (
        "Gunmen seized the headman of Talmora, a hamlet on the plateau above Vessik, on Monday and freed "
        "him later."
    )
    assert violent_places(extract(text, published="2026-05-10")) == ["Talmora"]


def test_a_town_named_as_the_scene_stays_first_when_a_described_town_follows(extractor: Any) -> None:
    text = (
        "Gunmen killed four herders in Kelvora on Sunday before fleeing towards Dastrel, a town near Ombra."
    )
    names = candidates(extractor, text, "killed")
    assert names[0] == "Kelvora"
    assert "Dastrel" not in names  # where the gunmen fled to is no scene, nor is Ombra above it


def test_a_hamlet_a_track_leads_to_is_placed_before_its_bearing_town(extract: Any) -> None:
    text = (
        "On 3 May 2026, two nurses were kidnapped on the track leading to Ombesa, a hamlet 12 km west of "
        "Karvoli."
    )
    assert violent_places(extract(text, published="2026-05-10")) == ["Ombesa"]


def test_the_base_of_those_a_bombing_is_blamed_on_is_no_scene(extractor: Any) -> None:
    assert (
        candidates(extractor, "The ministry blamed the bombing on militants based in Ruritania.", "bombing")
        == []
    )
    assert (
        candidates(extractor, "The bombing was later linked to a cell based in Ruritania.", "bombing") == []
    )


def test_the_base_of_a_unit_that_was_attacked_stays_the_scene(extractor: Any) -> None:
    text = "Gunmen carried out an attack on soldiers based in Ruritania on Friday."
    assert candidates(extractor, text, "attack") == ["Ruritania"]


def test_where_a_speaker_was_reached_is_not_the_village_of_a_later_raid(extractor: Any) -> None:
    from nexus.extract.entities import token_entity_index
    from nexus.extract.places import town_named_before

    reached = (
        "A councillor, speaking by telephone from Varnas, said youths from the village later burned a camp."
    )
    resident = "A councillor in Varnas said youths from the village later burned a camp."
    found = []
    for text in (reached, resident):
        doc = extractor.nlp(text)
        index = token_entity_index(doc, doc._.nexus_entities)
        trigger = next(t for t in doc if t.text == "burned")
        found.append([c.name for c in town_named_before(trigger.sent, index, trigger)])
    assert found == [[], ["Varnas"]]

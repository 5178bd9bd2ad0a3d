"""Triggers whose clause the parse bends: a device's describing participle read as the clause
("a mine buried under the track went off"), a past-tense conjunct beside an infinitive ("forced
the lorry to stop and shot ..."), and a raid's scene the NER read as a language."""

from __future__ import annotations

from typing import Any


def _events(result: Any, etype: str) -> list[Any]:
    return [e for e in result.events if e.type == etype]


def test_a_device_described_by_a_participle_still_goes_off(extract: Any) -> None:
    result = extract(
        "Seven people died when a bomb packed in a vegetable crate went off at a busy bus stand in "
        "Lurundi, police said."
    )
    assert _events(result, "attack")


def test_a_participle_with_no_device_makes_no_blast(extract: Any) -> None:
    result = extract(
        "Two traders died on Tuesday when a crowd gathered near the stall went off in search of help."
    )
    assert not _events(result, "attack")


def test_a_past_conjunct_beside_an_infinitive_is_told_as_done(extract: Any) -> None:
    result = extract(
        "Bandits ordered the lorry drivers to pull over near Kasindo on Friday and shot dead three of them."
    )
    attacks = _events(result, "attack")
    assert attacks and attacks[0].place is not None and attacks[0].place.name == "Kasindo"


def test_a_base_form_conjunct_keeps_the_plan(extract: Any) -> None:
    result = extract("The rebels intend to encircle the garrison and shoot anyone who tries to leave.")
    assert not _events(result, "attack")


def test_a_raids_scene_read_as_a_language_is_a_place(nlp: Any) -> None:
    from spacy.tokens import Span

    from nexus.extract.entities import _with_untagged_taken_places

    doc = nlp("Nine soldiers were killed when gunmen overran their camp in Tessoumi on Sunday, the army said")
    at = next(t.i for t in doc if t.text == "Tessoumi")
    misread = Span(doc, at, at + 1, label="LANGUAGE")
    spans = _with_untagged_taken_places(doc, [e for e in doc.ents if e.end <= at or e.start > at] + [misread])
    labels = {s.text: s.label_ for s in spans}
    assert labels.get("Tessoumi") == "GPE"
    assert not [s for s in spans if s.label_ == "LANGUAGE"]

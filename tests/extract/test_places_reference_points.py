"""A place named only as a reference point is not the scene: a town set inside a named stretch stays
the finer scene, and a "where" clause after a described or contained place tells about the place
described ("X, a hamlet 12 km east of Y in Z, where ...": X; "X in Z district, where ...": X)."""

from __future__ import annotations

from typing import Any

import pytest


def violent_places(extraction: Any) -> list[str | None]:
    return [
        e.place.name if e.place else None
        for e in extraction.events
        if e.type in ("attack", "military_action")
    ]


def test_a_stretch_that_holds_the_town_is_not_put_first(extract: Any) -> None:
    # "in" sets the town inside the stretch: the town is the finer scene
    text = "Rangers raided a poachers' camp at Dervan in the Karsal forest on Friday, killing six men."
    places = violent_places(extract(text, published="2026-04-11"))
    assert places and places[0] == "Dervan"


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers answered an alarm from Telubo, a cattle settlement some 12 kilometres east of "
        "Maskur in Varani district, where raiders had shot five herders at dawn.",
        "Rescuers drove to Telubo in Varani district, where raiders had shot five herders at dawn.",
    ],
)
def test_a_where_clause_tells_about_the_place_described(extract: Any, text: str) -> None:
    extraction = extract(text, published="2026-04-12")
    attacks = [e for e in extraction.events if e.type == "attack"]
    assert attacks and attacks[0].place is not None and attacks[0].place.name == "Telubo"


def test_a_where_clause_on_an_office_holders_town_is_that_town(extract: Any) -> None:
    text = "The mayor of Maskur, where raiders shot five herders on Monday, asked for more police."
    extraction = extract(text, published="2026-04-13")
    attacks = [e for e in extraction.events if e.type == "attack"]
    assert attacks and attacks[0].place is not None and attacks[0].place.name == "Maskur"


def test_the_division_holding_a_short_list_of_villages_is_not_counted_as_one_of_them(extract: Any) -> None:
    text = (
        "In May, raiders killed 23 herders in raids on Kowri, Tanbar and Dofara, "
        "three hamlets of the Bourem cercle."
    )
    attacks = [e for e in extract(text, published="2026-06-02").events if e.type == "attack"]
    assert attacks and attacks[0].place is not None and attacks[0].place.name == "Kowri"


def test_raids_on_many_villages_are_still_placed_in_no_one_of_them(extract: Any) -> None:
    text = (
        "In May, raiders killed 40 herders in raids on Kowri, Tanbar, Dofara and Lelehoy, "
        "four hamlets of the Bourem cercle."
    )
    attacks = [e for e in extract(text, published="2026-06-02").events if e.type == "attack"]
    assert attacks and (attacks[0].place is None or attacks[0].place.name != "Kowri")


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        (
            "Raiders overran a ranger post inside the Kainji National Park on Sunday, killing two "
            "rangers, a security source in Abuja told us.",
            "Kainji National Park",
        ),
        (
            "Gunmen burned a police post in Kontagora on Sunday, killing two constables, an official "
            "in Minna told us.",
            "Kontagora",
        ),
    ],
)
def test_a_trailing_sources_town_is_no_scene(extract: Any, text: str, scene: str) -> None:
    attacks = [e for e in extract(text, published="2026-06-03").events if e.type == "attack"]
    assert attacks and attacks[0].place is not None and attacks[0].place.name == scene


def test_a_source_phrase_reads_only_after_the_happening() -> None:
    import spacy

    from nexus.extract.source_towns import source_told_after

    nlp = spacy.blank("en")
    doc = nlp("killing two rangers , a source in Abuja told us")
    heads = [0, 0, 1, 0, 5, 2, 5, 6, 0, 8]
    deps = ["ROOT", "nummod", "dobj", "punct", "det", "appos", "prep", "pobj", "conj", "dobj"]
    pos = ["VERB", "NUM", "NOUN", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "VERB", "PRON"]
    lemmas = ["kill", "two", "ranger", ",", "a", "source", "in", "Abuja", "tell", "we"]
    for token, head, dep, tag, lemma in zip(doc, heads, deps, pos, lemmas, strict=True):
        token.head, token.dep_, token.pos_, token.lemma_ = doc[head], dep, tag, lemma
    assert source_told_after(doc[7], doc[0])
    assert not source_told_after(doc[7], doc[8])  # (a source named before its trigger)
    assert not source_told_after(doc[2], doc[0])  # (not a locative object)

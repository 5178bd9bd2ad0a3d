"""Comparison frames (``extract/comparisons.py`` and its hooks): a happening measured against
another is no happening told, the yardstick's own year and town are its own, and a "since"
phrase that closes a superlative's clause spans no tally."""

from __future__ import annotations

from typing import Any

from nexus.extract.comparisons import degree_measured


def _told(extraction: Any) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.type, e.date.iso if e.date else None, e.place.name if e.place else None) for e in extraction.events
    ]


def test_a_noun_measured_by_degree_names_no_happening(extract: Any) -> None:
    text = (
        "A charge planted by militants killed thirty miners at a pit in Velmora on Monday. "
        "Few in the valley recall a bombing as deadly as this one since 2015."
    )
    told = _told(extract(text, published="2025-03-12"))
    assert ("attack", "2025-03-10", "Velmora") in told
    assert not any(iso == "2015" for _, iso, _ in told), told


def test_degree_shapes_before_and_after_the_noun(extractor: Any) -> None:
    doc = extractor.nlp(
        "Nobody had seen so grim a raid, such a bloody ambush, or a siege as bloody as that one."
    )
    by_word = {t.lower_: t for t in doc}
    assert degree_measured(by_word["raid"])
    assert degree_measured(by_word["ambush"])
    assert degree_measured(by_word["siege"])
    plain = extractor.nlp("A grim raid on a depot left four guards dead.")
    assert not degree_measured(next(t for t in plain if t.lower_ == "raid"))


def test_a_since_phrase_closing_a_superlatives_clause_keeps_the_toll(extract: Any) -> None:
    text = (
        "A truck bomb outside a customs post in Velmora killed 12 people on Monday, "
        "the worst bloodshed the port has seen since 2004."
    )
    events = extract(text, published="2025-03-12").events
    attacks = [e for e in events if e.type == "attack"]
    assert len(attacks) == 1
    assert attacks[0].date is not None and attacks[0].date.iso == "2025-03-10"
    assert attacks[0].killed is not None and attacks[0].killed.value == 12


def test_a_yardstick_named_by_a_site_is_dated_by_its_year_and_placed_in_its_town(extract: Any) -> None:
    text = (
        "Rebels shot dead nine herders near Velmora on Sunday. It was the worst killing in the "
        "area since the 2011 Army Signals College bombing in Lahore."
    )
    extraction = extract(text, published="2025-03-12")
    older = [e for e in extraction.events if e.date is not None and e.date.iso == "2011"]
    assert len(older) == 1, _told(extraction)
    assert older[0].type == "attack"  # the word "Army" in the college's name makes no state strike
    assert older[0].place is not None and older[0].place.name == "Lahore"
    assert ("attack", "2025-03-09", "Velmora") in _told(extraction)


def test_a_name_modifying_a_dated_happening_is_where_it_happened(extract: Any) -> None:
    text = (
        "Gunmen killed eleven fishermen near Velmora on Sunday, the deadliest raid on the coast "
        "since the 2013 Mwakadogo Sports Club bombing."
    )
    extraction = extract(text, published="2025-03-12")
    older = [e for e in extraction.events if e.date is not None and e.date.iso == "2013"]
    assert [e.place.name if e.place else None for e in older] == ["Mwakadogo Sports Club"]
    assert any(e.name == "Mwakadogo Sports Club" and e.type == "PLACE" for e in extraction.entities)

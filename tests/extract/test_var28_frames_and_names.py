"""A happening named only as a yardstick does not carry the next sentence's story; a museum is a
site; a title word opening a town's name after a preposition of place stays with the town."""

from __future__ import annotations

from typing import Any


def _events(extract: Any, text: str, published: str) -> list[tuple[str, str | None, str | None]]:
    found = extract(text, published=published).events
    return [(e.type, e.date.iso if e.date else None, e.place.name if e.place else None) for e in found]


def test_a_claim_after_a_yardstick_sentence_is_the_news_claim(extract: Any) -> None:
    text = (
        "Nine rangers were shot dead at a camp near Garoua on Tuesday, the governor said.\n\n"
        "Officials said nothing in the province had been as bloody since the 2014 Kolofata raid. "
        "The Ansaru faction later said its gunmen had carried out that ambush."
    )
    found = _events(extract, text, "2025-05-08")
    claims = [e for e in found if e[0] == "claim"]
    assert claims and all(c[1] == "2025-05-06" for c in claims), found
    assert all(c[2] != "Kolofata" for c in claims), found


def test_an_older_story_told_in_its_own_sentence_still_goes_on(extract: Any) -> None:
    text = (
        "Nine rangers were shot dead at a camp near Garoua on Tuesday, the governor said.\n\n"
        "In March 2014, raiders overran a depot at Kolofata. Forty guards died in the fighting."
    )
    found = _events(extract, text, "2025-05-08")
    assert not [e for e in found if e[1] == "2025-05-06" and e[2] == "Kolofata"], found


def test_a_museum_is_a_site(extract: Any) -> None:
    text = "Two gunmen opened fire outside the Hermitage Museum in the old town on Friday, police said."
    places = {(e.name, e.subtype) for e in extract(text).entities if e.type == "PLACE"}
    assert ("Hermitage Museum", "site") in places, places


def test_a_title_word_opening_a_town_name_after_near_stays_with_the_town(extract: Any) -> None:
    text = "Five soldiers died when insurgents overran a post near Sheikh Miskeen in Syria."
    found = extract(text, published="2025-06-10")
    persons = [e.name for e in found.entities if e.type == "PERSON"]
    assert "Miskeen" not in persons, persons
    assert any(e.place is not None and e.place.name == "Sheikh Miskeen" for e in found.events)

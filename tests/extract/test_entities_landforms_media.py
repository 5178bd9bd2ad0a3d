"""A group's media arm is an outlet; a name before a landform noun is a place; a town the
gazetteer knows whole is no person."""

from __future__ import annotations

from typing import Any


def kinds(extraction: Any) -> dict[str, tuple[str, str | None]]:
    return {e.name: (e.type, e.subtype) for e in extraction.entities}


def test_a_media_arm_with_a_hyphened_article_is_the_groups_outlet(extract: Any) -> None:
    text = (
        "The insurgents claimed the raid on Friday through its ar-Rimaya media arm, saying ten guards died."
    )
    assert kinds(extract(text)).get("ar-Rimaya") == ("ORG", "media")


def test_a_capitalised_media_channel_is_no_person(extract: Any) -> None:
    text = "The militia said on its Sawt Qarawi media channel that it had seized two trucks near the border."
    assert kinds(extract(text)).get("Sawt Qarawi") == ("ORG", "media")


def test_a_media_arm_named_after_the_noun_is_the_outlet(extract: Any) -> None:
    text = "The group said in a statement carried by its media arm, Nida Tawil, that it had shelled the base."
    assert kinds(extract(text)).get("Nida Tawil") == ("ORG", "media")


def test_an_army_media_wing_names_no_outlet(extract: Any) -> None:
    found = kinds(extract("Four soldiers were killed on Tuesday, the army's media wing said."))
    assert not any(subtype == "media" for _, subtype in found.values())


def test_a_name_before_river_is_a_site(extract: Any) -> None:
    text = "The raiders withdrew on foot along the Korrowa river before reinforcements arrived."
    assert kinds(extract(text)).get("Korrowa") == ("PLACE", "site")


def test_a_name_before_plural_forests_is_a_place(extract: Any) -> None:
    text = "Security forces killed nine rebels in the Mbetemi forests of the eastern province on Sunday."
    assert kinds(extract(text)).get("Mbetemi", ("", None))[0] == "PLACE"


def test_a_known_two_word_town_read_as_a_person_is_a_place(extract: Any) -> None:
    text = "Gunmen in Pakistan stormed a police compound in Kot Addu, Toba Tek Singh, killing six officers."
    assert kinds(extract(text)).get("Toba Tek Singh", ("", None))[0] == "PLACE"


def test_a_titled_two_word_name_stays_a_person(extract: Any) -> None:
    text = "Governor Karim Haddad said on Monday that six officers had been killed."
    assert kinds(extract(text)).get("Karim Haddad", ("", None))[0] == "PERSON"

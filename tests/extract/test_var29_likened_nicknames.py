"""A place named in quotes as the likeness of another ("'the X of the Y'") is a nickname, whatever
verb brings the quote; so is one after a naming verb of the tourist trade ("advertised as")."""

from __future__ import annotations

from typing import Any


def _places(extract: Any, text: str) -> set[str]:
    return {e.name for e in extract(text, published="2025-02-11").entities if e.type == "PLACE"}


def test_a_likeness_in_quotes_after_no_naming_verb_is_no_place(extract: Any) -> None:
    text = "Gunmen attacked a bus near the 'Ireland of the Andes' outside Cusco, police said."
    places = _places(extract, text)
    assert "Ireland" not in places, places
    assert "Cusco" in places, places


def test_the_quote_may_open_after_the_article(extract: Any) -> None:
    text = (
        "Rangers searched the Kaghan hills, long advertised to hikers as the 'Norway of the South', "
        "on Monday."
    )
    assert "Norway" not in _places(extract, text)


def test_a_marketing_verb_then_as_names_a_nickname(extract: Any) -> None:
    text = "Soldiers guarded Gilgit, a town marketed to climbers as 'Little Tibet', after Sunday's ambush."
    assert "Tibet" not in _places(extract, text)


def test_a_place_in_quotes_without_a_likeness_stays_a_place(extract: Any) -> None:
    text = "The minister said 'Mali will never bow to the jihadists', after the raid near Gao on Friday."
    assert "Mali" in _places(extract, text)

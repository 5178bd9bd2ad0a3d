"""Towns the NER leaves out, read from where the text puts them: the locative phrase of an
assault's site, a year and a happening noun around the name, a division the report sets the name
in; a country named across a border is no country of the place; the source of an "according to"
phrase may be reached through its statement."""

from __future__ import annotations

from typing import Any

import pytest


def _places(result: Any) -> dict[str, str]:
    return {e.name: e.type for e in result.entities}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "A young bomber blew himself up at a tea house in Lomba during evening prayers, killing six.",
            "Lomba",
        ),
        ("Raiders cut down villagers of Lomba as they fled on Sunday night, a priest said.", "Lomba"),
    ],
)
def test_an_untagged_name_where_the_assaults_site_lies_is_its_place(
    extract: Any, text: str, place: str
) -> None:
    result = extract(text)
    assert _places(result).get(place) == "PLACE"
    assert any(e.type == "attack" and e.place is not None and e.place.name == place for e in result.events)


def test_a_name_between_a_year_and_a_happening_noun_is_a_place(extract: Any) -> None:
    result = extract("Elders called Monday's ambush on a convoy the deadliest since the 2017 Lomba massacre.")
    assert _places(result).get("Lomba") == "PLACE"
    recalled = [
        e for e in result.events if e.type == "attack" and e.date is not None and e.date.iso == "2017"
    ]
    assert recalled and recalled[0].place is not None and recalled[0].place.name == "Lomba"


def test_an_untagged_name_set_in_a_division_names_the_village_left_nameless(extract: Any) -> None:
    result = extract(
        "Rebels raided a village in northern Uganda on Friday, killing several people.\n\n"
        "Reports from Drovi, in Kibali district, conflicted: a nurse counted four dead, a teacher eleven."
    )
    assert _places(result).get("Drovi") == "PLACE"
    assert [e.place.name for e in result.events if e.type == "attack" and e.place] == ["Drovi"]


def test_a_country_across_the_border_does_not_keep_the_village_out_of_the_region(extract: Any) -> None:
    result = extract(
        "Gunmen stormed a hamlet in western Niger, leaving several dead.\n\n"
        "Figures from Kapoko, close to the border with Mali, were disputed: a chief counted four bodies, "
        "a herder nine."
    )
    assert [e.place.name for e in result.events if e.type == "attack" and e.place] == ["Kapoko"]


@pytest.mark.parametrize(
    ("text", "untagged"),
    [
        ("A gunman fired at the Church in Lomba on Sunday.", "Church"),
        ("Bandits attacked a convoy in March on the road north, police said.", "March"),
    ],
)
def test_a_common_word_or_a_month_in_the_scene_is_no_town(extract: Any, text: str, untagged: str) -> None:
    assert _places(extract(text)).get(untagged) != "PLACE"


def test_a_state_whose_forces_issued_the_statement_places_a_border_ambush(extract: Any) -> None:
    result = extract(
        "Five gendarmes died in an ambush near the frontier with Ghana on Monday, according to a "
        "communique from Burkina Faso's defence ministry."
    )
    attacks = [e for e in result.events if e.type == "attack"]
    assert attacks and attacks[0].place is not None and attacks[0].place.name == "Burkina Faso"


@pytest.mark.parametrize(
    ("text", "word", "town"),
    [
        (
            "Two commuters were knifed aboard a suburban train as it neared Walenstadt station on Monday.",
            "Walenstadt",
            True,
        ),
        ("Mourners gathered at the Sufi shrine on Monday.", "Sufi", False),
    ],
)
def test_a_known_town_before_a_site_noun_is_no_people(nlp: Any, text: str, word: str, town: bool) -> None:
    from spacy.tokens import Span

    from nexus.extract.entities import _town_read_as_a_people

    doc = nlp(text)
    at = next(t.i for t in doc if t.text == word)
    assert _town_read_as_a_people(Span(doc, at, at + 1, label="NORP")) is town


def test_the_community_of_a_name_is_a_place(extract: Any) -> None:
    result = extract("Police said the gunmen had stormed the farming community of Ugwu-Okpara before dawn.")
    assert _places(result).get("Ugwu-Okpara") == "PLACE"
    assert [e.place.name for e in result.events if e.type == "attack" and e.place] == ["Ugwu-Okpara"]

"""Settlements no table knows, named by the way a sentence places them: hyphenated names after
"the community of", the people living there ("residents of X") and a name set in a country by
apposition ("in X, in northern Y") (``gazetteer.located_towns``, full pipeline)."""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from nexus.extract.gazetteer import located_towns


def _towns(nlp: Language, text: str) -> list[str]:
    return [span.text for span in located_towns(nlp(text), [])]


def _place_of(extraction: Any, etype: str) -> str | None:
    event = next(e for e in extraction.events if e.type == etype)
    return event.place.name if event.place is not None else None


def test_a_hyphenated_name_after_a_settlement_noun_is_kept_whole(nlp: Language) -> None:
    text = "Raiders torched granaries in the community of Obu-Lanta before dawn."
    assert _towns(nlp, text) == ["Obu-Lanta"]


def test_a_hyphen_with_spaces_does_not_join_two_names(nlp: Language) -> None:
    text = "Raiders torched granaries in the community of Obulanta - Verex said nothing."
    assert "Obulanta - Verex" not in _towns(nlp, text)


def test_residents_of_a_name_make_it_a_settlement(nlp: Language) -> None:
    text = "Gunmen on motorbikes shot at residents of Kwondela while they fetched water."
    assert _towns(nlp, text) == ["Kwondela"]


def test_a_name_set_in_a_country_is_a_settlement(nlp: Language) -> None:
    text = "Nine herders were shot dead near Darbouli, in far north-eastern Chad, on Monday."
    assert _towns(nlp, text) == ["Darbouli"]


def test_a_name_before_a_country_phrase_that_goes_on_is_not_taken(nlp: Language) -> None:
    text = "Nine herders were shot dead near Darbouli, in Chad Basin reserves, on Monday."
    assert _towns(nlp, text) == []


def test_residents_of_an_unknown_town_place_the_attack(extract: Any) -> None:
    text = "Assailants with machetes hacked residents of Mbarkoya to death on Sunday night, elders said."
    assert _place_of(extract(text, published="2025-06-10"), "attack") == "Mbarkoya"


def test_a_hyphenated_community_places_the_attack(extract: Any) -> None:
    text = "Armed herdsmen stormed the community of Ugo-Nkpor on Friday and killed nine farmers, police said."
    assert _place_of(extract(text, published="2025-06-10"), "attack") == "Ugo-Nkpor"


def test_in_a_nearby_town_the_name_is_a_place(extract: Any) -> None:
    text = (
        "Three guards were shot at a depot near Kelmora on Friday. Speaking for police in "
        "neighbouring Darvelle, an inspector said the gunmen escaped."
    )
    names = {(e.name, e.type) for e in extract(text, published="2025-06-10").entities}
    assert ("Darvelle", "PLACE") in names
    assert ("Darvelle", "PERSON") not in names


def test_an_unknown_town_retaken_opening_the_sentence_places_the_operation(extract: Any) -> None:
    text = "Ouroubéla was retaken by government troops on Saturday after two days of fighting, officers said."
    assert _place_of(extract(text, published="2025-06-10"), "military_action") == "Ouroubéla"


def test_a_person_arrested_opening_the_sentence_stays_a_person(extract: Any) -> None:
    text = "Ousmane Terbé was arrested by gendarmes on Saturday after the ambush near Kelmora, officers said."
    names = {(e.name, e.type) for e in extract(text, published="2025-06-10").entities}
    assert ("Ousmane Terbé", "PLACE") not in names


def test_residents_of_a_name_before_a_division_phrase_are_the_division_s(nlp: Language) -> None:
    text = "Residents of Tarvuma local government area buried eleven victims of the raid on Tuesday."
    assert _towns(nlp, text) == []


def test_the_community_of_a_name_before_a_division_word_is_no_settlement(nlp: Language) -> None:
    text = "Gunmen burned granaries across the community of Hollowmere district before dawn."
    assert _towns(nlp, text) == []

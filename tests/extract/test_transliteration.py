"""Known groups spelt in a transliteration the actor gazetteer does not list."""

from __future__ import annotations

from typing import Any

import pytest

from nexus.extract.transliteration import lookup, name_skeleton


def _keys(extraction: Any) -> dict[str, str | None]:
    return {e.name: e.gazetteer_id for e in extraction.entities}


@pytest.mark.parametrize(
    ("spelling", "key"),
    [
        ("Jama'a Nasr al-Islam wa al-Muslimin", "actor:jnim"),
        ("Jamaat Nusrat al-Islam wal-Muslimeen", "actor:jnim"),
        ("Harakat ash-Shabab al-Mujahidin", "actor:al-shabaab"),
        ("Tahreek-i-Taleban Pakistan", "actor:tehrik-i-taliban-pakistan"),
    ],
)
def test_unlisted_spelling_of_a_listed_group_is_found(spelling: str, key: str) -> None:
    assert lookup(spelling) == key


def test_sun_letter_article_folds_to_al() -> None:
    assert name_skeleton("Ansar ad-Din Front") == name_skeleton("Ansar al-Din Front")


@pytest.mark.parametrize(
    "name",
    [
        "Abu Bakr al-Baghdadi",  # a person
        "Union Home Ministry",  # an English institutional name: exact matching only
        "Ansar al-Watan",  # short skeleton: never matched loosely
    ],
)
def test_other_names_are_not_taken_for_a_listed_group(name: str) -> None:
    assert lookup(name) is None


def test_group_in_another_transliteration_is_one_actor_not_two_persons(extract: Any) -> None:
    x = extract(
        "Jama'a Nasr al-Islam wa al-Muslimin said on Thursday that its fighters ambushed "
        "a gendarmerie patrol near Kaya."
    )
    keys = _keys(x)
    assert "actor:jnim" in keys.values()
    assert not any(e.type == "PERSON" and "Muslimin" in e.name for e in x.entities)
    attack = next(e for e in x.events if e.type == "attack")
    assert any("Nasr al-Islam" in a for a in attack.actors)


def test_sentence_opening_words_stay_out_of_the_name(extract: Any) -> None:
    x = extract("On Monday Harakat ash-Shabab al-Mujahidin fighters stormed a police station in Afgoye.")
    names = [e.name for e in x.entities if e.gazetteer_id == "actor:al-shabaab"]
    assert names == ["Harakat ash-Shabab al-Mujahidin"]


def test_english_title_is_not_read_as_a_transliterated_group(extract: Any) -> None:
    x = extract("The Union Home Minister visited the wounded in Bhopal on Sunday.")
    assert "actor:ministry-of-home-affairs" not in {e.gazetteer_id for e in x.entities}

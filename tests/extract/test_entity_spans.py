"""Entity typing cues: a name apposed to a person noun ("a prosecutor, X") is a person; a street
or square name is a place; a name the text elsewhere writes before a place noun ("X village") is
a place wherever the tagger reads it as a person."""

from __future__ import annotations

from typing import Any

import pytest

from nexus.extract.entities import (
    EntityCluster,
    Mention,
    _merge_into_outlets,
    _street_name,
    _syllable_acronym,
)


def types(extraction: Any) -> dict[str, str]:
    return {e.name: e.type for e in extraction.entities}


@pytest.mark.parametrize(
    "name",
    [
        "Rue Marbeuf",
        "Place de la Concorde",
        "the Place de la Bastille",
        "Calle Mayor",
        "Jalan Sudirman",
        "Friedrich-Ebert-Platz",
    ],
)
def test_street_and_square_names(name: str) -> None:
    assert _street_name(name.split())


@pytest.mark.parametrize("name", ["Place", "Avenue", "Ebert", "Karl Platz", "Place of Safety", "Rue"])
def test_names_that_are_no_street(name: str) -> None:
    assert not _street_name(name.split())


def test_a_name_after_a_counterpart_is_a_person(extract: Any) -> None:
    found = types(
        extract(
            "Chile's interior minister, Ana Roldan, met her Peruvian counterpart, "
            "Ion Vasile Munteanu, in Arica on Monday to discuss border security."
        )
    )
    assert found.get("Ion Vasile Munteanu") == "PERSON"


def test_a_name_after_a_prosecutor_is_a_person(extract: Any) -> None:
    found = types(
        extract(
            "Two men were arrested in Malmo on Tuesday on suspicion of planting the device, "
            "a prosecutor, Britt-Marie Holmqvist, said."
        )
    )
    assert found.get("Britt-Marie Holmqvist") == "PERSON"


def test_a_street_read_as_a_person_is_a_place(extract: Any) -> None:
    found = types(extract("A man stabbed two passers-by on Rue Marbeuf in Lille on Tuesday, police said."))
    assert found.get("Rue Marbeuf") == "PLACE"


def test_a_name_written_before_zones_is_a_place(extract: Any) -> None:
    found = types(
        extract(
            "Gunmen seized bus passengers in East Kalomo last week. Officials said the abductions "
            "had spread to the Kalomo zones since the rains."
        )
    )
    assert found.get("Kalomo") == "PLACE"


def test_a_byline_signs_a_person_whatever_the_tagger_says(extract: Any) -> None:
    found = types(
        extract(
            "Bandits kill five in Katsina village\n"
            "By Tunde Bello Musa | Updated 10:15 WAT, Tuesday\n"
            "KATSINA — Armed bandits killed five people in Batsari on Monday night, police said."
        )
    )
    assert found.get("Tunde Bello Musa") == "PERSON"


def test_a_byline_of_two_reporters_in_two_towns(extract: Any) -> None:
    found = types(
        extract(
            "Strike kills nine in southern port\n"
            "By Mira Saade in Sidon and Th. Karim Azar in Amman\n"
            "SIDON — An air strike killed nine people in the town on Sunday, officials said."
        )
    )
    assert found.get("Mira Saade") == "PERSON"
    assert found.get("Th. Karim Azar") == "PERSON"


def test_a_staff_byline_and_a_sentence_opening_with_by_sign_nobody(extract: Any) -> None:
    found = types(
        extract(
            "Toll rises after market blast\n"
            "By Staff Reporter\n"
            "GAROWE — A bomb killed six people at a market in Garowe on Friday.\n"
            "By Saturday Evening Prayers the toll had risen to nine, police said."
        )
    )
    assert "Staff Reporter" not in found
    assert not any(name.startswith("Saturday") for name in found)


def test_a_force_named_with_title_words_is_kept(extract: Any) -> None:
    found = types(
        extract(
            "Gunmen attacked a police post in Tumaco on Sunday, killing two officers, the National "
            "Police said. The Federal Police later arrested four suspects."
        )
    )
    assert found.get("National Police") == "ORG"
    assert found.get("Federal Police") == "ORG"


def test_a_title_before_a_name_stays_no_force(extract: Any) -> None:
    found = types(extract("Federal Police Inspector Juma Okello said four suspects were held in Mombasa."))
    assert "Federal Police" not in found
    assert found.get("Juma Okello") == "PERSON"


def _cluster(etype: str, name: str, subtype: str | None = None, at: int = 0) -> EntityCluster:
    cluster = EntityCluster(type=etype, subtype=subtype)
    cluster.add(Mention(start=at, end=at + len(name), text=name, sent_start=at))
    return cluster


def test_an_outlets_short_form_and_namesake_merge_into_it() -> None:
    outlet = _cluster("ORG", "Rift Valley Courier", "media")
    short = _cluster("ORG", "Courier", at=200)
    namesake = _cluster("PERSON", "Rift Valley Courier", at=400)
    town = _cluster("PLACE", "Nakuru", "city", at=500)
    kept = _merge_into_outlets([outlet, short, namesake, town])
    assert kept == [outlet, town]
    assert len(outlet.mentions) == 3


def test_a_titled_person_or_another_word_stays_apart_from_the_outlet() -> None:
    outlet = _cluster("ORG", "Rift Valley Courier", "media")
    valley = _cluster("ORG", "Valley", at=100)
    person = _cluster("PERSON", "Courier", at=200)
    person.roles.append("editor")
    assert _merge_into_outlets([outlet, valley, person]) == [outlet, valley, person]


def test_acronyms_of_syllables() -> None:
    assert _syllable_acronym("CODECO", ["Cooperative", "Development", "Congo"])
    assert _syllable_acronym("FRELIMO", ["Front", "Liberation", "Mozambique"]) is False
    assert _syllable_acronym("FRELIMO", ["Frente", "Libertacao", "Mocambique"])
    assert not _syllable_acronym("ABC", ["Alpha", "Bravo", "Charlie"])  # plain initials: no syllables
    assert not _syllable_acronym("SOMA", ["Somali"])


def test_a_long_name_defined_by_a_syllable_acronym(extract: Any) -> None:
    found = types(
        extract(
            "Fighters of the Union for the Restoration of Kasai (UNIREKA) attacked a camp "
            "near Tshikapa on Friday, local officials said."
        )
    )
    assert found.get("Union for the Restoration of Kasai") == "ORG"


def test_brig_is_a_title(extract: Any) -> None:
    found = types(extract("The brigade is commanded by Brig. Gen. Omar al-Senussi, officials in Sabha said."))
    assert "Brig" not in found
    assert found.get("Omar al-Senussi") == "PERSON"


def test_a_first_name_cut_off_after_a_title_rejoins_the_name(extract: Any) -> None:
    found = types(
        extract("The governor of Ouaddai, General Idriss Abakar Nour, closed the market on Friday.")
    )
    names = [name for name, kind in found.items() if kind == "PERSON"]
    assert names == ["Idriss Abakar Nour"]


def test_a_country_before_a_name_stays_apart(extract: Any) -> None:
    found = types(extract("Troops arrived from Chad, Niger and Mali Ahmed Musa said on Sunday."))
    assert found.get("Mali") == "PLACE"


def test_a_groups_own_province_is_the_group_no_place(extract: Any) -> None:
    found = types(
        extract(
            "The Islamic State said through its Amaq agency that soldiers of its Ruritania Province "
            "had carried out the raid on Dunmore on Sunday."
        )
    )
    assert found.get("Ruritania Province") == "ORG"


def test_a_groups_branch_named_by_its_region_is_no_place(extract: Any) -> None:
    found = types(
        extract(
            "The militia pledged allegiance to the Islamic State in 2018 and is now regarded by the "
            "jihadists as their West Sahara branch. Its fighters raided Tindouf on Friday."
        )
    )
    assert "West Sahara" not in found


def test_a_community_or_language_names_a_people(extract: Any) -> None:
    found = types(
        extract(
            "Members of the Bwamba community marched through Gemena on Friday, and the militia "
            "broadcast a message in the Kituba language, local officials said."
        )
    )
    assert "Bwamba" not in found
    assert "Kituba" not in found


def test_a_tribe_stays_a_body(extract: Any) -> None:
    found = types(
        extract(
            "The militia is led by Fadil al-Harbi, a sheikh of the Shammari tribe, officials in Raqqa said."
        )
    )
    assert found.get("Shammari") == "ORG"


def test_a_person_named_as_a_place_of_the_text_is_that_place(extract: Any) -> None:
    extraction = extract(
        "The gunman, 22, came from the town of Awarta, the army said. On Tuesday night troops raided "
        "Awarta and arrested his brother. Awarta itself has been the scene of repeated raids since March."
    )
    kinds = [e.type for e in extraction.entities if e.name == "Awarta"]
    assert kinds == ["PLACE"]


def test_a_page_label_before_a_dash_is_no_entity(extract: Any) -> None:
    found = types(
        extract(
            "Police said two men were held in Kohat on Monday.\n"
            "READ MORE: Explainer - why the Tirah valley matters\n"
        )
    )
    assert "Explainer" not in found


def test_an_article_or_a_prefix_before_a_hyphen_splits_no_place(extract: Any) -> None:
    found = types(
        extract(
            "Gunmen killed four motorcycle taxi drivers on the Trans-Borneo highway near Sintang on "
            "Monday. Relatives of the detainees were moved from Al-Hol camp to Hasakah."
        )
    )
    assert "Trans" not in found
    assert "Al" not in found and "Hol" not in found
    assert found.get("Borneo") == "PLACE"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Around Christmas, gunmen shot dead four herders in Kolo.", "Kolo"),
        ("Just after Easter, a bomb exploded outside a chapel in Kafanchan, wounding nine.", "Kafanchan"),
    ],
)
def test_a_feast_naming_the_time_is_no_place(extract: Any, text: str, town: str) -> None:
    # a gazetteer may know a town called "Christmas"; the feast before a comma is a time
    extraction = extract(text, published="2024-04-06")
    assert set(types(extraction)) == {town}
    assert [e.place.name for e in extraction.events if e.place] == [town]


def test_a_place_named_for_a_feast_keeps_its_whole_name(extract: Any) -> None:
    extraction = extract(
        "Customs officers seized rifles on Christmas Island on Monday.", published="2024-04-06"
    )
    assert types(extraction).get("Christmas Island") == "PLACE"

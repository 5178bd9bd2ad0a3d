"""An event's place is the finest place the text names for it: a hamlet set inside a park, a
village set some kilometres from a town, the spot at the entrance to a village, rather than the
park, the municipality or the province around it."""

from __future__ import annotations

from typing import Any


def violent(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type in ("attack", "military_action")]


def first_place(extraction: Any) -> str | None:
    events = violent(extraction)
    assert events, "no violent event found"
    place = events[0].place
    return place.name if place is not None else None


def test_a_hamlet_inside_a_national_park_wins_over_the_park(extract: Any) -> None:
    text = (
        "Six rangers were killed late on Friday when armed men stormed their post near Vuzomba, a "
        "hamlet inside Mlandizi National Park, some 30 km south of Morogoro, officials said."
    )
    assert first_place(extract(text, published="2024-08-03")) == "Vuzomba"


def test_a_hamlet_placed_kilometres_from_a_town_wins_over_the_municipality(extract: Any) -> None:
    text = (
        "Armed men abducted three farmers on Sunday as they sold cattle in the hamlet of Quebrada Honda, "
        "some 12 kilometres from Pitalito, in Acevedo municipality, the army said."
    )
    assert first_place(extract(text, published="2024-08-06")) == "Quebrada Honda"


def test_the_entrance_to_a_village_is_where_it_happened(extract: Any) -> None:
    text = (
        "A car bomb went off on Monday night at the entrance to Kafr Naseh village, some 15 km west "
        "of Azaz, killing four soldiers at an army checkpoint, a war monitor said."
    )
    event = violent(extract(text, published="2024-08-07"))[0]
    assert event.place is not None and event.place.name == "Kafr Naseh"


def test_a_village_by_a_town_takes_coordinates_from_the_stated_distance(extract: Any) -> None:
    text = (
        "Gunmen attacked a police post at the entrance to the village of Dar Zhelmo, about 20 km "
        "north of Azaz, on Monday night, killing four officers, a war monitor said."
    )
    event = violent(extract(text, published="2024-08-07"))[0]
    assert event.place is not None and event.place.name == "Dar Zhelmo"
    assert event.place.lat is not None and event.place.lat > 36.6  # north of Azaz (36.59)


def test_where_the_blamed_militants_hide_is_not_the_place(extract: Any) -> None:
    text = (
        "Two soldiers died on Thursday when their truck hit a landmine near Mbalambala village in "
        "Isiolo County, an officer said, blaming fighters camped in the Dodori forest."
    )
    assert first_place(extract(text, published="2024-08-09")) == "Mbalambala"


def test_a_checkpoint_on_a_road_between_an_oasis_and_a_town(extract: Any) -> None:
    text = (
        "Gunmen attacked the Abu Mingar police checkpoint on the desert road between the Dakhla oasis "
        "and Asyut early on Sunday, killing two policemen, the Interior Ministry said."
    )
    assert first_place(extract(text, published="2024-08-12")) == "Abu Mingar"


def test_a_camp_named_as_a_site_for_displaced_people_is_the_place(extract: Any) -> None:
    text = (
        "At least 12 displaced people were killed when militiamen attacked the Kambala site for "
        "displaced people, about 8 km south of Mahagi in Ituri province, on Friday night, the UN said."
    )
    assert first_place(extract(text, published="2024-08-10")) == "Kambala"


def test_an_unknown_name_after_near_is_a_place_not_a_group(extract: Any) -> None:
    text = "In May last year, fighters ambushed a fuel convoy near Warshiikh Dhexe, killing nine drivers."
    extraction = extract(text, published="2024-08-10")
    place = first_place(extraction)
    assert place is not None and place.startswith("Warshiikh")
    assert not any(e.type == "ORG" and e.name.startswith("Warshiikh") for e in extraction.entities)


def test_a_name_set_in_a_named_division_is_a_place(extract: Any) -> None:
    text = "Last week, six herders died when bandits attacked Birnin-Tudu in Gummi LGA, residents said."
    assert first_place(extract(text, published="2024-08-10")) == "Birnin-Tudu"


def test_the_first_of_two_listed_towns_is_the_place(extract: Any) -> None:
    text = (
        "In March 2023, the rebels raided police stations in Kalaw and Pindaya, seizing rifles and "
        "briefly holding two officers."
    )
    assert first_place(extract(text, published="2024-08-10")) == "Kalaw"


def test_a_town_on_a_sea_coast_wins_over_the_coast(extract: Any) -> None:
    text = (
        "Gunmen killed two officers at a police post on the outskirts of Ayvalik, on Turkey's Aegean "
        "coast, late on Monday, officials said. The Ayvalik attack was the first in the province this year."
    )
    assert first_place(extract(text, published="2024-08-13")) == "Ayvalik"


def test_the_first_of_two_attacked_towns_is_the_place_whatever_noun_follows(extract: Any) -> None:
    text = (
        "The Gombi area has been hit by jihadist violence since September 2014, when Boko Haram "
        "first attacked Madagali and Gombi town, killing dozens of residents."
    )
    assert first_place(extract(text, published="2024-08-10")) == "Madagali"


def _typed(nlp: Any, text: str, name: str, label: str) -> str | None:
    from nexus.extract import entities

    doc = nlp(text)
    span = doc.char_span(text.index(name), text.index(name) + len(name), label=label)
    assert span is not None
    return entities._type_of(span, None)


def test_a_name_described_as_a_village_is_a_place_even_when_tagged_as_a_person(nlp: Any) -> None:
    text = "Jets bombed Tun Nyein Kone, a village in Pale Township, on Sunday, residents said."
    assert _typed(nlp, text, "Tun Nyein Kone", "PERSON") == "PLACE"
    titled = "The strike wounded Dr Tun Nyein, a town councillor, on Sunday, residents said."
    assert _typed(nlp, titled, "Tun Nyein", "PERSON") == "PERSON"
    resident = "Tun Nyein, a resident of the town, said jets bombed it on Sunday."
    assert _typed(nlp, resident, "Tun Nyein", "PERSON") == "PERSON"


def test_a_name_after_near_or_set_in_a_named_division_is_a_place_when_tagged_as_a_group(nlp: Any) -> None:
    near = "Fighters ambushed a fuel convoy near Warshiikh Dhexe on Monday."
    assert _typed(nlp, near, "Warshiikh Dhexe", "ORG") == "PLACE"
    held = "Bandits attacked Birnin-Tudu in Gummi LGA on Monday."
    assert _typed(nlp, held, "Birnin-Tudu", "ORG") == "PLACE"
    acronym = "Troops attacked KDPF in Gummi LGA on Monday."
    assert _typed(nlp, acronym, "KDPF", "ORG") == "ORG"


def test_a_hamlet_set_far_from_a_town_takes_the_stated_distance(extract: Any) -> None:
    text = (
        "Gunmen attacked a police post near Kulamawe Juu, a hamlet about 60 km east of Isiolo, late "
        "on Wednesday, killing five officers, officials said."
    )
    event = violent(extract(text, published="2024-08-15"))[0]
    assert event.place is not None and event.place.name == "Kulamawe Juu"
    assert event.place.lon is not None and event.place.lon > 37.95  # Isiolo lies at about 37.58 E


def test_a_name_joined_to_a_lower_case_part_by_a_hyphen_is_one_place(extract: Any) -> None:
    text = "Gunmen raided a police post in Sai-buri district on Monday, killing two officers."
    assert first_place(extract(text, published="2024-08-20")) == "Sai-buri"


def test_a_village_name_runs_back_over_a_word_the_tagger_left_out(extract: Any) -> None:
    text = (
        "A military jet bombed a monastery in Let Kyun Taw village, Ayadaw township, on Wednesday "
        "afternoon, killing at least nine people, residents said."
    )
    assert first_place(extract(text, published="2024-08-21")) == "Let Kyun Taw"


def test_a_division_name_misparsed_as_a_subject_keeps_its_in_phrase(nlp: Any) -> None:
    from spacy.tokens import Doc

    from nexus.extract.entities import EntityCluster
    from nexus.extract.places import _anchor

    words = ["Rebels", "attacked", "a", "post", "in", "Dera", "Kolo", "woreda", "of", "Arsi", "Zone"]
    heads = [1, 1, 3, 1, 3, 4, 7, 1, 7, 10, 8]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "nsubj", "advcl", "prep", "compound", "pobj"]
    lemmas = ["rebel", "attack", "a", "post", "in", "Dera", "Kolo", "woreda", "of", "Arsi", "Zone"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)
    woreda = EntityCluster(type="PLACE", subtype="admin")
    index = {5: woreda, 6: woreda}
    anchor = _anchor(doc[6], index)
    assert anchor.dep_ == "pobj" and anchor.head.lower_ == "in"
    alone = {6: woreda}  # the word before is no part of the name: no "in" phrase to take
    assert _anchor(doc[6], alone).i == 6

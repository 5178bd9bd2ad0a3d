"""Session 20 relation faults, worded afresh: an armed wing named beside its parent is an entity
of its own tied to it; a branch the gazetteer knows is tied to the whole it is part of when a
report names both; "the army" of a report that names several armies, or only foreign ones; a
pledge told of "he"; the members of a joint team; an outlet's byline town."""

from __future__ import annotations

from datetime import date
from typing import Any

from nexus.extract.relations import extract_relations
from nexus.model import Document


def keys(extractor: Any, text: str) -> set[str]:
    """The gazetteer ids of the entities found."""
    return {c.key for c in extractor.nlp(text)._.nexus_entities if c.key}


def keyed_relations(extractor: Any, text: str) -> set[tuple[frozenset[str | None], str]]:
    doc = extractor.nlp(text)
    return {
        (frozenset((d.source.key, d.target.key)), d.type)
        for d in extract_relations(doc, doc._.nexus_entities)
    }


def rel(a: str, b: str, rtype: str) -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), rtype)


def test_an_armed_wing_is_named_apart_from_its_parent_and_tied_to_it(extractor: Any) -> None:
    text = (
        "Saraya al-Quds, the armed wing of the Islamic Jihad Movement in Palestine, said on Friday "
        "that two of its members had been killed in a drone strike near a refugee camp."
    )
    assert {"actor:al-quds-brigades", "actor:palestinian-islamic-jihad"} <= keys(extractor, text)
    tie = (frozenset(("actor:al-quds-brigades", "actor:palestinian-islamic-jihad")), "affiliation")
    assert tie in keyed_relations(extractor, text)


def test_a_branch_the_group_joined_is_no_second_name_of_the_group(extractor: Any) -> None:
    text = (
        "The Islamic State Central Africa Province said its fighters had raided a farm near the "
        "border. The Allied Democratic Forces pledged allegiance to the Islamic State in 2019."
    )
    assert {"actor:iscap", "actor:allied-democratic-forces"} <= keys(extractor, text)


def test_the_army_beside_a_foreign_force_is_the_home_states(relations: Any) -> None:
    text = (
        "GONDAR, Ethiopia — Soldiers of the Rwanda Defence Force arrived in Gondar on Monday under a "
        "training pact, officials said. The Tana Home Guard, a militia that fights alongside the "
        "army, lost four men in a clash with bandits on Sunday, residents said."
    )
    found = relations(text)
    assert rel("Tana Home Guard", "Ethiopia", "cooperation") in found
    assert rel("Tana Home Guard", "Rwanda Defence Force", "cooperation") not in found


def test_the_army_of_a_report_naming_two_armies_is_its_own_states(relations: Any) -> None:
    text = (
        "GONDAR, Ethiopia — The Ethiopian National Defense Force and the Rwanda Defence Force held "
        "joint exercises near Gondar on Monday. The Tana Home Guard, a militia allied to the army, "
        "did not take part, an official said."
    )
    found = relations(text)
    assert rel("Tana Home Guard", "Ethiopian National Defense Force", "cooperation") in found
    assert rel("Tana Home Guard", "Rwanda Defence Force", "cooperation") not in found


def test_a_province_named_with_its_parent_group_is_tied_to_it(extractor: Any) -> None:
    text = (
        "Gunmen torched a clinic near the lake on Sunday. The Islamic State West Africa Province "
        "said its fighters had carried out the raid, in a statement that Islamic State media "
        "carried the next morning."
    )
    tie = (frozenset(("actor:iswap", "actor:islamic-state")), "affiliation")
    assert tie in keyed_relations(extractor, text)


def test_a_province_and_its_parent_named_sentences_apart_are_not_tied(extractor: Any) -> None:
    text = (
        "Gunmen torched a clinic near the lake on Sunday. The Islamic State West Africa Province "
        "said its fighters had carried out the raid. Years ago the Islamic State praised such "
        "raids in its weekly newsletter."
    )
    tie = (frozenset(("actor:iswap", "actor:islamic-state")), "affiliation")
    assert tie not in keyed_relations(extractor, text)


def test_a_branch_at_war_with_its_parent_is_not_tied_to_it(extractor: Any) -> None:
    text = (
        "Fighters of Jama'atu Ahlis Sunna Lidda'awati wal-Jihad (JAS) have fought Boko Haram "
        "commanders loyal to the old leadership since March, residents said."
    )
    found = keyed_relations(extractor, text)
    pair = frozenset(("actor:jas", "actor:boko-haram"))
    assert (pair, "hostility") in found
    assert (pair, "affiliation") not in found


def test_he_who_pledged_allegiance_in_a_video_is_the_suspect_named_before(relations: Any) -> None:
    text = (
        "A man stabbed two commuters at a tram stop in Graz on Monday evening. The attacker, a "
        "31-year-old named only as Tomas R., was arrested at the scene, prosecutor Ilse Brandtner "
        "said. Police found on his laptop a video in which he pledged allegiance to the Islamic "
        "State, Brandtner said."
    )
    found = relations(text)
    assert rel("Tomas R.", "Islamic State", "affiliation") in found
    assert rel("Ilse Brandtner", "Islamic State", "affiliation") not in found


def test_a_pledge_of_no_named_person_ties_nobody(relations: Any) -> None:
    text = (
        "A man stabbed two commuters at a tram stop in Graz on Monday evening, prosecutor Ilse "
        "Brandtner said. Police found on his laptop a video in which he pledged allegiance to the "
        "Islamic State, Brandtner said."
    )
    assert not any(t == "affiliation" and "Islamic State" in pair for pair, t in relations(text))


def test_a_joint_team_lists_its_members_however_the_parse_hangs_them(relations: Any) -> None:
    text = (
        "Four bandits were killed in a shootout with a joint team of the Anti-Stock Theft Unit "
        "(ASTU) and the Border Rangers' Camel Patrol Unit near Loiyangalani, police said."
    )
    found = relations(text)
    assert rel("Anti-Stock Theft Unit", "Camel Patrol Unit", "cooperation") in found
    assert rel("Anti-Stock Theft Unit", "Border Rangers", "cooperation") not in found  # an owner


def test_a_raid_carried_out_jointly_by_three_bodies_ties_each_pair(relations: Any) -> None:
    text = (
        "The raid was carried out jointly by the Anti-Stock Theft Unit (ASTU), the Camel Patrol "
        "Unit and the Lake Turkana Marine Unit, a senior officer said."
    )
    found = relations(text)
    assert rel("Anti-Stock Theft Unit", "Camel Patrol Unit", "cooperation") in found
    assert rel("Anti-Stock Theft Unit", "Lake Turkana Marine Unit", "cooperation") in found


def _extracted(extractor: Any, text: str, outlet: str) -> set[tuple[frozenset[str], str]]:
    """The relations of a whole extraction of ``text`` filed by ``outlet`` (so named as an outlet)."""
    document = Document(id="rel20", text=text, outlet=outlet, published=date(2025, 3, 4))
    return {(frozenset((r.source, r.target)), r.type) for r in extractor.extract(document).relations}


def test_a_byline_town_is_not_where_the_outlet_is_based(extractor: Any) -> None:
    text = (
        "Gunmen kill four at Kousseri market\n"
        "By Amina Yusuf, Kousseri | Logone Courier | 4 March 2025\n"
        "Gunmen killed four traders at a market in Kousseri on Monday, police said."
    )
    assert rel("Logone Courier", "Kousseri", "based_in") not in _extracted(extractor, text, "Logone Courier")

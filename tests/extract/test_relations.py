"""Relations between actors, read off the dependency parse (one behaviour per test)."""

from __future__ import annotations

from typing import Any

from nexus.extract.relations import RelationDraft, extract_relations


def drafts_of(extractor: Any, text: str) -> list[RelationDraft]:
    doc = extractor.nlp(text)
    return extract_relations(doc, doc._.nexus_entities)


def relations(extractor: Any, text: str) -> set[tuple[frozenset[str], str]]:
    return {(frozenset((d.source.name, d.target.name)), d.type) for d in drafts_of(extractor, text)}


def rel(a: str, b: str, rtype: str) -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), rtype)


def test_role_noun_before_a_name_links_person_and_group(extractor: Any) -> None:
    text = "Hezbollah spokesman Mohammed Afif told reporters in Beirut that the talks had failed."
    found = relations(extractor, text)
    assert rel("Mohammed Afif", "Hezbollah", "affiliation") in found


def test_possessive_envoy_links_person_to_the_possessor_not_the_host(extractor: Any) -> None:
    text = "Germany's ambassador to Iraq, Martin Jaeger, met the prime minister on Monday."
    found = relations(extractor, text)
    assert rel("Martin Jaeger", "Germany", "affiliation") in found
    assert rel("Martin Jaeger", "Iraq", "affiliation") not in found


def test_including_list_under_a_group_noun(extractor: Any) -> None:
    text = "Several Hamas officials, including negotiators Basem Naim and Osama Hamdan, arrived in Cairo."
    found = relations(extractor, text)
    assert rel("Basem Naim", "Hamas", "affiliation") in found
    assert rel("Osama Hamdan", "Hamas", "affiliation") in found


def test_demonym_on_the_group_noun_needs_the_country_in_the_document(extractor: Any) -> None:
    named = "India summoned the envoy. Indian officials, including Home Minister Amit Shah, met in Srinagar."
    assert rel("Amit Shah", "India", "affiliation") in relations(extractor, named)
    unnamed = "Indian officials, including Home Minister Amit Shah, met in Srinagar."
    assert not [d for d in drafts_of(extractor, unnamed) if d.type == "affiliation"]


def test_apposition_with_a_group_link_noun_gives_affiliation_and_base(extractor: Any) -> None:
    text = "Al-Shabaab, al Qaeda's branch in East Africa, said it carried out the raid."
    found = relations(extractor, text)
    assert any(t == "affiliation" and "al Qaeda" in " ".join(p) for p, t in found)
    assert any(t == "based_in" and "East Africa" in p for p, t in found)


def test_hyphen_based_gives_based_in_with_the_place(extractor: Any) -> None:
    text = "Police said the Pakistan-based Lashkar-e-Taiba had trained the gunmen."
    found = [d for d in drafts_of(extractor, text) if d.type == "based_in"]
    assert found and found[0].target.name == "Pakistan" and found[0].source.type == "ORG"
    assert found[0].anchor is not None and found[0].anchor.text == "based"


def test_alliance_between_two_actors_is_cooperation(extractor: Any) -> None:
    text = "Analysts described a growing alliance between Hezbollah and Hamas after the summit."
    assert rel("Hezbollah", "Hamas", "cooperation") in relations(extractor, text)


def test_cutting_ties_is_hostility_not_cooperation(extractor: Any) -> None:
    text = "Nicaragua cut diplomatic ties with Israel on Friday."
    found = relations(extractor, text)
    assert rel("Nicaragua", "Israel", "hostility") in found
    assert rel("Nicaragua", "Israel", "cooperation") not in found


def test_hostility_verb_between_subject_and_object(extractor: Any) -> None:
    text = "Israel struck Hezbollah positions overnight, the army said."
    found = [d for d in drafts_of(extractor, text) if d.type == "hostility"]
    assert found and {found[0].source.name, found[0].target.name} == {"Israel", "Hezbollah"}
    assert found[0].anchor is not None and found[0].anchor.lemma_ == "strike"


def test_measures_against_a_country_taken_by_the_subject(extractor: Any) -> None:
    text = "Turkey announced sweeping measures against Syria after the shelling."
    assert rel("Turkey", "Syria", "hostility") in relations(extractor, text)


def test_place_in_a_hostility_sentence_is_not_an_actor(extractor: Any) -> None:
    text = "Hezbollah attacked an army post in Kfar Kila with rockets."
    found = relations(extractor, text)
    assert not [p for p, t in found if t == "hostility" and "Kfar Kila" in p]


def test_one_relation_per_pair_and_type_in_a_document(extractor: Any) -> None:
    text = (
        "Analysts described an alliance between Hezbollah and Hamas. "
        "The alliance between Hezbollah and Hamas has deepened since 2023."
    )
    found = [d for d in drafts_of(extractor, text) if d.type == "cooperation"]
    assert len(found) == 1
    assert found[0].sent.text.startswith("Analysts")


def test_founded_by_links_the_founder(extractor: Any) -> None:
    text = "Hamas, founded by Ahmed Yassin in 1987, has governed Gaza since 2007."
    assert rel("Ahmed Yassin", "Hamas", "affiliation") in relations(extractor, text)


def test_the_group_stands_for_the_last_armed_group_subject(extractor: Any) -> None:
    text = (
        "Hezbollah fired rockets on Sunday. "
        "Officials said the group, which operates from southern Lebanon, had fired."
    )
    found = [d for d in drafts_of(extractor, text) if d.type == "based_in"]
    assert [(d.source.name, d.target.name) for d in found] == [("Hezbollah", "Lebanon")]


def test_its_outlet_is_affiliated_with_the_subject(extractor: Any) -> None:
    text = "Islamic State said through its Amaq news agency that its fighters had carried out the raid."
    assert rel("Amaq", "Islamic State", "affiliation") in relations(extractor, text)

"""Relations the rules read off office titles, of-phrases, relative clauses and lists of places."""

from __future__ import annotations

from typing import Any

from nexus.extract.relations import extract_relations


def _pairs(result: Any, rtype: str) -> set[frozenset[str]]:
    return {frozenset((r.source, r.target)) for r in result.relations if r.type == rtype}


def test_a_name_after_the_place_a_role_is_of_holds_that_role(extract: Any) -> None:
    text = (
        "The governor of Mangochi, Colonel Tiwonge Mbewe Phiri, told state television that 22 people "
        "had been killed and 9 wounded."
    )
    pairs = _pairs(extract(text, published="2025-03-04"), "affiliation")
    assert frozenset(("Tiwonge Mbewe Phiri", "Mangochi")) in pairs


def test_a_ministers_office_of_for_phrase_is_part_of_the_title(extract: Any) -> None:
    text = (
        "ZOMBA, Malawi - Police said on Monday that four men had been arrested near Chingale. "
        "State Minister for Internal Affairs Chikondi Banda Mvula warned in Zomba that the border "
        "would stay shut."
    )
    pairs = _pairs(extract(text, published="2025-03-04"), "affiliation")
    assert frozenset(("Chikondi Banda Mvula", "Malawi")) in pairs


def test_a_bracketed_qualifier_of_a_rank_does_not_end_the_title(extract: Any) -> None:
    text = (
        "ZOMBA, Malawi - Police said on Monday that four men had been arrested near Chingale. "
        "Defence Minister Brigadier (retd) Limbani Chirwa Nkhoma met the army chief in Zomba."
    )
    pairs = _pairs(extract(text, published="2025-03-04"), "affiliation")
    assert frozenset(("Limbani Chirwa Nkhoma", "Malawi")) in pairs


def test_a_home_secretary_is_the_report_states_office(extract: Any) -> None:
    text = (
        "ZOMBA, Malawi - Police said on Monday that four men had been arrested near Chingale. "
        "The order was signed by the Home Secretary, Thandiwe Gondwe Kalua, on Tuesday."
    )
    pairs = _pairs(extract(text, published="2025-03-04"), "affiliation")
    assert frozenset(("Thandiwe Gondwe Kalua", "Malawi")) in pairs


def test_a_bureau_of_a_group_named_after_it_is_its_part(extractor: Any) -> None:
    text = (
        "The Shire Highlands Front, a separatist militia, has fought the army since 2019. A pamphlet "
        "found near the blast site, purportedly issued by the Lower Shire Bureau of the Shire "
        "Highlands Front, claimed the explosion was revenge."
    )
    doc = extractor.nlp(text)  # the rules' own reading, before the learned stage
    pairs = {
        frozenset((d.source.name, d.target.name))
        for d in extract_relations(doc, doc._.nexus_entities)
        if d.type == "affiliation"
    }
    assert frozenset(("Lower Shire Bureau", "Shire Highlands Front")) in pairs


def test_who_after_an_of_phrase_is_the_people_not_the_thing(extract: Any) -> None:
    text = (
        "The Armed Forces of Malawi (AFM) said on Monday that it had retaken the town. Local "
        "militiamen of the Chikunda Guard, veterans of the liberation war who fight alongside the "
        "army, have borne a growing share of the fighting."
    )
    pairs = _pairs(extract(text, published="2025-03-04"), "cooperation")
    assert frozenset(("Chikunda Guard", "Armed Forces of Malawi")) in pairs


def test_a_group_operating_across_an_area_between_states_is_based_in_each(extractor: Any) -> None:
    text = (
        "The Shire Highlands Front, a separatist militia, has long operated across the border area "
        "between Malawi, Zambia and Zimbabwe."
    )
    doc = extractor.nlp(text)
    based = {d.target.name for d in extract_relations(doc, doc._.nexus_entities) if d.type == "based_in"}
    assert {"Malawi", "Zambia", "Zimbabwe"} <= based


def test_a_border_between_two_states_is_no_area_of_both(extractor: Any) -> None:
    text = (
        "The Shire Highlands Front, a separatist militia, operates in the hills along the border "
        "between Malawi and Zambia."
    )
    doc = extractor.nlp(text)
    based = {d.target.name for d in extract_relations(doc, doc._.nexus_entities) if d.type == "based_in"}
    assert not {"Malawi", "Zambia"} & based


def test_provinces_including_a_named_one_place_the_group_there(extractor: Any) -> None:
    text = (
        "The Shire Highlands Front, a separatist militia, has attacked police posts, and its cells "
        "are believed to operate in several central districts, including Lilongwe."
    )
    doc = extractor.nlp(text)
    based = {d.target.name for d in extract_relations(doc, doc._.nexus_entities) if d.type == "based_in"}
    assert "Lilongwe" in based


def test_a_modifier_with_a_possessive_ending_reads_as_a_possessor(extractor: Any) -> None:
    from spacy.tokens import Doc

    from nexus.extract.relations import _possessive_nmod

    words = ["through", "the", "Zambezi", "Front", "’s", "Chiwala", "news", "agency"]
    heads = [0, 7, 3, 7, 3, 7, 7, 0]
    deps = ["ROOT", "det", "compound", "nmod", "case", "compound", "compound", "pobj"]
    tags = ["IN", "DT", "NNP", "NNP", "POS", "NNP", "NN", "NN"]
    doc = Doc(extractor.nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert _possessive_nmod(doc[3])  # "the Zambezi Front’s ... agency": the Front owns it
    assert not _possessive_nmod(doc[5])  # the agency's own name
    assert not _possessive_nmod(doc[2])


def test_the_second_side_of_a_war_after_a_set_off_phrase_is_read(extractor: Any) -> None:
    text = (
        "The Shire Highlands Front, a separatist militia, said it had shelled a bridge. The Malawi "
        "Defence Force said it had retaken it. The war between the army, led by General Tiwonge "
        "Mbewe Phiri, and the Shire Highlands Front broke out in Zomba in April 2023."
    )
    doc = extractor.nlp(text)
    hostile = {
        frozenset((d.source.name, d.target.name))
        for d in extract_relations(doc, doc._.nexus_entities)
        if d.type == "hostility"
    }
    assert frozenset(("Malawi Defence Force", "Shire Highlands Front")) in hostile


def test_a_researcher_at_an_institute_belongs_to_it(extract: Any) -> None:
    text = (
        '"Every faction now wants the lakeshore," said Limbani Chirwa Nkhoma, a researcher with the '
        "Great Lakes Conflict Observatory in Lusaka."
    )
    pairs = _pairs(extract(text, published="2025-03-04"), "affiliation")
    assert frozenset(("Limbani Chirwa Nkhoma", "Great Lakes Conflict Observatory")) in pairs


def test_conjoined_subjects_at_war_are_foes(extractor: Any) -> None:
    text = (
        "Los Halcones and Los Zorros, the two factions of the Cartel del Lago, have been at war since June."
    )
    doc = extractor.nlp(text)
    hostile = {
        frozenset((d.source.name, d.target.name))
        for d in extract_relations(doc, doc._.nexus_entities)
        if d.type == "hostility"
    }
    assert frozenset(("Los Halcones", "Los Zorros")) in hostile


def test_a_single_subject_at_war_has_no_foe_of_its_own(extractor: Any) -> None:
    text = "The Cartel del Lago has been at war since June, police in Zomba said."
    doc = extractor.nlp(text)
    assert not [d for d in extract_relations(doc, doc._.nexus_entities) if d.type == "hostility"]


def test_they_who_remain_enemies_of_each_other_are_the_clauses_subjects(extractor: Any) -> None:
    text = (
        "Both the Shire Highlands Front and the Zambezi Liberation Army also fight the Chikunda "
        "Guard, which holds Mangochi, although they remain bitter enemies of each other."
    )
    doc = extractor.nlp(text)
    hostile = {
        frozenset((d.source.name, d.target.name))
        for d in extract_relations(doc, doc._.nexus_entities)
        if d.type == "hostility"
    }
    assert frozenset(("Shire Highlands Front", "Zambezi Liberation Army")) in hostile

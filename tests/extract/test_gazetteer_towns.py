"""Towns the city table knows by their very name, after a place preposition, are tagged as
places before the statistical NER reads them (``gazetteer.located_towns``)."""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from nexus.extract.gazetteer import join_split_town_names, located_towns


def _towns(nlp: Language, text: str) -> list[str]:
    return [span.text for span in located_towns(nlp(text), [])]


def test_towns_after_place_prepositions(nlp: Language) -> None:
    text = "Gunmen halted a minibus bound for Skardu near Khaplu and later fired on a post in Datta Khel."
    assert _towns(nlp, text) == ["Skardu", "Khaplu", "Datta Khel"]


def test_a_town_before_a_place_noun_is_still_the_town(nlp: Language) -> None:
    assert _towns(nlp, "A bomb went off outside Kohlu town on Sunday.") == ["Kohlu"]


def test_common_words_dates_and_longer_names_are_no_towns(nlp: Language) -> None:
    text = (
        "Gunmen opened fire near Police headquarters in March, and a bomb went off in Gwoza LGA "
        "on Friday, while students at Kabul University hid."
    )
    assert _towns(nlp, text) == []


def test_a_known_town_at_the_head_of_a_longer_name_is_no_town(nlp: Language) -> None:
    # "San Pedro" and "Santa Cruz" are towns of their own; here they open longer names (a longer
    # name the table knows whole, particles and all, is the town instead)
    text = (
        "Gunmen raided a bar in the hamlet of San Pedro del Valle and burned a school in Santa Cruz "
        "de la Sierra, and a mortar fell near Tell al Hamra and in the village of Kalat-Sar."
    )
    assert not {"San Pedro", "Santa Cruz", "Tell", "Kalat"} & set(_towns(nlp, text))
    assert set(_towns(nlp, text)) <= {"San Pedro del Valle", "Santa Cruz de la Sierra", "Kalat-Sar"}


def test_a_town_the_table_knows_by_a_name_with_particles_is_named_whole(nlp: Language) -> None:
    assert _towns(nlp, "Insurgents torched a clinic in Mocimboa da Praia on Friday.") == ["Mocimboa da Praia"]


def test_a_gazetteer_match_is_left_as_it_is(nlp: Language) -> None:
    doc = nlp("Troops clashed with rebels near Khaplu.")
    taken = [doc[5:6]]
    assert located_towns(doc, taken) == []


def test_a_missed_town_becomes_the_event_place(extract: Any) -> None:
    text = "Five soldiers died when a bomb hit their truck near Tessit on Friday, the army said."
    attack = next(e for e in extract(text, published="2024-03-11").events if e.type == "attack")
    assert attack.place is not None and attack.place.name == "Tessit" and attack.place.country == "ML"


def test_the_name_after_the_village_of_is_a_place_the_table_need_not_know(nlp: Language) -> None:
    text = "Raiders burned granaries in the village of Wandoukou and a hamlet of Siribougou, elders said."
    assert _towns(nlp, text) == ["Wandoukou", "Siribougou"]
    assert _towns(nlp, "He spoke of the village of his birth.") == []


def test_an_attack_on_the_village_of_an_unknown_name_is_placed_there(extract: Any) -> None:
    text = (
        "Gunmen killed eleven herders on Sunday in an attack on the village of Wandoukou, "
        "in Dori department, officials said."
    )
    attack = next(e for e in extract(text, published="2024-03-12").events if e.type == "attack")
    assert attack.place is not None and attack.place.name == "Wandoukou"


def test_a_name_read_as_a_product_after_in_is_a_place(nlp: Language) -> None:
    from spacy.tokens import Span

    from nexus.extract.gazetteer import restore_located_towns

    doc = nlp("Raiders attacked a police camp in Korondile on Saturday.")
    at = next(t.i for t in doc if t.text == "Korondile")
    doc.ents = [Span(doc, at, at + 1, label="PRODUCT")]
    restore_located_towns(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Korondile", "GPE")]
    other = nlp("She bought a Lumia in March.")
    phone = next(t.i for t in other if t.text == "Lumia")
    other.ents = [Span(other, phone, phone + 1, label="PRODUCT")]
    restore_located_towns(other)  # "a Lumia": no place preposition before it
    assert [(e.text, e.label_) for e in other.ents] == [("Lumia", "PRODUCT")]


def test_a_name_read_as_an_event_after_at_is_a_place_but_not_after_in(nlp: Language) -> None:
    from spacy.tokens import Span

    from nexus.extract.gazetteer import restore_located_towns

    doc = nlp("Gunmen stormed the gendarmerie post at Kemboura overnight.")
    at = next(t.i for t in doc if t.text == "Kemboura")
    doc.ents = [Span(doc, at, at + 1, label="EVENT")]
    restore_located_towns(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Kemboura", "GPE")]
    feast = nlp("Attacks rose in Ramadan last year.")
    month = next(t.i for t in feast if t.text == "Ramadan")
    feast.ents = [Span(feast, month, month + 1, label="EVENT")]
    restore_located_towns(feast)
    assert [(e.text, e.label_) for e in feast.ents] == [("Ramadan", "EVENT")]


def test_a_name_set_in_a_named_division_is_a_place(nlp: Language) -> None:
    text = "Word came from Kourbadji, Dosso region, and from Ambela, Lower Shire District, late on Friday."
    assert _towns(nlp, text) == ["Kourbadji", "Ambela"]
    assert _towns(nlp, "Aid came from Kourbadji, Moussa Ibrahim said.") == []


def test_a_nameless_village_takes_the_name_news_came_from(extract: Any) -> None:
    text = (
        "Gunmen stormed a village in northern Mali overnight, killing several herders.\n\n"
        "Accounts from Kourbadji, Mopti region, differed. A local official counted four dead, "
        "while a herders' group said nine had died."
    )
    attack = next(e for e in extract(text, published="2024-09-02").events if e.type == "attack")
    assert attack.place is not None and attack.place.name == "Kourbadji"
    assert attack.place.country == "ML"


def test_news_from_a_town_of_another_country_does_not_place_the_raid(extract: Any) -> None:
    text = (
        "Gunmen stormed a village in northern Burkina Faso overnight, killing several herders.\n\n"
        "Reports from Kano, Kano State, said traders had fled."
    )
    attack = next(e for e in extract(text, published="2024-09-02").events if e.type == "attack")
    assert attack.place is None or attack.place.name != "Kano"


def _counted(nlp: Language, text: str) -> list[str]:
    from nexus.extract.gazetteer import _joined_with_settlements

    spans = [_joined_with_settlements(t) for t in nlp(text)]
    return [s.text for s in spans if s is not None]


def test_a_name_counted_among_villages_is_a_settlement(nlp: Language) -> None:
    text = (
        "Raiders torched homes in Kalgoma and nearby hamlets, then moved on to Dibbo and two other villages."
    )
    assert _counted(nlp, text) == ["Kalgoma", "Dibbo"]
    text = "Talks in Geneva and other cities went on while Hamas and other groups waited."
    assert _counted(nlp, text) == ["Geneva"]


def test_an_old_massacre_in_a_town_and_its_villages_is_placed_at_the_town(extract: Any) -> None:
    text = "In May 2016, about 40 people were killed in attacks on Mbirikani and surrounding villages."
    (attack,) = [e for e in extract(text, published="2025-04-02").events if e.type == "attack"]
    assert attack.place is not None and attack.place.name == "Mbirikani"


def test_a_town_by_its_usual_english_spelling_is_a_town(nlp: Language) -> None:
    # GeoNames files these under "Gaalkacyo" and "Jawhar" (the Indian Jawhar is a namesake);
    # the English spellings are their alternate names
    text = "Gunmen ambushed a lorry near Galkayo and later fired on a checkpoint outside Jowhar."
    assert _towns(nlp, text) == ["Galkayo", "Jowhar"]


def test_a_name_before_based_is_a_settlement_read_from_the_word_columns(nlp: Language) -> None:
    from nexus.extract.gazetteer import _bases_named

    doc = nlp("Fighters of the Kelbo-based group and an Eastern-based militia met a Kelbo - based envoy.")
    assert [doc[start:end].text for start, end, _ in _bases_named(doc)] == ["Kelbo"]


def test_an_ambiguous_country_after_a_preposition_is_found_without_a_token_per_word(nlp: Language) -> None:
    from nexus.extract.gazetteer import _ambiguous_countries_left_out

    doc = nlp("Chad said troops from Chad crossed into Jordan Smith's farm and then into Jordan.")
    for start, end, label in _ambiguous_countries_left_out(doc):
        assert doc[start:end].text in ("Chad", "Jordan")
        assert label == "GPE"
        assert doc[start - 1].lower_ in ("from", "into")
        assert not (end < len(doc) and doc[end].is_title)


def test_a_town_name_the_ner_splits_into_a_place_and_a_person_is_joined(extract: Any) -> None:
    # the NER reads "Dera" as a place and "Khan" as a man; the city table knows the whole name
    extraction = extract(
        "A suicide bomber killed 12 people at a rally in Dera Ghazi Khan on Sunday, police said."
    )
    assert [(e.name, e.type) for e in extraction.entities] == [("Dera Ghazi Khan", "PLACE")]
    attack = next(e for e in extraction.events if e.type == "attack")
    assert (
        attack.place is not None and attack.place.name == "Dera Ghazi Khan" and attack.place.country == "PK"
    )


def _tagged(nlp: Language, text: str, spans: list[tuple[str, str]]) -> Any:
    """``text`` tokenized, with the NER's reading set by hand: (words, label) in order."""
    doc = nlp.make_doc(text)
    ents = []
    for words, label in spans:
        start = text.index(words)
        span = doc.char_span(start, start + len(words), label=label)
        assert span is not None
        ents.append(span)
    doc.ents = ents
    return doc


def test_a_split_town_name_is_joined_on_the_ner_reading(nlp: Language) -> None:
    doc = _tagged(nlp, "a rally in Dera Ghazi Khan", [("Dera", "GPE"), ("Ghazi Khan", "PERSON")])
    join_split_town_names(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Dera Ghazi Khan", "GPE")]


def test_a_place_and_a_person_side_by_side_stay_apart_when_no_town_bears_both_names(nlp: Language) -> None:
    doc = _tagged(nlp, "a rally in Kano Ibrahim Musa", [("Kano", "GPE"), ("Ibrahim Musa", "PERSON")])
    join_split_town_names(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Kano", "GPE"), ("Ibrahim Musa", "PERSON")]


def test_a_town_whose_name_opens_with_a_function_word_is_read_whole(nlp: Language) -> None:
    # "Than" and "In" are tagged as prepositions; the city table knows the whole names
    text = "Raiders torched a fuel depot near In Guezzam, and a convoy was ambushed outside At Tafilah."
    assert _towns(nlp, text) == ["In Guezzam", "At Tafilah"]


def test_a_capitalised_function_word_alone_or_before_an_unknown_name_is_no_town(nlp: Language) -> None:
    assert _towns(nlp, "Officials met near To Varnoska and again in Than Vorax on Monday.") == []
    assert _towns(nlp, "Gunmen fired at a bus near In Guezzam sawmill.") == []

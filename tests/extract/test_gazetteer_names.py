"""Place names the NER cut short are lengthened by the untagged name words next to them
(``gazetteer.complete_place_names``)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from nexus.extract.gazetteer import complete_place_names


def _cut(nlp: Language, text: str, words: str, label: str) -> Doc:
    """``text`` parsed, its entities replaced by one ``label`` span over ``words`` (a cut reading)."""
    doc = nlp(text)
    start = next(t.i for t in doc if doc[t.i : t.i + len(words.split())].text == words)
    doc.ents = [Span(doc, start, start + len(words.split()), label=label)]
    return doc


def _places(doc: Doc) -> list[str]:
    complete_place_names(doc)
    return [e.text for e in doc.ents]


def test_a_second_name_word_after_a_place_joins_it(nlp: Language) -> None:
    doc = _cut(nlp, "In May 2022, a mortar strike in Debre Wolde killed at least 14 people.", "Debre", "GPE")
    assert _places(doc) == ["Debre Wolde"]


def test_a_first_name_word_before_a_place_joins_it(nlp: Language) -> None:
    doc = _cut(nlp, "Militants stormed the Kilima Point airstrip at dawn.", "Point airstrip", "LOC")
    assert _places(doc) == ["Kilima Point airstrip"]


def test_a_hyphenated_name_with_an_elided_article_is_one_place(nlp: Language) -> None:
    doc = _cut(nlp, "Gunmen burned homes in the commune of Pont-d'Arbre on Friday.", "Pont", "GPE")
    assert _places(doc) == ["Pont-d'Arbre"]


def test_a_group_reading_after_a_place_preposition_takes_the_first_word(nlp: Language) -> None:
    doc = _cut(nlp, "Bandits killed six people during a raid on Ba Koro late on Sunday.", "Koro", "ORG")
    assert _places(doc) == ["Ba Koro"]


def test_titles_units_days_and_nationalities_stay_out(nlp: Language) -> None:
    doc = _cut(nlp, "The Tarkwa Governor spoke on Monday.", "Tarkwa", "GPE")
    assert _places(doc) == ["Tarkwa"]
    doc = _cut(nlp, "The Zambia Defence Forces moved in.", "Zambia", "GPE")
    assert _places(doc) == ["Zambia"]
    doc = _cut(nlp, "Shelling hit Kassala Tuesday morning.", "Kassala", "GPE")
    assert _places(doc) == ["Kassala"]


def test_a_gazetteer_name_is_left_as_it_is(nlp: Language) -> None:
    doc = nlp("Shelling hit Upper Nile State overnight.")
    start = next(t.i for t in doc if t.text == "Nile")
    doc.ents = [Span(doc, start, start + 1, label="GPE", kb_id="place:x")]
    assert _places(doc) == ["Nile"]


def test_a_longer_run_of_name_words_is_another_name(nlp: Language) -> None:
    doc = _cut(nlp, "Officers from Amber Creek Hill Lane reached Dorva.", "Dorva", "GPE")
    assert _places(doc) == ["Dorva"]
    doc = _cut(nlp, "Raiders hit Nova Dale Ridge Farm.", "Farm", "FAC")
    assert _places(doc) == ["Farm"]

"""The dictionary-driven attribute ruler sets exactly what spaCy's AttributeRuler sets."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from nexus.extract.attribute_rules import FastAttributeRuler, FastLemmatizer, speed_up

COLUMNS = [POS, TAG, DEP, MORPH, LEMMA]

TEXTS = [
    "Gunmen ambushed a convoy near Tamsar on Friday, killing four guards, officials said.",
    "It isn't clear whether they'll go; I am sure it's done, but we've not heard.",
    "Y'all gonna let's go, c'mon, they ain't got nothin' to do with it.\n\nThere are two.",
    "  The  report ,  filed late ,\twas\n\nnot   signed .  ",
    "Do you have it? Did he do it to me, or did I give it to you?",
]


@pytest.fixture(scope="module")
def parsed(nlp: Language) -> list[Doc]:
    """The texts tagged and parsed, before any attribute rule runs."""
    return list(nlp.pipe(TEXTS, disable=["attribute_ruler", "lemmatizer", "ner"]))


def _copy(doc: Doc) -> Doc:
    return Doc(doc.vocab).from_bytes(doc.to_bytes())


def _rulers(nlp: Language, patterns: list[dict[str, object]]) -> tuple[AttributeRuler, FastAttributeRuler]:
    slow, fast = AttributeRuler(nlp.vocab), FastAttributeRuler(nlp.vocab)
    slow.add_patterns(patterns)  # type: ignore[arg-type]
    fast.add_patterns(patterns)  # type: ignore[arg-type]
    return slow, fast


def test_model_rules_set_the_same_attributes(nlp: Language, parsed: list[Doc]) -> None:
    slow, fast = _rulers(nlp, nlp.get_pipe("attribute_ruler").patterns)
    for doc in parsed:
        a, b = slow(_copy(doc)), fast(_copy(doc))
        assert (a.to_array(COLUMNS) == b.to_array(COLUMNS)).all(), doc.text
        assert [str(t.morph) for t in a] == [str(t.morph) for t in b]


def test_later_rules_win_and_index_picks_the_token(nlp: Language, parsed: list[Doc]) -> None:
    patterns: list[dict[str, object]] = [
        {"patterns": [[{"TAG": "NNS"}]], "attrs": {"LEMMA": "plural"}},
        {"patterns": [[{"LOWER": "guards"}]], "attrs": {"LEMMA": "sentry", "POS": "PROPN"}},
        {
            "patterns": [[{"LOWER": {"IN": ["four", "two"]}}, {"TAG": "NNS"}]],
            "attrs": {"LEMMA": "counted"},
            "index": -1,
        },
        {
            "patterns": [[{"LOWER": {"REGEX": "^off"}, "DEP": {"NOT_IN": ["det", ""]}}]],
            "attrs": {"MORPH": "Foo=Bar"},
        },
        {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE", "TAG": "_SP", "MORPH": "_"}},
    ]
    slow, fast = _rulers(nlp, patterns)
    for doc in parsed:
        a, b = slow(_copy(doc)), fast(_copy(doc))
        assert (a.to_array(COLUMNS) == b.to_array(COLUMNS)).all(), doc.text
    first = fast(_copy(parsed[0]))
    guards = next(t for t in first if t.lower_ == "guards")
    assert guards.lemma_ == "counted"  # the two-token rule, added last, sets the second token
    assert guards.pos_ == "PROPN"
    assert next(t for t in first if t.lower_ == "officials").morph.get("Foo") == ["Bar"]


def test_speed_up_swaps_the_ruler_in_place_with_its_rules() -> None:
    pipeline = spacy.blank("en")
    pipeline.add_pipe("sentencizer")
    ruler = pipeline.add_pipe("attribute_ruler")
    ruler.add_patterns([{"patterns": [[{"LOWER": "convoy"}]], "attrs": {"LEMMA": "column"}}])
    pipeline.add_pipe("merge_entities")
    speed_up(pipeline)
    assert pipeline.pipe_names == ["sentencizer", "attribute_ruler", "merge_entities"]
    fast = pipeline.get_pipe("attribute_ruler")
    assert isinstance(fast, FastAttributeRuler)
    assert [t.lemma_ for t in pipeline("The convoy")] == ["", "column"]
    speed_up(pipeline)  # a second call changes nothing
    assert pipeline.get_pipe("attribute_ruler") is fast


def test_lemmas_match_the_model_lemmatizer(nlp: Language, parsed: list[Doc]) -> None:
    ruler, lemmatizer = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
    fast = FastLemmatizer()
    fast.inner = lemmatizer
    for doc in parsed:
        ruled = ruler(_copy(doc))
        a, b = lemmatizer(_copy(ruled)), fast(_copy(ruled))
        assert [t.lemma_ for t in a] == [t.lemma_ for t in b], doc.text
        assert (a.to_array(COLUMNS) == b.to_array(COLUMNS)).all()
    again = fast(_copy(ruler(_copy(parsed[0]))))  # answered from what it remembers
    assert [t.lemma_ for t in again if t.lower_ in ("ambushed", "guards")] == ["ambush", "guard"]


def test_a_lemmatizer_wrapper_without_its_lemmatizer_refuses(parsed: list[Doc]) -> None:
    with pytest.raises(ValueError):
        FastLemmatizer()(_copy(parsed[0]))

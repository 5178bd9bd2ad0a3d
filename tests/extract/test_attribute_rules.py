"""The indexed attribute rules find exactly the matches spaCy's Matcher finds."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.pipeline import AttributeRuler

from nexus.extract.attribute_rules import RuleIndex
from nexus.extract.pipeline import Extractor

TEXTS = [
    "Militia fighters torched three lorries outside Goma on Friday, a police spokesman said.",
    "We're gonna stay put, y'all know that. There's no road out and there are no trucks.",
    "Ain't nobody leaving tonight, let's wait. C'mon on, we got ta move, he gets it.",
    "The   convoy \n\n was hit  twice;\tnobody claimed it. Were there any survivors?",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_index_finds_the_matcher_matches(nlp: Language, text: str) -> None:
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    index = RuleIndex(ruler)
    assert index.usable
    doc = nlp(text, disable=["attribute_ruler", "lemmatizer", "ner"])
    assert index.matches(doc) == sorted(set(ruler.match(doc)))


def test_extractor_ruler_matches_as_the_matcher(extractor: Extractor) -> None:
    ruler = extractor.nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    assert "match" in vars(ruler)  # the extractor's ruler uses the index
    for text in TEXTS:
        doc = extractor.nlp.make_doc(text)
        for name, proc in extractor.nlp.pipeline:
            if name == "attribute_ruler":
                break
            doc = proc(doc)
        assert ruler.match(doc) == sorted(set(AttributeRuler.match(ruler, doc)))

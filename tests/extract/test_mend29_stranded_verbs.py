"""A speech verb the parser hangs on the speaker's name as a participle is the sentence's verb."""

from __future__ import annotations

import pytest
from spacy.language import Language

from nexus.extract.entities import mend_stranded_verbs
from nexus.extract.pipeline import Extractor, load_base_model
from nexus.model import Document


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_base_model()


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        (
            "Chad's Minister of Public Security, Idriss Mahamat, condemned on Thursday what he "
            "termed a savage assault.",
            "condemned",
            "Minister",
        ),
        (
            "The army's chief spokesman, Brigadier Salim Odero, condemned on Wednesday what he "
            "called an act of terror.",
            "condemned",
            "spokesman",
        ),
        (
            "Pakistan's interior minister, Hamid Qureshi, condemned in Islamabad the attack on the convoy.",
            "condemned",
            "minister",
        ),
    ],
)
def test_a_stranded_speech_verb_becomes_the_root_with_the_office_as_subject(
    nlp: Language, text: str, verb: str, subject: str
) -> None:
    doc = nlp(text)
    assert mend_stranded_verbs(doc) == 1
    root = next(iter(doc.sents)).root
    assert root.text == verb and root.tag_ == "VBD"
    assert [c.text for c in root.children if c.dep_ == "nsubj"] == [subject]
    assert doc[-1].head == root  # the full stop follows its verb


@pytest.mark.parametrize(
    "text",
    [
        "The former governor, jailed in 2019 for fraud, returned home on Monday.",
        "The militia leader, Kamal Bashir, accused of ordering the massacre, fled to the hills.",
        "Uganda's Minister of Internal Affairs, Grace Atuhaire, vowed on Tuesday that the bombers "
        "would be found.",
    ],
)
def test_sentences_with_a_main_verb_are_left_alone(nlp: Language, text: str) -> None:
    doc = nlp(text)
    heads = [t.head.i for t in doc]
    assert mend_stranded_verbs(doc) == 0
    assert [t.head.i for t in doc] == heads


def test_the_minister_s_condemnation_is_a_statement_with_its_speaker() -> None:
    text = (
        "Gunmen killed nine herders near a well outside Abeche on Sunday. Chad's Minister of "
        "Public Security, Idriss Mahamat, condemned on Monday what he termed a savage assault."
    )
    doc = Document(id="mend29-statement", text=text, published="2026-05-12")
    extraction = Extractor().extract(doc)
    statements = [e for e in extraction.events if e.type == "statement"]
    assert len(statements) == 1
    assert "Idriss Mahamat" in statements[0].actors
    assert statements[0].date is not None and statements[0].date.iso == "2026-05-11"

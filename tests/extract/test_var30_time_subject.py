"""A killing verb the parse hangs on the outer verb right after a time phrase ("it happened a week
after a rocket attack on the depot killed four guards") has the happening noun of the "after"
phrase as its subject, so the figure is that happening's."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from nexus.extract.tolls import _causes


def _doc(nlp: Language, *, subject: bool) -> Doc:
    # "It happened a week after a rocket attack on the depot killed four guards ." with "killed"
    # read as the adverbial clause of "happened" (and, if ``subject``, given a subject of its own)
    words = ["It", "happened", "a", "week", "after", "a", "rocket", "attack", "on", "the", "depot", "killed"]
    words += ["they" if subject else "four", "guards", "."]
    heads = [1, 1, 3, 4, 1, 7, 7, 4, 7, 10, 8, 1, 11 if subject else 13, 11, 1]
    deps = [
        "nsubj",
        "ROOT",
        "det",
        "npadvmod",
        "prep",
        "det",
        "compound",
        "pobj",
        "prep",
        "det",
        "pobj",
        "advcl",
    ]
    deps += ["nsubj" if subject else "nummod", "dobj", "punct"]
    pos = ["PRON", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "NOUN", "ADP", "DET", "NOUN", "VERB"]
    pos += ["PRON" if subject else "NUM", "NOUN", "PUNCT"]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_the_time_phrases_happening_is_the_subject_of_the_stray_killing_verb(nlp: Language) -> None:
    doc = _doc(nlp, subject=False)
    assert _causes(doc[7], doc[11])


def test_a_killing_verb_with_its_own_subject_is_not_the_time_phrases(nlp: Language) -> None:
    doc = _doc(nlp, subject=True)
    assert not _causes(doc[7], doc[11])

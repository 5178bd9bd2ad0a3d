"""'shot dead two commanders': the word "dead" right after a harming verb is its complement
however the parse hangs it (here on the number after it), so the figure counts the dead."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from nexus.extract.casualties import find_casualties


def _misparsed(nlp: Language) -> Doc:
    # "Agents shot dead two smugglers at the border." with "dead" read as the number's modifier
    words = ["Agents", "shot", "dead", "two", "smugglers", "at", "the", "border", "."]
    heads = [1, 1, 3, 4, 1, 1, 7, 5, 1]
    deps = ["nsubj", "ROOT", "amod", "nummod", "dobj", "prep", "det", "pobj", "punct"]
    tags = ["NNS", "VBD", "JJ", "CD", "NNS", "IN", "DT", "NN", "."]
    pos = ["NOUN", "VERB", "ADJ", "NUM", "NOUN", "ADP", "DET", "NOUN", "PUNCT"]
    lemmas = ["agent", "shoot", "dead", "two", "smuggler", "at", "the", "border", "."]
    sent_starts = [True] + [False] * (len(words) - 1)
    return Doc(
        nlp.vocab,
        words=words,
        heads=heads,
        deps=deps,
        tags=tags,
        pos=pos,
        lemmas=lemmas,
        sent_starts=sent_starts,
    )


def test_dead_hung_on_the_number_still_makes_the_shot_killed(nlp: Language) -> None:
    doc = _misparsed(nlp)
    found = [(m.kind, m.count.value) for m in find_casualties(doc[:])]
    assert found == [("killed", 2)]

"""The subject a participle took from the verb after it ("a mine hidden under the road went off").

The parse may read a participle that describes the subject ("hidden under the road") as a clause
of its own with the subject as its subject, and hang the real verb ("went off") beside it with no
subject at all. :func:`sibling_participle_subject` gives the verb that subject back.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Dependencies a subject-less verb takes the participle beside it under.
_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "conj"})


def sibling_participle_subject(verb: Token) -> list[Token]:
    """Subject nouns of a past participle clause ending right before ``verb`` (beside it under
    the same head, or under the verb itself), when ``verb`` has no subject of its own and the
    participle has no object, auxiliary or passive auxiliary: "a bomb [concealed in a cart] went
    off" (a regular participle the tagger took for a past tense counts). Empty when there is no
    such clause."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return []
    near = [*verb.children, *(verb.head.children if verb.head is not verb else ())]
    for clause in near:
        if (
            clause is not verb
            and clause.dep_ in _CLAUSE_DEPS
            and (clause.tag_ == "VBN" or (clause.tag_ == "VBD" and clause.lower_.endswith("ed")))
            and clause.i < verb.i
            and clause.right_edge.i + 1 == verb.i
            and not any(c.dep_ in ("dobj", "aux", "auxpass", "nsubjpass") for c in clause.children)
        ):
            return [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    return []

"""A group the text calls by a common noun: "the X militia Y", "Y, a militia that ...".

"The militia's spokesman" stands for the group the text last called a militia, even when
the tagger typed that group as another kind than the noun's (``definite_anaphors``) and when
another group is named after it: in "The hunters' militia Y blamed the Z, a unit of W. ...
the militia's spokesman, A B", A B speaks for Y, not for Z (which is nearer but was never
called a militia). :meth:`relation_context.RelationContext.definite_group` asks this first.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["called_by"]


def _noun(tok: Token, word: str) -> bool:
    return tok.pos_ == "NOUN" and tok.is_lower and tok.lemma_.lower() == word


def called_by(name: Token, word: str) -> bool:
    """Whether the name a token ends is written beside the common noun ``word`` (a lemma): set
    in apposition to it ("the militia Y", "Y, a militia") or opened by it ("the militia Y" read
    as one noun phrase)."""
    if name.dep_ == "appos" and _noun(name.head, word):
        return True  # "The hunters' militia Y, whose ...": Y apposed to the subject noun
    if any(c.dep_ == "appos" and _noun(c, word) for c in name.children):
        return True  # "Y, a militia formed in 2016"
    return any(c.dep_ in ("compound", "nmod") and c.i < name.i and _noun(c, word) for c in name.children)

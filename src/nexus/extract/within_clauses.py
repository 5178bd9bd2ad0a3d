"""Relative clauses that tell what went on inside a happening a noun names.

"the raid a week before, in which marines shot three smugglers", "an ambush during which
rebels seized a truck": the clause hangs on the noun (``relcl``), opens with "in which" /
"during which" / "of which", and its verb acts on someone or something (a direct object).
Whoever is that verb's subject performed the happening; the subject of an intransitive verb
("in which eleven soldiers died") is a victim, so such clauses are not returned.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Prepositions of a relative "which" that tells what went on in a happening ("a raid in which").
WITHIN_RELATIVE = frozenset({"in", "during", "of"})


def within_clauses(noun: Token) -> list[Token]:
    """The verbs of the transitive "in which" clauses on ``noun`` (reading order; empty if none)."""
    out: list[Token] = []
    for clause in noun.children:
        if clause.dep_ != "relcl" or clause.pos_ != "VERB":
            continue
        within = any(
            c.dep_ == "prep"
            and c.lower_ in WITHIN_RELATIVE
            and any(g.dep_ == "pobj" and g.lower_ == "which" for g in c.children)
            for c in clause.children
        )
        if within and any(c.dep_ == "dobj" for c in clause.children):  # not "in which ten died"
            out.append(clause)
    return out

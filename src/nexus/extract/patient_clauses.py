"""Passive clauses of time that tell what befell the main clause's patients.

"Two guards died when a grenade was thrown at their post": the passive "was thrown" has no
agent, and the subject of "died" is who suffered the happening, not who did it. The doer of
such a clause is unknown; the main clause's subject must not be taken for it.
"""

from __future__ import annotations

from spacy.tokens import Token

from nexus.extract.casualties import dying_verb

#: Words that open a clause of time or cause on the main verb ("when", "as").
_OPENERS = frozenset({"when", "as", "after"})


def _passive_without_agent(verb: Token) -> bool:
    children = list(verb.children)
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in children)
        and any(c.dep_ == "nsubjpass" for c in children)
        and not any(c.dep_ == "agent" for c in children)
    )


def befell_the_patients(verb: Token) -> bool:
    """Whether ``verb`` is an agentless passive in a "when"/"as"/"after" clause of a main verb whose
    subject is itself a patient: one who died ("died", "perished") or a passive's subject ("were
    killed when a bomb was thrown"). True means the verb has no doer to take from the main clause."""
    if verb.dep_ != "advcl" or not _passive_without_agent(verb):
        return False
    if not any(c.dep_ in ("advmod", "mark") and c.lower_ in _OPENERS for c in verb.children):
        return False
    main = verb.head
    if main.pos_ not in ("VERB", "AUX"):
        return False
    return dying_verb(main) or any(c.dep_ == "nsubjpass" for c in main.children)

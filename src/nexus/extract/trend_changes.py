"""A change in a count or a measure: "bomb attacks on pylons dropped to zero", "cocoa exports slid 4%".

Monthly bulletins and risk digests tell trends: how a kind of happening rose or fell over a
period ("attacks on police rose 20 per cent in February", "kidnappings halved"), or how prices
or trade moved ("bread prices climbed 12 per cent once the river ferry stopped").
Such a sentence tells no happening of its own: the noun counted, and what the sentence tells
under the verb of change (its source's blame, the measure it follows), are the trend's, unless
told in a clause of time of its own ("after gunmen killed four on Monday").

A verb of change (``modality.trend_verbs`` of ``events.yaml``) is a trend when its change is
measured in per cent ("climbed 15 per cent", "slid 4%"), or when its subject is a counted plural
(``modality.tallied_nouns``) and it moves to or by a figure ("fell to zero", "rose to 14") or
doubles or halves by its own word (``modality.multiplying_verbs``). A day named under the verb
("rose to 14 after Monday's raid") makes it one happening's toll, never a trend.
"""

from __future__ import annotations

from spacy.tokens import Token

from nexus import ontology
from nexus.extract.dates import WEEKDAYS
from nexus.extract.incident_tallies import own_time_clause
from nexus.extract.tokens import matching

#: Words of a per cent measure: "15 per cent", "4%", "15 percent", "15 pc".
_PERCENT = frozenset({"%", "percent", "cent", "pc", "per-cent", "percentage", "points"})
#: Figures that are no count: "to zero", "to nil".
_ZERO = frozenset({"zero", "nil", "none"})
#: Day names: a day under the verb makes the change one happening's ("rose to 14 on Monday").
_DAYS = frozenset(WEEKDAYS) | {"today", "yesterday", "tonight"}


def _words(key: str) -> frozenset[str]:
    return ontology.words("events.yaml", "modality", key)


def _under(verb: Token) -> list[Token]:
    """The tokens of ``verb``'s clause: its subtree less clauses of time of their own."""
    found = []
    for token in verb.subtree:
        node, own = token, False
        while node.i != verb.i:
            if own_time_clause(node):
                own = True
                break
            node = node.head
        if not own:
            found.append(token)
    return found


def _measured(clause: list[Token]) -> tuple[bool, bool]:
    """Whether the clause holds a per cent measure, and whether it holds a figure."""
    percent = any(t.lower_ in _PERCENT for t in clause)
    figure = any(t.like_num or t.lower_ in _ZERO for t in clause)
    return percent, figure


def trend_verbs_of(token: Token) -> list[Token]:
    """The verbs of ``token``'s sentence that tell a trend (see the module's docstring)."""
    return [verb for verb, _ in _trends(token)]


def _trends(token: Token) -> list[tuple[Token, list[Token]]]:
    """Each verb of ``token``'s sentence that tells a trend, with the clause under it."""
    found = []
    for verb in matching(token.sent, _words("trend_verbs")):  # (a Token only for a trend verb's lemma)
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB":
            continue
        clause = _under(verb)
        if any(t.lower_ in _DAYS for t in clause):
            continue  # "deaths rose to 14 on Monday": one happening's toll
        percent, figure = _measured(clause)
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        counted = any(s.tag_ == "NNS" and s.lower_ in _words("tallied_nouns") for s in subjects)
        if percent or (counted and (figure or lemma in _words("multiplying_verbs"))):
            found.append((verb, clause))
    return found


def in_trend(token: Token) -> bool:
    """Whether a trigger ``token`` is told as part of a trend: it lies in the clause of a verb of
    change that tells a trend, outside a clause of time of its own.

    "Bomb attacks on pylons dropped to zero": True for "attacks"; "attacks on police rose 20 per cent
    after gunmen killed four officers in Omberly": False for "killed" (its own clause); "the toll
    rose to 14 on Monday": False (a day: one happening's toll).
    """
    return any(token.i != verb.i and any(t.i == token.i for t in clause) for verb, clause in _trends(token))

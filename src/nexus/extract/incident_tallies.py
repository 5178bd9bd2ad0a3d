"""A count of incidents over a period: "the mission logged 27 incidents in April".

Monthly briefs and data notes count incidents ("the mission logged 27 incidents in the region
in April, in which 14 civilians died", "nine incidents were reported in the county from March
to May"). The count is a tally over many happenings on no single day or place: neither the
counted noun nor the harm told with it ("in which 14 civilians died", "with 30 dead", "in all
they left 60 dead") is an event of its own.

The verbs that count (``modality.tally_verbs``), the nouns they count
(``modality.tallied_nouns``) and the words of a span of time (``modality.tally_spans``) are
data of ``events.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nexus import ontology
from nexus.extract.dates import _MONTHS
from nexus.extract.tokens import matching

#: Clause links through which a count and the harm told with it share one telling ("we counted
#: eight incidents in June; 11 died in them"), not a relative clause or a modifier.
_CLAUSE_LINKS = frozenset({"ccomp", "parataxis", "conj", "advcl", "ROOT"})


#: Prepositions of a span of time: "in March", "between January and June", "over the quarter".
_SPAN_PREPOSITIONS = frozenset({"in", "during", "between", "over", "throughout", "for", "since"})


def _words(key: str) -> frozenset[str]:
    return ontology.words("events.yaml", "modality", key)


def _counted(noun: Token) -> bool:
    """A plural noun of incidents with a figure of two or more ("43 attacks", "six incidents")."""
    if noun.lower_ not in _words("tallied_nouns") or noun.tag_ != "NNS":
        return False
    for child in noun.children:
        if child.dep_ == "nummod" and child.like_num:
            text = child.lower_.replace(",", "")
            return text not in ("one", "1", "a", "an")
    return False


def _span_word(token: Token) -> bool:
    """A month, a year or a word of a span of time ("March", "2025", "the second quarter")."""
    word = token.lower_
    if word in _MONTHS and token.pos_ == "PROPN":
        return True
    if token.like_num and len(word) == 4 and word.isdigit() and word[:2] in ("19", "20"):
        return True
    return token.lemma_.lower() in _words("tally_spans") or word in _words("tally_spans")


def _over_a_span(verb: Token, noun: Token) -> bool:
    """Whether the count is dated by a span of time on its verb or its noun ("in March",
    "from March to May", "over the first half of the year"), not by one day."""
    for owner in (verb, noun):
        for prep in owner.children:
            if (
                prep.dep_ == "prep"
                and prep.lower_ in _SPAN_PREPOSITIONS
                and any(_span_word(t) for t in prep.subtree if t.i != prep.i)
            ):
                return True
            if prep.dep_ == "npadvmod" and _span_word(prep):
                return True
    return False


def tally_verbs_of(sent: Span) -> list[Token]:
    """The verbs of ``sent`` that count incidents over a span of time: a verb of
    ``tally_verbs`` whose object (or passive subject) is a counted plural of ``tallied_nouns``."""
    found = []
    for verb in matching(sent, _words("tally_verbs")):  # (a Token only for a tally verb's lemma)
        if verb.pos_ != "VERB":
            continue
        for noun in verb.children:
            if noun.dep_ in ("dobj", "nsubjpass") and _counted(noun) and _over_a_span(verb, noun):
                found.append(verb)
                break
    return found


def _clause_path(low: Token, high: Token) -> bool:
    """Whether ``high`` governs ``low`` through clause links only (no relative clause or modifier
    in between)."""
    node = low
    while node.i != high.i:
        if node.dep_ not in _CLAUSE_LINKS or node.head.i == node.i or own_time_clause(node):
            return False
        node = node.head
    return True


def own_time_clause(node: Token) -> bool:
    """A clause of time or cause with its own conjunction ("after gunmen killed 12", "when a
    bomb went off"), not the relative "in which 19 were killed" the parse may hang the same way."""
    return node.dep_ == "advcl" and any(
        c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB") for c in node.children
    )


def _told_within(token: Token, verb: Token) -> bool:
    """Whether ``token`` lies under the counting ``verb`` other than in a clause of time or cause
    of its own ("recorded 40 attacks in March, after gunmen killed 12 on the 3rd": the killing is
    told apart)."""
    node = token
    while node.head.i != node.i:
        if own_time_clause(node):
            return False
        node = node.head
        if node.i == verb.i:
            return True
    return False


def in_incident_tally(token: Token) -> bool:
    """Whether a trigger ``token`` is told as part of a count of incidents over a period.

    True for a trigger inside the count's own clause ("logged 27 incidents in April, in which 14
    civilians died"), for the counted noun itself, and for a trigger whose clause is joined to
    the count's ("we counted eight incidents in June; 11 died in them"). False for a
    count of one ("recorded one attack on Monday"), of a day ("reported three attacks on Monday"),
    and outside a sentence with such a count.
    """
    for verb in tally_verbs_of(token.sent):
        if token.i == verb.i:
            continue  # the counting verb itself is no trigger of its own kind
        if _told_within(token, verb) or _clause_path(verb, token):
            return True
    return False

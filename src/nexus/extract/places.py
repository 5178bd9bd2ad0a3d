"""Where an event happened: the places of its sentence ranked for that role.

A place named for another role (an origin, a destination, a possessor, the
dateline, "X-based") is not where the event happened.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nexus.extract.arguments import ACTOR_NOUNS, LOCATIVE_PREPS, PLACE_RANK
from nexus.extract.dateline import dateline_end
from nexus.extract.entities import EntityCluster


def place_candidates(sent: Span, trigger: Token, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """PLACE entities in the sentence that locate the event (not "X-based", not possessors)."""
    out: list[tuple[int, int, EntityCluster]] = []
    dateline = dateline_end(sent.doc)
    for token in sent:
        if token.idx < dateline:
            continue  # "MOSCOW, March 25 (Outlet) -" says where the report was filed
        cluster = index.get(token.i)
        if cluster is None or cluster.type != "PLACE" or any(c is cluster for _, _, c in out):
            continue
        nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if (
            nxt is not None
            and nxt.text in ("-", "–")
            and token.i + 2 < len(token.doc)
            and token.doc[token.i + 2].lower_ in ("based", "backed", "led", "sponsored", "linked")
        ):
            continue
        possessive = token.dep_ == "poss" or (nxt is not None and nxt.tag_ == "POS")
        if possessive and token.head.pos_ == "NOUN" and token.head.lemma_.lower() in ACTOR_NOUNS:
            continue  # "Pakistan's Parliament", "Iran's mission": an actor, not a location
        locative = not possessive and (
            token.head.lower_ in LOCATIVE_PREPS
            or token.dep_ in ("appos", "conj")
            or (token.dep_ == "compound" and token.head.i == trigger.i)  # "the Kandahar bombing"
        )
        rank = PLACE_RANK.get(cluster.subtype or "city", 2)
        out.append((int(locative), rank, cluster))
    out.sort(key=lambda t: (-t[0], -t[1]))
    return [c for _, _, c in out]

"""The head tokens of a sentence's place mentions, read once for the stages that rank places."""

from __future__ import annotations

from spacy.tokens import Span, Token

from nexus.extract.entities import EntityCluster
from nexus.extract.parse_index import parse_index


def place_roots(sent: Span, index: dict[int, EntityCluster]) -> list[Token]:
    """The syntactic head token of each PLACE mention of ``sent`` (``index``: token index ->
    the entity cluster the token belongs to), in text order; one token per run of tokens of one
    cluster."""
    roots: list[Token] = []
    doc = sent.doc
    parse = parse_index(doc)
    i = sent.start
    while i < sent.end:
        cluster = index.get(i)
        if cluster is None or cluster.type != "PLACE":
            i += 1
            continue
        j = i
        while j + 1 < sent.end and index.get(j + 1) is cluster:
            j += 1
        roots.append(doc[parse.span_root(i, j + 1)])
        i = j + 1
    return roots

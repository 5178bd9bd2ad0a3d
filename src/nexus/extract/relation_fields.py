"""Record fields as affiliations: "Role: Commander of the X" under a record headed by a person.

A wanted notice, a designation release or a roll of members gives each person a record: a
heading line that names the person, then field lines ("Role: ...", "Position: ...",
"Affiliation: ..."; ``relations.yaml`` ``record_fields``) that never name the person
again. A body named in a role field as what a role noun is "of" or "for" ("Commander of Company
No. 2 of the X", "a member of the Y"), or any organisation of an
affiliation field, is the person's: an affiliation from the person of the record's heading. A
body only apposed to another ("the X, the armed wing of the W") is the other body's parent, not
the person's. The heading is the nearest line above the field, over other field lines only,
short (``record_fields`` ``heading_chars``) and naming a person (the first it names).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from spacy.tokens import Span, Token

from nexus import ontology
from nexus.extract.entities import EntityCluster
from nexus.extract.relation_context import RelationContext, is_word, relation_lexicon
from nexus.extract.tokens import sentence_bounds

__all__ = ["record_fields"]

#: A field line: a short label, a colon, the field's text.
_FIELD = re.compile(r"^[ \t]*([A-Za-z][A-Za-z ]{0,24}?)[ \t]*:[ \t]*(\S.*)$", re.M)


@cache
def _labels() -> tuple[frozenset[str], frozenset[str], int]:
    """(role field labels, affiliation field labels, longest heading in characters)."""
    table = ontology.table("relations.yaml").get("record_fields") or {}
    role = frozenset(str(w).lower() for w in table.get("role") or ())
    affil = frozenset(str(w).lower() for w in table.get("affiliation") or ())
    return role, affil, int(table.get("heading_chars") or 160)


def _lines_above(text: str, start: int) -> Iterator[tuple[int, str]]:
    """``(start offset, line)`` of each line above the one that starts at ``start``, nearest first."""
    end = start - 1
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        yield begin, text[begin:end]
        end = begin - 1


def _heading_person(ctx: RelationContext, start: int) -> EntityCluster | None:
    """The one person named on the record's heading line above the field line at ``start``."""
    text = ctx.doc.text
    heading_chars = _labels()[2]
    for begin, line in _lines_above(text, start):
        if not line.strip():
            return None  # a blank line closes the record
        if _FIELD.match(line) and not _persons_on(ctx, begin, begin + len(line)):
            continue  # another field of the same record ("Wanted for: ...")
        if len(line) > heading_chars:
            return None
        persons = _persons_on(ctx, begin, begin + len(line))
        return persons[0] if persons else None
    return None


def _persons_on(ctx: RelationContext, begin: int, end: int) -> list[EntityCluster]:
    """The persons with a mention starting in ``[begin, end)`` of the text, the first named first
    (a heading's alias the tagger took for a second person comes after the name)."""
    seen: dict[int, tuple[int, EntityCluster]] = {}
    for cluster in ctx.index.values():
        starts = [m.start for m in cluster.mentions if begin <= m.start < end]
        if cluster.type == "PERSON" and starts:
            seen.setdefault(id(cluster), (min(starts), cluster))
    return [cluster for _, cluster in sorted(seen.values(), key=lambda pair: pair[0])]


def _held_of(ctx: RelationContext, tok: Token) -> Token | None:
    """The role noun a name's head word is the "of"/"for" object of, through a chain of such
    phrases over unnamed units ("Commander of Platoon No. 4 of the X"); None across an
    apposition, a clause or another body's name ("of the Y Brigade of the X": Y is the
    person's, X is Y's parent)."""
    roles = relation_lexicon().roles
    for _ in range(4):
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("of", "for"):
            return None
        noun = tok.head.head
        if is_word(noun, roles):
            return noun
        if noun.pos_ not in ("NOUN", "PROPN", "NUM") or noun.dep_ in ("appos", "relcl", "acl"):
            return None
        if ctx.entity(noun) is not None:
            return None
        tok = noun
    return None


def _org_heads(ctx: RelationContext, span: Span) -> Iterator[tuple[Token, EntityCluster]]:
    """``(head word, organisation)`` of each organisation name in ``span``, once per name."""
    for tok in span:
        cluster = ctx.entity(tok)
        if cluster is None or cluster.type != "ORG":
            continue
        if ctx.entity(tok.head) is cluster and tok.head.i != tok.i:
            continue  # a word inside the name: its head word speaks for it
        yield tok, cluster


def record_fields(ctx: RelationContext) -> None:
    """Affiliations of a record's person to the bodies its role or affiliation fields name."""
    role_labels, affil_labels, _ = _labels()
    doc = ctx.doc
    for field in _FIELD.finditer(doc.text):
        label = field.group(1).strip().lower()
        if label not in role_labels and label not in affil_labels:
            continue
        person = _heading_person(ctx, field.start())
        if person is None:
            continue
        span = doc.char_span(field.start(2), field.end(2), alignment_mode="expand")
        if span is None:
            continue
        for head, org in _org_heads(ctx, span):
            role = _held_of(ctx, head)
            if role is None and label not in affil_labels:
                continue
            first, end = sentence_bounds(doc, head.i)
            word = role.lower_ if role is not None else None
            ctx.add(person, "affiliation", org, word, doc[first:end], role)

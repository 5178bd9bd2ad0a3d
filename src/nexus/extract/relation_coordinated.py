"""People named in one coordination share the body the last one is "of".

"Sepoy A B and Naik C D of the Levies", "head constable E F and constable G H of the X unit":
the parser hangs "of the Levies" on the last name only, but the phrase closes the whole list.
:func:`relations._role_nouns` asks for the names coordinated before a name that has such a
phrase, and ties each to the same organisation (a body only: "X and Y of Somalia" may name
offices of two states).
"""

from __future__ import annotations

from spacy.tokens import Token

from nexus.extract.entities import EntityCluster
from nexus.extract.relation_context import RelationContext

__all__ = ["coordinated_before"]


def coordinated_before(ctx: RelationContext, root: Token, person: EntityCluster) -> list[EntityCluster]:
    """The other people a person's name is coordinated with ("A and B", "A, B and C"), when the
    name is the last of the list (no name coordinated after it)."""
    if root.dep_ != "conj" or any(c.dep_ == "conj" for c in root.children):
        return []
    top = root
    while top.dep_ == "conj" and _person(ctx, top.head):
        top = top.head  # ("Two of them, A and B": the list starts at A, not at "Two")
    if top is root:
        return []
    names = [top, *(t for t in top.subtree if t.dep_ == "conj" and top.i < t.i < root.i)]
    found: list[EntityCluster] = []
    for name in names:
        c = ctx.entity(name)
        if c is None or c.type != "PERSON" or c is person:
            return []  # a list with anything but people's names in it: not a list of people
        found.append(c)
    return list(dict.fromkeys(found))


def _person(ctx: RelationContext, tok: Token) -> bool:
    c = ctx.entity(tok)
    return c is not None and c.type == "PERSON"

"""Titles whose "of" phrase is no body of its own: a bare word for a force, or the office's field.

"Y's Director General of Police, A B", "the Z's Inspector General of Police, C D": the title
names the head of the police of the province, state or city that owns it, and A B serves that
place. The bare "Police" of the title is no body of its own; read as one, it would stand for the
one national police force the report names (a federal reserve force named for a raid elsewhere
in the text), which A B does not head. :func:`relations._appositions` asks this before it takes
the title's "of" phrase as the owner.

"Y's Commissioner for Internal Security, A B", "the Director of Public Relations of the Navy,
C D": the entity stage may cut the office's field ("Internal Security", "Public Relations") out
of the title as an organisation; the holder serves the title's possessor or the
body the field's own "of" phrase names, not the field (:func:`portfolio_owner`).
"""

from __future__ import annotations

from spacy.tokens import Token

from nexus import ontology
from nexus.extract.entities import EntityCluster
from nexus.extract.relation_context import RelationContext, is_country, is_polity, pobjs

__all__ = ["PLACED_FORCE_ROLE", "is_portfolio", "placed_force_title", "portfolio_owner"]

#: The role the holder takes: the head of the place's force, an office of the place.
PLACED_FORCE_ROLE = "chief"


def _state_own_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in ontology.table("relations.yaml").get("state_own_words") or ())


def placed_force_title(ctx: RelationContext, title: Token) -> EntityCluster | None:
    """The province, state or city (no country) that owns a title ("Y's" before it) whose only
    "of" phrase is a bare word for a state's own force that no entity holds ("of Police"); None
    for any other title."""
    owners = [
        c
        for child in title.children
        if child.dep_ == "poss" and child.i < title.i
        for c in [ctx.entity(child)]
        if c is not None
    ]
    if len(owners) != 1 or not is_polity(owners[0]) or is_country(owners[0]):
        return None
    phrases = list(pobjs(title, ("of",)))
    bare = [
        p
        for _, p in phrases
        if p.lower_ in _state_own_words() and ctx.entity(p) is None and not any(p.children)
    ]
    return owners[0] if phrases and len(bare) == len(phrases) else None


def _portfolio_words() -> frozenset[str]:
    table = ontology.table("relations.yaml").get("title_portfolio_words") or ()
    return frozenset(str(w).lower() for w in table)


def is_portfolio(c: EntityCluster) -> bool:
    """Whether an entity's name is only the field of an office ("Public Relations", "Home
    Affairs": ``relations.yaml`` ``title_portfolio_words``), which the entity
    stage cut out of a title (as an organisation, or a person), not a body of its own."""
    words = [w for w in c.name.lower().split() if w not in ("and", "&", "of", "the")]
    return c.type in ("ORG", "PERSON") and bool(words) and all(w in _portfolio_words() for w in words)


def portfolio_owner(ctx: RelationContext, role: Token, owner: EntityCluster | None) -> EntityCluster | None:
    """The owner of a title whose found owner is only its field ("Director of Public Relations of
    the Navy", "Y's Commissioner for Internal Security", "the Police Public Relations
    Officer"): the body the field's own "of" phrase names, else the title's possessor, else none;
    any other owner is kept."""
    if owner is None or not is_portfolio(owner):
        return owner
    fields = [t for t in role.subtree if ctx.entity(t) is owner]
    for field in fields:
        for _, pobj in pobjs(field, ("of",)):
            bodies = [c for c in ctx.actors(pobj) if c is not owner and not is_portfolio(c)]
            if bodies:
                return bodies[0]
    possessors = [ctx.entity(c) for c in role.children if c.dep_ == "poss" and c.i < role.i]
    return next((c for c in possessors if c is not None and c is not owner), None)

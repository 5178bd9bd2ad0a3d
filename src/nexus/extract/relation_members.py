"""Membership relations: states in a coalition or mission, persons in a group.

* "a force made up of troops from A, B and C", "the mission, which includes soldiers from
  A and B", "..., with troops from A and B already gone", "B's contingent": a state that
  sends troops to a multinational force or mission is affiliated to it;
* "A, B and C, the three members of the X alliance", "the X, grouping A, B and C",
  "the X, whose members include A and B": a state listed as a member;
* "A and B, which also contribute troops": a contribution whose force is named earlier;
* "arrested on suspicion of membership of X", "charged with membership in X": a person
  accused of belonging to a group.

The cue words are ``relations.yaml``'s ``contingent_nouns``, ``member_list_verbs``,
``coalition_words`` and ``membership_nouns``.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from nexus import ontology
from nexus.extract.entities import EntityCluster
from nexus.extract.relation_context import (
    PRONOUNS,
    RelationContext,
    is_country,
    lemma_of,
    pobjs,
    relation_lexicon,
    subjects_of,
)
from nexus.extract.tokens import matching

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})

__all__ = [
    "coalition_members",
    "drawn_from_groups",
    "is_coalition",
    "listed",
    "membership_nouns",
    "nearest_coalition",
]


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in ontology.table("relations.yaml").get(key) or ())


def is_coalition(c: EntityCluster | None) -> bool:
    """Whether an entity is a multinational body states can belong to: an international
    organisation, or a force whose name says it is a coalition ("Multinational Joint Task
    Force", "Regional Force", "... Mission in X")."""
    if c is None or c.type != "ORG":
        return False
    if c.subtype == "international":
        return True
    words = {w.lower() for w in c.name.split()}
    return c.subtype == "military" and bool(words & _words("coalition_words"))


def _own(country: EntityCluster, body: EntityCluster) -> bool:
    return bool(body.country) and body.country == country.country


def listed(ctx: RelationContext, tok: Token) -> list[EntityCluster]:
    """The actors of a list "A, B and C", which the parser may read as an apposition and its
    conjuncts ("A, [B [and C]]"): each named item with its own conjuncts."""
    out = list(ctx.actors(tok))
    for child in tok.children:
        if child.dep_ == "appos" and ctx.entity(child) is not None:
            out += [c for c in ctx.actors(child) if c not in out]
    return out


def _body_above(ctx: RelationContext, tok: Token) -> EntityCluster | None:
    """The coalition a troops phrase hangs from: climbing the parse, the first word that names
    one, a verb whose subject names one, or a descriptive noun set beside one."""
    current = tok
    for _ in range(7):
        head = current.head
        if head is current:
            return None
        found = ctx.entity(head)
        if is_coalition(found):
            return found
        if head.pos_ in ("NOUN", "PROPN") and found is None:
            if head.dep_ == "appos" and is_coalition(ctx.entity(head.head)):
                return ctx.entity(head.head)  # "the X, a force made up of troops from ..."
            named = ctx.named_before(head)
            if head.dep_ in ("appos", "nsubj", "dobj", "npadvmod", "dep") and is_coalition(named):
                return named
        if head.pos_ in ("VERB", "AUX"):
            for sub in head.children:
                if sub.dep_ in ("nsubj", "nsubjpass") and sub.i != current.i:
                    cand = ctx.entity(sub)
                    if is_coalition(cand):
                        return cand
            if head.dep_ == "relcl" and is_coalition(ctx.entity(head.head)):
                return ctx.entity(head.head)  # "the X, which includes troops from ..."
        current = head
    return None


def _only_coalition(ctx: RelationContext, sent: Span) -> EntityCluster | None:
    """The one coalition a sentence names (None when it names none or several)."""
    found: list[EntityCluster] = []
    for i in range(sent.start, sent.end):
        c = ctx.index.get(i)
        if is_coalition(c) and c not in found:
            found.append(c)  # type: ignore[arg-type]
    return found[0] if len(found) == 1 else None


def nearest_coalition(ctx: RelationContext, before: int) -> EntityCluster | None:
    """The coalition named last before a token ("Nigeria and Niger, which also contribute
    troops": the force the report is about)."""
    for i in range(before - 1, -1, -1):
        c = ctx.index.get(i)
        if is_coalition(c):
            return c
    return None


def coalition_members(ctx: RelationContext, sent: Span) -> None:
    """States a sentence places in a multinational force, mission or alliance."""
    contingents = _words("contingent_nouns")
    for tok in matching(sent, contingents):
        if tok.pos_ != "NOUN" or lemma_of(tok) not in contingents or ctx.entity(tok) is not None:
            continue
        holders = [tok, tok.head.head] if tok.dep_ == "pobj" else [tok]  # "made up of troops from A"
        if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
            holders.append(tok.head)  # "which groups troops from A": the "from" phrase hung on the verb
        states = [c for h in holders for _, p in pobjs(h, ("from",)) for c in listed(ctx, p) if is_country(c)]
        if not states and lemma_of(tok) == "contingent":  # "B's contingent"
            owners = [ctx.entity(p) for p in tok.children if p.dep_ == "poss"]
            states = [c for c in owners if c is not None and is_country(c)]
        if not states:
            continue
        body = _body_above(ctx, tok) or _only_coalition(ctx, sent)
        if body is None:
            _troops_lent(ctx, sent, tok, states)
            continue
        for state in states:
            if not _own(state, body):
                ctx.add(state, "affiliation", body, "member", sent, tok)
    _member_lists(ctx, sent)


def drawn_from_groups(ctx: RelationContext, sent: Span) -> None:
    """ "X, a local armed group made up of fighters from A, B and other factions": a group formed
    of other groups' men is affiliated with each of them."""
    lex = relation_lexicon()
    for tok in matching(sent, lex.people | _words("contingent_nouns")):
        if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.tag_ not in ("NNS", "NNPS"):
            continue
        verb = tok.head.head
        if verb.dep_ != "acl" or lemma_of(verb) not in ("make", "compose", "draw", "form"):
            continue
        groups = [c for _, p in pobjs(tok, ("from",)) for c in listed(ctx, p) if c.type == "ORG"]
        described = verb.head
        body = ctx.entity(described)
        if body is None and described.dep_ == "appos":
            body = ctx.entity(described.head) or ctx.named_before(described)  # "X, a local group made up of"
        if body is None or body.type != "ORG":
            continue
        for group in groups:
            ctx.add(body, "affiliation", group, "member", sent, tok)


def _troops_lent(ctx: RelationContext, sent: Span, troops: Token, states: list[EntityCluster]) -> None:
    """ "Mozambique will hold the north with troops from Rwanda": a state fighting with another
    state's troops cooperates with it."""
    if troops.dep_ != "pobj" or troops.head.lower_ != "with":
        return
    users = [c for s in subjects_of(troops.head.head) for c in ctx.actors(s) if is_country(c)]
    for user in users:
        for state in states:
            if state is not user:
                ctx.add(user, "cooperation", state, "troops", sent, troops)


def _member_lists(ctx: RelationContext, sent: Span) -> None:
    """ "the X, grouping A, B and C", "the X, whose members include A and B", "A, B and C,
    the members of the X": states listed as a coalition's members."""
    verbs = _words("member_list_verbs")
    for tok in matching(sent, verbs | {"member"}):
        lemma = lemma_of(tok)
        if tok.pos_ == "VERB" and lemma in verbs:
            # "the X, grouping A and B", "the X, which comprises A", "the X, whose members include A"
            body = ctx.entity(tok.head) if tok.dep_ in ("acl", "relcl") else None
            if body is None or not is_coalition(body):
                continue
            objects = [o for o in tok.children if o.dep_ == "dobj"]
            # "which brings A together with B and C": the "with" phrase lists members too
            listing = (
                objects + [p for h in (tok, *objects) for _, p in pobjs(h, ("with",))] if objects else []
            )
            members = list(dict.fromkeys(c for o in listing for c in listed(ctx, o) if is_country(c)))
            for state in members:
                if not _own(state, body):
                    ctx.add(state, "affiliation", body, "member", sent, tok)
        elif tok.pos_ == "NOUN" and lemma == "member" and tok.dep_ == "appos":
            named = [ctx.entity(p) for _, p in pobjs(tok, ("of",))]
            bodies = [c for c in named if c is not None and is_coalition(c)]
            states = [c for c in listed(ctx, tok.head) if is_country(c)]
            for body in bodies:
                for state in states:
                    if not _own(state, body):
                        ctx.add(state, "affiliation", body, "member", sent, tok)


def membership_nouns(ctx: RelationContext, sent: Span) -> None:
    """ "X was arrested on suspicion of membership of Y", "charged X with membership in Y": the
    person held or charged is tied to the group."""
    nouns = _words("membership_nouns")
    for tok in matching(sent, nouns):
        if tok.pos_ != "NOUN" or lemma_of(tok) not in nouns:
            continue
        heads = [tok]
        if tok.dep_ == "conj" and tok.head.i < tok.i:
            heads.append(tok.head)  # "of murder and membership of X": "of X" hung on "murder"
        groups = [c for h in heads for _, p in pobjs(h, ("of", "in")) if p.i > tok.i for c in ctx.actors(p)]
        groups = [c for c in groups if c.type == "ORG"]
        if not groups:
            continue
        people: list[EntityCluster] = []
        current = tok
        for _ in range(5):  # up to the verb the phrase hangs from: its subject or object
            current = current.head
            if current.pos_ in ("VERB", "AUX"):
                verbs = [current]
                if current.dep_ == "conj" and not any(c.dep_ in _SUBJECTS for c in current.children):
                    verbs.append(current.head)  # "X gave himself up and was remanded ...": X's verb
                for verb in verbs:
                    for child in verb.children:
                        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.lower_ not in PRONOUNS:
                            people += [c for c in ctx.actors(child) if c.type == "PERSON"]
                break
            if current.head is current:
                break
        for person in people:
            for group in groups:
                ctx.add(person, "affiliation", group, "member", sent, tok)

"""Cooperation told by a phrase of support or of acting in concert, beside the verbs of backing.

relations.py (``_cooperation``) reads "X, backed by Y" and "X works with Y". Three further shapes
of the same tie:

* support given "from" someone: "X, backed by air support from Y", "troops of X, with air cover
  from Y, retook ...": the support noun's "from" phrase names who helps, and the "with" or "by"
  phrase it stands in says whom (the noun the phrase hangs on, or the subject of its verb);
* a second agent after "and by": "X, backed by Y and by Z", where the parse hangs "by Z" on the
  first agent phrase rather than on the participle;
* acting "in conjunction / coordination / concert with" someone: "operatives of X, in
  conjunction with troops of Y, engaged ...", "X struck the camp in coordination with Y":
  the party is the noun the "in" phrase hangs on, or the subject of its verb.

Only organisations and states are parties; a person or a place is never one.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from nexus.extract.entities import EntityCluster
from nexus.extract.relation_context import RelationContext, lemma_of, pobjs
from nexus.extract.tokens import matching

__all__ = ["support_phrases"]

#: Nouns of help given by someone "from" whom it comes ("air support from X", "cover from Y").
_SUPPORT_NOUNS = frozenset({"support", "cover", "backing", "help", "assistance", "reinforcement"})
#: Nouns of acting together in an "in ... with" phrase ("in conjunction with X").
_CONCERT_NOUNS = frozenset(
    {"conjunction", "coordination", "concert", "cooperation", "collaboration", "tandem"}
)
#: Participles whose agent backs the noun they are said of ("X, backed by Y").
_BACKING = frozenset({"back", "support", "assist", "aid", "reinforce"})
#: Every lemma a phrase of this module turns on (the only tokens :func:`support_phrases` reads).
_CUE_LEMMAS = _SUPPORT_NOUNS | _CONCERT_NOUNS | _BACKING


def _parties(ctx: RelationContext, toks: Iterable[Token]) -> list[EntityCluster]:
    return ctx.group_actors(toks, any_org=True)


def _said_of(ctx: RelationContext, prep: Token) -> list[EntityCluster]:
    """Whom a phrase is said of: the noun it hangs on, else the subject of the verb it hangs on."""
    head = prep.head
    if head.pos_ in ("NOUN", "PROPN"):
        return _parties(ctx, [head])
    if head.pos_ in ("VERB", "AUX"):
        # the verb's own subject or agent ("the raid was done in coordination with Y"
        # says nothing of who tells it)
        doers = [c for c in head.children if c.dep_ == "nsubj"]
        doers += [p for a in head.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        return _parties(ctx, doers)
    return []


#: Dependencies that open a clause of its own inside a noun phrase (never read as a listed party).
_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "appos"})


def _listed_nouns(heads: list[Token]) -> list[Token]:
    """The nouns listed in a phrase under its heads: conjuncts and the objects of "of" phrases
    ("troops of Y and personnel of Z": Y, "personnel" and Z), never inside a clause or an
    apposition of its own."""
    found: list[Token] = []
    stack = list(heads)
    while stack:
        tok = stack.pop()
        for child in tok.children:
            if child.dep_ in _CLAUSES:
                continue
            if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN"):
                found.append(child)
                stack.append(child)
            elif child.dep_ == "prep" and child.lower_ == "of":
                stack.append(child)
            elif child.dep_ == "pobj" and tok.lower_ == "of":
                found.append(child)  # ("troops of Y and personnel of Z": the parse may hang "of Z" on Y)
                stack.append(child)
    return found


def _added_agents(agent: Token) -> list[Token]:
    """The nouns of "and by Z" phrases the parse hangs under a first agent phrase."""
    return [
        p for t in agent.subtree if t.dep_ == "conj" and t.lower_ == "by" for _, p in pobjs(t.head, ("by",))
    ]


def _add(
    ctx: RelationContext, sent: Span, a: list[EntityCluster], b: list[EntityCluster], tok: Token
) -> None:
    ctx.add_pairs(a, "cooperation", b, lemma_of(tok), sent, tok)


def support_phrases(ctx: RelationContext, sent: Span) -> None:
    """cooperation from support and concert phrases in ``sent`` (see the module docstring)."""
    for tok in matching(sent, _CUE_LEMMAS):
        lemma = lemma_of(tok)
        if tok.pos_ == "NOUN" and lemma in _SUPPORT_NOUNS and tok.dep_ == "pobj":
            helpers = _parties(ctx, [p for _, p in pobjs(tok, ("from",))])
            prep = tok.head
            if prep.lower_ == "with":
                _add(ctx, sent, helpers, _said_of(ctx, prep), tok)
            elif prep.dep_ == "agent" and prep.head.dep_ == "acl" and lemma_of(prep.head) in _BACKING:
                helped = _parties(ctx, [prep.head.head])
                _add(ctx, sent, helpers + _parties(ctx, _added_agents(prep)), helped, tok)
        elif tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.tag_ == "VBN" and lemma in _BACKING:
            agents = [a for a in tok.children if a.dep_ == "agent"]
            direct = [p for prep, p in pobjs(tok, ("by",)) if prep.dep_ == "agent"]
            if direct and all(lemma_of(p) not in _SUPPORT_NOUNS for p in direct):
                _add(
                    ctx,
                    sent,
                    _parties(ctx, [p for a in agents for p in _added_agents(a)]),
                    _parties(ctx, [tok.head]),
                    tok,
                )
        elif (
            tok.pos_ == "NOUN" and lemma in _CONCERT_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ == "in"
        ):
            objects = [p for _, p in pobjs(tok, ("with",))]
            partners = _parties(ctx, objects)
            partners += [c for c in _parties(ctx, _listed_nouns(objects)) if c not in partners]
            _add(ctx, sent, _said_of(ctx, tok.head), partners, tok)
            # ("in conjunction with troops of Y and personnel of Z": Y and Z act together too)
            _add(ctx, sent, partners, partners, tok)

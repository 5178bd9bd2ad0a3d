"""Cooperation told as closeness or as fighting side by side.

* "X is widely regarded as close to Y", "officials see X as close to Y": a judging verb
  (``relations.yaml`` ``closeness`` ``regard_verbs``) whose "as close to" complement names a
  partner of its object or passive subject; a copula ("X remains close to Y") counts only
  between two organisations, so that a state "close to" another is not read as a tie (it is
  often where it lies);
* "the army regards X as allied with Y": an alliance participle in the "as" clause of a judging
  verb, said of the verb's object;
* "X and Y fought side by side at Z", "X fought side by side with Y": the coordinated subjects
  of a verb so modified act together, and with the verb's "with" party; such a verb sets them
  on one side, never against each other (relations.py ``_reciprocal_hostility`` asks
  :func:`side_by_side`).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from nexus import ontology
from nexus.extract.relation_context import RelationContext, is_country, lemma_of, pobjs
from nexus.extract.tokens import lowers, matching

__all__ = ["closeness", "side_by_side"]


@cache
def _words(key: str) -> frozenset[str]:
    table = ontology.table("relations.yaml").get("closeness") or {}
    return frozenset(str(w).lower() for w in table.get(key) or ())


def side_by_side(verb: Token) -> bool:
    """Whether a verb is modified by "side by side" (parsed as "side" + "by side")."""
    for child in verb.children:
        if child.lower_ != "side" or child.i + 2 >= len(verb.doc):
            continue
        if verb.doc[child.i + 1].lower_ == "by" and verb.doc[child.i + 2].lower_ == "side":
            return True
    return False


_SIDE_HEADS = "nexus_side_heads"


def _side_heads(doc: Doc) -> frozenset[int]:
    """The indices of the tokens of ``doc`` with a child "side" (the only verbs :func:`side_by_side`
    can hold of), found once per Doc."""
    found: frozenset[int] | None = doc.user_data.get(_SIDE_HEADS)
    if found is None:
        low = lowers(doc)
        found = frozenset(doc[i].head.i for i, word in enumerate(low) if word == "side")
        doc.user_data[_SIDE_HEADS] = found
    return found


def _judged(verb: Token) -> list[Token]:
    """What a judging verb judges: its object, else its passive subject."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return objects or [c for c in verb.children if c.dep_ == "nsubjpass"]


def closeness(ctx: RelationContext, sent: Span) -> None:
    """cooperation from closeness, alliance judged and fighting side by side (module docstring)."""
    regard = _words("regard_verbs")
    # (every branch below holds of a close word, a partner participle or a verb with a "side" child)
    for tok in matching(sent, _words("partner_participles"), _words("close_words"), _side_heads(sent.doc)):
        lemma = lemma_of(tok)
        if tok.pos_ == "ADJ" and tok.lower_ in _words("close_words"):
            partners = ctx.group_actors([p for _, p in pobjs(tok, ("to",))])
            head = tok.head
            if not partners or head.pos_ not in ("VERB", "AUX"):
                continue
            if lemma_of(head) in regard:
                ctx.add_pairs(ctx.group_actors(_judged(head)), "cooperation", partners, lemma, sent, tok)
            elif tok.dep_ == "acomp":  # "X remains close to Y": two organisations only
                subjects = ctx.group_actors([c for c in head.children if c.dep_ == "nsubj"])
                orgs = [p for p in partners if not is_country(p)]
                ctx.add_pairs(
                    [s for s in subjects if not is_country(s)], "cooperation", orgs, lemma, sent, tok
                )
        elif tok.pos_ == "VERB" and lemma in _words("partner_participles") and tok.dep_ == "advcl":
            marked = any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
            if marked and lemma_of(tok.head) in regard:
                partners = ctx.group_actors([p for _, p in pobjs(tok, ("with", "to"))])
                ctx.add_pairs(ctx.group_actors(_judged(tok.head)), "cooperation", partners, lemma, sent, tok)
        elif tok.pos_ == "VERB" and side_by_side(tok):
            sides = ctx.group_actors([c for c in tok.children if c.dep_ == "nsubj"])
            for i, a in enumerate(sides):
                ctx.add_pairs([a], "cooperation", sides[i + 1 :], lemma, sent, tok)
            # ("side by side with Y": the "with" phrase on the verb or on the last "side")
            heads = [tok, *(t for t in tok.subtree if t.lower_ == "side")]
            ctx.add_pairs(
                sides,
                "cooperation",
                ctx.group_actors([p for h in heads for _, p in pobjs(h, ("with",))]),
                lemma,
                sent,
                tok,
            )

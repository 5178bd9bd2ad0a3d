"""An attack told on the word of the group that did it: a claim.

"X fighters attacked a checkpoint near Y, killing six, according to a statement X issued on its
channel", "according to a statement by the movement, its gunmen overran the outpost": the source of
the sentence is a document (``claimant_documents`` of ``events.yaml``: statement, message,
video ...) the doer itself put out (its author named by a ``document_author_preps`` phrase, or
taken up by a ``document_own_words`` word), so the sentence tells the group's claim besides the
attack. The claim is a draft of its own, on the document's noun, with the group as its actor; it is
placed and dated like the attack it claims at assembly (``assemble._link_claimants``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from nexus.extract.entities import EntityCluster
from nexus.extract.events import EventDraft
from nexus.extract.tokens import matching
from nexus.extract.triggers import event_words

#: The word that opens "according to" a source (:func:`_according_documents`).
_ACCORDING = frozenset({"according"})


def sourced_claims(
    sent: Span, drafts: Sequence[EventDraft], index: dict[int, EntityCluster]
) -> list[EventDraft]:
    """Claim drafts for the attacks of ``sent`` told "according to" a document of their doer.

    ``drafts``: the sentence's event drafts (the attacks are read, none changed); ``index``:
    token index -> entity cluster. Returns one claim per such document (empty when the sentence
    already tells a claim, names no such source, or the source's author is no armed group that
    did the attack).
    """
    if any(d.type == "claim" for d in drafts):
        return []
    attacks = [d for d in drafts if d.type == "attack"]
    if not attacks:
        return []
    found: list[EventDraft] = []
    for document in _according_documents(sent):
        for attack in attacks:
            group = _author_of(document, attack, index)
            if group is None:
                continue
            found.append(
                EventDraft(type="claim", trigger=document, sent=sent, actors=[group], mentions=[document])
            )
            break
    return found


def _according_documents(sent: Span) -> list[Token]:
    """The document nouns ``sent`` names as its source: "according to a statement ..."."""
    documents = event_words("claimant_documents")
    out: list[Token] = []
    for token in matching(sent, (), _ACCORDING):  # (only its "according" tokens built)
        for to in token.children:
            if to.lower_ != "to":
                continue
            out += [n for n in to.children if n.dep_ == "pobj" and n.lemma_.lower() in documents]
    return out


def _author_of(document: Token, attack: EventDraft, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """The armed group that put ``document`` out and did ``attack``, or None: a named author ("by
    X", "from X", "X's statement", "a statement X issued", "issued by X") among the attack's
    actors, or one of the attack's armed actors the document takes up ("its statement", "a
    statement from the group")."""
    armed = [a for a in attack.actors if a.type == "ORG" and a.subtype == "armed_group"]
    words: list[Token] = []
    for child in document.children:
        if child.dep_ == "prep" and child.lower_ in event_words("document_author_preps"):
            words += [g for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ == "poss":
            words.append(child)
        elif child.dep_ in ("relcl", "acl"):
            words += [s for s in child.children if s.dep_ == "nsubj"]
            words += [g for a in child.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    for word in words:
        named = {id(index[t.i]): index[t.i] for t in word.subtree if t.i in index}
        for group in armed:
            if id(group) in named:
                return group
        if not named and armed and word.lower_ in event_words("document_own_words"):
            return armed[0]
    return None

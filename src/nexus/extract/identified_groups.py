"""The group the unnamed doers just told of are identified with, in a later sentence.

"Gunmen stormed a hotel on Monday, killing seven. The attackers were identified as members of
X, the ministry said" (or "police identified the gunmen as X fighters"): the sentence names the
armed group the definite attacker noun ("the attackers", "the gunmen") belongs to, by an
identifying verb (``identifying_verbs`` of ``doers.yaml``) and its "as" phrase. The person form
("identified the attacker as Y", a name) is ``actor_carry._identified_doer``'s.
"""

from __future__ import annotations

from spacy.tokens import Span

from nexus.extract.actor_carry import anaphora_words
from nexus.extract.arguments import cached_entity_index, doer_words, entities_in
from nexus.extract.entities import EntityCluster
from nexus.extract.page import is_secondary
from nexus.extract.tokens import matching
from nexus.extract.triggers import event_words


def identified_group(sent: Span) -> list[EntityCluster] | None:
    """The armed group ``sent`` identifies unnamed doers told before with, as a one-item list, or
    None (no identifying verb, a negated one or one in a headline, caption or notice, an
    indefinite or non-attacker noun identified, or no armed group in its "as" phrase)."""
    verbs = doer_words("identifying_verbs")
    doers = event_words("attacker_nouns") | event_words("private_performers")
    definite = anaphora_words("definite_determiners")
    index = cached_entity_index(sent.doc)
    for verb in matching(sent, verbs):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue  # "the attackers have not been identified as ..."
        if is_secondary(sent.doc, verb.i):
            continue  # a correction notice: "an earlier version identified the attackers as ..."
        noun = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if noun is None or (noun.lemma_.lower() not in doers and noun.lower_ not in doers):
            continue
        if not any(c.dep_ == "det" and c.lower_ in definite for c in noun.children):
            continue  # "men identified as members of X" may be any men
        phrases = [
            g
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ == "as"
            for g in p.children
            if g.dep_ == "pobj"
        ]
        groups = [
            c
            for c in entities_in(phrases, index, descriptions=False)
            if c.type == "ORG" and c.subtype == "armed_group"
        ]
        if groups:
            return groups[:1]
    return None

"""Sentences about reporting and wording, not about a happening.

Four shapes, read by general cues and the word lists of ``modality`` in ``events.yaml``:

* a gloss: an abbreviation in capitals or in quotes that a ``gloss_verbs`` verb explains
  ('"KIA" stands for killed in action', "WIA means wounded in action"): the words after the
  gloss verb spell out a term, they tell nothing that happened;
* another outlet's words: a statement whose speaker is a news outlet other than the page's own
  publisher (an entity of the page of subtype ``media``, a name ending in a word of
  ``outlet_title_words``, or a noun of ``outlet_nouns`` with "the": "The Harbour Daily blamed
  foreign cells", "the paper condemned ..."): a press review tells which paper said what; the
  outlet takes no position on record as a party does;
* a headline quoted: words in quotation marks right after a noun of ``headline_nouns`` ('led
  with the headline "Rebels strike again"'): the title of another page, no happening of this one;
* a verdict on conduct: a sentence whose main verb judges how someone behaved (a
  ``conduct_verbs`` verb, reflexive but for "behave": "the police conducted themselves
  professionally", "the troops behaved well"), with no figure in it: whatever its subject's
  description tells ("which secured the polling centres") is routine duty, no happening.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from nexus import ontology
from nexus.extract.tokens import matching, quoted_flags


def _words(key: str) -> frozenset[str]:
    return ontology.words("events.yaml", "modality", key)


def _term(token: Token) -> bool:
    """An abbreviation: two capitals or more ("KIA", "VBIED"), or a word in quotation marks."""
    text = token.text
    capitals = sum(c.isupper() for c in text) >= 2 and text.upper() == text and text.isalnum()
    return capitals or quoted_flags(token.doc)[token.i]


def _gloss_verbs(sent: Span) -> list[Token]:
    """The verbs of ``sent`` that gloss a term: a ``gloss_verbs`` lemma ("stand" only with "for")
    whose subject is an abbreviation or a quoted word."""
    found = []
    for verb in matching(sent, _words("gloss_verbs")):
        lemma = verb.lemma_.lower()
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if lemma == "stand" and not any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
            continue
        if any(c.dep_ == "nsubj" and _term(c) for c in verb.children):
            found.append(verb)
    return found


def in_gloss(token: Token) -> bool:
    """Whether a trigger ``token`` lies in a gloss: after a gloss verb of its sentence.

    '"KIA" stands for killed in action': True for "killed"; "Gunmen killed two guards, police
    said": False.
    """
    return any(token.i > verb.i for verb in _gloss_verbs(token.sent))


def _outlet(noun: Token) -> bool:
    """A news outlet: an entity of subtype ``media``, a name ending in a word of
    ``outlet_title_words`` (``page.yaml``: "The Harbour Daily", "Vellin Weekly") that the entities
    read as no state body or armed group, or "the" and a noun of ``outlet_nouns`` ("the paper")."""
    from nexus.extract.arguments import cached_entity_index  # arguments imports triggers

    cluster = cached_entity_index(noun.doc).get(noun.i)
    page = noun.doc._.nexus_outlet if Doc.has_extension("nexus_outlet") else None
    if page and cluster is not None and cluster.name.lower() == page.lower():
        return False  # the page's own publisher speaks for itself ("The Network condemns ...")
    if cluster is not None and cluster.type == "ORG" and cluster.subtype == "media":
        return True
    if noun.pos_ == "PROPN" and noun.lower_ in ontology.words("page.yaml", "outlet_title_words"):
        return cluster is None or (cluster.type == "ORG" and cluster.subtype in (None, "other", "media"))
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    return cluster is None and noun.lower_ in _words("outlet_nouns") and the


def outlet_speaker(verb: Token) -> bool:
    """Whether a statement verb's speaker is a news outlet: its subject, or the subject of the
    verb it is coordinated with ("The Harbour Daily counted six dead and blamed ...").

    "The Harbour Daily blamed foreign cells" (an outlet of the page's entities): True; "the
    governor blamed foreign cells": False.
    """
    owner = verb
    for _ in range(3):
        subjects = [c for c in owner.children if c.dep_ == "nsubj"]
        if subjects:
            return any(_outlet(s) for s in subjects)
        if owner.dep_ != "conj" or owner.head.i == owner.i:
            return False
        owner = owner.head
    return False


def in_quoted_headline(token: Token) -> bool:
    """Whether ``token`` lies in quoted words right after a headline noun ('the headline "Rebels
    strike again"', 'under the banner: "..."').

    True for "strike" there; "Rebels struck again" (no quotes, no headline): False.
    """
    quoted = quoted_flags(token.doc)
    if not quoted[token.i]:
        return False
    start = token.sent.start
    j = token.i
    while j > start and quoted[j]:
        j -= 1  # back to the opening mark
    k = j - 1
    while k >= start and token.doc[k].text in (":", ",", "-", "–", "—"):
        k -= 1
    return k >= start and token.doc[k].lemma_.lower() in _words("headline_nouns")


#: The reflexive objects a verb of conduct takes: "conducted themselves", "acquitted itself".
_REFLEXIVES = frozenset({"themselves", "itself", "himself", "herself", "ourselves", "myself"})


def conduct_verdict(sent: Span) -> bool:
    """Whether ``sent`` is a verdict on conduct: its root a ``conduct_verbs`` verb ("behave", or
    another with a reflexive object) and no figure in the sentence.

    "The two battalions, which guarded the count, conducted themselves professionally": True;
    "Troops conducted raids in Omberly, killing three": False (no reflexive); "the guards, who
    shot two robbers, behaved well": False (a figure).
    """
    root = sent.root
    lemma = root.lemma_.lower()
    if root.pos_ not in ("VERB", "AUX") or lemma not in _words("conduct_verbs"):
        return False
    if lemma != "behave" and not any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in root.children):
        return False
    subjects = {c.i for c in root.children if c.dep_ == "nsubj"}
    # a figure other than the subject's own count ("the two battalions") tells a toll or a tally
    return not any(t.like_num and not (t.dep_ == "nummod" and t.head.i in subjects) for t in sent)


def tells_no_happening(sent: Span) -> bool:
    """Whether ``sent`` as a whole tells no happening (a gloss of terms or a verdict on conduct):
    the learned model adds no event there (learned.add_drafts)."""
    return conduct_verdict(sent) or bool(_gloss_verbs(sent))


def reporting_text(token: Token, etype: str) -> bool:
    """Whether a trigger ``token`` of type ``etype`` is told as reporting or wording, not as a
    happening: in a gloss, in a quoted headline, or a statement by a news outlet."""
    if in_gloss(token) or in_quoted_headline(token) or conduct_verdict(token.sent):
        return True
    return etype == "statement" and token.pos_ == "VERB" and outlet_speaker(token)

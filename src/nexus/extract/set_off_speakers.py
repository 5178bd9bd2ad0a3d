"""Speakers the parser hung on a fronted phrase: "In a message to reporters, NAME, who ..., said".

When a reporting verb opens with a phrase of its own ("In a voice note sent to reporters,",
"Speaking by phone,") and its speaker is set off by commas with a long description ("NAME,
who called himself the group's deputy chief, said: ..."), the parser may read the name as
one more noun of the fronted phrase (a conjunct of "reporters", an apposition of "phone")
and leave the verb with no subject, so no stage hears who spoke.  :func:`mend_set_off_speakers`
hangs such a name back on the verb as its subject.
"""

from __future__ import annotations

from spacy.symbols import PROPN, VERB
from spacy.tokens import Doc, Token

from nexus import ontology
from nexus.extract.parse_index import forget_parse_index
from nexus.extract.tokens import pos_ids

#: Roles of a fronted phrase hung on the verb ("In a note, ...", "Speaking by phone, ...").
_FRONTED = frozenset({"prep", "advcl", "npadvmod"})
#: Roles the parser gives a speaker it read into the fronted phrase.
_MISREAD = frozenset({"conj", "appos"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def _reporting_lemmas() -> frozenset[str]:
    return ontology.words("events.yaml", "statement_cues", "reporting_verbs")


def _set_off_name(verb: Token) -> Token | None:
    """The name the parser read into a phrase fronted before ``verb``, or None: a proper noun of
    a person or organisation, a conjunct or apposition inside a fronted phrase (hung on the verb,
    before it), set off by a comma before it and ending, with all it governs, at the comma just
    before the verb."""
    doc = verb.doc
    if verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    fronted = [c for c in verb.children if c.dep_ in _FRONTED and c.i < verb.i]
    for phrase in fronted:
        for name in phrase.subtree:
            if name.pos != PROPN or name.dep_ not in _MISREAD or name.ent_type_ not in ("PERSON", "ORG"):
                continue
            left, right = name.left_edge.i, name.right_edge.i
            if right not in (verb.i - 1, verb.i - 2) or left < 1 or doc[left - 1].text != ",":
                continue
            if not any(c.dep_ in ("relcl", "appos") for c in name.children):
                continue  # (a described speaker: "NAME, who ..." / "NAME, a commander of ...")
            return name
    return None


def mend_set_off_speakers(doc: Doc) -> int:
    """Hang each set-off speaker (:func:`_set_off_name`) of a subjectless reporting verb
    (``statement_cues.reporting_verbs`` of events.yaml) on that verb as its subject. Runs before
    any later stage reads the parse; returns how many verbs it mended."""
    words = _reporting_lemmas()
    mended = 0
    pos = pos_ids(doc)
    for i in range(len(doc)):
        if pos[i] != VERB:
            continue  # (the column first: a Token only for a verb)
        verb = doc[i]
        if verb.lemma_.lower() not in words:
            continue
        if any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        name = _set_off_name(verb)
        if name is None:
            continue
        name.head, name.dep_ = verb, "nsubj"
        mended += 1
    if mended:
        forget_parse_index(doc)  # (its dependency column would be stale)
    return mended

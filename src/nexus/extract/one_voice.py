"""One act of speaking, one statement: words a statement goes on with in its own voice.

A release that "strongly condemns" an attack and then says "We call on the parties to ..."
has made one statement, not two; so has a council whose statement "demanded an inquiry" in
the sentence after the one that quoted it. The words are ``own_voice`` and
``voice_determiners`` of ``statement_voice`` in ``events.yaml``.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from nexus.extract.doctext import doc_text
from nexus.extract.events import EventDraft
from nexus.extract.triggers import event_ontology, statement_cues

#: Verb tags of the present tense a release speaks in ("The embassies condemn ...").
_PRESENT = frozenset({"VBP", "VBZ"})


@cache
def _voice() -> dict[str, frozenset[str]]:
    """``statement_voice`` of ``events.yaml``: ``own_voice`` and ``voice_determiners``."""
    return {key: frozenset(words) for key, words in event_ontology()["statement_voice"].items()}


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _own_voice(verb: Token) -> bool:
    """The verb's subject is the pronoun a body speaks of itself with ("we")."""
    subject = _subject(verb)
    return subject is not None and subject.lower_ in _voice()["own_voice"]


def _the_medium_again(verb: Token) -> bool:
    """The verb's subject is a medium named again, bare but for its determiner ("the statement",
    "its communiqué"; not "a statement", nor "the UN statement": another one)."""
    subject = _subject(verb)
    if subject is None or subject.lower_ not in statement_cues()["formal_media"]:
        return False
    kids = list(subject.children)
    determiners = _voice()["voice_determiners"]
    return len(kids) == 1 and kids[0].dep_ in ("det", "poss") and kids[0].lower_ in determiners


def _dated(verb: Token) -> bool:
    """The verb's own phrase names a day ("on Friday we called ..."): words of another occasion."""
    return any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)


def voice_goes_on(mention: EventDraft, read: list[tuple[EventDraft, EventDraft]]) -> EventDraft | None:
    """The statement ``mention`` goes on with, else None.

    ``read`` holds (mention, event it joined) in reading order. A statement with no speaker named
    but "we", or the medium named again ("The statement demanded ..."), told in a later sentence
    than the last statement read and naming no day of its own, is more of that statement: for
    "we", only when that statement too speaks as "we", in the present tense of a release
    ("The embassies condemn ...") or opened a quotation still open. Returns that statement's event.
    """
    trigger = mention.trigger
    if mention.type != "statement" or mention.actors or trigger.pos_ not in ("VERB", "AUX"):
        return None
    voiced, again = _own_voice(trigger), _the_medium_again(trigger)
    if not (voiced or again) or _dated(trigger):
        return None
    told = next(
        ((m, e) for m, e in reversed(read) if m.type == "statement" and m.sent.start < mention.sent.start),
        None,
    )
    if told is None:
        return None
    said, event = told
    if voiced and not (_own_voice(said.trigger) or _present(said.trigger) or _quote_open(said, mention)):
        return None
    return event


def _quote_open(said: EventDraft, mention: EventDraft) -> bool:
    """A quotation opened in the sentence of the statement told and not closed before the
    mention's sentence: 'X said: "The net is closing. We appeal to them ..."'"""
    text = doc_text(said.sent.doc)[said.sent.start_char : mention.sent.start_char]
    return text.count('"') % 2 == 1 or text.count("\u201c") > text.count("\u201d")


def _present(verb: Token) -> bool:
    """A verb in the present tense; a bare form the tagger read as past counts ("The embassies
    of A, B and C strongly condemn ...": a long subject misleads it), with a subject and no auxiliary."""
    if verb.tag_ in _PRESENT:
        return True
    bare = verb.tag_ in ("VB", "VBD") and verb.lower_ == verb.lemma_.lower()
    helped = any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    return bare and _subject(verb) is not None and not helped


def one_pronoun(event: EventDraft, mention: EventDraft) -> bool:
    """ "We condemn the raid, and we demand that ...": two statements of one sentence whose verbs
    take the same personal pronoun as subject, in the same tense, are one speaker's words ("we
    denounced that raid last year, and we denounce this one today" tells two occasions)."""
    first, second = _subject(event.trigger), _subject(mention.trigger)
    return (
        event.sent.start == mention.sent.start
        and first is not None
        and second is not None
        and first.pos_ == second.pos_ == "PRON"
        and first.lower_ == second.lower_
        and event.trigger.tag_ == mention.trigger.tag_
    )

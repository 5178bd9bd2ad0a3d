"""Names of bodies the tagger cut where another name sits inside them.

"The Office of the UN Special Coordinator for Lebanon": the gazetteer tags "UN" before the
statistical NER runs, and the NER, which keeps a preset name, reads "The Office of the" as
one organisation and leaves the words after "UN" untagged, so the page gets a body called
"Office" and another called "UN". A body's name that holds a known body ("Office of the X",
"Unified Force of the Y") is one name, carried on through the title words after the inner
name ("Special Rapporteur", "Special Coordinator") and a "for"/"on" phrase of capitalised words or
a place ("on Torture", "for Lebanon").

"Front pour la Renaissance": a movement named in French, Spanish or Portuguese is read only up
to its first connector ("pour", "de la", "del", "para"); capitalised words after such
connectors belong to the name.

Words are data: ``bodies_over_named_bodies`` and ``name_connectors_of_other_tongues`` of
entities.yaml.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from nexus import ontology
from nexus.extract.gazetteer import entries

#: Lower-case words that join a body's opening to the name inside it ("Office of the X").
_INNER_JOINERS = frozenset({"of", "the"})

#: Words that open the phrase of a body's remit after its title ("Envoy for Y", "Rapporteur on Z").
_REMIT_WORDS = frozenset({"for", "on"})

#: Most tokens a name is carried on by after the inner name.
_MAX_TAIL = 10

#: NER labels of the name inside a body's name.
_INNER_LABELS = frozenset({"ORG"})

#: NER labels a remit phrase may hold ("for Lebanon", "for the Sahel").
_REMIT_LABELS = frozenset({"GPE", "LOC", "ORG"})

#: Connectors no English name holds: a backward run needs one ("X pour la" + "Y"), so that "of
#: the" or "de" alone before a name takes no words in ("the Port of" + "Y").
_FOREIGN_ONLY = frozenset({"pour", "par", "para", "por", "del", "des", "du", "la", "le", "les", "los", "las"})

#: NER labels that a movement's name may run into when a connector joins them ("Front" +
#: "pour la" + "Renaissance" read as a second body or a place).
_CONTINUED_LABELS = frozenset({"", "ORG", "GPE", "LOC", "PERSON", "NORP"})


@cache
def _lexicon_words(key: str) -> frozenset[str]:
    return frozenset(str(w) for w in ontology.table("entities.yaml").get(key, []))


def _name_word(token: Token) -> bool:
    """A capitalised word of a name (not a connector, not punctuation)."""
    return token.is_alpha and token.text[:1].isupper() and token.lower_ not in _INNER_JOINERS


def _opening_head(span: Span) -> Token | None:
    """The last capitalised word of a body's opening ("The Office of the" -> "Office"), when the
    span is such an opening: capitalised words, then only "of"/"the" to its end."""
    end = span.end
    while end > span.start and span.doc[end - 1].is_lower and span.doc[end - 1].lower_ in _INNER_JOINERS:
        end -= 1
    words = [t for t in span.doc[span.start : end] if t.lower_ != "the"]
    if not words or not all(_name_word(t) for t in words):
        return None
    return span.doc[end - 1]


def _tail_end(doc: Doc, start: int, limit: int) -> int:
    """Where a body's name ends after its inner name: title words ("Special Envoy"), then a
    remit phrase ("for Lebanon", "on Torture", "on the Sahel") of capitalised words."""
    end = at = start
    while at < limit and _name_word(doc[at]) and not doc[at].ent_type_:
        at += 1
    if at == start:
        return start  # no title after the inner name: no remit of its own either
    end = at
    if at < limit and doc[at].lower_ in _REMIT_WORDS and doc[at].is_lower:
        at += 1
        if at < limit and doc[at].lower_ == "the":
            at += 1
        remit = at
        while (
            at < limit
            and _name_word(doc[at])
            and (not doc[at].ent_type_ or doc[at].ent_type_ in _REMIT_LABELS)
        ):
            at += 1
        if at > remit:
            end = at
    return end


def with_bodies_over_named_bodies(ents: list[Span]) -> list[Span]:
    """Join a body's opening ("The Office of the"), the name inside it ("UN") and the title and
    remit after it ("Special Rapporteur on Torture") into one organisation. The opening's
    head must be a body's noun (``bodies_over_named_bodies``: an office, a mission, a force), so
    "the Army of Mali" stays two names; the inner name must be an organisation's. Spans inside
    the joined name are dropped."""
    heads = _lexicon_words("bodies_over_named_bodies")
    out: list[Span] = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        joined = _joined_body(ent, nxt, heads) if nxt is not None else None
        if joined is not None:
            k += 2
        else:
            joined = _body_over_untagged_opening(ent, heads, out[-1].end if out else 0)
            k += 1
        if joined is None:
            out.append(ent)
            continue
        out.append(joined)
        while k < len(ents) and ents[k].start < joined.end:
            k += 1  # a remit's place or body, now inside the name
    return out


#: Most capitalised words of a body's opening the tagger left untagged ("Joint Task Force").
_MAX_OPENING = 4


def _body_over_untagged_opening(inner: Span, heads: frozenset[str], floor: int) -> Span | None:
    """ "the Joint Task Force of the" + "X": an organisation's name the tagger found inside a body's
    name whose opening it left untagged, the opening's head a body's noun; the whole name, or None."""
    doc = inner.doc
    if inner.label_ not in _INNER_LABELS:
        return None
    at = inner.start - 1
    if at > floor and doc[at].lower_ == "the" and doc[at].is_lower:
        at -= 1
    if at <= floor or doc[at].lower_ != "of" or not doc[at].is_lower:
        return None
    head = doc[at - 1]
    if head.text not in heads or head.ent_type_:
        return None
    start = at - 1
    while (
        start - 1 >= floor
        and at - start < _MAX_OPENING
        and _name_word(doc[start - 1])
        and not doc[start - 1].ent_type_
        and not doc[start - 1].is_sent_start
    ):
        start -= 1
    return _whole_name(start, inner)


def _joined_body(ent: Span, nxt: Span, heads: frozenset[str]) -> Span | None:
    doc = ent.doc
    if ent.label_ != "ORG" or ent.kb_id_ or nxt.label_ not in _INNER_LABELS:
        return None
    between = doc[ent.end : nxt.start]
    if not all(t.is_lower and t.lower_ in _INNER_JOINERS for t in between):
        return None
    if not any(t.lower_ == "of" for t in [*ent[-2:], *between]):
        return None  # "X of (the)" must lead into the inner name
    head = _opening_head(ent)
    if head is None or head.text not in heads:
        return None
    return _whole_name(ent.start, nxt)


def _whole_name(start: int, inner: Span) -> Span | None:
    """The body's name from ``start`` over ``inner`` and the title after it, when the name has a
    title of its own after the inner name ("... of the X Special Envoy") or the inner name is a
    known body that is no armed group ("... of the African Union"): a bureau or a wing "of" a
    group ("the Y Bureau of the Z Front") is the group's part, a name of its own."""
    doc = inner.doc
    end = _tail_end(doc, inner.end, min(len(doc), inner.end + _MAX_TAIL))
    if end == inner.end and not _known_body(inner):
        return None
    return Span(doc, start, max(end, inner.end), label="ORG")


def _known_body(span: Span) -> bool:
    """A name the gazetteer knows as an organisation other than an armed group."""
    entry = entries().get(span.kb_id_) if span.kb_id_ else None
    return entry is not None and entry.label == "ORG" and entry.subtype != "armed_group"


def with_foreign_connected_names(ents: list[Span]) -> list[Span]:
    """Carry an organisation's name on through connectors of French, Spanish or Portuguese
    ("pour le", "de la", "del", "para", "et") and the capitalised words after them: "Front" +
    "pour la Renaissance" is one movement. At least one connector must be of another tongue
    than English (``name_connectors_of_other_tongues``), so "X of Y" is not read here; a
    span the carried name reaches is dropped."""
    connectors = _lexicon_words("name_connectors_of_other_tongues")
    out: list[Span] = []
    end_of_last = -1
    for ent in ents:
        if ent.start < end_of_last:
            continue
        doc = ent.doc
        if ent.label_ != "ORG" or ent.kb_id_:
            out.append(ent)
            continue
        end = at = ent.end
        while at < len(doc) and at - ent.end < _MAX_TAIL:
            run = at
            while run < len(doc) and doc[run].is_lower and doc[run].lower_ in connectors:
                run += 1
            if run == at or run >= len(doc):
                break
            words = run
            while words < len(doc) and _name_word(doc[words]) and doc[words].ent_type_ in _CONTINUED_LABELS:
                words += 1
            if words == run:
                break
            end = at = words
        start = _opening_before_connectors(ent, connectors, out[-1].end if out else 0)
        if (start, end) == (ent.start, ent.end):
            out.append(ent)
            continue
        out.append(Span(doc, start, end, label="ORG"))
        end_of_last = end
    return out


def _opening_before_connectors(ent: Span, connectors: frozenset[str], floor: int) -> int:
    """Where a name of another tongue opens when the tagger found only its end ("Vigilance pour
    la" + "Paix"): the untagged capitalised words before the connectors right before ``ent``, not
    opening a sentence (a sentence's first word is capitalised whatever it is)."""
    doc = ent.doc
    at = ent.start
    while at - 1 >= floor and doc[at - 1].is_lower and doc[at - 1].lower_ in connectors:
        at -= 1
    if at == ent.start or not any(doc[k].lower_ in _FOREIGN_ONLY for k in range(at, ent.start)):
        return ent.start
    start = at
    while start - 1 >= floor and ent.start - start < _MAX_TAIL and _name_word(doc[start - 1]):
        if doc[start - 1].ent_type_ or doc[start - 1].is_sent_start:
            break
        start -= 1
    return start if start < at else ent.start

"""Every spaCy component Nexus adds, registered in one place under versioned names.

Importing this module registers the factories and the Doc extensions; nothing
else in the package registers anything, so names are easy to trace.
"""

from bisect import bisect_left, bisect_right
from itertools import pairwise
from typing import Any

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Span

from nexus.extract.attribute_table import AttributeTable
from nexus.extract.doctext import doc_text
from nexus.extract.entities import EntitiesComponent
from nexus.extract.gazetteer import GazetteerTagger
from nexus.extract.lemma_table import LemmaTable
from nexus.extract.page import page_zones
from nexus.extract.text_tables import table_rows

GAZETTEER = "nexus_gazetteer"
LINE_BREAKS = "nexus_line_breaks"
ENTITIES = "nexus_entities"
LEMMA_TABLE = "nexus_lemma_table"
ATTRIBUTE_TABLE = "nexus_attribute_table"
BLANK_ENTS = "nexus_blank_ents"

_EXTENSIONS: dict[str, Any] = {
    "nexus_entities": None,  # list[EntityCluster], set by nexus_entities
    "nexus_outlet": None,  # the document's outlet, set by the pipeline before the components run
}

for _name, _default in _EXTENSIONS.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


@Language.factory(GAZETTEER, requires=["token.orth"], assigns=["doc.ents"])
def make_gazetteer(nlp: Language, name: str) -> GazetteerTagger:
    """Actor, site and country names tagged before the statistical NER."""
    return GazetteerTagger(nlp, name)


@Language.factory(LEMMA_TABLE, assigns=["token.lemma"])
def make_lemma_table(nlp: Language, name: str) -> LemmaTable:
    """The model's lemmatizer as a table (empty until ``LemmaTable.load`` gives it the lemmatizer)."""
    return LemmaTable(nlp.vocab, name)


@Language.factory(ATTRIBUTE_TABLE, assigns=["token.pos", "token.tag", "token.morph", "token.lemma"])
def make_attribute_table(nlp: Language, name: str) -> AttributeTable:
    """The model's attribute ruler, its one-token patterns as a table (empty until
    ``AttributeTable.load`` gives it the ruler)."""
    return AttributeTable(nlp.vocab, name)


@Language.factory(ENTITIES, requires=["doc.ents", "token.dep", "doc.sents"], assigns=["doc._.nexus_entities"])
def make_entities(nlp: Language, name: str) -> EntitiesComponent:
    """One entity per real thing in the document (aliases, roles, types)."""
    return EntitiesComponent(name)


@Language.component(LINE_BREAKS, assigns=["token.is_sent_start"])
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence, and so does every zone of the page; a text table's row
    ("22 Apr | near X | ... | 1 | 2") is one sentence, never cut inside.

    Headlines, standfirsts and captions are not part of the lead, and the
    dateline ("HERAT –", "CEBU, Philippines -") is a sentence of its own,
    so the parser never reads its place as the subject or object of the lead.
    """
    text = doc_text(doc)
    offsets: list[int] = doc.to_array(IDX).tolist() if len(doc) else []
    if "\n" in text:
        # the token holding each line break (a token's own whitespace is at most one space, so
        # the break is in its text), found by offset instead of reading every token
        last, marked = len(doc) - 1, -1
        found = text.find("\n")
        while found != -1:
            i = bisect_right(offsets, found) - 1
            if i != marked and i < last:
                doc[i + 1].is_sent_start = True
                marked = i
            found = text.find("\n", found + 1)
    # each zone's first token (the first at or after the zone's start, and never before the
    # previous zone's), found by offset instead of reading every token up to the last zone
    at = 0
    zones = page_zones(doc)
    for before, zone in pairwise(zones):
        at = max(at, bisect_left(offsets, zone.start_char))
        if at >= len(offsets):
            break
        token = doc[at]
        if at > 0 and not token.is_space:
            token.is_sent_start = True
            if before.kind == "dateline":
                _zone_opening_holds(doc, at)
    for start, end in table_rows(text):  # a text table's row is one sentence (text_tables.py)
        first, last = bisect_left(offsets, start), bisect_left(offsets, end)
        for token in doc[first + 1 : last]:
            token.is_sent_start = False
    return doc


def _zone_opening_holds(doc: Doc, at: int) -> None:
    """The words opening the body after a dateline start a sentence the parser may not end before
    its first verb: "Six" in "Six Boko Haram fighters were killed" is the subject's numeral, not a
    sentence of its own. A break the text marks (a line break, a stop, a zone) stands."""
    if not doc[at].text[0].isalnum():
        return  # a bullet or a dash opening the zone: the parser reads what follows on its own
    for j in range(at + 1, len(doc)):
        tok, before = doc[j], doc[j - 1]
        if tok.is_sent_start or "\n" in before.whitespace_ or before.is_space:
            return
        if before.text in (".", "!", "?", ":", ";") or tok.tag_.startswith(("VB", "MD")):
            return
        if not tok.text[0].isalnum() and (tok.whitespace_ or before.whitespace_) and tok.text != ",":
            return  # a separator standing apart ("LIVE | Kathua"), not a hyphen inside a name
        tok.is_sent_start = False


@Language.component(BLANK_ENTS, assigns=["doc.ents"])
def blank_ents(doc: Doc) -> Doc:
    """Entities that the blanks of a numeral echo (``numeral_echoes``) ran into: the NER reads
    "nine" before a run of blanks as a time ("nine      were wounded"). The blanks are trimmed off
    the entity, and a number that is left alone is a cardinal again."""
    if "   " not in doc_text(doc):
        return doc
    ents: list[Span] = []
    changed = False
    for ent in doc.ents:
        start, end = ent.start, ent.end
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        if (start, end) == (ent.start, ent.end):
            ents.append(ent)
            continue
        changed = True
        if start == end:
            continue
        words = doc[start:end]
        label = "CARDINAL" if all(t.like_num for t in words) else ent.label_
        ents.append(Span(doc, start, end, label=label))
    if changed:
        doc.ents = ents
    return doc

"""Person names after a word of address that the NER cut or left untagged.

"Shri A B C", "Hon. D E", "Alhaji F G H": the tagger often reads the word of address as a
capitalised word of the name, tags only the surname, or tags nothing. After a word of address
(``address_words``, ``courtesy_honorifics`` and ``name_honorifics`` of entities.yaml, or a
police rank written as initials of ``title_words``: "SP", "DSP"; or a rank, ``rank_titles`` and
``rank_abbreviations`` of titles.yaml: "Superintendent", "Supt."), the run of two to four
capitalised words that follows, closed by a word that is no capitalised name word, is one
person; the spans the tagger made inside that run are dropped, a one-word town the gazetteer
found as its last word too (a surname). The word of address itself stays out of the span
(``entities._trim`` leaves it out of names the tagger made with it).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from nexus import ontology
from nexus.extract.tokens import texts

#: Fewest and most capitalised words of a name after a word of address.
_MIN_WORDS, _MAX_WORDS = 2, 4


@cache
def _address_words() -> frozenset[str]:
    table = ontology.table("entities.yaml")
    words: set[str] = set()
    for key in ("address_words", "courtesy_honorifics", "name_honorifics"):
        words.update(table.get(key, []))
    words.update(w for w in table.get("title_words", []) if w.isupper() and len(w) > 1)
    return frozenset(words)


@cache
def _rank_words() -> frozenset[str]:
    """Ranks written before a name, capitalised ("Superintendent", "Colonel", "Supt.")."""
    titles = ontology.table("titles.yaml")
    words = {w.capitalize() for w in titles.get("rank_titles", []) if "-" not in w}
    words.update(f"{w}." for w in titles.get("rank_abbreviations", []))
    return frozenset(words)


@cache
def _stop_words() -> frozenset[str]:
    table = ontology.table("entities.yaml")
    titles = frozenset(w.lower().rstrip(".") for w in table.get("title_words", []))
    return titles | frozenset(ontology.demonyms())


def _name_word(token: Token) -> bool:
    return (
        token.is_title
        and token.is_alpha
        and not token.is_stop
        and token.lower_ not in _stop_words()
        and token.text not in _address_words()
    )


def _surname_town(ent: Span, address: int) -> bool:
    """A one-word town the gazetteer tagged closing a name after a word of address or a rank
    ("Colonel A B [Kano]"): no place there, but the surname."""
    return len(ent) == 1 and ent.start > address + 1


def with_honorific_given_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with one PERSON span for each run of two to four capitalised name words right
    after a word of address or a rank, unless a span already holds the whole run; the spans
    lying inside the run (or over the word of address and part of it) are dropped. A span the
    gazetteer knows (a ``kb_id``) inside the run leaves it as it is, unless it is a one-word
    town closing the run (a surname). Sorted by start."""
    address, ranks = _address_words(), _rank_words()
    out = list(ents)
    words = texts(doc)
    for i in range(len(doc) - 1):
        if words[i] not in address and words[i] not in ranks:
            continue  # (the column first: a Token only for a word of address or a rank)
        if "\n" in doc[i].whitespace_:
            continue
        end = i + 1
        while end < len(doc) and end - i - 1 < _MAX_WORDS and _name_word(doc[end]):
            end += 1
        if end - i - 1 < _MIN_WORDS or (end < len(doc) and doc[end].is_title and doc[end].is_alpha):
            continue  # too short, or the name runs on past what a person's name holds
        inside = [e for e in out if e.start < end and e.end > i + 1]
        if any(e.start <= i + 1 and e.end >= end for e in inside):
            continue  # the tagger has the whole name (and _trim leaves the word of address out)
        if any(e.start < i or e.end > end or (e.kb_id_ and not _surname_town(e, i)) for e in inside):
            continue
        out = [e for e in out if e not in inside]
        out.append(Span(doc, i + 1, end, label="PERSON"))
    return sorted(out, key=lambda e: (e.start, e.end))

"""A place and the person set off after it read by the tagger as one name.

"the sub-prefect of X, A-B C, said": the tagger can read "X, A-B C" as one organisation. After
"of" and an office's word (``title_words``, ``role_nouns_before_names`` or
``apposed_role_heads`` of titles.yaml, "sub-prefect", "administrator"), a name span holding
one comma is the place before the comma (one to three capitalised words) and the person after
it (two to four capitalised words, hyphened given names allowed, no body's word among them).
After "of" and the office of a place's head ("prefect", "administrator", "governor":
``office_seat_heads`` and ``place_office_nouns`` of entities.yaml), a span of one to three
capitalised words naming no body, set off by a comma before a capitalised word, is that place
whatever the tagger called it ("the prefect of X, A B": X no person).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Span

from nexus import ontology

#: Most words of the place before the comma and of the person after it.
_PLACE_WORDS, _PERSON_WORDS = 3, 4


@cache
def _office_words() -> frozenset[str]:
    titles = ontology.table("titles.yaml")
    words = {
        w.lower() for key in ("role_nouns_before_names", "apposed_role_heads") for w in titles.get(key, [])
    }
    words.update(w.lower().rstrip(".") for w in ontology.table("entities.yaml").get("title_words", []))
    return frozenset(words)


@cache
def _seat_offices() -> frozenset[str]:
    table = ontology.table("entities.yaml")
    return frozenset(
        w.lower() for key in ("office_seat_heads", "place_office_nouns") for w in table.get(key, [])
    )


def _office_before(span: Span, offices: frozenset[str]) -> bool:
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "of":
        return False
    word = doc[span.start - 2].lower_
    return word in offices or word.rsplit("-", 1)[-1] in offices


def _seat_before_holder(span: Span, plain_name: Callable[[str], bool]) -> bool:
    doc = span.doc
    return (
        span.label_ in ("ORG", "PERSON")
        and len(span) <= _PLACE_WORDS
        and all(t.is_title or t.text == "-" for t in span)
        and span.end + 1 < len(doc)
        and doc[span.end].text == ","
        and doc[span.end + 1].is_title
        and _office_before(span, _seat_offices())
        and plain_name(span.text)
    )


def split_place_and_person(span: Span, plain_name: Callable[[str], bool]) -> list[Span]:
    """``[place, person]`` for a span read across the comma between a place and the person
    holding an office of it, ``[place]`` for the place of a head's office the tagger typed
    otherwise (module docstring); ``[span]`` otherwise. ``plain_name(text)``
    tells whether the words after the comma name no body (``entities.org_subtype`` "other")."""
    if (
        span.label_ not in ("ORG", "PERSON", "GPE")
        or span.kb_id_
        or not _office_before(span, _office_words())
    ):
        return [span]
    commas = [t.i for t in span if t.text == ","]
    if not commas and _seat_before_holder(span, plain_name):
        return [Span(span.doc, span.start, span.end, label="GPE")]  # "the prefect of [X], A B"
    if len(commas) != 1:
        return [span]
    doc, comma = span.doc, commas[0]
    place, person = doc[span.start : comma], doc[comma + 1 : span.end]
    if not 1 <= len(place) <= _PLACE_WORDS or not all(t.is_title or t.text == "-" for t in place):
        return [span]
    words = [t for t in person if t.text != "-"]
    if not 2 <= len(words) <= _PERSON_WORDS or not all(t.is_title and t.is_alpha for t in words):
        return [span]
    if not plain_name(person.text):
        return [span]
    return [
        Span(doc, place.start, place.end, label="GPE"),
        Span(doc, person.start, person.end, label="PERSON"),
    ]

"""Person names the tagger misses after a long official title.

"Additional Director General of Police (Operations) A B said ...": the tagger
reads the whole capitalised run as one proper-noun phrase and tags no person.
Here a run of title words (``title_words`` of entities.yaml and the extra words
of titles.yaml), joined by "of", "and" or a bracketed qualifier, followed by two
to four capitalised words and then a word that is not a proper noun, gives a
PERSON span for those words. Spans the tagger found are never overridden, and a
title-cased line (a headline) is left alone.

Words are data (``ontology/titles.yaml``).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from nexus import ontology
from nexus.extract.dates import CALENDAR_WORDS
from nexus.extract.tokens import lowers, matching, texts, title_flags

#: Most name words after a title.
_MAX_NAME = 4


@cache
def _titles() -> frozenset[str]:
    words = [str(w) for w in ontology.table("entities.yaml")["title_words"]]
    words += [str(w) for w in ontology.table("titles.yaml")["extra_title_words"]]
    return frozenset(part.lower().rstrip(".") for w in words for part in w.split())


@cache
def _joiners() -> frozenset[str]:
    return frozenset(str(w).lower() for w in ontology.table("titles.yaml")["joiners"])


@cache
def _min_title() -> int:
    return int(ontology.table("titles.yaml")["min_title_words"])


@cache
def _role_nouns() -> frozenset[str]:
    return frozenset(str(w).lower() for w in ontology.table("titles.yaml")["role_nouns_before_names"])


@cache
def offices_after_places() -> frozenset[str]:
    """Offices a place's name is written before ("X Governor A B"): ``offices_after_places`` of
    titles.yaml, lower case."""
    return frozenset(str(w).lower() for w in ontology.table("titles.yaml")["offices_after_places"])


@cache
def _ranks() -> frozenset[str]:
    return frozenset(str(w).lower() for w in ontology.table("titles.yaml")["rank_titles"])


def _is_title(token: Token) -> bool:
    return token.is_title and token.lower_.rstrip(".") in _titles()


def title_word(token: Token) -> bool:
    """Whether a capitalised word is a word of a title or rank ("Minister", "Colonel", "Gen."),
    from ``entities.yaml`` ``title_words`` and ``titles.yaml`` ``extra_title_words``."""
    return _is_title(token)


def _name_word(token: Token) -> bool:
    text = token.text
    initial = len(text) == 2 and text[0].isupper() and text[1] == "."
    return (initial or (token.is_title and token.is_alpha)) and token.lower_.rstrip(".") not in _titles()


def _title_cased_lines(doc: Doc) -> set[int]:
    """Token indices of lines written in title case (headlines), where capitals say nothing."""
    out: set[int] = set()
    start = 0
    text, title = texts(doc), title_flags(doc)
    for i in range(len(doc) + 1):
        if i == len(doc) or "\n" in text[i]:
            words = [j for j in range(start, i) if len(text[j]) > 3 and text[j].isalpha()]
            if len(words) >= 4 and sum(title[j] for j in words) > 0.7 * len(words):
                out.update(range(start, i))
            start = i + 1
    return out


def titled_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """PERSON spans for names written after a long title that no span of ``ents`` covers.

    Returns new spans (label ``PERSON``) in text order; ``ents`` is not changed. A PERSON
    span of ``ents`` holding only the end of such a name ("Kumar Sahu" of "Arvind Kumar
    Sahu") does not block it: the caller drops spans inside the ones returned.
    """
    taken = {i for e in ents if e.label_ != "PERSON" for i in range(e.start, e.end)}
    place_end = {e.start: e.end for e in ents if e.label_ in ("GPE", "LOC")}
    place_before = {e.end for e in ents if e.label_ in ("GPE", "LOC")}
    people = [(e.start, e.end) for e in ents if e.label_ == "PERSON"]
    headline: set[int] | None = None  # read only once a title word is met
    out: list[Span] = []
    end = len(doc)
    i = 0
    low, title_words = lowers(doc), _titles()
    while i < end:
        if low[i].rstrip(".") not in title_words or not _is_title(doc[i]):  # (the word first, from a column)
            i += 1
            continue
        if headline is None:
            headline = _title_cased_lines(doc)
        if i in headline:
            i += 1
            continue
        j, titles, depth = i, 0, 0  # the parser may end a sentence at the bracket: read on
        rank = False
        while j < end and "\n" not in doc[j].text:
            tok = doc[j]
            if tok.text == "(":
                depth += 1
            elif tok.text == ")":
                depth -= 1
            elif depth > 0 and (tok.is_title or tok.is_lower):
                pass  # "(Operations)", "(law and order)"
            elif _is_title(tok) or (titles and tok.is_lower and tok.lower_ in _titles()):
                titles += 1  # "Head constable": a lower-case title word inside a capitalised title
                rank = tok.lower_.rstrip(".") in _ranks()
            elif titles and j in place_end and doc[j - 1].lower_ == "of":
                j = place_end[j]  # "Deputy Commissioner of X Y Z": the office's place, then the name
                continue
            elif tok.lower_ not in _joiners():
                break
            if depth < 0:
                break
            j += 1
        placed = (
            titles == 1
            and j == i + 1
            and (  # "X County Commissioner A B"
                i in place_before
                or (  # "X del Sur Governor A B": an office after a place's name the tagger missed
                    i > 0
                    and low[i] in offices_after_places()
                    and doc[i - 1].is_title
                    and doc[i - 1].pos_ == "PROPN"
                    and low[i - 1] not in CALENDAR_WORDS  # ("On Monday Commissioner A B": no place)
                    and not _is_title(doc[i - 1])
                    and i - 1 not in headline
                )
            )
        )
        enough = titles >= _min_title() or (titles == 1 and rank) or placed  # "Constable A B of ..."
        if depth != 0 or not enough or doc[j - 1].lower_ in _joiners() - {")"}:
            i = max(j, i + 1)
            continue
        k, words = _name_end(doc, j)  # ("A Bcd-Efg": a hyphened surname is one word of the name)
        after = doc[k] if k < end else None
        if (
            2 <= words <= _MAX_NAME
            and not any(x in taken for x in range(j, k))
            and not any(a < j < b or a < k < b or (a <= j and k <= b) for a, b in people)
            and (after is None or after.pos_ in ("VERB", "AUX", "PUNCT", "ADP", "CCONJ"))
        ):
            out.append(Span(doc, j, k, label="PERSON"))
        i = max(k, i + 1)
    return out + _after_role_nouns(doc, ents, out)


def _after_role_nouns(doc: Doc, ents: list[Span], found: list[Span]) -> list[Span]:
    """ "Regional spokesperson Irina Volkova said": two or three capitalised words after a
    lower-case role noun, then a verb or punctuation, are a person even when the tagger read
    them as an organisation or a place (a single unknown word of theirs) or left the first out."""
    done = {i for span in found for i in range(span.start, span.end)}
    out: list[Span] = []
    for role in matching(doc[:], (), _role_nouns()):
        if not role.is_lower or role.i + 1 in done:
            continue
        j = role.i + 1
        k, words = _name_end(doc, j)
        after = doc[k] if k < len(doc) else None
        if not 2 <= words <= 3 or (after is not None and after.pos_ not in ("VERB", "AUX", "PUNCT")):
            continue
        inside = [e for e in ents if e.start < k and e.end > j]
        if any(e.label_ == "PERSON" and e.start == j and e.end == k for e in inside):
            continue  # the tagger has it already
        if any(e.start < j or e.end > k or e.kb_id_ or (e.label_ != "PERSON" and len(e) > 1) for e in inside):
            continue  # part of a longer name, or a name the gazetteer knows
        out.append(Span(doc, j, k, label="PERSON"))
    return out


def _name_end(doc: Doc, start: int) -> tuple[int, int]:
    """``(end, words)``: where the name words from ``start`` end and how many there are, a
    hyphen-joined pair ("Sawadogo-Tiendrebeogo") counting as one word."""
    k, words = start, 0
    while k < len(doc) and words <= _MAX_NAME and _name_word(doc[k]) and "\n" not in doc[k].text:
        k += 1
        words += 1
        while (
            k + 1 < len(doc)
            and doc[k].text in ("-", "\u2011")
            and not doc[k - 1].whitespace_
            and not doc[k].whitespace_
            and _name_word(doc[k + 1])
        ):
            k += 2  # "Sawadogo-Tiendrebeogo": one surname
    return k, words

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
from nexus.extract.tokens import lowers, matching, sentence_start, texts, title_flags

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
    shaped = initial or (token.is_title and token.is_alpha) or _apostrophe_name(text)
    return shaped and token.lower_.rstrip(".") not in _titles()


def _apostrophe_name(text: str) -> bool:
    """A capitalised name word with an apostrophe inside ("Sa'adu", "Ma'aji"), which is not title case."""
    inner = text[1:-1]
    return (
        len(text) > 3
        and text[0].isupper()
        and ("'" in inner or "\u2019" in inner)
        and text.replace("'", "").replace("\u2019", "").isalpha()
        and text[1:].replace("'", "").replace("\u2019", "").islower()
    )


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
            elif depth > 0:
                pass  # "(Operations)", "(law and order)", "(Zone-II)"
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
        lone_office = (  # "Governor A B condemned ...": one office noun opening a clause
            titles == 1 and j == i + 1 and low[i] in _role_nouns() and (i == 0 or doc[i - 1].is_punct)
        )
        enough = titles >= _min_title() or (titles == 1 and rank) or placed or lone_office
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
    out += _after_role_nouns(doc, ents, out)
    return out + _apposed_to_roles(doc, ents, out)


def _opening_role(role: Token) -> bool:
    """A capitalised role noun opening its sentence or line ("Lawmaker A B said ...")."""
    before = role.doc[role.i - 1] if role.i > 0 else None
    return role.is_title and (before is None or role.is_sent_start or "\n" in before.text_with_ws)


def _after_role_nouns(doc: Doc, ents: list[Span], found: list[Span]) -> list[Span]:
    """ "Regional spokesperson Irina Volkova said", "Lawmaker Irina Volkova said": two or three
    capitalised words after a lower-case role noun, or one opening its sentence, then a verb,
    punctuation or a conjunction ("X chief A B C and Y commander D E were charged"), are a person
    even when the tagger read them as an organisation or a place (a single unknown word of
    theirs) or left the first out."""
    done = {i for span in found for i in range(span.start, span.end)}
    out: list[Span] = []
    for role in matching(doc[:], (), _role_nouns()):
        if not (role.is_lower or _opening_role(role)) or role.i + 1 in done:
            continue
        j = role.i + 1
        k, words = _name_end(doc, j)
        after = doc[k] if k < len(doc) else None
        if not 2 <= words <= 3 or (after is not None and after.pos_ not in ("VERB", "AUX", "PUNCT", "CCONJ")):
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


@cache
def _apposed_role_heads() -> frozenset[str]:
    """Head nouns of a role phrase set off by commas next to a person's name: ``role_nouns_before_names``
    and ``apposed_role_heads`` of titles.yaml and ``person_nouns`` of entities.yaml, lower case."""
    titles = ontology.table("titles.yaml")
    words = [*titles["role_nouns_before_names"], *titles["apposed_role_heads"]]
    words += ontology.table("entities.yaml")["person_nouns"]
    return frozenset(str(w).lower() for w in words)


@cache
def _body_and_site_words() -> frozenset[str]:
    """Words of bodies, sites and divisions (entities.yaml), which no person's name holds."""
    table = ontology.table("entities.yaml")
    words = [*table["site_words"], *table["admin_head_words"]]
    for group in table["org_subtype_words"].values():
        words += group
    return frozenset(part.lower() for w in words for part in str(w).split())


#: Words that tie a role noun to the body, place or portfolio it is of ("minister of", "envoy for").
_ROLE_TIES = frozenset({"of", "for", "from", "to", "at", "in"})
#: Finite verb tags: a clause, not a role phrase, before a comma.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Tagger labels of names that are typed by their context (entities.py), not here; a name read
#: as a title of a work ("... at once," A B, a spokesman, said) is taken.
_NAMED_KINDS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP"})
#: Most words between a role phrase's start and the comma that ends it.
_ROLE_REACH = 8


def _role_head_at(doc: Doc, i: int, end: int) -> bool:
    """Whether ``doc[i]`` heads a role phrase ending before ``end``: a role noun that is the last word
    or is tied by a preposition to what follows ("minister of X", "administrator")."""
    word = doc[i]
    if word.lower_ not in _apposed_role_heads() or not (word.is_lower or word.is_title or word.is_upper):
        return False
    return i + 1 == end or doc[i + 1].lower_ in _ROLE_TIES


def _role_phrase_before(doc: Doc, comma: int) -> bool:
    """ "X's Minister of Y, ", "the district administrator, ": the words before ``comma`` back to the
    clause's start hold a role head and no finite verb."""
    start = sentence_start(doc, comma)
    j = comma - 1
    while j >= start and comma - j <= _ROLE_REACH:
        tok = doc[j]
        if tok.text in (",", ";", ":", "(", ")") or tok.is_quote or "\n" in tok.text:
            break
        if tok.tag_ in _FINITE:
            return False
        j -= 1
    return any(_role_head_at(doc, k, comma) for k in range(j + 1, comma))


def _role_phrase_after(doc: Doc, comma: int) -> bool:
    """ ", a spokesman for X", ", head of Y", ", the prefect of Z": a role head within a few words
    after ``comma`` (an article and modifiers before it)."""
    k = comma + 1
    if k < len(doc) and doc[k].lower_ in ("a", "an", "the"):
        k += 1
    for i in range(k, min(k + 4, len(doc))):
        tok = doc[i]
        if tok.is_punct and tok.text not in ("-", "'s"):
            return False
        end = i + 1 if i + 1 < len(doc) and doc[i + 1].lower_ not in _ROLE_TIES else i + 2
        if _role_head_at(doc, i, min(end, len(doc))) or (
            tok.lower_ in _apposed_role_heads() and i + 1 < len(doc) and doc[i + 1].text in (",", ".")
        ):
            return True
        if tok.pos_ not in ("ADJ", "NOUN", "PROPN", "PART", "NUM"):
            return False
    return False


def _no_name_word(token: Token) -> bool:
    """A capitalised word no person's name holds: a word of a body, site or division, a calendar
    word, a function word ("In", "On") or a word of a date or number."""
    return (
        token.lower_ in _body_and_site_words()
        or token.lower_ in CALENDAR_WORDS
        or token.is_stop
        or token.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT")
    )


def _apposed_to_roles(doc: Doc, ents: list[Span], found: list[Span]) -> list[Span]:
    """ "X's Minister of Y, A B, said", "A B, a spokesman for the Z, told": two to four capitalised
    name words set off by a comma from a role phrase (a role noun heading it, ``apposed_role_heads``)
    are a person, though the tagger read them as nothing. Names the tagger read as another kind, and
    words of bodies, sites and divisions, are left alone."""
    done = {i for span in found for i in range(span.start, span.end)}
    headline: set[int] | None = None
    out: list[Span] = []
    forms, titled = texts(doc), title_flags(doc)
    for start in range(len(doc)):
        if start in done or not (titled[start] or forms[start][:1].isupper()):
            continue  # (what :func:`_name_word` needs, read from the columns without a Token)
        if not _name_word(doc[start]):
            continue
        prev = doc[start - 1] if start else None
        if prev is not None and not (prev.is_punct or prev.is_quote):
            continue
        k, words = _name_end(doc, start)
        if not 2 <= words <= _MAX_NAME or k >= len(doc) or any(i in done for i in range(start, k)):
            continue
        if any(_no_name_word(doc[i]) for i in range(start, k)):
            continue  # "In May, a spokesman said": a time, not a name
        after = doc[k]
        before_role = prev is not None and prev.text == "," and _role_phrase_before(doc, start - 1)
        before_role = before_role and (after.text in (",", ".", ";") or after.pos_ in ("VERB", "AUX"))
        after_role = after.text == "," and _role_phrase_after(doc, k)
        if not (before_role or after_role):
            continue
        inside = [e for e in ents if e.start < k and e.end > start]
        if any(e.label_ in _NAMED_KINDS for e in inside):
            continue  # a name the tagger read as a body or place is typed by its context (entities.py)
        if any(e.label_ == "PERSON" and e.start == start and e.end == k for e in inside):
            continue  # the tagger has it already
        if headline is None:
            headline = _title_cased_lines(doc)
        if start in headline:
            continue
        out.append(Span(doc, start, k, label="PERSON"))
        done.update(range(start, k))
    return out

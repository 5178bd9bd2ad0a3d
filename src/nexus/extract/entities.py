"""From named-entity spans to one entity per real thing in a document.

spaCy's NER and the gazetteer tagger give spans; analysts need entities: the
fullest name used in the text, every other form as an alias, titles turned
into roles, junk dropped. This component cleans each span, types it
(gazetteer first, then the NER label, then name words), and clusters the
spans of one document: same gazetteer key, an abbreviation introduced in
parentheses, an acronym of a longer name, a surname standing for a person
named in full earlier, a shorter form of an organisation's name.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from spacy.symbols import ADP, NOUN, PROPN
from spacy.tokens import Doc, Span, Token

from nexus import ontology
from nexus.extract.body_names import with_bodies_over_named_bodies, with_foreign_connected_names
from nexus.extract.comma_names import split_place_and_person
from nexus.extract.compass_names import with_compass_openers
from nexus.extract.dateline import dateline, dateline_end, not_dateline_labels
from nexus.extract.dates import CALENDAR_WORDS
from nexus.extract.defined_terms import company_suffix, defined_terms
from nexus.extract.doctext import doc_text, whole_word_occurrences
from nexus.extract.force_names import named_as_owner_only
from nexus.extract.gazetteer import (
    PLACE_PARTICLES,
    GazetteerEntry,
    entries,
    introduced_as_settlement,
    restore_located_towns,
)
from nexus.extract.geocode import (
    WELL_KNOWN_CITY_POPULATION,
    Candidate,
    Geocoder,
    division_countries,
    division_phrase_country,
    division_stem,
    first_level_division,
    fold,
)
from nexus.extract.held_places import held_places
from nexus.extract.honorific_names import with_honorific_given_names
from nexus.extract.host_towns import untagged_host_towns
from nexus.extract.hyphened_acronyms import with_hyphened_acronyms
from nexus.extract.numbered_names import with_numbered_names
from nexus.extract.page import page_layout, zone_at
from nexus.extract.parse_index import (
    ParseIndex,
    char_range,
    expand_span,
    forget_parse_index,
    parse_index,
    range_text,
)
from nexus.extract.scene_towns import (
    across_a_border,
    untagged_dated_happening_towns,
    untagged_scene_towns,
    untagged_towns_set_in_divisions,
)
from nexus.extract.set_off_speakers import mend_set_off_speakers
from nexus.extract.signed_names import NAME_PARTICLES, signed_names
from nexus.extract.titled_names import offices_after_places, title_word, titled_names
from nexus.extract.tokens import (
    forget_lemma_columns,
    lemmas,
    like_nums,
    lower_flags,
    lowers,
    matching,
    pos_ids,
    spaces,
    tags,
    texts,
    title_flags,
)
from nexus.extract.triage import countries_named
from nexus.extract.undergone_places import untagged_undergoing_towns
from nexus.geo import DISTANCE_UNITS, destination, haversine_km
from nexus.model import Place

_LABEL_TYPES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}
_CONNECTORS = {
    "of",
    "and",
    "the",
    "for",
    "in",
    "on",
    "al",
    "el",
    "e",
    "ul",
    "i",
    "wal",
    "ud",
    "&",
    "-",
    "de",
    "du",
    # the "and" and "of the" of names the press leaves in Spanish, French or German ("dos" and
    # "das" left out: it is also a surname)
    "y",
    "del",
    "des",
    "et",
    "und",
    # their "for" and articles ("Conseil pour la Défense", "Frente por la Unidad"): no initials
    "pour",
    "por",
    "para",
    "la",
    "le",
    "les",
    "las",
    "los",
    "au",
    "aux",
}
_ACRONYM = re.compile(r"^[A-Z][A-Za-z&.\-]{1,9}$")


@lru_cache(maxsize=65536)
def _fullest(forms: tuple[str, ...]) -> str:
    return max(
        forms,
        key=lambda f: (
            len(f.split()) if not _is_acronym(f) else 0,
            not f.isupper() or len(f) <= 5,
            len(f),
        ),
    )


@dataclass
class Mention:
    start: int  # char offsets
    end: int
    text: str
    sent_start: int


@dataclass(eq=False)
class EntityCluster:
    """One entity of a document while it is being built."""

    type: str
    key: str | None = None
    subtype: str | None = None
    country: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    forms: dict[str, str] = field(default_factory=dict)  # folded -> surface as written
    within: EntityCluster | None = None  # a place the text puts this place in
    within_guessed: bool = False  # ``within`` is the report's town, not said next to the name
    within_division: bool = False  # ``within`` is named as a division ("in the X region"), not its town
    within_near: bool = False  # ``within`` is a town the place is said to lie by ("X near Y"), not in
    within_bearing: float | None = None  # the direction from ``within`` the text gives ("X, north of Y")
    within_km: float | None = None  # the distance from ``within`` the text gives ("X, 30 km north of Y")
    road_end: EntityCluster | None = None  # the other end of the road ``within`` ends ("on the Y-Z road")
    near_countries: set[str] = field(default_factory=set)  # countries named in its sentences
    written: dict[str, str] = field(default_factory=dict)  # folded -> other ways the text writes it
    division_form: str | None = None  # "X department" read as a division abroad of X's town
    village_unknown: bool = False  # a village named by a settlement noun that no gazetteer knows
    signed: bool = False  # a byline, a credit line or a photo credit signs the name: a person

    def enclosing(self) -> list[EntityCluster]:
        """This place and the places the text puts it in, innermost first, each once.

        A page can put two places in each other ("the A-B road in X" and a headline
        "curfew on X" run into "... from B"), so the ``within`` chain may come back to
        a place already seen: it stops there.
        """
        out: list[EntityCluster] = []
        node: EntityCluster | None = self
        while node is not None and not any(node is seen for seen in out):
            out.append(node)
            node = node.within
        return out

    @property
    def written_forms(self) -> list[str]:
        """Forms the text writes the entity in around its mentions ("the X mountains", "Barangay
        Y" for Y, "Mawlawi Z" for Z) that are neither its name nor one of its forms: extra
        aliases for the output, never used to name, merge or type it."""
        return [w for k, w in self.written.items() if k not in self.forms]

    @property
    def name(self) -> str:
        """The fullest surface form: most words, then most characters, then first seen."""
        forms = self.forms
        if len(forms) == 1:  # (most entities: their one form, without the tuple and its cache look-up)
            for form in forms.values():
                return form
        return _fullest(tuple(forms.values()))

    @property
    def aliases(self) -> list[str]:
        name = fold(self.name)
        return [f for k, f in self.forms.items() if k != name]

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        key = fold(mention.text)
        known = self.forms.get(key)
        if known is None or (
            known.isupper() and not mention.text.isupper() and (len(known) > 5 or self.type == "PLACE")
        ):
            self.forms[key] = mention.text  # "Kandahar", "Amman" rather than the dateline's "KANDAHAR"

    def absorb(self, other: EntityCluster) -> None:
        for mention in other.mentions:
            self.add(mention)
        for role in other.roles:
            if role not in self.roles:
                self.roles.append(role)
        self.key = self.key or other.key
        self.subtype = self.subtype or other.subtype
        self.country = self.country or other.country


@cache
def _lexicon() -> dict[str, Any]:
    return ontology.table("entities.yaml")


@cache
def _title_words() -> frozenset[str]:
    words: list[str] = _lexicon()["title_words"]
    return frozenset(w.lower() for w in words)


@cache
def bare_title_words() -> frozenset[str]:
    """The ``title_words`` of ``entities.yaml`` in lower case, without a final full stop."""
    return frozenset(w.rstrip(".") for w in _title_words())


@cache
def _non_entity_heads() -> frozenset[str]:
    words: list[str] = _lexicon()["non_entity_heads"]
    return frozenset(words)


@cache
def _org_subtype_words() -> list[tuple[str, str]]:
    pairs = []
    table: dict[str, list[str]] = _lexicon()["org_subtype_words"]
    for subtype, words in table.items():
        for word in words:
            pairs.append((word.lower(), subtype))
    return sorted(pairs, key=lambda p: -len(p[0]))


def _is_acronym(text: str) -> bool:
    return bool(_ACRONYM.match(text)) and sum(c.isupper() for c in text) >= 2 and " " not in text


def _acronym_of(short: str, name: str) -> bool:
    """Whether ``short`` is written of the initials of ``name``, a hyphened word giving one
    letter or one for each part: "KCF" and "KF" of "Kodo-Chin Front"."""
    if not _is_acronym(short):
        return False
    words = [w for w in name.split() if w.lower() not in _CONNECTORS]
    whole = "".join(w[0].upper() for w in words if w[0].isalpha())
    return short.upper() in {_initials(name), whole, *_full_initials(name.split())}


def _acronym_after_premodifier(short: str, name: str) -> bool:
    """Whether ``short`` spells a local unit's name without the place premodifier that opens it
    ("X Township People's Defence Force" defined as "PDF"; :func:`_with_local_premodifier`): the
    initials of the name's last words, two at least, after one to three words left out."""
    words = name.split()
    return any(
        _acronym_of(short, " ".join(words[cut:]))
        for cut in range(1, min(_PREMODIFIER_NAME_WORDS + 2, len(words) - 1))
    )


#: Articles that give their initial when they open a name ("La Voz del Sur" is "LVS"), though
#: no initial inside one ("Frente por la Unidad" is "FU").
_OPENING_ARTICLES = frozenset({"la", "le", "les", "las", "los"})


def _initials(name: str) -> str:
    parts = [w for w in re.split(r"[\s\-]+", name) if w]
    words = [
        w
        for i, w in enumerate(parts)
        if w.lower() not in _CONNECTORS or (i == 0 and w.lower() in _OPENING_ARTICLES)
    ]
    return "".join(w[0].upper() for w in words if w[0].isalpha())


@lru_cache(maxsize=8192)
def org_subtype(name: str) -> str:
    """ORG subtype from the words of a name, for organisations no gazetteer knows (a pure function
    of the name and the lexicon, asked of the same names again and again: memoised)."""
    lowered = " " + re.sub(r"[\s\-]+", " ", name.lower()) + " "
    opening = _opening_words()
    first = re.sub(r"^ (?:the |al )?", " ", lowered)
    particles = any(f" {p} " in lowered for p in _GROUP_PARTICLES)
    present = frozenset(lowered.split())
    for word, subtype, first_word in _org_subtype_entries():
        if first_word is not None and first_word not in present:
            continue  # (" word " is in the name only where its first word is one of the name's)
        if word in opening and not (first.startswith(f" {word} ") and particles):
            continue  # "Akhtar Hayat Khan": a given name, not "Hayat Tahrir al-Sham" nor "Jaish-e-Adl"
        if f" {word} " in lowered:
            return subtype
    return "other"


@cache
def _org_subtype_entries() -> list[tuple[str, str, str | None]]:
    """:func:`_org_subtype_words` with the first word of each (None for a word not written as
    single-space-separated words, which is always tested)."""
    return [
        (word, subtype, word.split()[0] if word and word == " ".join(word.split()) else None)
        for word, subtype in _org_subtype_words()
    ]


#: Joining particles of Arabic, Persian and Urdu group names ("al-Sham", "Lashkar-e-Taiba").
_GROUP_PARTICLES = ("al", "el", "e", "i", "ul", "ud", "ut", "un", "wal", "ash", "as", "ad", "an", "ar")


@cache
def _opening_words() -> frozenset[str]:
    words: list[str] = _lexicon().get("org_opening_words", [])
    return frozenset(w.lower() for w in words)


#: Heads that turn a country name into one of its bodies: "U.S. Embassy", "Indian Army".
_STATE_BODY_HEADS = frozenset(
    {
        "Embassy",
        "Ministry",
        "Army",
        "Navy",
        "Police",
        "Government",
        "Parliament",
        "Senate",
        "Cabinet",
        "Consulate",
        "Mission",
        "Military",
        "Treasury",
        "Coast",
        "Air",
    }
)


def _with_state_bodies(doc: Doc) -> list[Span]:
    """``doc.ents`` with "U.S." + "Embassy" read as one organisation, "U.S. Embassy".

    The NER often tags the country and leaves the capitalised head word out;
    a known organisation from the gazetteer is left as it is.
    """
    out: list[Span] = []
    named = _with_division_names(
        doc,
        _with_untagged_taken_places(
            doc,
            _with_quoted_aliases(
                doc,
                _with_media_arms(
                    doc,
                    _with_hyphen_group_names(
                        doc,
                        _with_untagged_groups(doc, _with_self_named_groups(doc, _with_defined_acronyms(doc))),
                    ),
                ),
            ),
        ),
    )
    joined = 0  # the end of a body taken in with the country before it
    spans = with_numbered_names(
        _with_place_title_words(_join_split_names(_with_hyphened_names(_with_particle_names(named))))
    )
    site_after = {e.start: e for e in spans if e.label_ in ("ORG", "FAC") and _site_name_words(e)}
    for ent in spans:
        if ent.start < joined:
            continue
        site = site_after.get(ent.end) if ent.label_ in ("GPE", "LOC") else None
        if site is not None and doc[ent.end - 1].whitespace_ == " ":
            joined = site.end  # "X" (a place the gazetteer knows) + "State University": one site
            out.append(Span(doc, ent.start, site.end, label="FAC"))
            continue
        ent = _body_with_its_modifier(ent)
        if ent.label_ == "NORP" and _town_read_as_a_people(ent):
            ent = Span(doc, ent.start, ent.end, label="GPE")  # "the town of Tadmor" read as a people
        elif _misread_known_town(ent):
            ent = Span(doc, ent.start, ent.end, label="GPE")  # "outside Tibú" read as a product
        nxt = doc[ent.end] if ent.end < len(doc) else None
        body = _body_after_place(ent) if ent.label_ in ("GPE", "LOC", "FAC") else None
        if body is not None:
            out.append(body)
        elif (
            ent.label_ == "GPE"
            and nxt is not None
            and nxt.text in _STATE_BODY_HEADS
            and (not nxt.ent_type_ or _lone_org_word(nxt))
            and nxt.is_title
        ):
            end = ent.end + 1
            joined = end  # "United States" + "Treasury" tagged alone: one body
            if nxt.text in ("Coast", "Air") and end < len(doc) and doc[end].text in ("Guard", "Force"):
                end += 1
            out.append(Span(doc, ent.start, end, label="ORG"))
        elif ent.label_ in ("PERSON", "ORG", "GPE") and not ent.kb_id_:
            out.append(_known_place_around(ent) or ent)
        else:
            out.append(ent)
    return [
        part
        for span in out
        for listed in _split_place_list(span)
        for pair in _split_at_in(listed)
        for placed in _split_place_pair(pair)
        for grouped in _split_hyphened_groups(placed)
        for part in _split_at_possessive(grouped)
    ]


def _split_hyphened_groups(span: Span) -> list[Span]:
    """ "Los A-Los B" tagged as one name (a headline's "the Los A-Los B feud"): two gangs, each
    opening with a plural article (``group_plural_articles``), the second right after a tight
    hyphen."""
    doc = span.doc
    articles = _word_set("group_plural_articles")
    start = span.start + int(span[0].lower_ == "the")
    if span.kb_id_ or span.end - start < 5 or doc[start].text not in articles:
        return [span]
    for token in doc[start + 2 : span.end - 2]:
        if _joining_hyphen(token, span) and doc[token.i + 1].text in articles and doc[token.i + 2].is_title:
            return [Span(doc, start, token.i, label="ORG"), Span(doc, token.i + 1, span.end, label="ORG")]
    return [span]


#: At most this many capitalised words follow a division noun in the name it opens.
_DIVISION_NAME_WORDS = 3


def _with_division_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with "in Barangay X Y" (after a preposition of place, a capitalised local
    division noun of the ``division_nouns_opening_names`` lexicon, then one to three
    capitalised words, neither a title nor a possessor) read as one place: the NER tags
    the noun alone as an organisation, or the name as a person, or leaves it out. Spans
    inside the name are dropped; a span reaching past it keeps the words (no place is made)."""
    nouns = _word_set("division_nouns_opening_names")
    before = _word_set("locative_preps") | {"of", "from", "to", "into"}
    titles = _all_title_words()
    found: list[Span] = []
    for token in matching(doc[:], (), nouns):
        i = token.i
        if not token.is_title or (found and i < found[-1].end):
            continue
        listed = (
            i >= 2
            and doc[i - 1].text == ","
            and ((found and found[-1].end == i - 1) or doc[i - 2].ent_type_ in ("GPE", "LOC", "FAC"))
        )  # "in Sitio X, Barangay Y, Z": one place in the next
        if not listed and (i == 0 or doc[i - 1].lower_ not in before or not doc[i - 1].is_lower):
            continue  # "Barangay Captain X was shot": a title; "in Barangay X": a place
        if i + 1 < len(doc) and doc[i + 1].lower_.rstrip(".") in titles:
            continue  # "in Barangay Chairman X's house"
        end = i + 1
        if end < len(doc) and doc[end].text == "." and not token.whitespace_:
            end += 1  # "Brgy. X": the noun's abbreviation
        opened = end
        while (
            end < len(doc)
            and end - opened < _DIVISION_NAME_WORDS
            and doc[end].is_title
            and doc[end].pos_ in ("PROPN", "NOUN", "ADJ")
            and doc[end].lower_ not in CALENDAR_WORDS
        ):
            end += 1
        if end == opened or (end < len(doc) and doc[end].tag_ == "POS"):
            continue
        if any((e.start < end and e.end > end) or e.start < i < e.end for e in ents):
            continue  # a longer name holds these words
        found.append(Span(doc, i, end, label="GPE"))
    if not found:
        return ents
    kept = [e for e in ents if not any(f.start <= e.start and e.end <= f.end for f in found)]
    return sorted([*kept, *found], key=lambda e: e.start)


#: Small words inside a long organisation name: "Group for the Support of Islam and Muslims".
_NAME_CONNECTORS = frozenset({"for", "of", "the", "and", "in", "to"})


def _with_joined_last_word(ents: list[Span]) -> list[Span]:
    """A long name with "of" or "for" that closes on "and" and one more capitalised word
    ("Federation of Ruritanian Students" + "and Workers") is one name; the word may be
    untagged or tagged alone as an organisation no gazetteer knows. Spans taken in are
    dropped."""
    out: list[Span] = []
    end_of_last = -1
    for ent in ents:
        if ent.start < end_of_last:
            continue
        doc = ent.doc
        end = ent.end + 2
        if (
            ent.label_ == "ORG"
            and not ent.kb_id_
            and any(t.lower_ in ("of", "for") and t.is_lower for t in ent[1:])
            and end <= len(doc)
            and doc[ent.end].lower_ == "and"
            and doc[ent.end].is_lower
            and doc[ent.end + 1].is_title
            and doc[ent.end + 1].is_alpha
            and not doc[ent.end + 1].is_stop
            and (not doc[ent.end + 1].ent_type_ or _lone_org_word(doc[ent.end + 1]))
            and not (end < len(doc) and (doc[end].is_title or doc[end].text in ("-", "'s", "’s")))
            and not _line_break_before(doc[ent.end + 1])
        ):
            out.append(Span(doc, ent.start, end, label="ORG"))
            end_of_last = end
        elif (paired := _paired_bearings_end(ent)) is not None:
            out.append(Span(doc, ent.start, paired, label="ORG"))
            end_of_last = paired
        else:
            out.append(ent)
    return out


def _paired_bearings_end(ent: Span) -> int | None:
    """The end of "Council of North" + "and South Ruritania": an organisation's name closing on
    "of" (or "for") and a compass word, followed by "and", a second compass word and a place's
    name, is named for the two parts of that place together; None when it is not written so."""
    doc = ent.doc
    compass = _folded_set("compass_words")
    last = ent.end - 1
    if (
        ent.label_ != "ORG"
        or ent.kb_id_
        or len(ent) < 3
        or not doc[last].is_title
        or doc[last].lower_ not in compass
        or doc[last - 1].lower_ not in ("of", "for")
        or ent.end + 2 >= len(doc)
        or doc[ent.end].lower_ != "and"
        or not doc[ent.end + 1].is_title
        or doc[ent.end + 1].lower_ not in compass
    ):
        return None
    end = ent.end + 2
    while end < len(doc) and end - ent.end < 6 and doc[end].is_title and doc[end].is_alpha:
        end += 1
    if end == ent.end + 2:
        return None
    tagged = any(doc[i].ent_type_ in ("GPE", "LOC") for i in range(ent.end + 1, end))
    if not tagged and not any(c.exact for c in Geocoder().candidates(doc[ent.end + 2 : end].text)):
        return None
    return end


_UNIT_NUMBER_WORDS = frozenset({"No", "No.", "Number"})


def _with_unit_numbers(ents: list[Span]) -> list[Span]:
    """``ents`` with an organisation's or a unit's name (opening with a ``unit_heads`` word)
    that closes on "No" / "No." / "Number" running on to the number after it, as an
    organisation ("Platoon No. 2", "Company Number 7"): the NER stops at the abbreviation's
    full stop, leaving a name no text means, or reads the unit as a building. A lone unit head
    the NER took without the ordinal before it ("the 12th [Front]") takes the ordinal in."""
    out: list[Span] = []
    for ent in ents:
        doc = ent.doc
        end = ent.end
        unit = ent.label_ == "ORG" or ent[0].text in _word_set("unit_heads")
        start = ent.start
        if (
            ent.label_ == "ORG"
            and len(ent) == 1
            and ent[0].text in _word_set("unit_heads")
            and start > 0
            and _ORDINAL.match(doc[start - 1].text)
        ):
            ent = Span(doc, start - 1, end, label="ORG", kb_id=ent.kb_id_)  # "the 12th [Front]"
        elif ent.label_ == "ORG" and not ent.kb_id_ and start > 0 and _numbered_unit(doc, start - 1, end):
            ent = Span(doc, start - 1, end, label="ORG")  # "the 9th [Rapid Response Battalion]"
        if unit and len(ent) > 1 and ent[-1].text in _UNIT_NUMBER_WORDS:
            if end < len(doc) and doc[end].text == ".":
                end += 1
            if end < len(doc) and doc[end].like_num:
                ent = Span(doc, ent.start, end + 1, label="ORG", kb_id=ent.kb_id_)
        out.append(ent)
    return out


def _numbered_unit(doc: Doc, number: int, end: int) -> bool:
    """Whether ``doc[number:end]`` is a unit named by its number: an ordinal ("5th", "12th") or a
    bare number before a unit head (``bare_numbered_unit_heads``), then capitalised words closing on a
    unit head, no lower-case word after the head ("the 3 Division troops" is still the unit)."""
    if end - number < 2 or not doc[end - 1].is_title:
        return False
    words = doc[number + 1 : end]
    if doc[end - 1].text not in _word_set("unit_heads") or not all(t.is_title for t in words):
        return False
    text = doc[number].text
    if _ORDINAL.match(text):
        return True
    return text.isdigit() and len(text) <= 3 and doc[end - 1].text in _word_set("bare_numbered_unit_heads")


def _untagged_numbered_units(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with the units the NER left untagged after their number ("troops of the 14th
    Brigade", "the Army's 2 Division"): an ordinal or a bare number, then up to three capitalised
    words closing on a unit head (:func:`_numbered_unit`), no word of them in a span, is an
    organisation."""
    taken = {i for e in ents if e.label_ not in _NOT_NAME_LABELS for i in range(e.start, e.end)}
    found: list[Span] = []
    heads = _word_set("unit_heads")
    numeric, words = like_nums(doc), texts(doc)
    for at in range(len(doc)):  # (only a number or an ordinal becomes a Token)
        if at in taken or not (numeric[at] or _ORDINAL.match(words[at])):
            continue
        token = doc[at]
        for end in range(token.i + 2, min(token.i + 5, len(doc)) + 1):
            if any(i in taken for i in range(token.i + 1, end)) or not doc[end - 1].is_title:
                break
            if doc[end - 1].text in heads and _numbered_unit(doc, token.i, end):
                if end < len(doc) and doc[end].is_title:
                    break  # "the 3 Division Headquarters": a longer name goes on
                found.append(Span(doc, token.i, end, label="ORG"))
                break
    if not found:
        return ents
    covered = {i for span in found for i in range(span.start, span.end)}
    kept = [e for e in ents if not any(i in covered for i in range(e.start, e.end))]
    return sorted([*kept, *found], key=lambda e: e.start)


def _with_first_names(ents: list[Span]) -> list[Span]:
    """A person's name the NER cut after its first word ("General [Idriss] Mahamat Bichara",
    ", [Alhadji] Oumarou Bouba,", ", [Mufti] Ali Khan,"): a capitalised word right before a
    PERSON span of two words or more, after a title word, a comma or a bracket, that is no
    title word, no demonym and no name the gazetteer knows, joins the name (the span the
    NER made of that word alone is dropped)."""
    doc = ents[0].doc if ents else None
    if doc is None:
        return ents
    by_end = {e.end: e for e in ents}
    out: list[Span] = []
    dropped: set[tuple[int, int]] = set()
    for ent in ents:
        if ent.label_ != "PERSON" or len(ent) < 2 or ent.start < 2:
            out.append(ent)
            continue
        word, before = doc[ent.start - 1], doc[ent.start - 2]
        own = by_end.get(ent.start)
        opener = before.text in (",", "(") or before.text.lower().rstrip(".") in bare_title_words()
        if (
            opener
            and word.is_title
            and word.is_alpha
            and not word.is_stop
            and word.lower_ not in bare_title_words()
            and word.lower_ not in ontology.demonyms()
            and "\n" not in doc[ent.start - 2 : ent.start].text_with_ws
            and (own is None or (len(own) == 1 and not own.kb_id_ and not _in_gazetteer(word.text)))
        ):
            if own is not None:
                dropped.add((own.start, own.end))
            out.append(Span(doc, ent.start - 1, ent.end, label="PERSON"))
            continue
        out.append(ent)
    return [e for e in out if (e.start, e.end) not in dropped]


#: Most untagged given names before a surname the tagger read alone ("A B" + "C").
_APPOSED_GIVEN_NAMES = 3


def _with_apposed_given_names(ents: list[Span]) -> list[Span]:
    """A person's name set off after a title whose surname alone the NER tagged, as a person or
    a body ("the Security Secretary, [A B] C, said"): the untagged capitalised words between the
    comma after the title word and that one-word span are the person's given names, and the
    whole is one PERSON. The words must be no title, no demonym and no stop word; the span no
    name the gazetteer knows."""
    doc = ents[0].doc if ents else None
    if doc is None:
        return ents
    out: list[Span] = []
    for ent in ents:
        if ent.label_ not in ("PERSON", "ORG") or len(ent) != 1 or ent.kb_id_ or _in_gazetteer(ent.text):
            out.append(ent)
            continue
        start = ent.start
        while (
            start - 1 > 0
            and ent.start - start < _APPOSED_GIVEN_NAMES
            and _untagged_given_name(doc[start - 1])
        ):
            start -= 1
        comma = start - 1
        if (
            start == ent.start
            or comma < 1
            or doc[comma].text != ","
            or doc[comma - 1].lower_.rstrip(".") not in bare_title_words()
            or (out and out[-1].end > comma)
        ):
            out.append(ent)
            continue
        out.append(Span(doc, start, ent.end, label="PERSON"))
    return out


def _untagged_given_name(word: Token) -> bool:
    return (
        word.is_title
        and word.is_alpha
        and not word.ent_type_
        and not word.is_stop
        and word.lower_ not in bare_title_words()
        and word.lower_ not in ontology.demonyms()
    )


def _with_seat_country(ents: list[Span]) -> list[Span]:
    """A long body's name that goes on with "in" and the country it serves or sits in is one
    name ("Supreme Council of Muslims in Ruritania", "Joint Integrated Office in Ruritania"):
    the body has three words or more and ends on a head word of bodies' names, and the
    country closes the sentence's name (no capitalised word after it). "The Supreme Court in
    Ruritania" (two words) stays a court and a country. A name that already carries the
    country's adjective ("the Ruritanian National Army in Ruritania") is the body and, apart,
    the country it is in."""

    def seat(ent: Span, country: Span) -> bool:
        doc = ent.doc
        return (
            len([t for t in ent if t.is_alpha and t.lower_ != "the"]) >= 3
            and (_body_word(ent[-1]) or any(t.lower_ in ("of", "for") for t in ent))
            and country.start == ent.end + 1
            and doc[ent.end].lower_ == "in"
            and not (country.end < len(doc) and doc[country.end].is_title)
            and not _names_its_country(ent, country)
            and not _one_of_located_members(ent, country)
        )

    return _joined_with_country(ents, seat)


def _one_of_located_members(ent: Span, place: Span) -> bool:
    """Whether "<name> in <place>" is one member of a list whose other member is located the same
    way ("backs the Ruritanian Liberation Front in Ruritania and the Kelm Army in Kelmland",
    "the X Front in Y, the Z Army in W"): each "in" locates the member before it, no name's part."""
    doc = ent.doc
    after = place.end
    if after + 2 < len(doc) and doc[after].lower_ in ("and", ","):
        ahead = doc[after + 1 : min(after + 9, len(doc))]
        if any(t.lower_ == "in" and k > 0 and ahead[k - 1].is_title for k, t in enumerate(ahead[:-1])):
            return True
    before = ent.start - 1
    if before > 0 and doc[before].lower_ == "the":
        before -= 1
    if before < 2 or doc[before].lower_ not in ("and", ","):
        return False
    behind = doc[max(before - 8, 0) : before]
    return any(
        t.lower_ == "in" and k > 0 and behind[k - 1].is_title and behind[k + 1].is_title
        for k, t in enumerate(behind[:-1])
    )


def _names_its_country(ent: Span, country: Span) -> bool:
    """Whether the body's name ``ent`` already names the country span ``country`` (a
    ``country:XX`` gazetteer id) by its nationality adjective (demonyms.yaml) or its own words."""
    code = country.kb_id_.removeprefix("country:")
    adjectives = ontology.demonyms()
    return any(adjectives.get(t.lower_) == code for t in ent) or country.text in ent.text


@cache
def _actor_keys_by_form() -> dict[str, str]:
    """Every folded name and alias of ``actors.yaml`` (possessive ones too) -> its gazetteer key."""
    out: dict[str, str] = {}
    for actor in ontology.actors():
        for form in (actor.name, *actor.aliases, *actor.case_sensitive_aliases):
            out.setdefault(fold(_POSSESSIVE.sub(" ", form)), f"actor:{actor.id}")
    return out


_POSSESSIVE = re.compile(r"['’]s\b")
_SPACES = re.compile(r"\s+")


def _branch_end(ent: Span) -> tuple[int, str]:
    """Where a group's branch name that opens with ``ent`` ends, and its gazetteer key ("" if
    none); ``(ent.end, "")`` when no branch name follows.

    "Islamic State" + "Ruritania Province", "Islamic State" + "'s" + "Ruritania Province": up to
    three capitalised words closed by a ``branch_name_heads`` word of ``entities.yaml``; or
    closed by a lower-case ``branch_nouns`` word ("the group's Ruritania branch") when the
    actor gazetteer knows "<parent> <place> Province" or "<parent> <place>".
    """
    doc = ent.doc
    at = ent.end
    if at < len(doc) and doc[at].lower_ in ("'s", "’s"):
        at += 1
    words: list[Token] = []
    while at < len(doc) and len(words) < 3 and doc[at].is_title and doc[at].is_alpha and not doc[at].is_stop:
        if doc[at].text in _word_set("branch_name_heads") and words:
            if at + 1 < len(doc) and doc[at + 1].is_lower and doc[at + 1].pos_ == "NOUN":
                return ent.end, ""  # "the Taliban's Helmand Province commander": a province
            place = " ".join(w.text for w in words)
            entry = entries().get(ent.kb_id_) if ent.kb_id_ else None
            parents = {_POSSESSIVE.sub(" ", ent.text), *([entry.name] if entry else [])}
            keys = _actor_keys_by_form()
            key = next((keys[f] for p in parents if (f := fold(f"{p} {place} {doc[at].text}")) in keys), "")
            return at + 1, key
        words.append(doc[at])
        at += 1
    if not words or at >= len(doc) or doc[at].lower_ not in _word_set("branch_nouns"):
        return ent.end, ""
    entry = entries().get(ent.kb_id_) if ent.kb_id_ else None
    parents = {_POSSESSIVE.sub(" ", ent.text), *([entry.name] if entry else [])}
    place = " ".join(w.text for w in words)
    keys = _actor_keys_by_form()
    for parent in parents:
        for form in (f"{parent} {place} Province", f"{parent} {place}"):
            if fold(form) in keys and keys[fold(form)] != ent.kb_id_:
                return at + 1, keys[fold(form)]
    return ent.end, ""


def _with_branch_names(ents: list[Span]) -> list[Span]:
    """A group's name run on over a regional branch's ("Islamic State" + "Ruritania Province",
    "the Islamic State's Ruritania branch" when the gazetteer knows that branch): one ORG span,
    keyed to the branch's gazetteer entry when there is one (:func:`_branch_end`). The parent
    must be an armed group of the gazetteer or an untyped organisation; spans the widened name
    covers are dropped."""
    out: list[Span] = []
    end_of_last = -1
    for ent in ents:
        if ent.start < end_of_last:
            continue
        entry = entries().get(ent.kb_id_) if ent.kb_id_ else None
        own_branch = _own_branch_end(ent)
        if own_branch:
            out.append(Span(ent.doc, ent.start, own_branch, label="ORG"))
            ent.doc.user_data.setdefault(_BRANCH_NAMES, set()).add((ent.start, own_branch))
            end_of_last = own_branch
            continue
        if ent.label_ != "ORG" or (entry is not None and entry.subtype != "armed_group"):
            out.append(ent)
            continue
        end, key = _branch_end(ent)
        if end == ent.end:
            out.append(ent)
            continue
        out.append(Span(ent.doc, ent.start, end, label="ORG", kb_id=key))
        ent.doc.user_data.setdefault(_BRANCH_NAMES, set()).add((ent.start, end))
        end_of_last = end
    return out


#: Possessive pronouns of a group naming its own branch ("its Ruritania Province").
_GROUP_POSSESSIVES = frozenset({"its", "their"})


def _after_group_possessive(span: Span) -> bool:
    """Whether "its" or "their" (a quote mark between allowed) stands right before the span."""
    doc, i = span.doc, span.start - 1
    if i >= 0 and doc[i].is_quote:
        i -= 1
    return i >= 0 and doc[i].lower_ in _GROUP_POSSESSIVES


def _own_branch_end(ent: Span) -> int:
    """Where a branch name a group gives itself ends: a place after "its"/"their" closed by a
    capitalised ``branch_name_heads`` word ("its Ruritania Province", 'its "Ruritania
    Province"'), the head included; 0 when the span opens no such name."""
    doc = ent.doc
    if ent.label_ not in ("GPE", "LOC") or not _after_group_possessive(ent):
        return 0
    heads = _word_set("branch_name_heads")
    if len(ent) >= 2 and ent[-1].text in heads:
        return ent.end  # the NER took the head in
    return ent.end + 1 if ent.end < len(doc) and doc[ent.end].text in heads else 0


#: Doc.user_data key: the (start, end) token spans :func:`_with_branch_names` made, ORG by their making.
_BRANCH_NAMES = "nexus_branch_names"


def _branch_name(span: Span) -> bool:
    """The span is a group's branch name made by :func:`_with_branch_names`."""
    return (span.start, span.end) in span.doc.user_data.get(_BRANCH_NAMES, set())


def _with_body_tails(ents: list[Span]) -> list[Span]:
    """An organisation's name run on over the capitalised words after it to a body's head word
    or a closing word of such names: "Pan-Ruritanian Union" + "Commission", "Union" + "Peace
    and Security" + "Council" (another organisation's name inside taken in), "Ministry of
    Fisheries" + "Affairs". Spans the widened name covers are dropped."""
    out: list[Span] = []
    end_of_last = -1
    for ent in ents:
        if ent.start < end_of_last:
            continue
        end = _body_tail_end(ent) if ent.label_ == "ORG" else ent.end
        if end == ent.end or any(ent.end <= e.start < end < e.end for e in ents):
            # (a name found already that runs on past the head word: "the UN" + "Office for the
            # Relief of X (ORX)", a long form its acronym defines, is two names side by side)
            out.append(ent)
            continue
        out.append(Span(ent.doc, ent.start, end, label="ORG"))
        end_of_last = end
    return out


def _body_tail_end(ent: Span) -> int:
    """Where the name of ``ent`` ends when capitalised words after it close on a body's head
    word; ``ent.end`` when they do not. Words tagged as something other than an organisation,
    an organisation's name right after it (two names side by side), and an organisation's name
    that runs past the head word stop it."""
    doc = ent.doc
    closing = _word_set("body_closing_words")
    end, at = ent.end, ent.end
    if not ent[-1].is_alpha:
        return end  # "Dushanbe:" of a dateline
    while at < len(doc) and at - ent.end < 5:
        word = doc[at]
        if word.is_lower and word.lower_ == "and" and at > ent.end:
            at += 1
            continue
        if (
            not (word.is_title and word.is_alpha)
            or word.is_stop
            or word.ent_type_ not in ("", "ORG")
            or (word.ent_type_ and at == ent.end)  # "Taliban" + "National Front": two names
            or _line_break_before(word)
        ):
            break
        if (
            word.ent_type_ == "ORG"
            and word.ent_iob_ == "B"
            and at + 1 < len(doc)
            and doc[at + 1].ent_iob_ == "I"
        ):
            inner_end = at + 1
            while inner_end < len(doc) and doc[inner_end].ent_iob_ == "I":
                inner_end += 1
            if not _body_word(doc[inner_end - 1]):
                break
            at = inner_end  # "Security Council" tagged inside the name: taken whole
            end = at
            break
        at += 1
        if _body_word(word) or word.text in closing:
            end = at
    if end > ent.end and doc[end - 1].text not in closing and not _body_word(doc[end - 1]):
        return ent.end
    return end


def _line_break_before(token: Token) -> bool:
    """A new line opens between ``token`` and the word before it (a headline's end)."""
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return "\n" in doc_text(token.doc)[before.idx + len(before) : token.idx] or bool(token.is_sent_start)


def _lone_org_word(token: Token) -> bool:
    """The token is an organisation the NER tagged by itself, with no gazetteer key."""
    return (
        token.ent_type_ == "ORG"
        and token.ent_iob_ == "B"
        and not token.ent_kb_id_
        and (token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")
    )


def _with_long_org_names(ents: list[Span]) -> list[Span]:
    """Organisation names the NER cut short, carried on through "for"/"of" and capitalised words
    when they hold a head word of names: "Group" + "for the Support of Islam and Muslims",
    "Union of Revolutionaries" + "for the Defence of the Congolese People", "Front for the
    Victory" + "of the Faithful"; a state's body too ("Central Office" + "for the Repression of
    X", ``remit_body_heads``). Spans swallowed are dropped."""
    heads = _word_sets("long_name_heads", "remit_body_heads")
    out: list[Span] = []
    end_of_last = -1
    for ent in ents:
        if ent.start < end_of_last:
            continue  # inside a name carried on
        doc = ent.doc
        if ent.label_ != "ORG" or ent.kb_id_ or not any(t.text in heads for t in ent) or ent.end >= len(doc):
            out.append(ent)
            continue
        base = ent.end
        while base > ent.start + 1 and doc[base - 1].is_lower and doc[base - 1].lower_ in _NAME_CONNECTORS:
            base -= 1  # "The Front for the Victory of the" + "Faithful": the NER stopped mid-name
        if doc[base].lower_ not in ("for", "of"):
            out.append(ent)
            continue
        end, at = base, base
        while at < len(doc) and at - ent.end < 12:
            word = doc[at]
            if word.is_title and word.is_alpha and word.lower_ not in _NAME_CONNECTORS:
                end = at + 1
            elif word.lower_ not in _NAME_CONNECTORS or not word.is_lower:
                break
            at += 1
        if end <= ent.end:
            out.append(ent)
            continue
        if any(doc[i].ent_type_ in ("GPE", "LOC", "ORG", "PERSON", "FAC") for i in range(ent.end, end)):
            out.append(ent)  # "the Army of Mali", "the X Front of the Y Command": two names
            continue
        if _names_another(doc, base, end, ents):
            out.append(ent)  # "the Delta Bureau of the Y Front", the Y Front named elsewhere: two names
            continue
        out.append(Span(doc, ent.start, end, label="ORG"))
        end_of_last = end
    return out


def _names_another(doc: Doc, start: int, end: int, ents: list[Span]) -> bool:
    """Whether the capitalised words of ``doc[start:end]`` after its connectors ("of the") are,
    word for word, the text of another name of ``ents`` (an organisation the page names on its
    own elsewhere)."""
    first = start
    while first < end and doc[first].is_lower:
        first += 1
    tail = doc[first:end].text
    return bool(tail) and any(e.text == tail for e in ents if not (e.start <= first < e.end))


def _join_split_names(ents: list[Span]) -> list[Span]:
    """Two touching spans that are one name: "Jordan" + "Malik" (a country's name as a given
    name before a surname the NER tagged) is one person; "Dera" + "Bugti" before a
    lower-case place noun ("village") is one place."""
    out: list[Span] = []
    for ent in map(
        _with_possessive_body,
        map(
            _with_untagged_head,
            map(_with_landform_head, map(_with_untagged_tail, _with_seat_of(_with_country_of(ents)))),
        ),
    ):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end == ent.start
            and prev[-1].text in ("-", "‑")
            and not prev[-1].whitespace_
            and ent[0].is_title
            and not (prev.kb_id_ and ent.kb_id_)
        ):
            # "Sar-e-" + "Kohan": the NER cut one hyphenated name in two
            out[-1] = Span(ent.doc, prev.start, ent.end, label=ent.label_, kb_id=prev.kb_id_ or ent.kb_id_)
            continue
        if (
            prev is not None
            and prev.end == ent.start
            and prev.label_ == ent.label_ == "ORG"
            and prev[-1].is_lower
            and prev[-1].lower_ in ("and", "of", "for", "&")
            and ent[0].is_title
            and not (prev.kb_id_ and ent.kb_id_)
        ):
            # "Regional Union Peace and" + "Security Council": the NER broke one name at a connector
            out[-1] = Span(ent.doc, prev.start, ent.end, label="ORG", kb_id=prev.kb_id_ or ent.kb_id_)
            continue
        if (
            prev is None
            or prev.end != ent.start
            or not prev[-1].is_title
            or not (ent[0].is_title or ent[0].text in _word_set("name_link_words"))
        ):
            out.append(ent)
            continue
        doc = ent.doc
        nxt = doc[ent.end] if ent.end < len(doc) else None
        country_as_given_name = (
            len(prev) == 1
            and prev.label_ == "GPE"
            and prev.kb_id_.startswith("country:")
            and ent.label_ == "PERSON"
            and len(ent) == 1
            and not _role_before(prev)
        )
        place_noun_after = (
            nxt is not None
            and nxt.is_lower
            and nxt.lemma_ in _word_set("place_nouns")
            and not prev.kb_id_
            and not ent.kb_id_
            and {prev.label_, ent.label_} <= {"GPE", "LOC", "FAC", "PERSON", "ORG"}
        )
        person_goes_on = (
            prev.label_ == "PERSON"
            and not prev.kb_id_
            and not ent.kb_id_
            and bool(prev[-1].whitespace_)
            and len(prev) + len(ent) <= 4
            and (
                ent.label_ == "PERSON"
                or (
                    ent.label_ in ("ORG", "GPE")
                    and len(ent) == 1
                    and org_subtype(ent.text) == "other"
                    and not any(c.exact for c in Geocoder().candidates(ent.text))
                )
            )
        )
        unknown_halves = (
            prev.label_ == ent.label_ == "GPE"
            and len(prev) == len(ent) == 1
            and not prev.kb_id_
            and not ent.kb_id_
            and bool(prev[-1].whitespace_)
            and not any(c.exact for c in Geocoder().candidates(prev.text))
            and not any(c.exact for c in Geocoder().candidates(ent.text))
        )
        named_after_a_role = (
            prev.label_ in ("GPE", "ORG", "LOC")
            and ent.label_ == "PERSON"
            and not prev.kb_id_
            and not ent.kb_id_
            and len(prev) + len(ent) <= 4
            and bool(prev[-1].whitespace_)
            and org_subtype(prev.text) == "other"
            and _after_role_noun(prev)
        )
        linked = (
            ent[0].text in _word_set("name_link_words")
            and len(ent) > 1
            and not (prev.kb_id_ and ent.kb_id_)
            and bool(prev[-1].whitespace_)
        )
        if linked:
            # "Tariq" + "Ibn Ziyad": one name, a place's when the first part was read as one
            label = prev.label_ if prev.label_ in ("GPE", "LOC", "FAC") else "PERSON"
            out[-1] = Span(doc, prev.start, ent.end, label=label, kb_id=prev.kb_id_ or ent.kb_id_)
        elif country_as_given_name or person_goes_on or named_after_a_role:
            # "Jordan" + "Malik"; "Imran Ali" + "Wazir" (a surname the NER read apart or as a body);
            # "the spokesman, Issa" + "Kabore" (a given name after a role read as a town)
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")
        elif place_noun_after or unknown_halves:
            # "Dera" + "Bugti" before "village"; "Tungan" + "Kwari": two words no gazetteer knows
            # apart, written together, are one town's name the NER cut in two
            out[-1] = Span(doc, prev.start, ent.end, label="GPE")
        else:
            out.append(ent)
    return out


def _split_office_after_place(span: Span) -> list[Span]:
    """A place's name run into the office held there, read as one name: "X Governor" (an
    organisation, the holder's name after it left out) is the place X; "X Governor A B" (a
    person) is the place X and the person "Governor A B", whose title :func:`_trim` keeps as
    the role; "Deputy Commissioner X A B" is the place X and the person A B. The place is kept
    when the gazetteer knows it; an unknown one leaves an organisation as it is and is left out
    of a person's name. Offices are ``offices_after_places`` of titles.yaml."""
    if span.label_ not in ("PERSON", "ORG") or span.kb_id_ or len(span) < 2:
        return [span]
    doc = span.doc
    opened = _place_opening_a_name_after_office(span)
    if opened is not None:
        return opened
    at = next((t.i for t in span[1:] if title_word(t)), None)
    if at is None:
        return [span]
    run = at
    while run < span.end and (title_word(doc[run]) or doc[run].text == "-"):
        run += 1
    if not any(doc[k].lower_ in offices_after_places() for k in range(at, run)):
        return [span]
    before = doc[span.start : at]
    if (
        not all(t.is_title or (t.is_lower and t.lower_ in NAME_PARTICLES) for t in before)
        or not before[0].is_title
    ):
        return [span]
    if org_subtype(before.text) != "other":
        return [span]  # "the Central Bank Governor": a body's office, no place's
    known = bool(Geocoder().candidates(before.text))
    place = [Span(doc, span.start, at, label="GPE")] if known else []
    if run == span.end:
        nxt = doc[run] if run < len(doc) else None
        if span.label_ != "ORG" or not known or nxt is None or not (nxt.is_title and nxt.pos == PROPN):
            return [span]
        return place  # "X Governor" + the holder's name the tagger left out
    holder = doc[run : span.end]
    if not all(t.is_title for t in holder):
        return [span]
    if span.label_ != "PERSON" and not _holder_named_after_office(holder):
        return [span]
    return [*place, Span(doc, at, span.end, label="PERSON")]


def _plain_name(text: str) -> bool:
    """Whether ``text`` names no body: no word of ``org_subtype_words`` in it."""
    return org_subtype(text) == "other"


def _holder_named_after_office(holder: Span) -> bool:
    """Whether the words after a place's office in a span read as one organisation ("X Governor
    A B C") are the holder's name: two to four capitalised words, no body's word among them."""
    return 2 <= len(holder) <= 4 and all(t.is_alpha for t in holder) and org_subtype(holder.text) == "other"


def _place_opening_a_name_after_office(span: Span) -> list[Span] | None:
    """ "Deputy Commissioner X A B": a person's span after a district's office (a commissioner, a
    collector: the district is named after the office, in South Asian usage) whose first word is
    a place the gazetteer knows, two name words after it; the place and the person, or None. A
    minister's or a governor's name opening with a town's name is a given name ("Minister Issa
    A B")."""
    doc = span.doc
    if (
        span.label_ != "PERSON"
        or len(span) < 3
        or span.start == 0
        or doc[span.start - 1].text not in _DISTRICT_OFFICES - {"Superintendent"}  # (a police rank too)
        or not all(t.is_title and t.is_alpha for t in span)
    ):
        return None
    first = span[0].text
    if not any(c.exact and c.kind in ("city", "admin") for c in Geocoder().candidates(first)):
        return None
    return [
        Span(doc, span.start, span.start + 1, label="GPE"),
        Span(doc, span.start + 1, span.end, label="PERSON"),
    ]


def _surname_particle_before(prev: Span) -> bool:
    """Whether a person's span ends with a name particle and its hyphen ("Abdul Karim al-"): the
    capitalised word joined after it finishes the person's surname."""
    return (
        prev.label_ == "PERSON"
        and not prev.kb_id_
        and len(prev) >= 3
        and prev[-2].lower_ in NAME_PARTICLES
        and prev[-2].is_lower
        and prev[0].is_title
    )


def _with_particle_names(ents: list[Span]) -> list[Span]:
    """Spans widened over a particle to the place name the gazetteer knows ("Conde" in "Vila do
    Conde", "Vila" before "do Conde"): one town, not a town and a region. Spans the widened
    name covers are dropped."""
    out: list[Span] = []
    for ent in ents:
        if out and out[-1].end > ent.start:
            continue  # inside the name just widened
        widened = _particle_name_around(ent)
        if widened is not None:
            while out and out[-1].end > widened.start:
                out.pop()
            out.append(widened)
        else:
            out.append(ent)
    return out


def _particle_name_around(ent: Span) -> Span | None:
    """The place name "X <particle> Y" (or "X-<particle>-Y") that ``ent`` is X or Y of, when the
    gazetteer knows it as a town under that name; else None."""
    if ent.label_ not in _PLACE_PART_LABELS or ent.kb_id_.startswith("actor:"):
        return None
    doc = ent.doc
    options = []
    if ent.start >= 2 and doc[ent.start - 1].lower_ in _PLACE_PARTICLES and doc[ent.start - 2].is_title:
        options.append((ent.start - 2, ent.end))  # "Vila do" + "Conde"
    if ent.end + 1 < len(doc) and doc[ent.end].lower_ in _PLACE_PARTICLES and doc[ent.end + 1].is_title:
        options.append((ent.start, ent.end + 2))  # "Vila" + "do Conde"
    end = ent.end
    if (
        end + 3 < len(doc)
        and doc[end].text == doc[end + 2].text == "-"
        and doc[end + 1].is_lower
        and len(doc[end + 1]) <= 3
        and doc[end + 3].is_title
    ):
        options.append((ent.start, end + 4))  # "Mazar" + "-i-Sharif", joined by a hyphened particle
    for start, end in options:
        text = doc[start:end].text
        if any(c.kind == "city" for c in Geocoder().candidates(text)):
            return Span(doc, start, end, label="GPE")
    run_on = _particle_name_end(doc, ent.end)
    if ent.label_ in ("GPE", "LOC") and run_on > ent.end:
        return Span(doc, ent.start, run_on, label=ent.label_)  # "Vila" + "do Ibo" left untagged
    return None


def _with_hyphened_names(ents: list[Span]) -> list[Span]:
    """Spans widened to the whole name a hyphen joins them into (:func:`hyphened_extent`):
    "Kaiga" + "-Kindjiria" is one village, "al-Mushki" after "Zaid" one quarter. Spans the
    widened name covers are dropped."""
    out: list[Span] = []
    for ent in ents:
        if out and out[-1].end > ent.start:
            continue  # inside the name just widened
        start, end = hyphened_extent(ent.doc, ent.start, ent.end)
        if (start, end) == (ent.start, ent.end) or ent.label_ in _NOT_NAME_LABELS:
            out.append(ent)
            continue
        popped: list[Span] = []
        while out and out[-1].end > start:
            popped.append(out.pop())
        label, kb_id = ent.label_, ent.kb_id_
        if any(p.start == start and _surname_particle_before(p) for p in popped):
            # "Salem al-" + "Zubairi": the person's family name, though the gazetteer knows a group
            # named for the family ("the Zubairis"); the person keeps it, with no group's entry
            label, kb_id = "PERSON", ""
        if label == "NORP" and not any(t.is_title and _is_people(t.text) for t in ent.doc[start:end]):
            # "Jaish-e-Fursan", "Qarya-e-Kohna" read as a people from their first word: a group
            # when the name opens with a group word, else a place
            label = "ORG" if ent.doc[start].lower_ in _opening_words() else "GPE"
        out.append(Span(ent.doc, start, end, label=label, kb_id=kb_id))
    return out


#: Labels of spans that are no names (a hyphen after them joins no name).
_NOT_NAME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})

#: Hyphens inside one word ("Kaiga-Kindjiria"); a dash with spaces or an en dash joins two names.
_NAME_HYPHENS = frozenset({"-", "\u2011"})


def _hyphen_at(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen with no space on either side, inside a word."""
    if not 0 < i < len(doc) - 1:
        return False
    space = spaces(doc)  # (the cached columns: no Token built)
    return texts(doc)[i] in _NAME_HYPHENS and not space[i - 1] and not space[i]


def _joined_piece(token: Token) -> bool:
    """A lower-case piece between two hyphens inside a name ("-e-", "-ul-", "-et-")."""
    return token.is_lower and token.is_alpha and len(token) <= 3


def _name_before_article(token: Token) -> bool:
    """A capitalised name word that may open a name going on with "al-X" ("Tal", "Suq", "Wadi")."""
    return (
        token.is_title
        and token.is_alpha
        and token.pos_ == "PROPN"
        and bool(token.whitespace_)
        and token.ent_type_ not in _NOT_NAME_LABELS
        and token.ent_type_ != "NORP"
        and not token.ent_kb_id_
        and token.text not in _title_words()
        and token.lower_ not in CALENDAR_WORDS
    )


def _name_word_after_piece(token: Token) -> bool:
    """A capitalised word no entity holds going on with a name joined by a piece ("-e-")."""
    return token.is_title and token.is_alpha and token.pos_ == "PROPN" and not token.ent_type_


def hyphened_extent(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The token range of the whole name around ``doc[start:end]`` when hyphens join it to more
    name words: "Kaiga" in "Kaiga-Kindjiria", "Chari" in "Logone-et-Chari", "Tal" in "Tal
    al-Khadra", "al-Mushki" or "Mushki" in "Zaid al-Mushki" (``hyphened_articles`` of
    entities.yaml). Two names joined before a route or pair noun ("the A-B road", "the A-B
    border") stay apart, as do two countries ("Iraq-Syria"); a range no hyphen touches comes back
    as it is."""
    if not (
        _hyphen_at(doc, end)
        or _hyphen_at(doc, end + 1)
        or _hyphen_at(doc, start - 1)
        or _hyphen_at(doc, start + 1)
    ):
        return start, end  # (every widening below starts from a hyphen at one of these four)
    articles = _word_set("hyphened_articles")
    s, e = start, end
    while e < len(doc) - 1:
        if _hyphen_at(doc, e) and doc[e + 1].is_title and doc[e + 1].is_alpha:
            e += 2  # "Kaiga" + "-Kindjiria"
        elif (
            _hyphen_at(doc, e)
            and _joined_piece(doc[e + 1])
            and _hyphen_at(doc, e + 2)
            and doc[e + 3].is_title
            and doc[e + 3].is_alpha
        ):
            e += 4  # "Logone" + "-et-Chari"
            run = 0
            while e < len(doc) and run < 2 and doc[e - 1].whitespace_ and _name_word_after_piece(doc[e]):
                e, run = e + 1, run + 1  # "Qarya-e-Gul" + "Bagh": a Persian name goes on
        elif (
            doc[e - 1].is_title
            and doc[e - 1].whitespace_
            and doc[e].lower_ in articles
            and doc[e].is_lower
            and _hyphen_at(doc, e + 1)
            and e + 2 < len(doc)
            and doc[e + 2].is_title
        ):
            e += 3  # "Tal" + "al-Khadra"
        else:
            break
    while s > 0:
        if s >= 2 and _hyphen_at(doc, s - 1) and doc[s - 2].is_title and doc[s - 2].is_alpha:
            s -= 2  # "Kaiga-" + "Kindjiria"
        elif s >= 2 and _hyphen_at(doc, s - 1) and doc[s - 2].lower_ in articles and doc[s - 2].is_lower:
            s -= 2  # "al-" + "Mushki"
        elif (
            s >= 4
            and _hyphen_at(doc, s - 1)
            and _joined_piece(doc[s - 2])
            and _hyphen_at(doc, s - 3)
            and doc[s - 4].is_title
            and doc[s - 4].is_alpha
        ):
            s -= 4  # "Logone-et-" + "Chari"
        elif (
            doc[s].lower_ in articles
            and doc[s].is_lower
            and _hyphen_at(doc, s + 1)
            and _name_before_article(doc[s - 1])
        ):
            s -= 1  # "Zaid" + "al-Mushki"
        else:
            break
    if (s, e) == (start, end):
        return start, end
    after = doc[e] if e < len(doc) else None
    if (
        after is not None
        and after.is_lower
        and after.lemma_.lower() in _word_sets("route_nouns", "pair_nouns")
    ):
        return start, end  # "the A-B road": two names
    if sum(t.ent_kb_id_.startswith("country:") for t in doc[s:e]) >= 2:
        return start, end  # "Iraq-Syria": two countries
    return s, e


#: Lower-case particles inside place names ("Vila do Conde", "Rio de Janeiro").
_PLACE_PARTICLES = PLACE_PARTICLES - {"al", "el"}
#: Articles after such a particle: "X de la Y".
_PLACE_ARTICLES = frozenset({"la", "las", "los", "le", "les", "lo"})

#: Labels a part of a place name may carry (the NER often reads a part as another kind).
_PLACE_PART_LABELS = frozenset({"GPE", "LOC", "FAC", "PERSON", "ORG", "PRODUCT", "NORP"})


def _site_compound_after(span: Span) -> bool:
    """ "the Mandan police station", "the Kobo police check post", "the Sani Ali military academy":
    a name before a compound of one or two ``site_modifier_nouns`` whose head is a place noun or
    a ``site_compound_heads`` noun."""
    doc = span.doc
    i = span.end
    modifiers = _word_set("site_modifier_nouns")
    if i + 1 >= len(doc) or doc[i].lower_ not in modifiers:
        return False
    if i + 2 < len(doc) and doc[i + 1].lower_ in modifiers and doc[i + 1].is_lower:
        i += 1  # "police check post": two modifiers before the head
    head = doc[i + 1]
    nouns = _word_sets("place_nouns", "site_compound_heads")
    return head.is_lower and (head.lower_ in nouns or head.lemma_ in nouns)


def _with_country_of(ents: list[Span]) -> list[Span]:
    """ "Election Commission" + "of" + "Pakistan": a body's name that goes on with "of" and a
    country is one organisation ("Electoral Commission of Ghana")."""

    def of_country(ent: Span, country: Span) -> bool:
        doc = ent.doc
        return (
            (of := country.start - 1 - int(doc[country.start - 1].lower_ == "the")) - 1 >= ent.start
            and ent.end <= country.start <= ent.end + 2
            and all(t.lower_ in ("of", "the") for t in doc[ent.end : country.start])
            and doc[of].lower_ == "of"
            and doc[of - 1].is_title
            and org_subtype(doc[of - 1].text) not in ("other", "media")
        )

    return _joined_with_country(ents, of_country)


def _with_seat_of(ents: list[Span]) -> list[Span]:
    """ "Catholic Diocese" + "of" + "X": a body named by its seat (``seat_named_heads``) and the
    place after its "of" are one organisation, whatever kind of place the seat is."""
    heads = _word_set("seat_named_heads")

    def of_seat(ent: Span, seat: Span) -> bool:
        return (
            ent[-1].text in heads
            and seat.label_ in ("GPE", "LOC")
            and seat.start == ent.end + 1
            and ent.doc[ent.end].lower_ == "of"
        )

    return _joined_with_next(ents, of_seat)


def _joined_with_country(ents: list[Span], joins: Callable[[Span, Span], bool]) -> list[Span]:
    """``ents`` with each untyped organisation's span joined to the country span right after it
    (one ORG span) where ``joins(organisation, country)`` says the country belongs to its name."""
    return _joined_with_next(
        ents, lambda ent, nxt: not ent.kb_id_ and nxt.kb_id_.startswith("country:") and joins(ent, nxt)
    )


def _joined_with_next(ents: list[Span], joins: Callable[[Span, Span], bool]) -> list[Span]:
    """``ents`` with each organisation's span joined to the entity span right after it (one ORG
    span) where ``joins(organisation, next)`` says the next name belongs to the organisation's."""
    out: list[Span] = []
    skip: set[int] = set()
    for k, ent in enumerate(ents):
        if k in skip:
            continue
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if nxt is not None and ent.label_ == "ORG" and joins(ent, nxt):
            out.append(Span(ent.doc, ent.start, nxt.end, label="ORG"))
            skip.add(k + 1)
        else:
            out.append(ent)
    return out


def _with_untagged_tail(ent: Span) -> Span:
    """ "Dera" + untagged "Bugti" + "village": the place name runs on to the place noun; "Cho" +
    "-airong" + "district": so does a name joined by a hyphen to a lower-case part; "in" + untagged
    "Let" + "Pan Taw" + "village": it runs back over a capitalised word the NER left out."""
    doc = ent.doc
    end = ent.end
    if (
        ent.label_ in ("GPE", "LOC", "FAC", "PERSON", "ORG")
        and end + 2 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
        and doc[end + 1].is_lower
        and doc[end + 2].is_lower
        and doc[end + 2].lemma_ in _word_set("place_nouns")
    ):
        return Span(doc, ent.start, end + 2, label="GPE")
    start = ent.start
    if (
        ent.label_ in ("GPE", "LOC", "PERSON", "ORG")
        and start >= 2
        and end < len(doc)
        and doc[end].is_lower
        and doc[end].lemma_ in _word_set("settlement_nouns")
        and doc[start - 1].is_title
        and not doc[start - 1].ent_type_
        and doc[start - 2].lower_ in ("in", "at", "near", "of")
    ):
        return Span(doc, start - 1, end, label="GPE")  # "in" + untagged "Let" + "Pan Taw" + "village"
    if (
        ent.kb_id_
        or ent.label_ not in ("GPE", "LOC", "FAC", "PERSON", "ORG")
        or end + 1 >= len(doc)
        or not doc[end].is_title
        or doc[end].ent_type_
        or doc[end].pos_ != "PROPN"
    ):
        return ent
    nxt = doc[end + 1]
    if nxt.is_lower and nxt.lemma_ in _word_set("place_nouns"):
        return Span(doc, ent.start, end + 1, label="GPE")
    return ent


#: NER labels of a name a landform head joins: places, and the peoples and persons the NER
#: reads a river's or a lake's name as ("Lake X" tagged a people, "the Y River" a man).
_LANDFORM_NAME_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "PERSON"})


def _with_landform_head(ent: Span) -> Span:
    """ "Lake" + "X", "Y" + "Pass", "Jabal" + "Z": a capitalised head of a land or water form
    (``landform_heads_before``, ``landform_heads_after``) the NER left out of the name next to it
    makes one site's name with it, even when the gazetteer knows the bare name as a town or a
    country ("the Z River" is no country). The head must be untagged, and a place name, a
    people's or a person's, never an organisation's. A name the NER tagged whole with its head
    ("Lake X" read as a people) is a place as it stands."""
    doc = ent.doc
    if ent.label_ not in _LANDFORM_NAME_LABELS or not all(t.is_title or t.is_upper for t in ent):
        return ent
    start, end = ent.start, ent.end
    if len(ent) > 1 and (
        ent[0].text in _word_set("landform_heads_before") or ent[-1].text in _word_set("landform_heads_after")
    ):
        return ent if ent.label_ in ("GPE", "LOC", "FAC") else Span(doc, start, end, label="LOC")
    if (
        start > 0
        and doc[start - 1].text in _word_set("landform_heads_before")
        and not doc[start - 1].ent_type_
    ):
        start -= 1
    elif end < len(doc) and doc[end].text in _word_set("landform_heads_after") and not doc[end].ent_type_:
        end += 1
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label="LOC")


def _body_word(token: Token) -> bool:
    """A capitalised head word of an organisation's name ("Court", "Division", "Council")."""
    return token.is_title and (
        token.text in _word_set("long_name_heads") or org_subtype(token.text) not in ("other", "media")
    )


def _with_possessive_body(ent: Span) -> Span:
    """An organisation named with a possessive, widened to the whole name: "the Matara
    Magistrate's" + untagged "Court" runs on to the body word; "Media Division" after an
    untagged "Governor's" runs back over the office that owns it ("the Governor's Media
    Division"). A country's or person's possessive ("Ruritania's Senate") stays out."""
    if ent.kb_id_ or ent.label_ != "ORG":
        return ent
    doc = ent.doc
    start, end = ent.start, ent.end
    if ent[-1].tag_ == "POS" and len(ent) > 1:
        at = end
        while at < len(doc) and at - ent.end < 3 and doc[at].is_title and not doc[at].ent_type_:
            at += 1
            if _body_word(doc[at - 1]):
                end = at
    if (
        start >= 2
        and doc[start - 1].tag_ == "POS"
        and doc[start - 2].lower_ in bare_title_words()
        and doc[start - 2].is_title
        and not doc[start - 2].ent_type_
        and _body_word(ent[-1])
    ):
        start -= 2
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label="ORG")


#: Kinds of body whose head word ends a name that is never a person's ("Task Force", "Council").
_BODY_SUBTYPES = frozenset({"military", "government", "intelligence", "international"})


def _body_with_its_modifier(ent: Span) -> Span:
    """A name ending in a body's head word ("Task Force", "Security Council") that the NER
    tagged without the capitalised word before it ("Special" + "Task Force"), or tagged as a
    person, a product or a title: one organisation with that word ("Special Task Force").
    The word must be untagged, no nationality, no title word of a person before a name, and
    hang on the name."""
    doc = ent.doc
    if ent.kb_id_ or ent.label_ in ("GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "CARDINAL") or len(ent) > 6:
        return ent
    if org_subtype(ent.text) not in _BODY_SUBTYPES or not ent[-1].is_title:
        return ent
    start = ent.start
    while start > 0 and start > ent.start - 2:
        word = doc[start - 1]
        if (
            not word.is_title
            or word.ent_type_
            or word.pos_ not in ("PROPN", "ADJ")
            or word.lower_ in ontology.demonyms()
            or word.lower_ in CALENDAR_WORDS
            or not (
                ent.start <= word.head.i < ent.end  # "Special" hung on "Force"
                or (word.dep_ == "compound" and word.head.i == ent.root.head.i)  # or on what it modifies
            )
        ):
            break
        start -= 1
    if start == ent.start and ent.label_ == "ORG":
        return ent
    return Span(doc, start, ent.end, label="ORG")


def _with_untagged_head(ent: Span) -> Span:
    """ "spokesperson" + untagged "A" + "B C": a person's name runs back over a
    capitalised given name the NER left out when the parser hangs it on the name (no title
    word, no other name before it)."""
    doc = ent.doc
    start = ent.start
    if ent.kb_id_ or ent.label_ != "PERSON" or start == 0 or len(ent) > 3:
        return ent
    first = doc[start - 1]
    if (
        not first.is_title
        or first.pos_ != "PROPN"
        or first.ent_type_
        or first.dep_ != "compound"
        or not ent.start <= first.head.i < ent.end
        or first.lower_.rstrip(".") in bare_title_words()
        or first.lower_ in ontology.demonyms()
    ):
        return ent
    before = doc[start - 2] if start >= 2 else None
    if before is not None and before.is_title and not before.is_sent_start:
        return ent  # "Governor Aminu ...": the title reader's; "Kano Aminu ...": unclear
    return Span(doc, start - 1, ent.end, label="PERSON")


def _site_name_words(span: Span) -> bool:
    """Whether a span is capitalised words closed by a site word ("State University", "General
    Hospital"): the rest of a site's name when a place name stands right before it."""
    words = span.text.split()
    return all(w[:1].isupper() for w in words) and (
        words[-1] in _word_set("site_words") or " ".join(words[-2:]) in _word_set("site_words")
    )


def _body_after_place(ent: Span) -> Span | None:
    """ "Lake Chad Basin" + "Commission", "Kenya Coast Guard" + "Service", "Ruritania Red
    Crescent" + "Society": a place name followed by capitalised words ending in an
    organisation's head word (a body's, or one of long names') is that organisation."""
    doc = ent.doc
    end = ent.end
    while end < len(doc) and end - ent.end < 4 and doc[end].is_title and not doc[end].ent_type_:
        end += 1
    while end > ent.end and doc[end - 1].text not in _STATE_BODY_HEADS:
        if org_subtype(doc[end - 1].text) not in ("other", "media") or doc[end - 1].text in _word_set(
            "long_name_heads"
        ):
            break  # "Ruritania Red Crescent Society": a head word of long names closes one too
        end -= 1  # "Pakistan Army Chief": the body is "Pakistan Army"
    if end == ent.end or (end == ent.end + 1 and doc[ent.end].text in ("Coast", "Air")):
        return None
    return Span(doc, ent.start, end, label="ORG")


def _split_place_list(span: Span) -> list[Span]:
    """ "Dara, Kotli and Bagh" tagged as one place: three places; so is "A and B" with no comma
    (:func:`_split_known_pair`)."""
    pair = _split_known_pair(span)
    if pair:
        return pair
    if span.kb_id_ or span.label_ not in ("GPE", "LOC", "ORG", "PERSON") or len(span) < 4:
        return [span]
    doc = span.doc
    if not any(t.lower_ in ("and", "or") for t in span) or not any(t.text == "," for t in span):
        return [span]
    parts: list[Span] = []
    start = span.start
    for token in span:
        if token.text == "," or token.lower_ in ("and", "or"):
            if token.i > start:
                parts.append(Span(doc, start, token.i, label=span.label_))
            start = token.i + 1
    if start < span.end:
        parts.append(Span(doc, start, span.end, label=span.label_))
    if all(p[0].is_title for p in parts) and (
        span.label_ in ("GPE", "LOC") or all(len(p) <= 3 for p in parts)
    ):
        return parts
    return [span]


def _split_known_pair(span: Span) -> list[Span]:
    """ "A and B" tagged as one name ("the rural area around A and B", "the road between A and
    B"), where A and B are each a known town or division, or one is and a preposition of two
    places comes before (``pair_place_preps``), and the whole names no known place ("Trinidad and
    Tobago" stays one): the two places, or [] when the span is no such pair."""
    if span.kb_id_ or span.label_ not in ("GPE", "LOC", "FAC", "ORG", "PERSON") or len(span) < 3:
        return []
    joins = [t.i for t in span if t.lower_ == "and"]
    if len(joins) != 1 or any(t.text == "," for t in span):
        return []
    doc, cut = span.doc, joins[0]
    start = span.start + int(span[0].lower_ == "the")
    parts = [Span(doc, start, cut, label="GPE"), Span(doc, cut + 1, span.end, label="GPE")]
    if any(not 1 <= len(p) <= 3 or not all(t.is_title for t in p) for p in parts):
        return []
    geocoder = Geocoder()
    if any(c.exact for c in geocoder.candidates(doc[start : span.end].text)):
        return []
    known = [any(c.exact and c.kind in ("city", "admin") for c in geocoder.candidates(p.text)) for p in parts]
    before = doc[start - 1].lower_ if start > 0 else ""
    if all(known) or (any(known) and before in _word_set("pair_place_preps")):
        return parts  # (one unknown side will do after "between", "around", "linking")
    return []


#: Head words of bodies named by the country they sit in ("the UN Mission in South Sudan").
_SEATED_BODIES = frozenset({"Mission", "Embassy", "Consulate", "Delegation", "Office", "Representation"})


def _split_at_in(span: Span) -> list[Span]:
    """ "Lafayette Hotel in Bosaso" tagged as one name: the site and the known town it is in."""
    if span.kb_id_ or len(span) < 3:
        return [span]
    doc = span.doc
    low = lowers(doc)  # (the cached column: no Token built per word of every name)
    cut = next((i for i in range(span.start + 1, span.end - 1) if low[i] in ("in", "near", "outside")), None)
    if cut is None:
        return [span]
    tail = doc[cut + 1 : span.end]
    if not any(c.exact for c in Geocoder().candidates(tail.text)):
        return [span]
    if span.label_ == "ORG" and doc[cut - 1].text in _SEATED_BODIES:
        return [span]  # "UN Support Mission in Libya", "Embassy in Kabul": a body named by its seat
    return [Span(doc, span.start, cut, label=span.label_), Span(doc, cut + 1, span.end, label="GPE")]


def _split_at_possessive(span: Span) -> list[Span]:
    """ "Tarnow's Old Quarter", "Kavre’s Dhulikhel": a known place, a possessive and a name no body
    word heads are two places, the town and the part of it (a body keeps the possessive:
    "Chad's Defence Ministry", "the Tigray People's Front")."""
    doc = span.doc
    tag, text = tags(doc), texts(doc)  # (the cached columns: no Token built per word of every name)
    cut = next(
        (i for i in range(span.start + 1, span.end - 1) if tag[i] == "POS" or text[i] in ("'s", "’s")), None
    )
    if cut is None or span.kb_id_:
        return [span]
    owner = doc[span.start + int(span[0].lower_ == "the") : cut]
    part = doc[cut + 1 : span.end]
    if (
        not len(owner)
        or not part[0].is_title
        or org_subtype(part.text) != "other"
        or _military_unit(part.text.split())
    ):
        return [span]
    if not any(c.exact and c.kind in ("country", "admin", "city") for c in Geocoder().candidates(owner.text)):
        return [span]
    if any(c.exact for c in Geocoder().candidates(doc[owner.start : span.end].text)):
        return [span]  # "Cox's Bazar": a town the gazetteer knows by the whole name
    return [Span(doc, owner.start, owner.end, label="GPE"), Span(doc, part.start, part.end, label="GPE")]


def _split_place_pair(span: Span) -> list[Span]:
    """ "Kalat-Khuzdar": two known towns, or the ends of a road ("the A-B highway"),
    are two place mentions, not one place."""
    start = span.start + int(span[0].lower_ in ("the", "a"))
    doc = span.doc
    end = span.end
    if (
        end - start == 1
        and end + 2 < len(doc)
        and doc[end].text in ("-", "–")
        and doc[end + 1].is_title
        and not doc[end + 1].ent_type_
        and doc[end + 2].lemma_.lower() in _word_set("route_nouns")
    ):
        return [span, Span(doc, end + 1, end + 2, label="GPE")]  # "Kalat-Khuzdar highway", one end tagged
    if span.kb_id_ or span.end - start != 3 or doc[start + 1].text not in ("-", "–"):
        return [span]
    sides = [doc[start], doc[start + 2]]
    if not all(t.is_title for t in sides) or _opens_a_compound(sides[0]):
        if sides[0].lower_ in _folded_set("compound_prefixes") and sides[1].is_title:
            return [Span(doc, sides[1].i, sides[1].i + 1, label="GPE")]  # "Trans-Sahara": the Sahara
        return [span]
    route = span.end < len(doc) and doc[span.end].lemma_.lower() in _word_set("route_nouns")
    joined = doc[start : span.end].text
    if not route and any(c.exact and c.kind in ("city", "admin") for c in Geocoder().candidates(joined)):
        return [span]  # "Centre-Nord", "Ouham-Pendé": a division's own hyphenated name, not two places
    known = all(
        any(c.exact and c.kind in ("city", "admin") for c in Geocoder().candidates(t.text)) for t in sides
    )
    if not (known or route):
        return [span]
    return [Span(doc, t.i, t.i + 1, label="GPE") for t in sides]


def _opens_a_compound(token: Token) -> bool:
    """Whether a word before a hyphen opens one name rather than naming a place of its own: an
    article ("Al-Hol", "El-Fasher": ``hyphened_articles``) or a prefix ("Trans-Sahara",
    "Pan-Sahel": ``compound_prefixes`` of entities.yaml)."""
    low = token.lower_
    return low in _word_set("hyphened_articles") or low in _folded_set("compound_prefixes")


def _with_defined_acronyms(doc: Doc) -> list[Span]:
    """``doc.ents`` with "The Armed Forces of the Philippines (AFP)" read as the text defines it.

    A parenthesised acronym whose letters are the initials of the capitalised
    words just before it names those words: the long form becomes one
    organisation (replacing the pieces the NER cut it into) and the acronym
    loses any gazetteer reading it has elsewhere (AFP the news agency).
    """
    ents = list(doc.ents)
    defined: list[Span] = []
    for token in matching(doc[:], (), ("(",)):
        suffixed = _suffixed_acronym(doc, token.i)
        if suffixed is not None:
            defined += suffixed
            continue
        if token.text != "(" or token.i + 2 >= len(doc) or doc[token.i + 2].text != ")":
            continue
        short = doc[token.i + 1]
        if not _is_acronym(short.text):
            continue
        long = _long_form(doc, token.i, short.text)
        near = [e for e in ents if token.i - 10 < e.end and e.start <= short.i]
        if long is None and not any(e.kb_id_ and e.label_ == "ORG" for e in near):
            long = _long_form(doc, token.i, short.text, syllables=True)  # "CODECO": no known group near
        if long is None:
            continue
        long = _with_parent_acronym(_with_local_premodifier(long))
        inside = [e for e in ents if e.start < long.end and e.end > long.start]
        if len(long) < 2 or any(e.kb_id_ and e.start == long.start and e.end == long.end for e in inside):
            continue  # a name the gazetteer knows keeps its own acronym
        whole_place = any(
            e.start == long.start and e.end == long.end and e.label_ in ("GPE", "LOC") for e in inside
        )
        label = "GPE" if whole_place else "ORG"
        defined.append(Span(doc, long.start, long.end, label=label))
        defined.append(Span(doc, short.i, short.i + 1, label=label))
    if not defined:
        return ents
    taken = {i for span in defined for i in range(span.start, span.end)}
    kept = [e for e in ents if not any(i in taken for i in range(e.start, e.end))]
    kept += [head for e in ents if (head := _unit_before_of(e, taken)) is not None]
    return sorted([*kept, *defined], key=lambda e: e.start)


#: Dashes that join a qualifier to a group's name ("X Movement–North", "Y Movement-in-Opposition").
_QUALIFIER_DASHES = frozenset({"-", "\u2010", "\u2011", "\u2013", "\u2014"})


def _suffixed_acronym(doc: Doc, paren: int) -> list[Span] | None:
    """The long form and the acronym of "... Liberation Movement–North (LM-N)": an acronym with
    a dash and a qualifier's initials in brackets, after the name whose capitalised words spell
    the acronym, joined by a dash to the qualifier's words ("–North", "-in-Opposition"); both as
    organisations, or None."""
    n = len(doc)
    if paren + 4 >= n or doc[paren + 4].text != ")" or doc[paren + 2].text not in _QUALIFIER_DASHES:
        return None
    short, qualifier = doc[paren + 1], doc[paren + 3]
    if not _is_acronym(short.text) or not (qualifier.is_upper and qualifier.is_alpha and len(qualifier) <= 3):
        return None
    for dash in range(paren - 2, max(0, paren - 6), -1):
        if doc[dash].text not in _QUALIFIER_DASHES:
            continue
        words = [t.text for t in doc[dash + 1 : paren] if t.is_alpha]
        if "".join(w[0] for w in words).upper() != qualifier.text:
            continue
        long = _long_form(doc, dash, short.text)
        if long is None or len(long) < 2:
            return None
        return [Span(doc, long.start, paren, label="ORG"), Span(doc, paren + 1, paren + 4, label="ORG")]
    return None


def _unit_before_of(ent: Span, taken: set[int]) -> Span | None:
    """The unit's head an organisation span the NER ran on with "of" into a defined long form
    opens with ("[Front of the] Frente Unido (FU)"): "Front" as an organisation (the ordinal
    before it is taken in later, :func:`_with_unit_numbers`), or None."""
    doc = ent.doc
    if ent.label_ != "ORG" or len(ent) < 3 or ent[0].i in taken:
        return None
    if ent[0].text not in _word_set("unit_heads") or ent[1].lower_ != "of":
        return None
    after = ent.start + 2 + int(ent[2].lower_ == "the")
    if after not in taken:
        return None
    return Span(doc, ent.start, ent.start + 1, label="ORG")


def _with_untagged_groups(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` plus the names the NER left out that open with a group word and run on in
    capitalised words ("Liwa Fatemiyoun", "Katibat Macina"): organisations."""
    opening = _opening_words()
    taken = {i for e in ents for i in range(e.start, e.end)}
    found: list[Span] = []
    for token in matching(doc[:], (), opening):
        i = token.i
        if i in taken or not token.is_title or (found and i < found[-1].end):
            continue
        end = i + 1
        while end < len(doc) and end - i < 5 and end not in taken and _group_name_word(doc[end]):
            end += 1
        if end - i >= 2 and doc[end - 1].is_title:
            found.append(Span(doc, i, end, label="ORG"))
    found += _untagged_gangs(doc, taken | {i for span in found for i in range(span.start, span.end)})
    found += _apposed_group_names(doc, taken | {i for span in found for i in range(span.start, span.end)})
    # a word the NER read as a people may name a group before "forces"; a place word may open one
    peoples = {i for e in ents if e.label_ == "NORP" for i in range(e.start, e.end)}
    places = {i for e in ents if e.label_ in ("GPE", "LOC", "NORP") for i in range(e.start, e.end)}
    used = {i for span in found for i in range(span.start, span.end)}
    fighters = _untagged_fighter_groups(doc, (taken - peoples) | used)
    used |= {i for span in fighters for i in range(span.start, span.end)}
    fighters += _untagged_member_groups(doc, (taken - places) | used, places)
    used |= {i for span in fighters for i in range(span.start, span.end)}
    fighters += _untagged_bodies(doc, taken | used)
    used |= {i for span in fighters for i in range(span.start, span.end)}
    fighters += _untagged_unit_names(doc, taken | used)
    if not found and not fighters:
        return ents
    ents = [e for e in ents if not any(f.start < e.end and e.start < f.end for f in fighters)]
    return sorted([*ents, *found, *fighters], key=lambda e: e.start)


def _with_hyphen_group_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with the transliterated names of groups that hyphens join through a lower-case
    piece ("Jamaat-ul-Ahrar", "Hizb-i Wahdat", with up to two capitalised words after them:
    "Tanzim-ul-Fuqara Pakistan") read whole as organisations, in place of the pieces the NER
    tagged in them ("Pakistan" alone) or left out. Only a name its context makes a group: a
    group noun right after it ("the X-i Y movement"), an apposition calling it one ("X-ul-Y,
    an alliance of ..."), a group word opening it (``org_opening_words``) or a country closing
    it; "Zia-ul-Rahman said" (a man) is left as it is. A name a gazetteer entry already covers
    whole is kept."""
    found = [span for span in _hyphen_chains(doc) if _group_by_its_context(span)]
    if not found:
        return ents
    found = [
        f
        for f in found
        if not any(
            (e.kb_id_ or (e.label_ == "ORG" and e.start < f.start)) and e.start <= f.start and f.end <= e.end
            for e in ents
        )  # (a known name, or a longer organisation's: "Jamiat" + "Ulema-e-X")
    ]
    kept = [e for e in ents if not any(f.start < e.end and e.start < f.end for f in found)]
    return sorted([*kept, *found], key=lambda e: e.start)


def _hyphen_chains(doc: Doc) -> list[Span]:
    """Names of capitalised words joined by hyphens through at least one lower-case piece
    ("X-ul-Y", "X-e-Y", "X-i Y"), with up to two capitalised proper nouns written after them."""
    out: list[Span] = []
    i = 0
    n = len(doc)
    title = title_flags(doc)
    while i < n:
        if not (title[i] and doc[i].is_alpha and _hyphen_at(doc, i + 1)):  # (the column first)
            i += 1
            continue
        end, pieces = i + 1, 0
        while end + 1 < n and _hyphen_at(doc, end):
            after = doc[end + 1]
            if after.is_title and after.is_alpha:
                end += 2  # "X-Y"
            elif (
                _joined_piece(after)
                and _hyphen_at(doc, end + 2)
                and end + 3 < n
                and _name_piece(doc[end + 3])
            ):
                end, pieces = end + 4, pieces + 1  # "X-ul-Y"
            elif _joined_piece(after) and after.whitespace_ and end + 2 < n and _name_piece(doc[end + 2]):
                end, pieces = end + 3, pieces + 1  # "X-i Y"
            else:
                break
        if pieces:
            run = 0
            while (
                end < n
                and run < 2
                and doc[end - 1].whitespace_
                and _name_piece(doc[end])
                and doc[end].pos_ == "PROPN"
            ):
                end, run = end + 1, run + 1
            out.append(Span(doc, i, end, label="ORG"))
        i = max(end, i + 1)
    return out


def _name_piece(token: Token) -> bool:
    """A capitalised word of letters."""
    return token.is_title and token.is_alpha


def _group_by_its_context(span: Span) -> bool:
    """Whether the context of a hyphen-joined name makes it a group (:func:`_with_hyphen_group_names`)."""
    doc = span.doc
    nouns = _word_sets("group_nouns_after_names", "group_nouns_right_after_names")
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.is_lower and after.lower_ in nouns | _word_set("written_group_nouns"):
        return True
    if span[0].lower_ in _opening_words():
        return True
    if any(
        c.dep_ == "appos" and c.i >= span.end and c.is_lower and c.lemma_.lower() in nouns
        for t in span
        for c in t.children
    ):
        return True
    last = span[-1]
    return last.i > span.start + 2 and any(
        c.exact and c.kind == "country" for c in Geocoder().candidates(last.text)
    )


#: Opening and closing quotation marks around a name.
_OPEN_QUOTES = frozenset({'"', "“", "‘", "'"})
_CLOSE_QUOTES = frozenset({'"', "”", "’", "'"})


def _with_quoted_aliases(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with the quoted name a person goes by read whole as a PERSON, in place of what
    the NER tagged inside the quotes: "a commander known as "X Y"", "a man who calls himself "Z""
    (a cue of ``alias_cues``, the nearest noun before it one of ``person_nouns`` or
    ``alias_person_nouns``, one to four capitalised words between quotation marks). A person
    named before the cue ("A B, known as "C"") keeps the nickname as no new person: the nearest
    noun is the name, no person noun."""
    found = [span for span in (_quoted_alias(doc, cue_end) for cue_end in _alias_cue_ends(doc)) if span]
    if not found:
        return ents
    taken = {i for span in found for i in range(span.start, span.end)}
    kept = [e for e in ents if not any(i in taken for i in range(e.start, e.end))]
    return sorted([*kept, *found], key=lambda e: e.start)


def _alias_cue_ends(doc: Doc) -> list[int]:
    """Token indices right after each ``alias_cues`` phrase ("known as", "calls himself")."""
    cues = [cue.split() for cue in _word_set("alias_cues")]
    low = lowers(doc)
    return [
        t.i + len(cue)
        for t in matching(doc[:], (), {cue[0] for cue in cues})
        for cue in cues
        if low[t.i : t.i + len(cue)] == cue
    ]


def _quoted_alias(doc: Doc, start: int) -> Span | None:
    """The PERSON span of a quoted name at ``start`` after an alias cue, or None."""
    if start + 2 >= len(doc) or doc[start].text not in _OPEN_QUOTES:
        return None
    end = start + 1
    while end < len(doc) and end - start <= 4 and (doc[end].is_title or doc[end].text in ("-", "al", "el")):
        end += 1
    if end < start + 2 or end >= len(doc) or doc[end].text not in _CLOSE_QUOTES or not doc[end - 1].is_title:
        return None
    nouns = _word_sets("person_nouns", "alias_person_nouns")
    cue = start - 1
    while cue > 0 and doc[cue].pos_ not in ("NOUN", "PROPN"):
        cue -= 1
        if start - cue > 6 or doc[cue].text in (".", ";", "\n"):
            return None
    if doc[cue].lemma_.lower() not in nouns:
        return None  # "a group known as "X"", "an area known as "Y"", "A B, known as "C"": no new person
    return Span(doc, start + 1, end, label="PERSON")  # "a man known as "X"": the man, by his one name


def _with_media_arms(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with the names of a group's media arms read whole as organisations, in place of
    whatever the NER tagged there (a people, a person) or left out: "its X media arm", "their
    X news agency", "its media arm, X," (``media_arm_heads`` + ``media_arm_nouns``). The name is
    capitalised words or one word with a hyphened article ("az-X"), at most four words."""
    found = [span for span in (_media_arm_name(doc, noun) for noun in _media_arm_nouns(doc)) if span]
    if not found:
        return ents
    taken = {i for span in found for i in range(span.start, span.end)}
    kept = [e for e in ents if not any(i in taken for i in range(e.start, e.end))]
    return sorted([*kept, *found], key=lambda e: e.start)


def _person_alias(span: Span) -> bool:
    """Whether a quoted name is the one a person goes by (see :func:`_with_quoted_aliases`): a
    person's nickname is that person, where a town's is no entity."""
    if span.start < 1 or span.start - 1 not in _alias_cue_ends(span.doc):
        return False
    found = _quoted_alias(span.doc, span.start - 1)
    return found is not None and (found.start, found.end) == (span.start, span.end)


def _media_arm_nouns(doc: Doc) -> list[Token]:
    """The nouns of a media arm ("arm", "agency") right after a ``media_arm_heads`` word."""
    heads = _word_set("media_arm_heads")
    return [
        t
        for t in matching(doc[:], (), _word_set("media_arm_nouns"))
        if t.i > 0 and t.is_lower and doc[t.i - 1].lower_ in heads and doc[t.i - 1].is_lower
    ]


def _media_arm_name(doc: Doc, noun: Token) -> Span | None:
    """The arm's name around its noun: between "its"/"their" and "media arm", or after
    "its media arm," and before the next comma; None when no name is written there."""
    head = noun.i - 1
    end = head
    start = end
    while start > 0 and end - start < 4 and _media_name_word(doc, start - 1):
        start -= 1
    if start < end and start > 0 and doc[start - 1].lower_ in ("its", "their"):
        return _media_span(doc, start, end)
    if (
        head > 0
        and doc[head - 1].lower_ in ("its", "their")
        and noun.i + 2 < len(doc)
        and doc[noun.i + 1].text == ","
    ):
        start = end = noun.i + 2
        while end < len(doc) and end - start < 4 and _media_name_word(doc, end):
            end += 1
        if end > start and end < len(doc) and doc[end].text == ",":
            return _media_span(doc, start, end)
    return None


def _media_name_word(doc: Doc, i: int) -> bool:
    """A word of a media arm's name: capitalised, a hyphen inside a word, or a lower-case
    hyphened article before a hyphen ("az" of "az-X")."""
    token = doc[i]
    if token.text == "-":
        return 0 < i < len(doc) - 1 and not token.whitespace_ and not doc[i - 1].whitespace_
    if token.lower_ in _word_set("hyphened_articles") and i + 1 < len(doc) and doc[i + 1].text == "-":
        return not token.whitespace_
    return token.is_title or (token.is_upper and token.is_alpha)


def _media_span(doc: Doc, start: int, end: int) -> Span | None:
    """The name as an ORG span, when it ends in a capitalised word and holds no nationality word."""
    words = doc[start:end]
    if not words[-1].is_title and not words[-1].is_upper:
        return None
    if any(t.lower_ in ontology.demonyms() or t.lower_ in CALENDAR_WORDS for t in words):
        return None  # "its Somali news agency", "its Friday media office"
    return Span(doc, start, end, label="ORG")


def _media_arm(span: Span) -> bool:
    """Whether a name is written as a group's media arm somewhere (see :func:`_with_media_arms`)."""
    return any(
        (found := _media_arm_name(span.doc, noun)) is not None and found.text == span.text
        for noun in _media_arm_nouns(span.doc)
    )


#: Verbs of a group naming itself: "a group calling itself the X", "an outfit that calls itself X".
def _with_self_named_groups(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with the name after "calling itself" ("a group calling itself the X Front (Y)")
    read whole as an organisation, in place of the pieces the NER tagged in it."""
    found: list[Span] = []
    exact = {(e.start, e.end) for e in ents}
    for token in matching(doc[:], (), frozenset({"itself", "themselves"})):
        if token.i == 0 or doc[token.i - 1].lemma_.lower() not in self_naming_verbs():
            continue
        if doc[token.i - 1].head.pos_ != "NOUN":
            continue  # "The Varnis, who call themselves X": another name of a named group (an alias)
        start = token.i + 1
        if start < len(doc) and doc[start].lower_ == "the":
            start += 1
        end = start
        while end < len(doc) and end - start < 8 and (doc[end].is_title or doc[end].is_upper):
            end += 1
            while end + 1 < len(doc) and doc[end].text in ("-", "'") and doc[end + 1].is_title:
                end += 2  # "Jama'at", "Ahl-e-Sunnat"
        if end - start >= 2 and (start, end) not in exact:
            found.append(Span(doc, start, end, label="ORG"))
    if not found:
        return ents
    taken = {i for span in found for i in range(span.start, span.end)}
    kept = [e for e in ents if not any(i in taken for i in range(e.start, e.end))]
    return sorted([*kept, *found], key=lambda e: e.start)


#: Group nouns that, in an apposition, make no group of the name ("X, a rebel", "the insurgency").
_NOT_APPOSED_GROUP_NOUNS = frozenset({"rebel", "insurgent", "insurgency"})


@cache
def _apposed_group_nouns() -> frozenset[str]:
    """``group_nouns_after_names`` of entities.yaml but :data:`_NOT_APPOSED_GROUP_NOUNS`: the nouns
    an apposition calls a group by."""
    return _word_set("group_nouns_after_names") - _NOT_APPOSED_GROUP_NOUNS


#: Where :func:`_group_apposition_heads` keeps its answer: ``(the parse index read, the heads)``.
_GROUP_APPOSITIONS = "nexus_group_apposition_heads"


def _group_apposition_heads(doc: Doc) -> frozenset[int]:
    """The indices of the tokens of ``doc`` that an apposition headed by a group noun
    (:func:`_apposed_group_nouns`) hangs on: every token :func:`_apposed_group_noun` can hold of
    (and a few it does not, for want of the determiner). Read once per parse of the Doc (a mended
    parse has a new :func:`parse_index`, and is read again)."""
    index = parse_index(doc)
    found: tuple[ParseIndex, frozenset[int]] | None = doc.user_data.get(_GROUP_APPOSITIONS)
    if found is None or found[0] is not index:
        nouns, lems, lows, deps = _apposed_group_nouns(), index.lemmas, index.lowers, index.deps
        heads = frozenset(
            index.heads[j]
            for j in range(len(doc))
            if deps[j] == "appos" and (lems[j] in nouns or lows[j] in nouns)
        )
        found = doc.user_data[_GROUP_APPOSITIONS] = (index, heads)
    return found[1]


def _apposed_group_noun(token: Token, determiners: tuple[str, ...] = ("a", "an")) -> bool:
    """Whether an apposition after a name's head ``token`` calls it a group: "X, a militia ...",
    "X, an armed movement" (a group noun from ``group_nouns_after_names`` under one of
    ``determiners``), not a person's role ("X, a senior cadre of the group")."""
    nouns = _apposed_group_nouns()
    return any(
        c.dep_ == "appos"
        and c.i > token.i
        and c.is_lower
        and (c.lemma_.lower() in nouns or c.lower_ in nouns)
        and any(d.dep_ == "det" and d.lower_ in determiners for d in c.children)
        for c in token.children
    )


def _apposed_group_somewhere(span: Span) -> bool:
    """Whether an apposition calls the name a group at this or another mention of the same
    words in the document ("X, a militia ..., claimed ...; X denied it")."""
    doc, n = span.doc, len(span)
    words = texts(doc)
    own = words[span.start : span.end]
    last = own[-1]
    # (only the heads of group-noun appositions can be such a mention's last word: no scan of the Doc)
    return any(
        words[i - n + 1 : i + 1] == own and _apposed_group_noun(doc[i])
        for i in sorted(_group_apposition_heads(doc))
        if i >= n - 1 and words[i] == last
    )


def _listed_under_group_noun(span: Span) -> bool:
    """Whether the name is a member of an including-list under a plural group noun ("several
    militias in the region, including X and Y"; the list may hang on a phrase after the noun)."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "including A, B and C"
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("including", "like"):
        return False
    nouns = _apposed_group_nouns()

    def group_noun(t: Token) -> bool:
        named = t.tag_ == "NNS" and t.is_lower and (t.lemma_.lower() in nouns or t.lower_ in nouns)
        return named and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in t.children
        )  # "groups of villagers"

    head = prep.head
    for _ in range(3):  # the group noun, or the noun of a phrase hung on it ("militias in the region")
        if group_noun(head):
            return True
        if head.pos_ == "VERB":  # "backs armed groups across the border, including X"
            return any(c.dep_ == "dobj" and group_noun(c) for c in head.children)
        if head.dep_ != "pobj" or head.head.dep_ != "prep":
            return False
        head = head.head.head
    return False


def _apposed_group_names(doc: Doc, taken: set[int]) -> list[Span]:
    """Capitalised names the NER left out that an apposition calls a group ("Kel Tamasheq, a
    militia active in ...", "X, an armed movement"): organisations, with every other untagged
    mention of the same words in the document."""
    names: dict[tuple[str, ...], None] = {}  # (in document order)
    index = parse_index(doc)
    tag, title = index.tags, index.titles
    heads = _group_apposition_heads(doc)  # (the only tokens _apposed_group_noun can hold of)
    for i in range(len(doc)):
        if i in taken or tag[i] != "NNP" or not title[i] or i not in heads:
            continue
        token = doc[i]
        if not _apposed_group_noun(token):
            continue
        start = token.i
        while start > 0 and start - 1 not in taken:
            before = doc[start - 1]
            if before.tag_ != "NNP" or not before.is_title:
                break
            if before.dep_ != "compound" or before.head.i != token.i:
                break
            start -= 1  # "Kel" of "Kel Tamasheq"
        if start > 0 and doc[start - 1].is_title and doc[start - 1].tag_ in ("NNP", "NNPS"):
            continue  # "the Korvale Clans Union" with "Korvale" tagged: a longer name, joined elsewhere
        names[tuple(index.texts[start : token.i + 1])] = None
    found: list[Span] = []
    text = index.texts
    for words in names:
        n, first = len(words), words[0]
        for i in range(len(doc) - n + 1):
            if (
                text[i] == first
                and tuple(text[i : i + n]) == words
                and not any(j in taken for j in range(i, i + n))
                and not any(f.start < i + n and i < f.end for f in found)
            ):
                found.append(Span(doc, i, i + n, label="ORG"))
    return found


def _people_word(tok: Token, demonyms: dict[str, str]) -> bool:
    """A nationality or a people's adjective before a name: a demonym, a people the lexicon
    knows or a word the NER read as one ("Kurdish", "Somali")."""
    return tok.lower_ in demonyms or tok.ent_type_ == "NORP" or _is_people(tok.text)


def _untagged_fighter_groups(doc: Doc, taken: set[int]) -> list[Span]:
    """Capitalised words the NER left out right before a plural noun of fighters ("Kifaru
    militias", "backed by Kifaru fighters", "Jubaland's Shabakad forces";
    ``group_named_fighter_nouns`` of entities.yaml): the name of a group, with every other
    untagged mention of the same words. At most two words, none an English word the parser's
    lemmatizer knows ("Government forces", "Allied forces"), a people ("Tuareg fighters") or a
    known place, and none opening a sentence; a people's adjective before them is no part of
    the name ("Kurdish Xyz forces": Xyz)."""
    nouns = _word_set("group_named_fighter_nouns")
    qualifiers = _word_set("fighter_noun_qualifiers")
    english = _english_words()
    demonyms = ontology.demonyms()
    names: dict[tuple[str, ...], None] = {}
    for noun in matching(doc[:], (), nouns):
        if not noun.is_lower or noun.i == 0:
            continue
        head_noun = noun
        if noun.i >= 2 and doc[noun.i - 1].is_lower and doc[noun.i - 1].lower_ in qualifiers:
            noun = doc[noun.i - 1]  # "X security forces": the name stands before the qualifier
        start = noun.i
        while (
            start > 0
            and noun.i - start < 2
            and start - 1 not in taken
            and doc[start - 1].is_title
            and not (start < noun.i and _people_word(doc[start - 1], demonyms))
        ):
            start -= 1
        if start == noun.i or (
            start > 0
            and doc[start - 1].is_title
            and start - 1 not in taken
            and not _people_word(doc[start - 1], demonyms)
        ):
            continue  # none, or a longer capitalised run (a name the NER read otherwise)
        words = doc[start : noun.i]
        # a sentence's first word is a name only when no English word and no people's, whatever
        # the tagger read it as ("X security forces detained ...": an adjective)
        opening = doc[start].is_sent_start and noun is not head_noun and len(words) == 1
        if (doc[start].is_sent_start and not opening) or any(
            (t.pos_ != "PROPN" and not (opening and t.pos_ in ("ADJ", "NOUN")))
            or not t.is_alpha
            or t.lower_ in english
            or _is_people(t.text)
            or (start > 0 and doc[start - 1].lower_ in _word_set("people_adjectives"))
            for t in words
        ):
            continue
        if any(c.exact for c in Geocoder().candidates(words.text)):
            continue
        names[tuple(t.text for t in words)] = None
    found: list[Span] = []
    for key in names:
        n = len(key)
        for i in range(len(doc) - n + 1):
            if tuple(t.text for t in doc[i : i + n]) != key or any(j in taken for j in range(i, i + n)):
                continue
            if any(f.start < i + n and i < f.end for f in found):
                continue
            found.append(Span(doc, i, i + n, label="ORG"))
    return found


def _untagged_member_groups(doc: Doc, taken: set[int], places: set[int]) -> list[Span]:
    """Capitalised words the NER left out after "of the" hung on a plural noun of members
    ("fighters of the Donga Warriors", "members of the Red Hand Brigade"; plural
    ``member_nouns``): the name of a group. A place word the NER tagged may open it ("the
    [Tarn] Warriors", ``places`` holds such tokens) when an untagged word follows; a name a
    gazetteer knows as a place, or a people, is none."""
    members = _word_set("member_nouns")
    found: list[Span] = []
    for of in matching(doc[:], (), ("of",)):
        noun = of.head
        if of.dep_ != "prep" or noun.tag_ != "NNS" or noun.lower_ not in members or noun.i >= of.i:
            continue
        start = of.i + 1
        if start >= len(doc) or doc[start].lower_ != "the":
            continue
        start += 1
        end = start
        while (
            end < len(doc)
            and end - start < 4
            and end not in taken
            and doc[end].is_title
            and doc[end].is_alpha
        ):
            end += 1
        if end == start or (end < len(doc) and (doc[end].is_title or end in taken)):
            continue
        words = doc[start:end]
        if all(t.i in places for t in words) or any(t.pos_ != "PROPN" for t in words):
            continue
        if _is_people(words.text) or any(c.exact for c in Geocoder().candidates(words.text)):
            continue
        found.append(Span(doc, start, end, label="ORG"))
    return found


#: Words before a body's name the NER left out: an article or a possessive's ending.
_BODY_OPENERS = frozenset({"the", "'s", "’s", "'", "’"})


def _untagged_bodies(doc: Doc, taken: set[int]) -> list[Span]:
    """Capitalised words the NER left out after "the" or a possessive that end on a head word
    of bodies' names (:func:`_body_word`: "the Supreme Political Council", "the group's
    Northern Command"): the name of a body. Two to five words, the run closing there (no "of"
    going on with it)."""
    found: list[Span] = []
    low = lowers(doc)
    for i in range(len(doc) - 2):
        if low[i] not in _BODY_OPENERS:  # (the cached column: no Token built per word)
            continue
        start = end = i + 1
        while (
            end < len(doc)
            and end - start < 7
            and end not in taken
            and (
                (doc[end].is_title and doc[end].is_alpha)
                or _inner_hyphen(doc, end, start)
                or _office_holders_possessive(doc, end, start)
                or _inner_and(doc, end, start)
            )
        ):
            end += 1
        if end - start < 2 or (found and start < found[-1].end):
            continue
        after = doc[end] if end < len(doc) else None
        if after is not None and (after.is_title or after.lower_ in ("of", "for") or end in taken):
            continue
        if not _body_word(doc[end - 1]) or org_subtype(doc[start:end].text) in ("other", "media"):
            continue
        # ("the Anti-Smuggling Task Unit": a hyphen joins two words of the name)
        if any(
            t.pos_ not in ("PROPN", "ADJ")
            and not _inner_hyphen(doc, t.i, start)
            and not _inner_and(doc, t.i, start)
            and not _office_holders_possessive(doc, t.i, start)
            and not (t.i == end - 1 and t.i - 1 >= start and _office_holders_possessive(doc, t.i - 1, start))
            for t in doc[start:end]
        ):
            continue
        found.append(Span(doc, start, end, label="ORG"))
    return found


def _inner_and(doc: Doc, i: int, start: int) -> bool:
    """ "the Security and Defence Council": "and" between two capitalised words of one body's
    name, the word before it no body's head of its own ("the Army and Police Council" may be two)."""
    return (
        doc[i].lower_ == "and"
        and i > start
        and i + 1 < len(doc)
        and doc[i - 1].is_title
        and doc[i + 1].is_title
        and not _body_word(doc[i - 1])
    )


def _office_holders_possessive(doc: Doc, i: int, start: int) -> bool:
    """ "the Prime Minister's Office", "the Attorney General's Department": the possessive of a
    title word inside a body's name, with a capitalised word after it."""
    return (
        i > start
        and doc[i].tag_ == "POS"
        and doc[i - 1].lower_ in bare_title_words()
        and doc[i - 1].is_title
        and i + 1 < len(doc)
        and doc[i + 1].is_title
    )


def _inner_hyphen(doc: Doc, i: int, start: int) -> bool:
    """A hyphen glued between two capitalised words of one name ("Anti-Smuggling")."""
    return (
        start < i < len(doc) - 1
        and doc[i].text in _NAME_HYPHENS
        and not doc[i].whitespace_
        and not doc[i - 1].whitespace_
        and doc[i - 1].is_title
        and doc[i + 1].is_title
    )


def _english_words() -> frozenset[str]:
    """Every word the parser's lemmatizer indexes as an English noun, verb, adjective or adverb
    (its ``lemma_index`` tables); empty when no package has them."""
    return _lemma_index()[1]


def _untagged_gangs(doc: Doc, taken: set[int]) -> list[Span]:
    """Capitalised words the NER left out between "the" and a gang's noun ("the Grand Ravine
    gang", "the Nueva Era cartel"): the name of the gang (at most three words, no nationality
    adjective: "the Mexican cartel" names none)."""
    nouns = _word_set("group_nouns_after_places")
    found: list[Span] = []
    for noun in matching(doc[:], (), nouns):
        if not noun.is_lower:
            continue
        start = noun.i
        while start > 0 and noun.i - start < 3 and start - 1 not in taken and doc[start - 1].is_title:
            start -= 1
        if start == noun.i or start == 0 or doc[start - 1].lower_ != "the":
            continue
        words = doc[start : noun.i]
        if any(t.pos_ != "PROPN" or t.lower_ in ontology.demonyms() for t in words):
            continue
        found.append(Span(doc, start, noun.i, label="ORG"))
    return found


def _untagged_unit_names(doc: Doc, taken: set[int]) -> list[Span]:
    """A person's name the NER left out between "the" or a possessive and a lower-case noun of an
    armed group's unit (``unit_nouns_after_names``: "the Anselmo Vidal front", "the rebels'
    Tomas Orrego column"): the person's name, as the NER would have tagged it, that the group
    noun after it then makes a unit's (:func:`_group_noun_after`, with the noun kept in the name
    by :func:`_with_leader_group_noun`). Two or three
    proper nouns, each a compound of the noun and the first no English word, that together name no
    known place ("the Kherson front" is a war's, "the Southern Donbas front" a region's)."""
    nouns = _word_set("unit_nouns_after_names")
    english = _english_words()
    found: list[Span] = []
    for noun in matching(doc[:], (), nouns):
        if not noun.is_lower or noun.pos_ != "NOUN":
            continue
        start = noun.i
        while start > 0 and noun.i - start < 3 and start - 1 not in taken and doc[start - 1].is_title:
            start -= 1
        if noun.i - start < 2 or start == 0 or doc[start - 1].lower_ not in _BODY_OPENERS:
            continue
        words = doc[start : noun.i]
        if words[0].lower_ in english or any(
            t.pos_ != "PROPN" or t.dep_ != "compound" or _is_people(t.text) for t in words
        ):
            continue  # ("Southern X front"; a surname may be in the lemmatizer's tables, a given name rarely)
        if any(c.exact for c in Geocoder().candidates(words.text)):
            continue  # (a surname alone may be a town's name: only the whole name is asked)
        found.append(Span(doc, start, noun.i, label="PERSON"))  # the unit's noun joins it later
    return found


def _passive_ground_subject(verb: Token, ground_only: bool) -> Span | None:
    """The name a passive verb of taking ground only (``ground_only_verbs``: "X was retaken",
    "X was overrun by rebels") or of raiding ground (``place_raiding_verbs``) has for subject: a
    run of capitalised proper nouns, as a GPE span; None for any other subject."""
    raided = verb.lemma_.lower() in _word_set("place_raiding_verbs")
    if not (ground_only or raided) or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or not subject.is_title:
        return None
    if subject.tag_ != "NNP" and not (subject.is_sent_start and subject.lower_ not in _english_words()):
        return None  # (a name opening the sentence may be tagged a common noun: not an English one)
    words = [*[c for c in subject.lefts if c.dep_ == "compound"], subject]
    joined = words[-1].i - words[0].i + 1 == len(words)
    if any(t.tag_ != "NNP" or not t.is_title for t in words[:-1]) or not joined:
        return None  # ("the Kalanga garrison", "Rebel-held Kalanga": no bare name)
    if any(c.dep_ in ("det", "amod", "poss") for c in subject.children):
        return None
    return Span(verb.doc, words[0].i, subject.i + 1, label="GPE")


def _with_untagged_taken_places(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` plus a one-word capitalised name the NER left out that is the object of a verb
    of taking ground (``ground_taking_verbs``: "troops retook Kalanga", where the unknown verb form
    threw the tagger): a place."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    label_at = {i: e.label_ for e in ents for i in range(e.start, e.end)}
    found: list[Span] = []
    for verb in matching(doc[:], _word_set("ground_taking_verbs")):
        taken_back = verb.lemma_.lower() == "take" and any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children
        )  # "took back X": retook
        if verb.pos_ != "VERB" or (verb.lemma_.lower() == "take" and not taken_back):
            continue
        ground_only = taken_back or verb.lemma_.lower() in _word_set("ground_only_verbs")
        for obj in verb.children:
            misread = label_at.get(obj.i) in _NO_PLACE_LABELS or (
                ground_only and label_at.get(obj.i) == "PERSON"
            )
            if (
                obj.dep_ == "dobj"
                and obj.tag_ == "NNP"
                and obj.is_title
                and (obj.i not in taken or misread)  # "recaptured X" with X read as a product
                and not any(c.dep_ in ("compound", "det", "amod", "poss") for c in obj.children)
            ):
                found.append(Span(doc, obj.i, obj.i + 1, label="GPE"))
        held = _passive_ground_subject(verb, ground_only)  # "X was retaken by the army"
        misread_held = held is not None and label_at.get(held.start) in _NO_PLACE_LABELS | {"PERSON"}
        if held is not None and (held.start not in taken or misread_held):
            found.append(held)
    found += _assaulted_places(doc, label_at, {e.start: e for e in ents})
    found += [h for h in held_places(doc, _could_be_town) if _misread_or_untagged(h, ents)]
    if found:  # a name read as a product or (after a verb of ground only) a person gives way
        ents = [e for e in ents if not any(f.start < e.end and e.start < f.end for f in found)]
        taken = {i for e in ents for i in range(e.start, e.end)}
    # (a scene's name the NER read as a language or a product is no name it knows: "in X" of a raid)
    misread_at = {
        i for e in ents if e.label_ in _NO_PLACE_LABELS and not e.kb_id_ for i in range(e.start, e.end)
    }
    found += _untagged_scenes(doc, taken - misread_at)
    found += untagged_scene_towns(doc, taken - misread_at, _could_be_town)
    found += untagged_dated_happening_towns(doc, taken - misread_at, _could_be_town)
    found += untagged_towns_set_in_divisions(doc, taken - misread_at, _could_be_town, _placed_in_a_division)
    found += untagged_host_towns(doc, taken - misread_at)
    read_as_persons = {i for e in ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
    found += untagged_undergoing_towns(doc, taken - misread_at - read_as_persons, _could_be_town)
    found += _untagged_force_towns(doc, taken)
    found += _untagged_apposed_settlements(doc, taken)
    if not found:
        return ents
    kept: list[Span] = []
    for span in found:  # (two verbs may point at one name)
        if not any(k.start < span.end and span.start < k.end for k in kept):
            kept.append(span)
    found = kept
    ents = [e for e in ents if not any(f.start < e.end and e.start < f.end for f in found)]
    return sorted([*ents, *found], key=lambda e: e.start)


def _held_place_at(span: Span) -> bool:
    """Whether ``span`` opens a town's name its clause says is held (held_places.py; only its
    sentence is read)."""
    return any(h.start == span.start for h in held_places(span.sent, _could_be_town))


def _misread_or_untagged(span: Span, ents: list[Span]) -> bool:
    """No span covers ``span``'s words, or only a person or a no-place label with no gazetteer key."""
    return all(
        not e.kb_id_ and (e.label_ == "PERSON" or e.label_ in _NO_PLACE_LABELS)
        for e in ents
        if e.start < span.end and span.start < e.end
    )


def _assaulted_places(doc: Doc, label_at: dict[int, str], starts: dict[int, Span]) -> list[Span]:
    """ "an attack on Silgadji", "the raid on Ogossagou": a one-word capitalised name after "on" under
    an ``assault_nouns`` noun that the NER read as a product, a people or an organisation no
    gazetteer or lexicon knows, and that may be a town's name: a place (one span each)."""
    found: list[Span] = []
    for noun in matching(doc[:], (), _word_set("assault_nouns")):
        if noun.pos_ != "NOUN":
            continue
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "on"):
            for name in (g for g in prep.children if g.dep_ == "pobj" and g.tag_ == "NNP" and g.is_title):
                label = label_at.get(name.i)
                ent = starts.get(name.i)
                misread = (
                    label in _NO_PLACE_LABELS
                    or label == "NORP"
                    or (
                        label == "ORG"
                        and ent is not None
                        and len(ent) == 1
                        and not ent.kb_id_
                        and org_subtype(name.text) == "other"
                    )
                )
                if not misread or any(c.dep_ in ("compound", "poss") for c in name.children):
                    continue  # (a name the NER left out may be a street's: "the attack on Seidlstrasse")
                if name.i + 1 < len(doc) and doc[name.i + 1].is_title:
                    continue  # part of a longer name
                street = name.lower_.endswith(tuple(_word_set("street_endings")))
                if _could_be_town(name.text) and not street:
                    found.append(Span(doc, name.i, name.i + 1, label="GPE"))
    return found


#: NER labels of no person, group or place: a taken place's name read as one of them is misread.
_NO_PLACE_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})

#: A town named only before its police force ("Toulouse police said") is taken from this
#: population on (a city a report names without introducing it, as ``_known_town`` has it).
_FORCE_TOWN_POPULATION = 100_000


def _untagged_force_towns(doc: Doc, taken: set[int]) -> list[Span]:
    """A one-word name the NER left out before a town's own force that speaks ("Toulouse police
    said"): a place when the gazetteer knows a sizeable city by it (not "Riot police", "Border
    police", whose first word may also be some hamlet's name)."""
    forces = _word_set("local_force_nouns")
    found: list[Span] = []
    low = parse_index(doc).lowers
    for i in range(len(doc) - 1):
        if low[i + 1] not in forces:
            continue  # (the cheap test first, on the column; the full one below)
        token, nxt = doc[i], doc[i + 1]
        if (
            token.i in taken
            or not token.is_title
            or not nxt.is_lower
            or nxt.lower_ not in forces
            or token.head.i != nxt.i
            or nxt.dep_ not in ("nsubj", "nsubjpass")
        ):
            continue
        if any(
            c.exact and c.kind == "city" and c.population >= _FORCE_TOWN_POPULATION
            for c in Geocoder().candidates(token.text)
        ):
            found.append(Span(doc, token.i, token.i + 1, label="GPE"))
    return found


def _untagged_apposed_settlements(doc: Doc, taken: set[int]) -> list[Span]:
    """Capitalised names the NER left out that the text describes as a settlement right after
    them: "bombed X Y, a village in Z Township", "near X, a remote hamlet 20 km from Y" (a noun of
    ``apposed_settlement_nouns`` after ", a/an" and at most three lower-case words): places."""
    found: list[Span] = []
    words = parse_index(doc).texts
    for comma in (doc[i] for i in range(1, len(doc) - 2) if words[i] == ","):  # (no Token per word)
        if not _settlement_apposed_at(doc, comma.i):
            continue
        end, start = comma.i, comma.i
        while start > 0 and end - start < 3 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
            start -= 1
        if start == end or any(i in taken for i in range(start, end)) or doc[start].is_sent_start:
            continue
        if org_subtype(doc[start:end].text) != "other":
            continue
        found.append(Span(doc, start, end, label="GPE"))
    return found


def _settlement_apposed_at(doc: Doc, comma: int) -> bool:
    """Whether ``doc[comma]`` opens ", a/an <settlement noun>" (``apposed_settlement_nouns``, after
    at most three lower-case words: "a small farming village"), not a title ("a town councillor")."""
    nouns = _word_set("apposed_settlement_nouns")
    k = comma + 1
    if k + 1 >= len(doc) or doc[comma].text != "," or doc[k].lower_ not in ("a", "an"):
        return False
    k += 1
    while (
        k < len(doc)
        and k - comma <= 5
        and doc[k].is_lower
        and doc[k].pos_ in ("ADJ", "NOUN", "VERB")  # not "a resident of the city"
        and doc[k].lemma_ not in nouns
    ):
        k += 1
    if k >= len(doc) or not doc[k].is_lower or doc[k].lemma_ not in nouns:
        return False
    return not (k + 1 < len(doc) and doc[k + 1].pos_ in ("NOUN", "PROPN"))


def _untagged_scenes(doc: Doc, taken: set[int]) -> list[Span]:
    """Capitalised names the NER left out where a verb of striking or taking ground says it
    happened: "a bomber struck a wedding party in Dera Kalat", "raided a camp near Tor Ghar" (the
    "in"/"near" object of the verb or of its object, that may be a town's name): places."""
    assaults = _word_set("assault_scene_verbs")
    verbs = _word_set("scene_verbs") | _word_set("place_taking_verbs") | assaults
    found: list[Span] = []
    for verb in matching(doc[:], verbs):
        if verb.pos_ != "VERB":
            continue
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        if verb.lemma_.lower() in assaults:  # "attacked a convoy travelling to X near Y": the journey's
            heads += [t for o in heads[1:] for t in o.subtree if t.dep_ == "acl" and t.pos_ == "VERB"]
        for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "near")):
            for name in (g for g in prep.children if g.dep_ == "pobj" and g.tag_ == "NNP" and g.is_title):
                start = name.i
                while start > prep.i + 1 and doc[start - 1].tag_ == "NNP":
                    if doc[start - 1].dep_ != "compound":
                        break
                    start -= 1  # "Dera" of "Dera Kalat"
                span = doc[start : name.i + 1]
                if any(t.i in taken or not t.is_title for t in span) or not _could_be_town(span.text):
                    continue
                if org_subtype(span.text) != "other":
                    continue
                found.append(Span(doc, start, name.i + 1, label="GPE"))
    return found


def _group_name_word(token: Token) -> bool:
    """A word that goes on a group's name: capitalised, or a particle joined to one ("al-Sham")."""
    if "\n" in token.text or (token.is_punct and token.text != "-"):
        return False
    return token.is_title or token.lower_ in _GROUP_PARTICLES or token.text == "-"


def _long_form(doc: Doc, paren: int, short: str, *, syllables: bool = False) -> Span | None:
    """The capitalised words before ``paren`` whose initials spell ``short``, if any; with
    ``syllables``, also words whose openings spell it (:func:`_syllable_acronym`)."""
    letters = short.replace(".", "").replace("-", "").upper()
    sent_start = _sentence_start(doc, paren)[0]
    for start in range(paren - 1, max(sent_start, paren - 10) - 1, -1):
        first = doc[start]
        if not first.is_title and not first.is_upper:
            continue
        words = [t.text for t in doc[start:paren] if t.tag_ != "POS"]  # "Uganda People's Defence Force"
        if any(not (w[:1].isupper() or w.lower() in _CONNECTORS or w == "-") for w in words):
            return None
        spelled = any(w.isupper() and w.isalpha() and len(w) > 1 for w in words)  # "UN ... Mission"
        if _initials(" ".join(words)) == letters or (spelled and letters in _full_initials(words)):
            return doc[start:paren]
        content = [w for w in words if w.lower() not in _CONNECTORS and w != "-"]
        if syllables and _syllable_acronym(letters, content):
            return doc[start:paren]
    return None


def _local_place_before(word: Token) -> bool:
    """ "the X" + "People's Defence Force (PDF)": a town or district's one-word name right after
    "the" and before a long form whose acronym leaves it out is the local unit's premodifier (a
    country's name before a national force's is in its acronym: "the K Defence Forces (KDF)")."""
    doc = word.doc
    if word.i < 1 or doc[word.i - 1].lower_ != "the" or not (word.is_title and word.is_alpha):
        return False
    if word.lower_ in _english_words():
        return False  # "the Union Ministry of ...": a word of the language, not a town's name
    whole = any(e.start <= word.i < e.end and e.end > word.i + 1 for e in doc.ents)  # "the X People's ..."
    if word.ent_type_ not in ("", "GPE", "LOC") and not whole:
        return False
    return any(c.exact and c.kind in ("city", "admin") for c in Geocoder().candidates(word.text))


#: Most name words of the place in a local unit's premodifier ("X Y Township" + "People's ...").
_PREMODIFIER_NAME_WORDS = 3


def _with_parent_acronym(long: Span) -> Span:
    """A defined long form opening on a body's head word with its parent's acronym right before
    it, tagged with it as one name: "the UN" + "Office for X Affairs (OXA)" is the UN's office,
    named "UN Office for X Affairs", whose acronym spells only the words after the parent's."""
    doc = long.doc
    head = long.start - 1
    if head < 0 or not _is_acronym(doc[head].text):
        return long
    if not (_body_word(long[0]) or long[0].text in _SEATED_BODIES):
        return long
    if doc[head].ent_type_ != "ORG" or not (doc[long.start].ent_iob_ == "I" or doc[head].ent_kb_id_):
        return long  # the tagger read the two apart, the parent not being one the gazetteer knows
    return doc[head : long.end]


def _with_local_premodifier(long: Span) -> Span:
    """A defined long form with the place premodifier that names which local unit it is: "X
    Township" + "People's Defence Force (PDF)" is the X township's force, whose acronym spells
    only the words after the premodifier. The premodifier is one to three capitalised name
    words and a capitalised division noun (``local_unit_premodifier_heads`` of entities.yaml)
    right before the long form."""
    doc = long.doc
    head = long.start - 1
    if head < 1:
        return long
    if doc[head].text not in _word_set("local_unit_premodifier_heads"):
        return doc[head : long.end] if _local_place_before(doc[head]) else long
    sent_start = _sentence_start(doc, head)[0]
    # a name the tagger read over the whole ("the X Township People's ...") may lend its words
    whole = next((e for e in doc.ents if e.start < long.start < e.end), None)
    start = head
    while (
        start - 1 >= sent_start
        and head - start < _PREMODIFIER_NAME_WORDS
        and doc[start - 1].is_alpha
        and doc[start - 1].is_title
        and doc[start - 1].lower_ not in _CONNECTORS
        and (doc[start - 1].ent_type_ not in ("ORG", "PERSON") or (whole is not None and whole.start < start))
    ):
        start -= 1
    if start == head or (start == sent_start and doc[start].lower_ in _english_words()):
        return long  # no name before the division noun, or a sentence's common opening word
    return doc[start : long.end]


def _syllable_acronym(letters: str, words: list[str]) -> bool:
    """Whether ``letters`` (upper case) are the openings of each of two or more ``words`` in
    turn, one at least of two letters or more: "CODECO" of "Cooperative ... Development ...
    Congo", "MONUSCO"-like acronyms made of syllables, not initials."""

    def spell(rest: str, i: int) -> bool:
        if i == len(words):
            return not rest
        word = words[i].upper()
        return any(
            rest[:n] == word[:n] and spell(rest[n:], i + 1)
            for n in range(1, min(len(rest), len(word), 4) + 1)
        )

    return len(words) >= 2 and len(letters) > len(words) and spell(letters, 0)


def _full_initials(words: list[str]) -> set[str]:
    """Initials in which an all-capital word gives all its letters, with the small words left out
    or kept: "UN Verification Mission in Colombia" -> "UNVMC", "UN Support Mission in Libya" ->
    "UNSMIL"."""
    kept, skipped = [], []
    for word in words:
        if word == "-":
            continue
        part = word if word.isupper() and word.isalpha() else word[:1].upper()
        kept.append(part)
        if word.lower() not in _CONNECTORS:
            skipped.append(part)
    return {"".join(kept), "".join(skipped)}


def _known_place_around(ent: Span) -> Span | None:
    """ "Dera Ismail Khan" tagged as the person "Ismail Khan": a capitalised word before the
    span that makes a known town or site of it turns the span into that place."""
    doc = ent.doc
    for extra in (1, 2):
        start = ent.start - extra
        if start < 0 or not all(
            t.is_title and t.pos_ == "PROPN" and not t.ent_type_ for t in doc[start : ent.start]
        ):
            return None
        longer = doc[start : ent.end].text
        # after a preposition of place ("near Sheikh X", "outside Mullah Y"), a town of the
        # countries the text names, spelt in another transliteration, will do as well
        placed = start > 0 and doc[start - 1].lower_ in _word_set("title_place_preps")
        geocoder = Geocoder(context_countries=countries_named(doc)) if placed else Geocoder()
        if any(
            (c.exact or placed) and (c.source == "nexus-sites" or c.population >= 20_000)
            for c in geocoder.candidates(longer)
        ):
            return Span(doc, start, ent.end, label="GPE")
    return None


def _year_before_a_name(word: str) -> bool:
    """A year in figures ("2014") written before a name: it dates what the name is told with."""
    return len(word) == 4 and word.isdigit() and 1900 <= int(word) <= 2100


def _trim(span: Span) -> tuple[Span, list[str]] | None:
    """Strip edge words, possessives, titles; return the core span and any role words."""
    start, end = span.start, span.end
    doc = span.doc
    parse = parse_index(doc)  # (the words' columns: no Token built for the edge tests)
    low, text, tag, punct = parse.lowers, parse.texts, parse.tags, parse.puncts
    lower_cased = parse.lower_cased
    while start < end and (
        low[start] in {"the", "a", "an"}
        or punct[start]
        or (lower_cased[start] and low[start] in _folded_set("compass_words"))
    ):
        start += 1  # "the", "south" of "south Abujhmarh"
    while start + 1 < end and _year_before_a_name(text[start]) and parse.pos[start + 1] == PROPN:
        start += 1  # "the 2014 X School massacre": the year dates the happening, no part of X
    while start + 1 < end and low[start] in _hedge_adjectives() and parse.pos[start + 1] == PROPN:
        start += 1  # "Suspected X militants": the hedge is the telling's (attribution), no part of X
    if start + 2 < end and low[start] in _word_set("caption_labels") and text[start + 1] == ":":
        start += 2  # "Photo: Border Police vehicles at ...": a caption's label is no part of the name
    while start + 2 < end and low[start] in _word_set("stance_prefixes") and text[start + 1] == "-":
        start += 2  # "the pro-Ruritania Front": the group named is the Front, the stance tells of it
    if (
        start + 1 < end
        and low[start] not in ("in", "at")  # ("In Amenas", a town's own name)
        and low[start] in _word_set("locative_preps")
        and low[start + 1] not in _folded_set("compass_words")  # ("Near East")
        and (end == len(doc) or text[end] == "," or parse.pos[end] == ADP or tag[end] == "POS")
        and _opens_a_sentence(doc[start])
    ):
        start += 1  # "Near X, gunmen ...", "Inside X's prisons": the fronted preposition, capitalised
    close = next((i for i in range(end - 1, start - 1, -1) if text[i] in ("]", ")")), None)
    if close is not None and not any(text[i] in ("[", "(") for i in range(start, close)):
        start = close + 1  # "[Photo] Armoured vehicles": a page's bracketed label closes before the name
        if not any(parse.pos[i] == PROPN for i in range(start, end)):
            return None
    cut, bracketed = None, False
    if start < end and "(" in range_text(doc, start, end):
        cut = next((i for i in range(start, end) if text[i] == "("), None)
    if cut is not None and span.label_ == "ORG" and _bracketed_qualifier(doc, cut, end):
        bracketed = True
    elif cut is not None:
        end = cut  # "Joint Security Command (JSC": the acronym is its own mention
    slash = next((i for i in range(start, end) if text[i] == "/"), None)
    if slash is not None:
        end = slash  # "Outlet/Photographer" of a photo credit: two names, the first kept
    dash = next((i for i in range(start + 1, end - 1) if _dash_before_a_figure(doc, i)), None)
    if dash is not None:
        end = dash  # "CAMP X, Y City - Three soldiers ...": a dateline's dash, the body's figure after it
    blank = parse.blanks
    while not bracketed and end > start and (tag[end - 1] == "POS" or punct[end - 1] or blank[end - 1]):
        end -= 1
    while (
        not bracketed
        and end > start
        and lower_cased[end - 1]
        and parse.alphas[end - 1]
        and not (span.label_ == "ORG" and company_suffix(text[end - 1]))  # "X Minerals plc"
    ):
        end -= 1  # "Baisaran meadow" -> "Baisaran"
    while end > start + 1 and parse.upper_cased[end - 1] and low[end - 1] in _word_set("weapon_objects"):
        end -= 1  # "X IED" of a heading's "killed in X IED blast": the town, not the bomb
    role: list[str] = []
    if span.label_ == "ORG" and (_titled_person(doc[start:end]) or _paired_person(doc[start:end])):
        span = Span(doc, span.start, span.end, label="PERSON", kb_id=span.kb_id_)
    if span.label_ == "PERSON" and not _title_opens_a_place_name(doc[start:end]):
        titles = _all_title_words()
        address = _word_sets("courtesy_honorifics", "address_words")
        while start < end - 2 and text[start] in address and parse.titles[start + 1]:
            start += 1  # "U X Y", "Shri X Y": a word of address, no part of the name and no office
        if (
            start < end - 2
            and text[start] in _word_set("rank_prefixes")
            and text[start + 1].lower().rstrip(".") in titles
        ):
            role.append(text[start])
            start += 1  # "Pol" of "Pol Col X": a rank's prefix before its title word
        opened = start
        while start < end - 1 and text[start].lower().rstrip(".") in titles:
            role.append(text[start])
            start += 1
            if start < end - 2 and doc[start].text == "-" and not doc[start - 1].whitespace_:
                start += 1  # "Major-General": the hyphen joins two title words
        modifiers = _word_set("title_modifier_words")
        if end - start == 1 and start > opened and all(text[i] in modifiers for i in range(opened, start)):
            start, role = opened, role[: len(role) - (start - opened)]  # "Security Belt": no office
            span = Span(doc, span.start, span.end, label="ORG", kb_id=span.kb_id_)  # and no man
    if start >= end:
        return None
    return Span(doc, start, end, label=span.label_, kb_id=span.kb_id_), role


def _dash_before_a_figure(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a dash spaced on both sides with a figure after it ("Y City - Three
    members were ...", "Z – 12 killed"): a dateline's or a heading's dash that the sentence goes on
    after, so the name ends before it."""
    return (
        doc[i].text in ("-", "–", "—")
        and bool(doc[i - 1].whitespace_)
        and bool(doc[i].whitespace_)
        and doc[i + 1].like_num
    )


def _with_leader_group_noun(span: Span) -> Span:
    """ "the" + a leader's full name + "group": a faction named after its leader keeps the
    noun ("the Abdul Karim Sahib group"). The name reads as a person's (the tagger's PERSON, a
    title word first, or three words or more) and none of its capitalised words is a word of
    organisations' names, so "the Islamic State group" stays "Islamic State" and in "the Black
    Sun group's fighters" the group is "Black Sun". A leader's name hyphened to a parent's
    ("[the] X-Y group") keeps the noun too, with or without "the"; so does
    a name after a possessive ("the ELN's Raul Mahecha front")."""
    doc = span.doc
    person_like = (
        span.label_ == "PERSON"
        or len(span) >= 3
        or span[0].lower_.rstrip(".") in bare_title_words()
        or (  # "the X Y front" with the name tagged an organisation's: a unit is named after a man
            len(span) == 2
            and span.end < len(doc)
            and doc[span.end].text in _word_set("unit_nouns_after_names")
            and not any(c.exact for c in Geocoder().candidates(span.text))
        )
    )
    if (
        not person_like
        or len(span) < 2
        or span.end >= len(doc)
        or doc[span.end].text not in _word_set("leader_group_nouns")
        or span.start == 0
        or (
            doc[span.start - 1].lower_ != "the"
            and doc[span.start - 1].tag_ != "POS"
            and not any(_joining_hyphen(t, span) for t in span)
        )
    ):
        return span
    organisational = _word_set("long_name_heads") | _opening_words()
    for token in span:
        if _joining_hyphen(token, span):
            continue  # "the X-Y group": a parent's name joined to the leader's
        if (
            not (token.is_alpha and token.is_title)
            or token.lower_ in organisational
            or token.text in organisational
        ):
            return span
        if org_subtype(token.text) != "other" or token.lower_ in ontology.demonyms():
            return span
    return Span(doc, span.start, span.end + 1, label="ORG")


def _joining_hyphen(token: Token, span: Span) -> bool:
    """A hyphen written tight between two words inside ``span`` ("X-Y")."""
    return (
        token.text in ("-", "\u2010", "\u2011")
        and span.start < token.i < span.end - 1
        and not token.whitespace_
        and not token.nbor(-1).whitespace_
    )


def _with_bracketed_tail(span: Span) -> Span:
    """A party's or front's name (a head word of such names, or an acronym) the NER closed
    before its bracketed faction word ("Party of Ruritania" + "(Leninist)"): widened over
    the brackets (:func:`_bracketed_qualifier`)."""
    doc = span.doc
    heads = _word_set("long_name_heads")
    if not (span.text.isupper() or any(t.text in heads for t in span)):
        return span  # "Defence Ministry (Sedena)": a state body's bracketed word is its short name
    for width in (3, 4):
        end = span.end + width
        if end <= len(doc) and doc[span.end].text == "(" and _bracketed_qualifier(doc, span.end, end):
            return Span(doc, span.start, end, label="ORG")
    return span


def _bracketed_qualifier(doc: Doc, opening: int, end: int) -> bool:
    """ "Workers' Party of Ruritania (Leninist)", "NDFB (Songbijit)": a name whose bracketed
    closing words tell one faction from another are part of the name. The brackets close the
    span and hold one or two capitalised words that are no acronym ("(WPR)" is its own
    mention) and no date or number."""
    if end - opening < 3 or end - opening > 4 or doc[end - 1].text != ")" or opening == 0:
        return False
    inside = doc[opening + 1 : end - 1]
    return all(t.is_alpha and t.is_title and t.ent_type_ not in ("DATE", "GPE") for t in inside) and not (
        len(inside) == 1 and _is_acronym(inside[0].text) and inside[0].text.isupper()
    )


def _with_place_title_words(ents: list[Span]) -> list[Span]:
    """A person's name the NER began after a title word that a preposition of place comes
    before ("in Sheikh [X]", "near Emir [Y]"): the title word taken in, for
    :func:`_title_opens_a_place_name` to read the whole as a town's name."""
    out: list[Span] = []
    taken = {i for e in ents for i in range(e.start, e.end)}
    for ent in ents:
        doc, start = ent.doc, ent.start
        if ent.label_ == "PERSON" and not ent.kb_id_ and start >= 2 and start - 1 not in taken:
            title, prep = doc[start - 1], doc[start - 2]
            if (
                title.is_title
                and title.is_alpha
                and title.lower_ in _all_title_words()
                and prep.is_lower
                and prep.lower_ in ("in", "near", "outside", "around")
                and _title_opens_a_place_name(doc[start - 1 : ent.end])
            ):
                ent = Span(doc, start - 1, ent.end, label="PERSON")
        out.append(ent)
    return out


def _title_opens_a_place_name(span: Span) -> bool:
    """ "near Malam Kori", "in General Santos": a name after a preposition of place, not a
    possessor ("in General X's office"), whose first word is a title word is a town's name."""
    doc = span.doc
    if span.start == 0 or len(span) < 2:
        return False
    prev = doc[span.start - 1]
    if prev.lower_ not in ("in", "near", "outside", "around") or not prev.is_lower:
        return False
    return not (span.end < len(doc) and doc[span.end].tag_ == "POS") and not span[-1].text.endswith("'s")


def _titled_person(span: Span) -> bool:
    """ "Brigadier General Ali Musa", "Ka Juan Reyes" tagged as an organisation: leading titles
    (or a courtesy word of address, ``courtesy_honorifics``), then a plain name."""
    titles = _all_title_words()
    i = 1 if len(span) > 2 and span[0].text in _word_sets("courtesy_honorifics", "address_words") else 0
    while i < len(span) and (span[i].text.lower().rstrip(".") in titles or span[i].text in ("-", "–")):
        i += 1
    rest = span[i:]
    words = [t for t in rest if not _surname_hyphen(t)]  # "A Bcd-Efg": a hyphened surname is one word
    return (
        i > 0
        and 2 <= len(rest.text.split()) <= 4
        and all(t.is_title for t in words)
        and org_subtype(rest.text) == "other"
        and not any(t.lower_ in _CONNECTORS for t in words)
        and rest[-1].text not in _word_set("site_words")  # "King X Hospital": a site named after a king
    )


def _surname_hyphen(token: Token) -> bool:
    """A hyphen inside one name ("Osei-Bonsu"): no space on either side, a capitalised word on both."""
    doc = token.doc
    return (
        token.text in _NAME_HYPHENS
        and 0 < token.i < len(doc) - 1
        and not doc[token.i - 1].whitespace_
        and not token.whitespace_
        and doc[token.i - 1].is_title
        and doc[token.i + 1].is_title
    )


def _paired_person(span: Span) -> bool:
    """ "members A Bcd and E Fgh" with the second name tagged as an organisation: a plain name
    joined by "and" to a person's name is a person too."""
    doc = span.doc
    return (
        span.start >= 2
        and doc[span.start - 1].lower_ == "and"
        and doc[span.start - 2].ent_type_ == "PERSON"
        and 2 <= len(span) <= 4
        and all(t.is_title and t.is_alpha for t in span)
        and org_subtype(span.text) == "other"
        and not any(t.lower_ in _CONNECTORS for t in span)
    )


def _role_before(span: Span) -> list[str]:
    """Title words written just before a person's name ("Defence Minister" X)."""
    doc, i = span.doc, span.start - 1
    words: list[str] = []
    sent_start = _sentence_start(doc, span.start)[0]
    while i >= sent_start and doc[i].text.lower().rstrip(".") in bare_title_words():
        words.insert(0, doc[i].text)
        i -= 1
    return words if any(w[:1].isupper() or w.islower() for w in words) else []


def _after_role_noun(span: Span) -> bool:
    """A lower-case role noun right before the name, or before a comma before it ("X spokesman
    Abu Jihad Y", "a senior X commander, Ali Z"): a person, whatever group word the name
    holds; a capitalised title may open a group's name ("Imam Ali Brigades")."""
    roles = _role_before(span)
    if roles:
        return roles[-1].islower()
    doc, i = span.doc, span.start - 1  # "a senior X commander, Abu Jihad Y,"
    if i < 1 or doc[i].text != ",":
        return False
    if doc[i - 1].is_lower and doc[i - 1].lower_ in bare_title_words():
        return True
    people = bare_title_words() | _word_set("person_nouns")
    for j in range(i - 1, max(i - 8, 1), -1):  # "the leader of the X gang, Abu Y,"
        if doc[j].text in (",", ";", "(", ")") or doc[j].is_sent_start:
            return False
        if doc[j].lower_ in _ROLE_OF_WORDS and doc[j - 1].is_lower and doc[j - 1].lower_ in people:
            return True  # "the UN's envoy for X, Abu Y,", "his counterpart from X, Ali Z,"
    return False


#: Prepositions that tie a role noun to the body or country it serves ("envoy for X").
_ROLE_OF_WORDS = frozenset({"of", "for", "from", "to", "at"})


def _led_by(span: Span) -> bool:
    """Whether a name is the agent of "led by" / "headed by" ("a delegation led by X Y")."""
    doc = span.doc
    return (
        span.start >= 2
        and doc[span.start - 1].lower_ == "by"
        and doc[span.start - 2].lower_ in ("led", "headed", "chaired", "commanded")
    )


def _apposed_person_role(span: Span) -> bool:
    """Whether a person's noun stands in apposition right after the name, set off by a comma: "X
    Y, a spokeswoman for the police", "X Y, the district commander" (``person_nouns``, or a role
    of ``role_nouns_before_names`` of titles.yaml); not "near X Y, an official said" (a subject)."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    roles = _word_set("person_nouns") | _role_words()
    return any(
        c.dep_ == "appos" and c.i > span.end and c.is_lower and c.lemma_.lower() in roles
        for c in span.root.children
    )


@cache
def _role_words() -> frozenset[str]:
    """``role_nouns_before_names`` of titles.yaml ("spokeswoman", "governor")."""
    words: list[str] = ontology.table("titles.yaml").get("role_nouns_before_names", [])
    return frozenset(w.lower() for w in words)


def _person_length(words: list[str]) -> bool:
    """Whether a name's words number as a person's: two or three, or four plain capitalised words
    with no connector (a given name and two surnames, "Ana María Ruiz Soto")."""
    return len(words) in (2, 3) or (
        len(words) == 4
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
        and not any(w.lower() in _CONNECTORS for w in words)
    )


def _titled(span: Span) -> bool:
    """A title right before the name, or before a comma before it ("its president, X")."""
    if _role_before(span):
        return True
    doc, i = span.doc, span.start - 1
    if i < 1 or doc[i].text != ",":
        return False
    before = doc[i - 1]
    return before.lower_.rstrip(".") in bare_title_words() or (
        before.is_lower and before.lemma_ in _word_set("person_nouns")
    )


#: A weapon model's designation: letters and a number ("F-16", "Su-25", "TB2", "MiG-29").
_MODEL_DESIGNATION = re.compile(r"\b[A-Za-z]{1,4}-?\d{1,3}[A-Za-z]?\b")


def _names_a_local_force(span: Span) -> bool:
    """ "Lyon police said": a name before a town's own force (``local_force_nouns``) is its town,
    even where the tagger read the first word of the sentence as a common noun."""
    doc = span.doc
    return (
        span.end < len(doc)
        and span[-1].text[:1].isupper()
        and doc[span.end].is_lower
        and doc[span.end].lower_ in _word_set("local_force_nouns")
        and span[-1].head.i == span.end
    )


def _names_its_fighters(span: Span) -> bool:
    """ "X security forces detained ...": a one-word name no English word, before a qualifier
    (``fighter_noun_qualifiers``) and a noun of fighters (``group_named_fighter_nouns``), is a
    group's, even where the tagger read the first word of the sentence as an adjective."""
    doc = span.doc
    end = span.end
    return (
        len(span) == 1
        and span.label_ == "ORG"
        and span[0].lower_ not in _english_words()
        and end + 1 < len(doc)
        and doc[end].is_lower
        and doc[end].lower_ in _word_set("fighter_noun_qualifiers")
        and doc[end + 1].is_lower
        and doc[end + 1].lower_ in _word_set("group_named_fighter_nouns")
    )


@cache
def _rank_abbreviations() -> frozenset[str]:
    """Abbreviated ranks the tokenizer keeps whole with their full stop (titles.yaml)."""
    return frozenset(str(w) for w in ontology.table("titles.yaml")["rank_abbreviations"])


def _closes_a_quotation(doc: Doc, quote: int) -> bool:
    """Whether the quote mark at ``quote`` ends a quotation ("... at once," A B said) rather than
    opening a quoted title: a closing curly mark, or a straight one right after the quotation's
    final punctuation."""
    mark = doc[quote].text
    if mark in ("\u201d", "\u2019"):
        return True
    return quote > 0 and doc[quote - 1].text in (",", ".", "?", "!") and not doc[quote - 1].whitespace_


def _after_plural_possessive(span: Span) -> bool:
    """Whether the apostrophe right before the span closes a plural possessive written on the
    word before it ("the Zorvans’ Supreme Council"), not a quotation opening the span."""
    doc, i = span.doc, span.start - 1
    return (
        i >= 1
        and doc[i].text in ("'", "’")
        and not doc[i - 1].whitespace_
        and doc[i - 1].text.endswith("s")
        and bool(doc[i].whitespace_)
    )


def _is_junk(span: Span, entry: GazetteerEntry | None) -> bool:
    if _is_nickname(span) and not _person_alias(span):
        return True
    if (
        span.end < len(span.doc)
        and span.doc[span.end].is_lower
        and span.doc[span.end].lower_ in _word_set("branch_nouns")
        and _after_group_possessive(span)
    ):
        return True  # "their Ruritania branch", "its Ruritania province": a group's part, no place
    if _time_zone(span):
        return True  # "14:20 CAT", "11:40 ICT": a time zone, whatever division bears the letters
    if _office_after_a_place(span):
        return True  # "X Superintendent of Police": an office of a district, no person nor body
    if _body_in_a_title(span):
        return True  # "X County Police" of "X County Police Commander Y Z": the holder's title
    if _bylined_bureau(span):
        return True  # "By Y Z, X Bureau": the writer's desk, no body the report is about
    if _piece_of_a_capitals_compound(span):
        return True  # "AU" of a dateline's "PORT-AU-PRINCE": a piece of a longer word
    if entry is not None:
        return False
    text = span.text
    if len(span) == 1 and text.endswith(".") and text[:-1] in _rank_abbreviations():
        return True  # "Brig." opening a line, read as a place: an abbreviated rank
    if text.endswith("-") or (text[:1].islower() and fold(text) in _folded_set("compass_words")):
        return True  # "north-" of "north-east Nigeria"
    if len(span) == 1 and _is_people(text):
        return True  # "Chechens", "Uzbeks": peoples, not places
    if _faith_community(span):
        return True  # "the city's Shi'ite Zandaris": believers of a faith, no place
    if len(span) == 1 and (text in _word_set("site_words") or text in _word_set("admin_head_words")):
        return True  # "Valley", "Camp", "State" alone: a common noun, not a name
    if len(text) < 2 or not any(c.isalpha() for c in text):
        return True
    doc = span.doc
    if _page_label(span):
        return True  # "Analysis:", "Explainer:" opening a teaser line: the page's label for a link
    if _common_word_opening_a_heading(span):
        return True  # "Standoff in X", "Background", "→ Cholera cases rise ...": a heading's word
    if _common_noun_opening_a_sentence(span):
        return True  # "Gunmen stormed ...", "Related: Settler attack ...": a capitalised common noun
    if (
        entry is None
        and len(span) == 1
        and span.end < len(doc)
        and doc[span.end].is_lower
        and doc[span.end].lower_ in _word_set("people_nouns_after")
        and not _in_gazetteer(text)
    ):
        return True  # "the Lendu community", "the Fulfulde language": a people named
    if entry is None and _whose_settlement(doc[span.start]):
        return True  # "X, a Zandri village": whose village it is, not its name (that is X)
    if span.start > 0 and doc[span.start - 1].lower_ in _word_set("people_adjectives"):
        return True  # "ethnic Zandri militias": a people named, not a body or a place
    if span.end < len(doc) and doc[span.end].text in _non_entity_heads():
        return True  # "Kashmir Solidarity" of "Kashmir Solidarity Day"
    if (
        span.end < len(doc)
        and doc[span.end].lemma_.lower() in _word_set("weapon_model_heads")
        and _MODEL_DESIGNATION.search(text)
    ):
        return True  # "Ruritanian F-16" of "Ruritanian F-16 jets": a weapon's model, not a body
    if span[-1].text in _non_entity_heads():
        return True
    quoted = any(t.is_quote for t in doc[max(span.start - 1, 0) : span.start]) and len(span) > 2
    quoted = quoted and not _closes_a_quotation(doc, span.start - 1)
    if quoted and not _after_plural_possessive(span) and not _person_alias(span):
        return (
            True  # the start of a quoted title (not "the Zorvans’ Supreme Council", nor "known as "X Y Z"")
        )
    first = span[0]
    if (
        len(span) == 1
        and first.is_sent_start
        and first.pos_ != "PROPN"
        and not first.is_upper
        and not _names_a_local_force(span)
        and not _names_its_fighters(span)
        and not (
            span.label_ == "GPE" and (first.lower_ not in _english_words() or _held_place_at(span))
        )  # "Tessit was retaken", "Kalvo is back in army hands"
    ):
        return True  # "Photographs", "Investigations" at the start of a sentence
    if len(span) == 1 and first.is_lower:
        return True
    titles = _title_words()
    if (
        span.label_ in ("PERSON", "ORG")
        and all(
            t.text == "-" or t.lower_ in titles or all(p in titles for p in t.lower_.split("-")) for t in span
        )
        and not _force_of_title_words(span)
    ):
        return True  # "Rear Admiral", "State" (of "Secretary of State"), "Major-General"
    if (
        len(span) == 1
        and first.is_sent_start
        and (
            first.tag_ in ("NNS", "NN", "VBG", "JJ", "VBN")
            or (first.text.endswith("s") and not first.is_upper)
        )
        and span.label_ != "GPE"
        and not _names_a_local_force(span)
        and not _names_its_fighters(span)
    ):
        return True
    if len(span) == 1 and (
        first.text in _word_set("non_entity_words") or first.lower_ in ontology.demonyms()
    ):
        return True
    if span[0].text in ("Operation", "Op", "Op.") or (
        span.start > 0 and doc[span.start - 1].text in ("Operation", "Op", "Op.")
    ):
        return True  # operation names are not entities ("troops of Operation Hadin Kai")
    # "Defence" of "Defence Minister": a portfolio, not an organisation ("Interior Ministry
    # spokesman" keeps its ministry)
    return (
        span.label_ == "ORG"
        and span.end < len(doc)
        and doc[span.end].text.lower() in _OFFICE_NOUNS
        and span[-1].lower_ not in _word_set("bodies_before_offices")
    )


#: Offices the press of South Asia names after their district ("X Superintendent of Police").
_DISTRICT_OFFICES = frozenset({"Superintendent", "Commissioner", "Collector", "Magistrate"})


def _office_after_a_place(span: Span) -> bool:
    """Whether a name is a place's name, an office of it and "of ..." ("X Superintendent of
    Police", "Y Deputy Commissioner"): the office's title before its holder's name, no entity."""
    doc = span.doc
    text = texts(doc)  # (the cached column: no Token built per word of every name)
    at = next((i for i in range(span.start + 1, span.end) if text[i] in _DISTRICT_OFFICES), None)
    if at is None:
        return False
    after = doc[at + 1] if at + 1 < len(doc) else None
    return after is not None and (after.lower_ == "of" or (after.is_title and after.ent_type_ == "PERSON"))


#: Words that make the body words before a title a local office's ("District Police Officer X",
#: "X County Police Commander Y", "X Regional Commissioner Y", "X Additional Commissioner Y").
_LOCAL_OFFICE_WORDS = frozenset(
    {"District", "County", "Regional", "Provincial", "Zonal", "Divisional", "Additional"}
)


def _body_in_a_title(span: Span) -> bool:
    """Whether an organisation's name is the first words of a local office's title that a
    person's name follows ("District Police Officer X Y", "X County Police Commander Y Z"): the
    title of the holder, not a body the text names (the body words end in, or run on to, title
    words, and hold a word of a local office, ``_LOCAL_OFFICE_WORDS``)."""
    words = {t.text for t in span}
    if not (span.label_ == "ORG" or "Police" in words) or not words & _LOCAL_OFFICE_WORDS:
        return False  # ("X County Commissioner Y": the county is named, a place)
    doc = span.doc
    titles = _title_words()
    end = span.end
    while end < len(doc) and doc[end].is_title and doc[end].lower_.rstrip(".") in titles:
        end += 1
    if end == span.end and span[-1].lower_.rstrip(".") not in titles:
        return False
    return end < len(doc) and doc[end].is_title and doc[end].ent_type_ == "PERSON"


def _bylined_bureau(span: Span) -> bool:
    """Whether a name closing on "Bureau" or "Desk" stands in a byline line ("By X Y, Z
    Bureau", "Outlet | Z Bureau | date"): the writer's desk."""
    if span[-1].text not in ("Bureau", "Desk") or span.start == 0:
        return False
    doc = span.doc
    if doc[span.start - 1].text not in (",", "|", "·"):
        return False
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return line.lstrip().startswith("By ") or "|" in line


def _piece_of_a_capitals_compound(span: Span) -> bool:
    """Whether a name in capitals is joined by hyphens, with no space, to capital letters on
    both sides ("PORT-AU-PRINCE", a dateline's town in capitals): a piece of that word, whatever
    body its letters spell."""
    text = doc_text(span.doc)
    start, end = span.start_char, span.end_char
    if not span.text.isupper() or start < 2 or end + 2 > len(text):
        return False
    return (
        text[start - 1] == "-" and text[start - 2].isupper() and text[end] == "-" and text[end + 1].isupper()
    )


def _force_of_title_words(span: Span) -> bool:
    """ "the National Police said", "the Federal Police": an organisation of two or more title
    words closed by a force's head (``force_title_heads`` of entities.yaml) that no name
    follows, so no title before a person's name ("Federal Police Inspector Ali Musa")."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    return (
        span.label_ == "ORG"
        and len(span) >= 2
        and span[-1].text in _word_set("force_title_heads")
        and not (nxt is not None and (nxt.is_title or nxt.is_upper) and nxt.pos_ == "PROPN")
    )


def _common_word_opening_a_heading(span: Span) -> bool:
    """Whether a one-word name the NER guessed (no gazetteer, no place label) is an English
    common noun opening a heading line of the page: a subhead ("Standoff in X"), a section label
    ("Background") or a link under "More from ..." ("→ Outbreak spreads in camps"). Headings
    capitalise their first word, so the NER takes it for a name."""
    first = span[0]
    if len(span) != 1 or first.is_upper or span.label_ == "NORP" or first.ent_kb_id_:
        return False
    text = doc_text(span.doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    if any(c.isalnum() for c in text[line_start : span.start_char]) or len(line) > _HEADING_MAX:
        return False
    if line.endswith((".", "!", "?", ":", ",", ";")) and zone_at(span.doc, span.start_char) == "body":
        return False  # a sentence of the body
    if first.lower_ not in _english_nouns():
        return False
    return span.label_ not in ("GPE", "LOC") or not any(c.exact for c in Geocoder().candidates(span.text))


#: Marks after which a word opens a sentence or a clause as a sentence does (a dateline's dash,
#: a label's colon, an opening quote or bracket).
_OPENING_MARKS = frozenset({"—", "–", ":", '"', "“", "‘", "(", "|", "·"})


def _opens_a_sentence(token: Token) -> bool:
    """Whether a token opens a sentence, a line or the clause after a dateline or a label."""
    if token.is_sent_start or token.i == 0:
        return True
    prev = texts(token.doc)[token.i - 1]  # (a line break is a token of its own, or in one: spaCy
    return prev in _OPENING_MARKS or "\n" in prev  # leaves at most one space after a token)


def _common_noun_opening_a_sentence(span: Span) -> bool:
    """Whether a one-word name the NER guessed is the plural of an English common noun, or a
    common noun the text also writes in lower case, that the text capitalises only where it
    opens a sentence or a line ("Gunmen stormed ...", "Raid in X nets four ... the raid"): no
    name, unless the gazetteer knows the word (not a plural) as a place. The noun list (the
    lemmatizer's) holds many names too ("borneo", "khan"), hence the lower-case test."""
    first = span[0]
    if len(span) != 1 or first.is_upper or not first.is_title or first.ent_kb_id_ or span.label_ == "NORP":
        return False
    if not _opens_a_sentence(first):
        return False
    nouns = _english_nouns()
    word = first.lower_
    singular = {first.lemma_.lower(), word[:-1] if word.endswith("s") else word}
    singular |= {word[:-3] + "man"} if word.endswith("men") else set()
    plural = any(w != word and w in nouns for w in singular)
    if word not in nouns and not plural:
        return False
    forms = {word} | singular
    if not plural and not any(t.is_lower and (t.lower_ in forms or t.lemma_ in forms) for t in span.doc):
        return False  # ("Borneo", "Khan": names the noun list holds, never written in lower case)
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is None or not (nxt.is_lower or nxt.is_punct):
        return False  # "Rice Minister X": the word opens a longer name
    if any(t.text == first.text and not _opens_a_sentence(t) for t in span.doc):
        return False  # written capitalised inside a sentence too: a name
    if plural:
        return True  # "Gunmen", "Settlers": a plural, whatever hamlet the gazetteer spells so
    return not any(c.exact for c in Geocoder().candidates(span.text))


#: The longest line read as a heading (a subhead, a section label, a link's title).
_HEADING_MAX = 100


def _english_nouns() -> frozenset[str]:
    """The English common nouns the parser's lemmatizer knows (its ``lemma_index`` table for
    nouns); empty when no package has one."""
    return _lemma_index()[0]


@cache
def _lemma_index() -> tuple[frozenset[str], frozenset[str]]:
    """The words of the parser's lemmatizer ``lemma_index`` tables, read once from the installed
    model package: its nouns, and every word it indexes (noun, verb, adjective or adverb); both
    empty when no package has the tables."""
    import spacy.util
    from spacy.lookups import Lookups

    from nexus.extract.pipeline import MODEL_PACKAGES

    for package in MODEL_PACKAGES:
        try:
            root = spacy.util.get_package_path(package)
        except (ImportError, OSError):
            continue
        for tables in sorted(root.glob("**/lemmatizer/lookups")):
            lookups = Lookups().from_disk(tables)
            if lookups.has_table("lemma_index"):
                index = lookups.get_table("lemma_index")
                nouns = frozenset(index.get("noun", []))
                return nouns, frozenset(word for key in index for word in index[key])
    return frozenset(), frozenset()


def _page_label(span: Span) -> bool:
    """A label word of the page ("Explainer", "Analysis": ``page.yaml``) standing alone before a
    colon or a dash, as teaser links and section heads open ("Read more: Explainer - why ...")."""
    doc = span.doc
    words = [t for t in span if not t.is_punct]
    return (
        len(words) == 1
        and words[0].lower_ in not_dateline_labels()
        and span.end < len(doc)
        and doc[span.end].text in (":", "-", "–", "—")
    )


@cache
def _time_zones() -> frozenset[str]:
    """Time-zone abbreviations a timestamp may carry (``page.yaml`` ``timestamp_words``, in capitals)."""
    words: list[str] = ontology.table("page.yaml")["timestamp_words"]
    return frozenset(w.upper() for w in words if w.isalpha() and 3 <= len(w) <= 4)


def _time_zone(span: Span) -> bool:
    """Whether a span is a time zone after a clock time ("14:20 CAT", "8.15am PKT", "10:20 GMT+3"):
    a listed abbreviation, or any one capitalised word of three or four letters ending in "T"
    (the "Time" of "Ecuador Time", "Indochina Time") right after the clock."""
    word = span[0].text
    unlisted = (
        len(span) == 1 and word.isalpha() and word.isupper() and 3 <= len(word) <= 4 and word[-1] == "T"
    )
    if len(span) > 3 or (word not in _time_zones() and not unlisted):
        return False
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is None:
        return False
    clock = before.text.lower()
    return (
        ":" in clock
        or clock.endswith(("am", "pm", "a.m.", "p.m.", "hrs"))
        or clock.replace(".", "").isdigit()
    )


def _faith_community(span: Span) -> bool:
    """Whether ``span`` (a name the NER tags as a place) is a faith's adjective and one more
    name ("Shi'ite Zandaris", "the Shia Morvi tribes"; ``faith_adjectives``): the believers of a
    people or tribe, no place. A common noun after the adjective ("Sunni Triangle") is left, and
    so is a town the gazetteer knows by the whole name."""
    words = span.text.split()
    if span.label_ not in ("GPE", "LOC", "FAC") or len(words) != 2:
        return False
    last = span[-1]
    return (
        words[0] in _word_set("faith_adjectives")
        and last.text == words[1]
        and last.is_title
        and last.pos_ == "PROPN"
        and last.text not in _word_set("site_words")
        and last.text not in _word_set("admin_head_words")
        and not _in_gazetteer(span.text)  # ("Muslim X": a town's own name)
    )


def _whose_settlement(word: Token) -> bool:
    """Whether the capitalised ``word``, between an indefinite article and a settlement noun ("a
    Zandri village", "an Olo hamlet"), says whose settlement it is: a people, not the place's name,
    when no gazetteer knows a town so named (the name is told apart: "X, a Zandri village")."""
    doc, i = word.doc, word.i
    return (
        0 < i < len(doc) - 1
        and doc[i - 1].lower_ in ("a", "an")
        and doc[i + 1].is_lower
        and doc[i + 1].lemma_ in _word_set("settlement_nouns")
        and not _in_gazetteer(word.text)
    )


def _is_people(word: str) -> bool:
    """A people or its plural: "Uzbeks", "Chechens", "Afghans" (a demonym or ethnic name + s)."""
    lowered = word.lower()
    if lowered in ontology.demonyms() or word in _word_set("non_entity_words"):
        return True
    if not lowered.endswith("s") or len(lowered) < 5:
        return False
    singular = word[:-1]
    if singular.lower() in ontology.demonyms() or singular in _word_set("non_entity_words"):
        return True
    return _people_of_a_region(word)


def _people_of_a_region(word: str) -> bool:
    """ "Kachins", "Amharas": the plural of a division's name that names no place itself is the
    people of that region."""
    if not word[:1].isupper() or not word.endswith("s") or word.endswith("ss"):
        return False
    geocoder = Geocoder()
    if geocoder.candidates(word):
        return False
    return any(c.kind in ("admin", "country") for c in geocoder.candidates(word[:-1]))


def _is_nickname(span: Span) -> bool:
    """A name inside quotes opened right after "known as", "dubbed": a nickname, no entity."""
    doc = span.doc
    sent_start = _sentence_start(doc, span.start)[0]
    i = span.start - 1
    while i >= max(sent_start, span.start - 4) and not doc[i].is_quote:
        if doc[i].is_punct:
            return False
        i -= 1
    if i < sent_start or not doc[i].is_quote or i == 0:
        return False
    if _likened_in_quotes(span, i):
        return True
    words = [t.lower_ for t in doc[max(sent_start, i - 6) : i]]
    while words and words[-1] in ("the", "a", "an"):
        words.pop()  # "often called the 'Venice of the Coast'"
    before = " ".join(words)
    if any(before.endswith(cue) for cue in _word_set("naming_cues")):
        return True
    # "known to tourists as 'the Alps of the South'": a naming verb, its audience, then "as"
    if words and words[-1] == "as" and any(w in _word_set("naming_verbs") for w in words[-5:-1]):
        return True
    # "residents call the town 'the Paris of the hills'": a naming verb, its object, then the quote
    verbs = _word_set("object_naming_verbs")
    return any(
        t.lemma_.lower() in verbs and t.pos_ == "VERB" and not any(u.is_punct for u in doc[t.i + 1 : i])
        for t in doc[max(sent_start, i - 5) : i]
    )


def _likened_in_quotes(span: Span, quote: int) -> bool:
    """ "'the Switzerland of the East'", "the 'Paris of Africa'": a place named inside quotes as
    the likeness of another ("the X of Y"), whatever verb brings the quote: a nickname. ``quote``
    is the opening quote's index (only "the" may stand between it and the name)."""
    doc = span.doc
    if any(t.lower_ != "the" for t in doc[quote + 1 : span.start]):
        return False
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "of":
        return False
    for tok in doc[span.end + 1 : min(len(doc), span.end + 7)]:
        if tok.is_quote:
            return True
        if tok.is_punct:
            return False
    return False


_OFFICE_NOUNS = frozenset(
    {"minister", "ministers", "secretary", "spokesperson", "spokesman", "adviser", "advisor", "minister's"}
)


def self_naming_verbs() -> frozenset[str]:
    """Lemmas of a group naming itself ("calling itself X"; ``self_naming_verbs`` in entities.yaml)."""
    return _word_set("self_naming_verbs")


@cache
def _word_set(key: str) -> frozenset[str]:
    words: list[str] = _lexicon().get(key, [])
    return frozenset(words)


@cache
def _word_sets(*keys: str) -> frozenset[str]:
    """The words of several lexicons of entities.yaml together (``_word_set(a) | _word_set(b)``),
    built once."""
    return frozenset().union(*(_word_set(key) for key in keys))


def assault_object(token: Token) -> bool:
    """Whether ``token`` is the object of a verb that tells an assault on a place ("the attackers
    encircled X", "gunmen stormed Y": ``retold_assault_verbs``)."""
    return token.dep_ == "dobj" and token.head.lemma_.lower() in _word_set("retold_assault_verbs")


@cache
def _hedge_adjectives() -> frozenset[str]:
    """``hedge_adjectives`` of hedges.yaml ("suspected", "alleged"): a capitalised one opening a
    name the NER tagged ("Suspected X fighters") hedges the telling, it names no part of X."""
    return frozenset(str(w).lower() for w in ontology.table("hedges.yaml")["hedge_adjectives"])


@cache
def _all_title_words() -> frozenset[str]:
    """:func:`_title_words` and :func:`bare_title_words` together, built once."""
    return _title_words() | bare_title_words()


@cache
def _folded_set(key: str) -> frozenset[str]:
    return frozenset(fold(w) for w in _word_set(key))


def _initialled_name(name: str) -> bool:
    """Whether a name is a given name and a surname's initial ("Ramin S.", the way the press of
    some countries names suspects and minors): a person's, whatever the NER says."""
    return re.fullmatch(r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)? [A-Z]\.", name) is not None


#: Prepositions whose object is a spot on the ground, never a body: "near X", "towards Y".
_SPOT_PREPOSITIONS = frozenset({"near", "towards", "toward", "outside"})


def _placed_by_its_phrase(span: Span) -> bool:
    """Whether a written name (no acronym, no organisation word) the tagger read as an organisation
    is a place by its phrase: the object of "near", "towards" or "outside" ("ambushed a convoy
    near X"), or set in a named division ("attacked Y in Z district", "Y in Z LGA", "memories of
    Y, in the Z region")."""
    doc = span.doc
    if not all(w[:1].isupper() and not w.isupper() for w in span.text.split()):
        return False
    if span.start > 0 and doc[span.start - 1].lower_ in _SPOT_PREPOSITIONS:
        return True
    return _set_in_a_named_division(span)


def _set_in_a_named_division(span: Span) -> bool:
    """Whether the name is followed by "in Z district", ", in Z State" or ", in the Z region": a
    division named with its noun holds it, so it is a place (the division is named with a capital
    letter and the noun follows within three words)."""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].text == ",":
        i += 1
        if i + 2 < len(doc) and doc[i].lower_ == "in" and doc[i + 1].lower_ == "the":
            i += 1  # ", in the Z region": the name is read after "the" as after "in"
    if i + 2 >= len(doc) or doc[i].lower_ not in ("in", "the") or not doc[i + 1].is_title:
        return False
    if doc[i].lower_ == "the" and doc[i - 1].lower_ != "in":
        return False
    nouns = _admin_nouns()
    for j in range(i + 2, min(i + 5, len(doc))):
        if doc[j].lower_ in nouns or doc[j].lemma_.lower() in nouns:
            return True  # "in Z district", "in Z State", "in Z LGA"
        if not doc[j].is_title:
            return False
    return False


#: Organisation subtypes of a force that holds posts ("the Federal Police post", "an X Army base").
_FORCE_SUBTYPES = frozenset({"military", "police", "government", "armed_group"})


def _force_owning_a_site(span: Span, words: list[str]) -> bool:
    """ "a Rangers camp", "the Security Belt checkpoint", "a General Security post": a force's
    name right before a noun of a post it holds (``force_site_nouns`` of entities.yaml) is the
    post's owner, no place; so is one before a noun of its people ("the X forces", "Y officers",
    ``force_people_nouns``). A force's name: one whose words give a force's subtype, one closed by
    a word of its members or unit (``force_member_heads``: "Rangers", "Levies"), or two title
    words of a state body ("Security Belt", "General Security": ``title_modifier_words`` opening
    it or ``force_title_heads`` closing it). A name the gazetteer knows stays the place."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    owned = _word_sets("force_site_nouns", "force_people_nouns")
    if nxt is None or not nxt.is_lower or nxt.lower_ not in owned:
        return False
    if not all(w[:1].isupper() for w in words):
        return False
    text = " ".join(words)
    forced = (
        org_subtype(text) in _FORCE_SUBTYPES
        or words[-1] in _word_set("force_member_heads")
        or (
            len(words) == 2
            and (words[0] in _word_set("title_modifier_words") or words[-1] in _word_set("force_title_heads"))
        )
    )
    return forced and not any(c.exact for c in Geocoder().candidates(text))


def _forces_owning_sites(doc: Doc, clusters: list[EntityCluster]) -> None:
    """A place no gazetteer entry holds, each mention of it a force's name before a post it holds
    ("a Rangers camp ... the Rangers camp"), is the force (:func:`_force_owning_a_site`): the
    stages that read a name before a site noun as a place do not hold for an owner. Changes
    clusters in place."""
    for cluster in clusters:
        if cluster.type != "PLACE" or cluster.key is not None:
            continue
        spans = [_mention_span(doc, m) for m in cluster.mentions]
        if not spans or any(s is None for s in spans):
            continue
        told = [s for s in spans if s is not None]
        owning = [_force_owning_a_site(s, s.text.split()) for s in told]
        if all(owning) or named_as_owner_only(told, owning):
            cluster.type, cluster.subtype = "ORG", None


def _type_of(span: Span, entry: GazetteerEntry | None) -> str | None:
    text = span.text  # (spaCy joins the tokens again on every read)
    if all(w in _word_set("festival_words") for w in text.split()):
        return None  # "around Christmas, gunmen ...", "after Easter": a feast's time, whatever town bears it
    if entry is not None:
        return _LABEL_TYPES.get(entry.label, "ORG")
    etype = _LABEL_TYPES.get(span.label_)
    words = text.split()
    if etype is not None and _initialled_name(text):
        return "PERSON"  # "Ilyas K." read as a place
    if _branch_name(span):
        return "ORG"  # "the Islamic State's Ruritania Province": a group's branch, no province
    if etype is None:
        titled_name = span.label_ in ("EVENT", "PRODUCT", "WORK_OF_ART", "LAW") and len(words) in (2, 3)
        if titled_name and all(w[:1].isupper() for w in words) and _titled(span):
            return "PERSON"  # "Governor Amina Bello" read as an event
        named_thing = span.label_ in ("EVENT", "PRODUCT", "WORK_OF_ART", "LAW")
        if named_thing and org_subtype(text) == "armed_group":
            return "ORG"  # "Harakat-ul-X" read as a product
        if named_thing and (_after_group_noun(span) or _named_as_a_group(span)):
            return "ORG"  # "the monitoring group X Watch" read as a title
        return None
    if _military_unit(words):
        return "ORG"  # "the 7th Division", "the Second Division": a unit, no division of land
    if span.label_ != "PERSON" and _listed_among_groups(span):
        return "ORG"  # "backs several factions, notably X in Y and Z in W": Z is a group, no town
    if _force_owning_a_site(span, words):
        return "ORG"  # "a Rangers camp", "the Security Belt checkpoint": the post's owner, no place
    if etype in ("PERSON", "ORG") and _settlement_name(span, words, etype):
        return "PLACE"  # "Unguwar X", "Kafr Y", "Z Gari": a settlement named with its local noun
    if etype in ("PLACE", "PERSON") and _gang_by_its_article(span):
        return "ORG"  # "blamed Los Zorros": a gang's name, no town
    if _street_name(words):
        return "PLACE"  # "Rue Marbeuf", "Place de la Concorde", "Friedrich-Ebert-Platz" read as a person
    if _site_named_with_its_town(words) or _admin_phrase_head(words):
        return "PLACE"  # "the Civil Hospital Kandara", "the X Local Government Area"
    if _site_word_first(words):
        return "PLACE"  # "the Hotel Valmont" read as a company
    if (
        words[-1] in _word_set("site_words")
        or " ".join(words[-2:]) in _word_set("site_words")
        or (
            len(words) > 1
            and words[-1] in _word_set("admin_head_words")
            and org_subtype(" ".join(words[:-1])) == "other"  # "the Crime Investigation Division": a body
            and words[-2] not in _word_set("body_function_words")  # "Media Division": an office's unit
        )
    ):
        return "PLACE"
    if len(words) == 1 and words[0] in _word_set("non_town_modifiers") and _modifies_a_site(span):
        return None  # "a Quran school", "the Christmas market": what the site is for, no place
    if all(w in _word_set("festival_words") for w in words) and _before_a_common_noun(span):
        return None  # "the Easter fair", "the New Year parade": a feast, no place
    if etype == "PLACE" and _group_noun_after(span, opening=False, after_place=True):
        return "ORG"  # "members of the X gang": a gang's name, no place the gazetteer knows
    if etype in ("PLACE", "PERSON") and _group_by_context(span):
        return "ORG"  # "members of Los Zetas", "the daily Le Soir"
    if _named_as_a_group(span):
        return "ORG"  # "clan fighters known as the X", "a militia called Y": the group's name
    if (etype != "ORG" or org_subtype(text) == "other") and _named_alias(span):
        return "PERSON"  # "a commander known as Calarca": a person's alias, whatever town bears it
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if (
        nxt is not None
        and nxt.is_lower
        and (nxt.lower_ in _word_set("place_nouns") or nxt.lemma_ in _word_set("place_nouns"))
        and not (etype == "ORG" and org_subtype(text) == "media")  # "its Radio X station"
    ):
        return "PLACE"  # "the Garki junction", "Kanto district"
    if (
        etype == "PERSON"
        and nxt is not None
        and nxt.is_lower
        and nxt.lower_ in _word_set("town_site_nouns")
        and span.start > 0
        and doc[span.start - 1].lower_ == "the"
    ):
        return "PLACE"  # "died in the Ali Musa hospital": a site named after a man, no man
    if etype in ("ORG", "PERSON") and org_subtype(text) == "other" and _listed_before_place_noun(span):
        return "PLACE"  # "across Yala's X and Y districts"
    if etype in ("ORG", "PERSON") and org_subtype(text) == "other" and _site_compound_after(span):
        return "PLACE"  # "the Mandan police station", "the Kadiri fish market"
    if (
        etype in ("ORG", "PERSON")
        and org_subtype(text) == "other"
        and span.end < len(span.doc)
        and _settlement_apposed_at(span.doc, span.end)
        and not _titled(span)
    ):
        return "PLACE"  # "bombed X Y, a village in Z" read as a person
    if etype == "ORG" and org_subtype(text) == "other" and _placed_by_its_phrase(span):
        return "PLACE"  # "ambushed a convoy near X", "bandits attacked Y in Z district"
    if etype == "PERSON" and len(words) == 1 and words[0].istitle() and _set_in_a_named_division(span):
        return "PLACE"  # "memories of X, in the Z region": one word set in a division, no man
    if etype == "PLACE" and any(c.isdigit() for c in text):
        return "ORG"  # "G7", "G20"
    if (
        etype == "PLACE"
        and len(words) in (2, 3)
        and all(w.isalpha() and w.istitle() for w in words)
        and _apposed_person_role(span)
        and not any(c.exact for c in Geocoder().candidates(text))
    ):
        return "PERSON"  # "X Y, a spokeswoman for the police, said": a person read as a site
    if etype == "ORG" and len(words) > 1 and words[-1] in _word_set("leader_group_nouns"):
        return "ORG"  # "the X-Yusuf group": a faction named with its leader's name, no man
    if etype == "ORG" and _person_length(words) and org_subtype(text) == "other" and _titled(span):
        return "PERSON"  # "Chancellor Eva Lund", "the country's president, Ana Ruiz" tagged as organisations
    if (
        etype == "ORG"
        and len(words) in (2, 3)
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
        and org_subtype(text) == "other"
        and not any(w.lower() in _CONNECTORS for w in words)
        and _led_by(span)
        and not any(c.exact for c in Geocoder().candidates(text))
    ):
        return "PERSON"  # "a delegation led by Ana Ruiz" tagged as an organisation
    if (
        etype == "ORG"
        and len(words) in (2, 3)
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
        and org_subtype(words[-1]) == "other"
        and _after_role_noun(span)
    ):
        return "PERSON"  # "a senior X commander, Abu Jihad Y": a man, whatever group word his name holds
    if (
        etype == "PERSON"
        and org_subtype(text) in ("armed_group", "military", "government")
        and not _after_role_noun(span)  # "the group's spokesman Abu Jihad X": a man named after a group word
    ):
        return "ORG"  # "Jamaat-ud-Dawa", "Saraya Ansar al-Sunna" tagged as persons
    if (
        etype == "PERSON"
        and len(words) > 1
        and all(w.replace("-", "").isalpha() for w in words)  # no credit "Name/Outlet Press"
        and org_subtype(words[-1]) == "media"
        and not _titled(span)
    ):
        return "ORG"  # "the studios of Canal X Televisión": a broadcaster, whatever its first words
    if (
        etype == "PERSON"
        and (words[0] in _opening_words_cased() or _lone_first_word(span, words))
        and (_described_as_group(span) or (words[0] in _opening_words_cased() and _set_off_as_group(span)))
    ):
        # "Katiba Umar, known to be affiliated with X", "Al-Y, known to be linked to Z": a
        # battalion or a band; a man is introduced by his full name
        return "ORG"
    if etype == "PERSON" and _listed_under_group_noun(span):
        return "ORG"  # "several militias in the region, including Red X in Y": one of the groups
    if etype == "PERSON" and _apposed_group_somewhere(span):
        return "ORG"  # "Kel X, a militia active in ...": a group's name, not a person's
    if etype == "PERSON" and _group_noun_after(span, opening=words[0] in _opening_words_cased()):
        return "ORG"  # "the X faction", "Saraya X fighters": a group's name, not a person's
    if etype == "PERSON" and _apposed_group_noun(span.root, ("the", "a", "an")):
        return "ORG"  # "X, the insurgent group in the north": a group's name, not a person's
    if (
        etype == "PLACE"
        and len(words) > 1
        and org_subtype(text) in ("armed_group", "military", "government")
        and not any(c.exact for c in Geocoder().candidates(text))
    ):
        return "ORG"  # "the Gulf Clan", "Basin Commission", "Coast Guard Service" tagged as places
    return etype


_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
_ROMAN = re.compile(r"^[IVX]+$")


def _settlement_name(span: Span, words: list[str], etype: str) -> bool:
    """Whether a name of two to four capitalised words opens with a local word for a settlement
    (``settlement_name_openers``: "Unguwar X", "Ban X Y") or, tagged an organisation, closes
    with one (``settlement_name_closers``: "X Gari"), with no title before it ("Ambassador
    Ban X" names a man) and no group word in it."""
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words) or _titled(span):
        return False
    if org_subtype(span.text) != "other":
        return False
    if words[0] in _word_set("settlement_name_openers"):
        # not "Barangay Kagawad X Y": an office after the opener ("village councillor X Y")
        return words[1].lower().rstrip(".") not in bare_title_words()
    return etype == "ORG" and words[-1] in _word_set("settlement_name_closers")


def _street_name(words: list[str]) -> bool:
    """Whether a name is a street's or square's: a ``street_opening_words`` word before a further
    name ("Rue Marbeuf", "Calle de Alcala"), or a last word whose last hyphened part has a
    ``street_endings`` ending ("Friedrich-Ebert-Platz"); a leading article is skipped."""
    if words and words[0] in ("the", "The"):
        words = words[1:]
    if len(words) >= 2 and words[0] in _word_set("street_opening_words") and words[1][:1].isupper():
        return True
    if len(words) >= 2 and words[0] in _word_set("street_opening_words") and len(words) >= 3:
        return words[1] in ("de", "du", "des", "del", "della", "di", "da", "do") and words[-1][:1].isupper()
    last = words[-1].lower() if words else ""
    return "-" in last and last.rsplit("-", 1)[1] in _word_set("street_endings")


def _military_unit(words: list[str]) -> bool:
    """Whether a name is a military unit's: a unit head ("Division", "Brigade") after an ordinal
    or an arm's word ("7th", "Second", "Mechanised"), ``unit_heads`` and ``unit_words`` of
    entities.yaml."""
    heads = _word_set("unit_heads")
    if len(words) < 2 or not (words[-1] in heads or " ".join(words[-2:]) in heads):
        return False
    if words[0].isdigit() and len(words[0]) <= 3 and words[-1] in _word_set("bare_numbered_unit_heads"):
        return True  # "3 Division": a unit named by a bare number
    return any(_ORDINAL.match(w) or w in _word_set("unit_words") for w in words[:-1])


def _gang_by_its_article(span: Span) -> bool:
    """Whether a name opening with a plural article ("Los Zorros") is a gang's: the gazetteer
    does not know it and it is not set as a place ("in", "near", "the area of")."""
    words = span.text.split()
    if len(words) < 2 or words[0] not in _word_set("group_plural_articles") or not words[-1].endswith("s"):
        return False
    if any(c.exact for c in Geocoder().candidates(span.text)):
        return False
    return not _place_only_context(span)


def _admin_phrase_head(words: list[str]) -> bool:
    """Whether a name ends in an area's head of several words ("X Local Government Area")."""
    phrases = _word_set("admin_head_phrases")
    return len(words) > 2 and (" ".join(words[-3:]) in phrases or " ".join(words[-2:]) in phrases)


def _site_word_first(words: list[str]) -> bool:
    """Whether a name of two to four capitalised words (an article before it left aside) opens
    with a site word written before the name (``site_words_before_names``: "the Hotel Valmont")."""
    if words and words[0].lower() == "the":
        words = words[1:]
    return (
        1 < len(words) <= 4
        and words[0] in _word_set("site_words_before_names")
        and all(w[:1].isupper() for w in words[1:])
    )


def _site_named_with_its_town(words: list[str]) -> bool:
    """Whether a name is a site's followed by its town or a number: "the Civil Hospital Kandara",
    "the X Health Centre III" (a site word before a known town or a Roman numeral)."""
    if len(words) < 3:
        return False
    last, body = words[-1], words[:-1]
    sites = _word_set("site_words")
    if not (body[-1] in sites or " ".join(body[-2:]) in sites):
        return False
    if _ROMAN.match(last):
        return True
    return last[:1].isupper() and any(
        c.exact and c.kind in ("city", "admin") for c in Geocoder().candidates(last)
    )


@cache
def _opening_words_cased() -> frozenset[str]:
    words: list[str] = _lexicon().get("org_opening_words", [])
    return frozenset(words)


def _group_noun_after(span: Span, *, opening: bool, after_place: bool = False) -> bool:
    """Whether a lower-case group noun follows a name ("the X faction", "the X militia"); for a
    name opening with a group word, a fighters' noun does too ("Saraya X fighters"). With
    ``after_place`` (a name tagged as a place), only a gang's or militia's noun counts, and only
    when no gazetteer knows the name exactly ("the X gang", not "the Sahel insurgency")."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    article = len(span) > 1 and span[0].lower_ in ("the", "a", "an")
    named = span[1:] if article else span  # "the X" tagged whole
    if nxt is None or not nxt.is_lower or named.root.head.i != nxt.i:
        return False
    lemma = nxt.lemma_.lower()
    if after_place:
        nouns = _word_set("group_nouns_after_places")
        if lemma not in nouns and nxt.lower_ not in nouns:
            return False
        return not any(c.exact for c in Geocoder().candidates(span.text))
    nouns = _word_sets("group_nouns_after_names", "group_nouns_right_after_names")
    if lemma in nouns or nxt.lower_ in nouns:
        return True
    return opening and (lemma in _word_set("fighter_nouns") or nxt.lower_ in _word_set("fighter_nouns"))


def _lone_first_word(span: Span, words: list[str]) -> bool:
    """Whether the name is one word met here for the first time: not a person's surname told after
    his full name (a person is introduced by more than one name)."""
    if len(words) != 1:
        return False
    text = span.text
    doc = span.doc
    return text not in doc_text(doc)[: doc[span.start].idx]


def _described_as_group(span: Span) -> bool:
    """Whether a description hung on a name ties it to a group: "X, known to be affiliated with
    Y", "X, a faction of Y", "X, which is loyal to Y" (an apposition or a clause after a comma)."""
    root = span.root
    cues = _word_set("group_description_words")
    if root.dep_ == "appos" and root.head.lemma_.lower() in cues:
        return True  # "the X affiliate Katiba Y"
    for child in root.children:
        if child.i < span.end or child.dep_ not in ("acl", "appos", "relcl", "amod"):
            continue
        if any(t.lemma_.lower() in cues or t.lower_ in cues for t in child.subtree):
            return True
    return False


def _set_off_as_group(span: Span) -> bool:
    """Whether the words set off by commas right after a name tie it to a group, read in word
    order: "X, understood to be a battalion of Y, has ..." where the parser made the description's
    verb the sentence's root (``group_description_words``)."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return False
    cues = _word_set("group_description_words")
    for tok in doc[span.end + 1 : min(len(doc), span.end + 14)]:
        if tok.text in (",", ";", ".") or tok.is_sent_start:
            return False
        if tok.lemma_.lower() in cues or tok.lower_ in cues:
            return True
    return False


def _listed_among_groups(span: Span) -> bool:
    """Whether the name opens an item of a list of examples of armed groups: after a cue of
    ``group_example_cues`` that follows a plural noun of ``listed_group_nouns`` ("arms several
    rebel movements in the region, among them X in Y and the Z in W": X and Z, not Y nor W).
    Only names, articles, commas, "and" and "in"/"around"/"across" phrases of places may stand
    between the cue and the name."""
    doc = span.doc
    sent_start = _sentence_start(doc, span.start)[0]
    k = span.start - 1
    if k >= sent_start and doc[k].lower_ == "the":
        k -= 1
    if k < sent_start:
        return False
    opener = doc[k]
    if opener.lower_ not in ("and", ",") and not _ends_group_example_cue(doc, k):
        return False
    while k >= sent_start and not _ends_group_example_cue(doc, k):
        word = doc[k]
        linking = word.lower_ in ("and", ",", "the", "in", "around", "across")
        if not (word.is_title or linking or word.is_punct):
            return False  # a verb or common noun: the name is no item of the examples
        k -= 1
    if k < sent_start:
        return False
    cue_start = k - len(_group_example_cue_at(doc, k).split()) + 1
    nouns = _word_set("listed_group_nouns")
    return any(
        t.tag_ == "NNS"
        and t.is_lower
        and t.lemma_.lower() in nouns
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)  # "groups of villagers"
        for t in doc[max(cue_start - 8, sent_start) : cue_start]
    )


def _group_example_cue_at(doc: Doc, end: int) -> str:
    """The cue of ``group_example_cues`` that ends on token ``end``, lower case, or ""."""
    low = lowers(doc)
    for cue, words in _group_example_cues():
        start = end - len(words) + 1
        if start >= 0 and low[start : end + 1] == words:
            return cue
    return ""


@cache
def _group_example_cues() -> tuple[tuple[str, list[str]], ...]:
    """``(cue, its words)`` of ``group_example_cues``, longest cue first (sorted once)."""
    return tuple((cue, cue.split()) for cue in sorted(_word_set("group_example_cues"), key=len, reverse=True))


def _ends_group_example_cue(doc: Doc, end: int) -> bool:
    return bool(_group_example_cue_at(doc, end))


def _group_by_context(span: Span) -> bool:
    """Whether the words before a name make it a group or an outlet, not a place or person:
    "members of X" (or of a list holding X), "the daily X"; a name a gazetteer knows as a
    place exactly keeps its place reading."""
    doc = span.doc
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "members of A, B and C"
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "the" and span.start > 1:
        before = doc[span.start - 2]
    media = before is not None and before.is_lower and before.lower_ in _word_set("media_nouns")
    member = (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.lower_ in _word_set("member_nouns")
    )
    if not (media or member or _after_group_noun(span)):
        return False
    return not any(c.exact for c in Geocoder().candidates(span.text))


def _after_group_noun(span: Span) -> bool:
    """Whether a common noun of a body stands right before a name and governs it, or sets it off
    with a comma: "the women's movement X", "the militant outfit X", "the association X",
    "a youth movement, X," (``group_nouns_before_names``); not "the party X founded"."""
    doc = span.doc
    i = span.start - 1
    comma = i > 0 and doc[i].text == ","
    if comma:
        i -= 1
    if i < 0:
        return False
    noun = doc[i]
    if not noun.is_lower or (noun.lower_ not in _word_set("group_nouns_before_names")):
        return False
    root = span.root
    if comma:
        return root.dep_ == "appos" and root.head.i == noun.i
    return root.head.i == noun.i or noun.head.i == root.i


def _named_as_a_group(span: Span) -> bool:
    """Whether a naming cue (``naming_cues``: "known as", "called") right before the name, an
    article allowed, follows a group noun (``group_nouns_before_names``: "a militia known as X")
    or a plural noun of fighters ("clan fighters known as the X", ``fighter_nouns``,
    ``group_named_fighter_nouns``): the name is the group's. "A fighter known as X" (one man)
    is no group."""
    doc = span.doc
    start = span.start - int(span.start > 0 and doc[span.start - 1].lower_ == "the")
    group_nouns = _word_set("group_nouns_before_names")
    fighters = _word_sets("fighter_nouns", "group_named_fighter_nouns")
    low = lowers(doc)
    for cue, n in _cue_lengths("naming_cues"):
        if start - n < 1 or not cue.endswith(low[start - 1]):
            continue  # (the words before end with the word before the name: most names, no text cut)
        if range_text(doc, start - n, start).lower() != cue:
            continue
        noun = doc[start - n - 1]
        if not noun.is_lower:
            return False
        return noun.lemma_.lower() in group_nouns or (noun.tag_ == "NNS" and noun.lower_ in fighters)
    return False


@cache
def _cue_lengths(key: str) -> tuple[tuple[str, int], ...]:
    """``(cue, number of words)`` of each phrase of lexicon ``key``, in the order of its word set."""
    return tuple((cue, len(cue.split())) for cue in _word_set(key))


def _named_alias(span: Span) -> bool:
    """A name written right after "known as", "alias" with no quotes, after a noun that is no
    place noun ("a fighter known as Tarek"): the name a person goes by."""
    doc = span.doc
    sent_start = _sentence_start(doc, span.start)[0]
    low = lowers(doc)
    for cue, n in _cue_lengths("person_alias_cues"):
        start = span.start - n
        if start <= sent_start or not cue.endswith(low[span.start - 1]):
            continue  # (the words before end with the word before the name: most names, no text cut)
        if range_text(doc, start, span.start).lower() != cue:
            continue
        before = doc[start - 1]
        return before.pos_ in ("NOUN", "PROPN") and before.lemma_.lower() not in (
            _word_sets("place_of_nouns", "place_nouns")
        )
    return False


def _sentence_start(doc: Doc, token_i: int) -> tuple[int, int]:
    """(token index, char offset) of the start of the sentence holding a token.

    ``Span.sent`` scans the document on every call; the sentence starts are
    collected once per Doc and searched with bisect.
    """
    tokens, starts = _sentence_starts(doc)
    return starts[max(bisect_right(tokens, token_i) - 1, 0)]


def _sentence_starts(doc: Doc) -> tuple[list[int], list[tuple[int, int]]]:
    """``(token indices, (token index, char offset) pairs)`` of the starts of a Doc's sentences,
    collected once per Doc (the indices apart, so a bisection compares numbers, not pairs)."""
    found: tuple[list[int], list[tuple[int, int]]] | None = doc.user_data.get("nexus_sent_starts")
    if found is None:
        starts = [(sent.start, sent.start_char) for sent in doc.sents]
        found = doc.user_data["nexus_sent_starts"] = ([start for start, _ in starts], starts)
    return found


def _mention(span: Span) -> Mention:
    return Mention(span.start_char, span.end_char, span.text, _sentence_start(span.doc, span.start)[1])


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _not_a_signer(outlet: str | None) -> Callable[[str], bool]:
    """What tells a byline's or credit's piece from a signer's name: the report's outlet, a
    body's or an outlet's name ("Benadir Wire"), a place the gazetteer knows by that name."""
    outlet_key = fold(outlet) if outlet else None

    def not_a_signer(name: str) -> bool:
        return (
            fold(name) == outlet_key
            or org_subtype(name) != "other"
            or any(c.exact for c in Geocoder().candidates(name))
        )

    return not_a_signer


def cluster_entities(doc: Doc, outlet: str | None = None) -> list[EntityCluster]:
    """Clean, type and cluster the entity spans of a document."""
    doc.user_data[_PLACE_CONTEXTS] = {}
    try:
        return _clusters(doc, outlet)
    finally:
        doc.user_data.pop(_PLACE_CONTEXTS, None)


def _clusters(doc: Doc, outlet: str | None) -> list[EntityCluster]:
    """:func:`cluster_entities`."""
    known = entries()
    clusters: list[EntityCluster] = []
    by_key: dict[str, EntityCluster] = {}
    by_form: dict[tuple[str, str], EntityCluster] = {}
    outlet_key = fold(outlet) if outlet else None

    spans = _with_seat_country(
        _with_joined_last_word(
            with_foreign_connected_names(
                with_bodies_over_named_bodies(
                    _with_long_org_names(_with_body_tails(_with_branch_names(_with_state_bodies(doc))))
                )
            )
        )
    )
    spans = with_honorific_given_names(doc, spans)  # "Shri [A] B": the name after a word of address
    spans = with_hyphened_acronyms(doc, spans)  # "[ADF]-NALU": one name
    spans = with_compass_openers(doc, spans)  # "[Western] X Command"
    spans = _untagged_numbered_units(
        doc, _with_unit_numbers(_with_first_names(_with_apposed_given_names(spans)))
    )
    spans = [part for span in spans for part in _split_office_after_place(span)]
    spans = [part for span in spans for part in split_place_and_person(span, _plain_name)]  # "of X, A B"
    titled = titled_names(doc, spans)  # names after a long title (titled_names.py)
    signed = [s for s in signed_names(doc, _not_a_signer(outlet)) if not any(_overlap(s, t) for t in titled)]
    titled = [*titled, *signed]
    signed_at = {(s.start, s.end) for s in signed}
    spans = [
        s
        for s in spans
        if not any(t.start <= s.start and s.end <= t.end for t in titled)
        and not any(_overlap(s, t) for t in signed)
    ]
    for ent in [*spans, *titled]:
        entry = known.get(ent.kb_id_) if ent.kb_id_ else None
        if ent.label_ == "NORP" and entry is None:
            continue
        trimmed = _trim(ent)
        if trimmed is None:
            continue
        span, role = trimmed
        if span.label_ == "ORG" and entry is None:
            span = _with_bracketed_tail(_with_leader_group_noun(span))
        elif span.label_ == "PERSON" or (
            span.label_ == "ORG" and any(_joining_hyphen(t, span) for t in span)
        ):
            span = _with_leader_group_noun(span)  # "the X Y front" read as a man; "the X-Y group"
        is_signed = (ent.start, ent.end) in signed_at
        etype = "PERSON" if is_signed else _type_of(span if span.label_ != ent.label_ else ent, entry)
        if etype is None or (not is_signed and _is_junk(span, entry)):
            continue
        if etype == "PERSON":
            role = role or _role_before(span)
        key = entry.key if entry else None
        folded = fold(span.text)
        if outlet_key and folded == outlet_key:
            etype, key = "ORG", key or f"outlet:{outlet_key}"
        cluster = by_key.get(key) if key else by_form.get((etype, folded))
        if cluster is None:
            cluster = EntityCluster(type=etype, key=key)
            if entry is not None:
                cluster.subtype, cluster.country = entry.subtype, entry.country
            elif key and key.startswith("outlet:"):
                cluster.subtype = outlet_subtype(span.text)
            clusters.append(cluster)
            if key:
                by_key[key] = cluster
        by_form[(etype, folded)] = cluster
        cluster.add(_mention(span))
        cluster.signed = cluster.signed or is_signed
        if _branch_name(ent) and entry is None:
            cluster.subtype = "armed_group"  # a group's regional branch is an armed group as its parent
        if _branch_name(ent) and (_POSSESSIVE.search(span.text) or entry is not None):
            plain = _SPACES.sub(" ", _POSSESSIVE.sub(" ", span.text)).strip()
            for form in (plain, *([entry.name] if entry else [])):  # "the Islamic State's X Province"
                cluster.forms.setdefault(fold(form), form)  # is also "Islamic State X Province"
        for word in [" ".join(role)] if role else []:
            if word not in cluster.roles:
                cluster.roles.append(word)

    _guarded_acronyms(doc, clusters, by_key)
    geocoder = doc_geocoder(doc, clusters)
    _relabel_places(doc, clusters, geocoder)
    clusters = _persons_named_as_places(doc, clusters)
    clusters.extend(_towns_of_sites(doc, clusters))
    _listed_with_places(doc, clusters)
    clusters.extend(_untagged_places(doc, clusters, geocoder))
    clusters.extend(_acronym_groups(doc, clusters))
    clusters = _same_name_places(doc, clusters)
    clusters.extend(_dateline(doc, clusters, outlet))
    clusters = _merge_parenthetical_abbreviations(doc, clusters)
    placed = {
        id(c)
        for c in clusters
        if c.type == "PLACE"
        and (
            any(s is not None and _place_only_context(s) for s in (_mention_span(doc, m) for m in c.mentions))
            or (
                c.key is None
                and " " not in c.name
                and (_written_where_only_a_place_fits(doc, c.name) or _written_before_place_noun(doc, c.name))
            )
        )
    }
    _people_tagged_as_organisations(clusters)
    _places_named_by_outlets(doc, clusters)
    clusters = _merge_short_forms(clusters, placed)
    _untagged_surnames(doc, clusters)
    _forces_owning_sites(doc, clusters)
    _places_named_for_happenings(doc, clusters)
    for cluster in clusters:
        if cluster.type == "ORG" and cluster.subtype is None:
            cluster.subtype = org_subtype(cluster.name)  # the dateline outlet is already media
            opening = cluster.name.split()[0]
            if cluster.subtype == "other" and _military_unit(cluster.name.split()):
                cluster.subtype = "military"  # "the 4th Infantry Division", "Second Division": an army's unit
            elif cluster.subtype == "other" and any(
                s is not None and _media_arm(s) for s in (_mention_span(doc, m) for m in cluster.mentions)
            ):
                cluster.subtype = "media"  # "its X media arm": the group's outlet
            elif cluster.subtype == "other" and (
                opening in _opening_words_cased()
                or opening in _word_set("group_plural_articles")
                or cluster.name.split()[-1] in _word_set("leader_group_nouns")
            ):
                cluster.subtype = "armed_group"  # an organisation opening with "Ansar", "Katiba", "Los", ...
        elif cluster.type == "PLACE":
            _place_subtype(cluster, geocoder, doc)
    _listed_with_towns(doc, clusters, geocoder)
    clusters = _merge_into_outlets(clusters)
    _wings_are_armed_groups(doc, clusters)
    _described_armed_groups(doc, clusters)
    _fought_for_armed_groups(doc, clusters)
    _armed_by_deeds(doc, clusters)
    outlets = _outlet_spans(
        doc_text(doc), {f for c in clusters if c.subtype == "media" for f in c.forms.values()}
    )
    clusters = [c for c in clusters if not _credited_only(doc, c) and not _inside_outlets(c, outlets)]
    _link_containers(doc, clusters)
    _note_written_forms(doc, clusters)
    armed_nouns = _word_set("armed_written_nouns")
    for cluster in clusters:
        if (
            cluster.type == "ORG"
            and cluster.subtype == "other"
            and any(form.split()[-1] in armed_nouns for form in cluster.written.values())
        ):
            cluster.subtype = "armed_group"  # written "the X gang", "the Y militia": an armed group
    _states_of_bodies_named_after_them(clusters)
    for cluster in clusters:
        inside_town = (
            cluster.within is not None
            and cluster.within.subtype == "city"
            and not cluster.within_guessed
            and not cluster.within_division  # "the X district of Y governorate": no part of Y town
        )
        town_part = inside_town and _followed_by(doc, cluster, _word_set("town_part_nouns"))
        if (
            cluster.type == "PLACE"
            and cluster.subtype in ("admin", "city")
            and town_part
            and geocoder.best(cluster.name) is None
        ):
            cluster.subtype = "site"  # "Kabul's Dasht-e-Barchi district": a part of the town, finer than it
    return clusters


def outlet_subtype(name: str) -> str:
    """The kind of organisation a page's outlet is: a medium, unless its name is a state body's or
    a force's with no medium's word in it ("X Joint Security Command", "Y Command Public Affairs
    Office": the body issuing its own press release, which speaks and acts in it)."""
    kind = org_subtype(name)
    media_words = {str(w) for w in _lexicon()["org_subtype_words"]["media"]}
    if kind in ("military", "government") and not any(w in media_words for w in name.split()):
        return kind
    return "media"


def named_by_nationality_only(cluster: EntityCluster) -> bool:
    """Whether a country is only ever written as its nationality adjective ("Rwandan troops",
    "Turkish drones"): the text names the country nowhere, so the output lists no entity for it
    (the events and relations that read it as a party or a place keep it)."""
    demonyms = ontology.demonyms()
    return (
        cluster.type == "PLACE"
        and cluster.subtype == "country"
        and bool(cluster.mentions)
        and all(m.text.lower() in demonyms and fold(m.text) != fold(cluster.name) for m in cluster.mentions)
    )  # ("the Myanmar military": the country's own name, written as its adjective)


def named_as_a_people(doc: Doc, cluster: EntityCluster) -> bool:
    """Whether the text writes a name no gazetteer knows as a people's somewhere ("the X
    community", "ethnic X militias": ``people_nouns_after``, ``people_adjectives``): an
    ethnonym, no entity, wherever else the NER tags it (the events and relations that read it
    as a party keep it). The first of two names the noun follows counts too ("between X and Y
    communities"), even read as a person's name."""
    if cluster.key is not None:
        return False
    for mention in cluster.mentions:
        span = _mention_span(doc, mention)
        if span is None or len(span) != 1:
            continue
        if _first_of_two_peoples(doc, span.end):
            return True  # "between X and Y communities": both are peoples
        if cluster.type == "PERSON":
            continue
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and nxt.is_lower and nxt.lower_ in _word_set("people_nouns_after"):
            return True
        if span.start > 0 and doc[span.start - 1].lower_ in _word_set("people_adjectives"):
            return True
    return False


def _first_of_two_peoples(doc: Doc, end: int) -> bool:
    """Whether "and" or "or", one capitalised word and a plural people's noun follow token ``end``
    (``people_nouns_after``: "X and Y communities")."""
    if end + 2 >= len(doc) or doc[end].lower_ not in ("and", "or"):
        return False
    other, noun = doc[end + 1], doc[end + 2]
    return (
        other.is_title
        and other.is_alpha
        and noun.is_lower
        and noun.lower_ in _word_set("people_nouns_after")
        and noun.tag_ == "NNS"
    )


def _note_written_forms(doc: Doc, clusters: list[EntityCluster]) -> None:
    """Note the other ways the text writes each place and person (``EntityCluster.written``).

    A place: with the lower-case head noun after a mention ("the Korra mountains", "the Y
    refugee camp": nouns of ``written_site_nouns``, one modifier of ``site_modifier_nouns``
    allowed), but not a route's far end ("the A-B road" is no "B road"); without the division
    noun opening its name ("Barangay Lumot" is also "Lumot", ``division_nouns_left_out``).
    A person: without an honorific opening the name ("Mawlawi X Y" is also "X Y") and with one
    written right before a mention ("Sheikh X Y" for "X Y"; ``name_honorifics``). Whether the
    press counts such a word as part of the name varies; both forms name the same entity.
    """
    heads = _folded_set("written_site_nouns")
    modifiers = _folded_set("site_modifier_nouns")
    openers = _folded_set("division_nouns_left_out")
    honorifics = _word_sets("name_honorifics", "address_words")
    town_sites = _folded_set("town_site_nouns")
    group_nouns = _folded_set("written_group_nouns")
    for cluster in clusters:
        if cluster.type == "ORG":
            _note_group_noun_forms(doc, cluster, group_nouns)
            continue
        if cluster.type not in ("PLACE", "PERSON"):
            continue
        for form in list(cluster.forms.values()):
            words = form.split()
            opening = (
                fold(words[0].rstrip(".")) in openers if cluster.type == "PLACE" else words[0] in honorifics
            )
            if len(words) > 1 and opening and words[1][:1].isupper():
                bare = " ".join(words[1:])
                cluster.written.setdefault(fold(bare), bare)
        for mention in cluster.mentions:
            span = _mention_span(doc, mention)
            if span is None:
                continue
            if cluster.type == "PERSON":
                if span.start > 0 and doc[span.start - 1].text in honorifics and len(span) > 1:
                    full = f"{doc[span.start - 1].text} {span.text}"
                    cluster.written.setdefault(fold(full), full)
                continue
            if span.start > 0 and doc[span.start - 1].text in _DASHES:
                continue  # "the A-B road": B is one end of the road, no "B road"
            town = cluster.subtype in ("city", "admin", "country")
            end = span.end
            if end + 1 < len(doc) and doc[end].is_lower and fold(doc[end].text) in modifiers:
                end += 1
            if end >= len(doc):
                continue
            if town and (end > span.end or fold(doc[end].text) in town_sites):
                continue  # "the Gusau hospital": a site of the town, not another name of it
            if doc[end].is_lower and fold(doc[end].text) in heads:
                start = span.start
                if start > 0 and doc[start - 1].text in honorifics:
                    start -= 1  # "the Imam X Y mosque": the honorific is part of the site's name
                full = doc[start : end + 1].text
                cluster.written.setdefault(fold(full), full)


#: At most this many lower-case words between a body's name and the head of one of its offices.
_BODY_WORDS = 3

_POSSESSOR = re.compile(r"^(?:[A-Z][\w-]*\s){0,2}[A-Z][\w-]*['’]s\s+(?=[A-Z])")


def _note_group_noun_forms(doc: Doc, cluster: EntityCluster, nouns: frozenset[str]) -> None:
    """Note other forms of an organisation's name: with the lower-case group noun written after
    a mention ("the X movement", "the Y front": ``written_group_nouns``); with the lower-case
    words of one of its offices ("the X human rights office": ``written_body_heads``, at most
    ``_BODY_WORDS`` words, the text writing the office as the body's); without a possessor
    opening it ("Ruritania's Defence Ministry" is also "Defence Ministry"); with a possessor
    written right before a mention ("Ruritania's" + "Defence Ministry")."""
    for form in list(cluster.forms.values()):
        opening = _POSSESSOR.match(form)
        if opening is not None:
            bare = form[opening.end() :]
            cluster.written.setdefault(fold(bare), bare)
    for mention in cluster.mentions:
        span = _mention_span(doc, mention)
        if span is None:
            continue
        if (
            span.start >= 2
            and doc[span.start - 1].tag_ == "POS"
            and doc[span.start - 2].ent_type_ in ("GPE", "LOC", "ORG")
            and doc[span.start - 2].is_title
        ):
            first = span.start - 2
            while first > 0 and doc[first].ent_iob_ == "I":
                first -= 1  # "Sierra Leone's": the possessor's whole name
            full = f"{doc[first : span.start - 1].text}{doc[span.start - 1].text} {span.text}"
            cluster.written.setdefault(fold(full), full)
        if span.end >= len(doc):
            continue
        nxt = doc[span.end]
        if nxt.is_lower and fold(nxt.text) in nouns and not span.text.isupper():
            full = f"{span.text} {nxt.text}"
            cluster.written.setdefault(fold(full), full)
        end = span.end
        while end < len(doc) and end - span.end < _BODY_WORDS and doc[end].is_lower and doc[end].is_alpha:
            end += 1
            if doc[end - 1].lower_ in _word_set("written_body_heads"):
                full = doc[span.start : end].text  # "the UN human rights office": a body of the UN
                cluster.written.setdefault(fold(full), full)
                break


def _places_named_by_outlets(doc: Doc, clusters: list[EntityCluster]) -> None:
    """A one-word organisation with no key, role or subtype word that opens the name of an
    outlet of the document ("Euphrates" of "Euphrates Post") and is written outside it, acting
    as no speaker, is the river, region or town the outlet is named after: a place, not a short
    form of the outlet ("along the X", where the NER read X as an organisation)."""
    openings = {
        fold(c.name.split()[0])
        for c in clusters
        if c.type == "ORG" and c.subtype == "media" and len(c.name.split()) > 1
    }
    for cluster in clusters:
        if cluster.type != "ORG" or cluster.key is not None or cluster.roles or " " in cluster.name:
            continue
        if fold(cluster.name) not in openings or org_subtype(cluster.name) != "other":
            continue
        spans = [s for s in (_mention_span(doc, m) for m in cluster.mentions) if s is not None]
        if spans and not any(_acts_like_an_agent(s) for s in spans):
            cluster.type, cluster.subtype = "PLACE", None


def _merge_into_outlets(clusters: list[EntityCluster]) -> list[EntityCluster]:
    """An outlet's other clusters merge into it: one of the same name the tagger typed or keyed
    otherwise ("Outlet Post" as a person), and its last word alone ("told the Courier", "(Post)"
    for "Kanem Lake Courier"), an organisation or person with no title and no gazetteer key.
    Returns the clusters left, in order; outlets are organisations of subtype media with two or
    more words."""
    outlets: list[EntityCluster] = []
    for cluster in clusters:
        media = cluster.type == "ORG" and cluster.subtype == "media" and len(cluster.name.split()) > 1
        if media and not any(fold(o.name) == fold(cluster.name) for o in outlets):
            outlets.append(cluster)
    kept: list[EntityCluster] = []
    for cluster in clusters:
        target = next((o for o in outlets if o is not cluster and _outlet_form(cluster, o)), None)
        if target is None:
            kept.append(cluster)
        else:
            target.absorb(cluster)
    return kept


def _outlet_form(cluster: EntityCluster, outlet: EntityCluster) -> bool:
    """Whether a cluster is the outlet under its own name or under its last word alone."""
    if cluster.type not in ("ORG", "PERSON") or cluster.roles:
        return False
    if cluster.key is not None and cluster.key != outlet.key and not cluster.key.startswith("outlet:"):
        return False
    if fold(cluster.name) == fold(outlet.name):
        return True
    return " " not in cluster.name and cluster.name == outlet.name.split()[-1]


#: Words that open a photo credit: "(Photo: Outlet/Name)", "Photo credit: Name".
_CREDIT_WORDS = frozenset({"photo", "photos", "picture", "image", "credit", "courtesy", "photograph", "file"})


def _credited_only(doc: Doc, cluster: EntityCluster) -> bool:
    """Whether every mention of a cluster is a piece of a photo credit ("(Photo: Kivu
    Herald/Archive)", "(Outlet/Handout)") or a caption label read as a name ("Photo"): labels
    and stock words name nobody. A photographer's name the credit signs
    (:mod:`nexus.extract.signed_names`) is a person like any other."""
    if not cluster.mentions or (cluster.type == "PLACE" and cluster.subtype == "country") or cluster.signed:
        return False  # (a photographer the credit names is a person of the page)
    if cluster.type == "ORG" and fold(cluster.name) not in _CREDIT_WORDS:
        return False  # the agency of a credit is an outlet, an entity like any other
    text = doc_text(doc)
    for mention in cluster.mentions:
        if fold(mention.text) in _CREDIT_WORDS:
            continue  # "Photo" of "(Photo: ...)"
        if _after_credit_word(text, mention):
            continue  # "Photo: Name", "Photo credit: Name/Outlet"
        boxed = zone_at(doc, mention.start) == "caption" or _in_parenthesised_credit(text, mention)
        if not (boxed and _next_to_slash(text, mention)):
            return False  # ("Outlet/Name" only in a caption or a closing parenthesis)
    return True


def _in_parenthesised_credit(text: str, mention: Mention) -> bool:
    """A mention inside a "(.../...)" or "(Photo: ...)" group at the end of a line."""
    line_end = text.find("\n", mention.end)
    line_end = len(text) if line_end < 0 else line_end
    opened = text.rfind("(", 0, mention.start)
    closed = text.find(")", mention.end)
    if opened < 0 or closed < 0 or closed > line_end or text.rfind(")", opened, mention.start) >= 0:
        return False
    return not text[closed + 1 : line_end].strip(" .")


def _outlet_spans(text: str, names: set[str]) -> list[tuple[int, int]]:
    """Where the outlets' names stand in the text (every occurrence)."""
    spans: list[tuple[int, int]] = []
    for name in names:
        if " " not in name:
            continue  # a one-word outlet holds no other name
        at = text.find(name)
        while at >= 0:
            spans.append((at, at + len(name)))
            at = text.find(name, at + len(name))
    return spans


def _inside_outlets(cluster: EntityCluster, outlets: list[tuple[int, int]]) -> bool:
    """Whether every mention of a place lies inside an outlet's name ("Syria" of "NE Syria Post")."""
    return (
        cluster.type == "PLACE"
        and bool(cluster.mentions)
        and all(
            any(
                start <= m.start and m.end <= end and (start, end) != (m.start, m.end)
                for start, end in outlets
            )
            for m in cluster.mentions
        )
    )


def _next_to_slash(text: str, mention: Mention) -> bool:
    """ "Outlet/Name", "Name/Outlet": a mention joined to another by a slash."""
    return text[mention.start - 1 : mention.start] == "/" or text[mention.end : mention.end + 1] == "/"


def _after_credit_word(text: str, mention: Mention) -> bool:
    """Whether a mention is the credit after a credit word and a colon ("Photo: Name", "Photo
    credit: Name/Outlet", "(Courtesy: Name)"): the credit is all that follows the colon, names
    joined by slashes, not a caption's sentence ("Photo: Rescuers near X")."""
    line_start = max(text.rfind("\n", 0, mention.start), text.rfind("(", 0, mention.start)) + 1
    label, colon, _ = text[line_start : mention.start].rpartition(":")
    if not colon or not any(w in label.lower().split() for w in _CREDIT_WORDS):
        return False
    start = line_start + len(label) + 1
    ends = [i for i in (text.find("\n", start), text.find(")", start)) if i >= 0]
    credit = text[start : min(ends) if ends else len(text)].strip(" .")
    words = credit.replace("/", " ").split()
    return 0 < len(words) <= 8 and all(w[:1].isupper() or w in ("-", "&") for w in words)


#: Nouns that name a group's fighting arm ("its armed wing, the X Centre").
_WING_NOUNS = frozenset({"wing", "wings"})

#: Subtypes a name's words may give a group's wing by mistake ("Guard", "Brigade" read as an army's).
_WING_SUBTYPES = frozenset({"military", "other", "international", None})


@cache
def _country_names() -> dict[str, str]:
    """Folded country name -> ISO-2 code (the gazetteer's countries)."""
    return {fold(e.name): e.country for k, e in entries().items() if k.startswith("country:") and e.country}


def _another_state_named_first(name: str, country: str | None) -> bool:
    """Whether ``name`` opens with a country's name or adjective other than ``country`` (an
    ISO-2 code, or None): "Ruritania Security Forces" is no body of another country."""
    code = _state_named_first(name)
    return code is not None and country is not None and code != country


def _state_named_first(name: str) -> str | None:
    """The country a name opens with, as its adjective or its name: "Ruritanian Air Force",
    "Ruritania Defence Forces" (not "Army of Ruritania", the way rebels often name themselves)."""
    words = name.split()
    code = ontology.demonyms().get(words[0].lower()) if len(words) > 1 else None
    for n in range(1, min(len(words), 4)):
        if code is not None:
            break
        code = _country_names().get(fold(" ".join(words[:n])))
    return code


def _states_of_bodies_named_after_them(clusters: list[EntityCluster]) -> None:
    """A state's force or body that no gazetteer knows takes the state its name opens with ("the
    Ruritanian Army", "Ruritania Police Service"), so that it counts as that state's own body."""
    bodies = set(ontology.table("events.yaml")["state_subtypes"])
    for cluster in clusters:
        if cluster.type == "ORG" and cluster.country is None and cluster.subtype in bodies:
            cluster.country = _state_named_first(cluster.name)


def _wings_are_armed_groups(doc: Doc, clusters: list[EntityCluster]) -> None:
    """An organisation set beside "its armed wing" or "the group's military wing" is an armed
    group, whatever its name's words suggest ("the Iron Guard Centre", read as an army unit): states
    have armies, groups have wings."""
    index = token_entity_index(doc, clusters)
    unarmed = _word_set("unarmed_wing_words")
    state_forces = _word_set("state_force_nouns")
    for token in matching(doc[:], _WING_NOUNS):
        if token.lemma_.lower() != "wing" or token.pos_ != "NOUN":
            continue
        if any(
            c.lower_ in unarmed or (c.dep_ == "poss" and c.lemma_.lower() in state_forces)
            for c in token.children
            if c.i < token.i
        ):
            continue  # "the military's media wing, X": a state force's press office, no armed group
        beside = [c for c in token.children if c.dep_ == "appos"]
        if token.dep_ == "appos":
            beside.append(token.head)
        for other in beside:
            cluster = index.get(other.i)
            if cluster is not None and cluster.type == "ORG" and cluster.subtype in _WING_SUBTYPES:
                cluster.subtype = "armed_group"


def _described_armed_groups(doc: Doc, clusters: list[EntityCluster]) -> None:
    """An organisation whose apposition calls it an armed group ("X, the insurgent group in the
    north", "X, a separatist militia"; ``armed_description_words`` on a ``group_nouns_after_names``
    noun) is an armed group whatever its name's words suggest."""
    index = token_entity_index(doc, clusters)
    nouns = _word_set("group_nouns_after_names")
    gatherings = _word_set("group_gathering_nouns")
    armed = _word_set("armed_description_words")
    parse = parse_index(doc)
    for i in range(len(doc)):
        if parse.deps[i] != "appos" or parse.pos[i] != NOUN or parse.lemmas[i] not in nouns | gatherings:
            continue
        token = doc[i]
        cluster = index.get(token.head.i)
        if cluster is None or cluster.type != "ORG" or cluster.subtype not in _WING_SUBTYPES:
            continue
        described = [token]
        if parse.lemmas[i] in gatherings:  # "X, an alliance of former rebel movements"
            described += [
                o
                for p in token.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children
                if o.dep_ == "pobj"
            ]
        for noun in described:
            words = {noun.lemma_.lower()} | {
                c.lower_ for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i
            }
            if words & armed:
                cluster.subtype = "armed_group"


def _fought_for_armed_groups(doc: Doc, clusters: list[EntityCluster]) -> None:
    """A force read as a state's (``military``, from its name's "Army" or "Forces" or from the
    gazetteer) whose people the text calls fighters ("fighters of the X", "cadres of the X",
    "X guerrillas": ``armed_member_nouns``) or that a state is said to back ("the US-backed X":
    ``backing_words`` after a hyphen) is a non-state armed group: a state's own forces have
    soldiers and troops, and are nobody's proxies."""
    members = _word_set("armed_member_nouns")
    backing = _word_set("backing_words")
    words = texts(doc)
    for cluster in clusters:
        if cluster.type != "ORG" or cluster.subtype != "military":
            continue
        for mention in cluster.mentions:
            span = _mention_span(doc, mention)
            if span is None:
                continue
            before = span.start - (1 if span.start > 0 and words[span.start - 1].lower() == "the" else 0)
            fighters = (
                span.end < len(doc) and words[span.end].lower() in members and doc[span.end].pos_ == NOUN
            )
            of_fighters = before >= 2 and words[before - 1] == "of" and words[before - 2].lower() in members
            backed = before >= 3 and words[before - 1].lower() in backing and words[before - 2] == "-"
            if fighters or of_fighters or backed:
                cluster.subtype = "armed_group"
                break


def _armed_by_deeds(doc: Doc, clusters: list[EntityCluster]) -> None:
    """An organisation neither its name nor the gazetteer types (``other``) that the text tells
    did what only a non-state armed group does is one: violence on anyone but armed men ("X
    killed eight soldiers", "X ambushed a convoy"), a beheading, an abduction or a claim of an
    attack ("X claimed responsibility"), a happening blamed on it, attributed to it or claimed by
    it ("an ambush blamed on X"), or fighters or a cell of its own ("X militants", "fighters of
    X", "a cell of X"). Words are data (``entities.yaml``: ``armed_violence_verbs``,
    ``armed_deed_verbs``, ``armed_blame_verbs``, ``armed_claim_objects``, ``armed_people_nouns``,
    ``armed_targets_of_states``). A report names such a group by its deeds before (or instead of)
    calling it a group, and the actor stages look for armed groups."""
    for cluster in clusters:
        if cluster.type != "ORG" or cluster.subtype != "other":
            continue
        for mention in cluster.mentions:
            span = _mention_span(doc, mention)
            if span is not None and (_deed_subject(span.root) or _deed_owner(span)):
                cluster.subtype = "armed_group"
                break


def _deed_subject(root: Token) -> bool:
    """Whether a mention is the subject of an armed group's deed (:func:`_armed_by_deeds`)."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return False  # (not "X did not claim the attack")
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in _word_set("armed_violence_verbs"):
        spared = _word_set("armed_targets_of_states")  # "X killed two militants": maybe a state's unit
        if objects and not any(o.lower_ in spared or o.lemma_.lower() in spared for o in objects):
            return True
    if lemma == "claim":
        claimed = _word_set("armed_claim_objects")
        return any(o.lemma_.lower() in claimed or o.lower_ in claimed for o in objects)
    return lemma in _word_set("armed_deed_verbs")


def _deed_owner(span: Span) -> bool:
    """Whether a mention is blamed for a happening or owns fighters (:func:`_armed_by_deeds`)."""
    root, doc = span.root, span.doc
    head, people = root.head, _word_set("armed_people_nouns")
    if root.dep_ == "pobj":
        verb = head.head
        lemma = verb.lemma_.lower()
        if head.lower_ in ("on", "to") and lemma in _word_set("armed_blame_verbs") - {"claim"}:
            return True  # "an attack blamed on X", "a raid attributed to X"
        if head.dep_ == "agent" and lemma in _word_set("armed_blame_verbs"):
            return True  # "an ambush claimed by X"
        if head.lower_ == "of" and verb.lower_ in people and verb.pos_ == "NOUN":
            return True  # "fighters of X", "a cell of X"
        if head.lower_ == "of" and lemma == "member" and verb.dep_ == "nsubj":
            return _deed_subject(verb)  # "members of X beheaded two farmers"
    if root.dep_ == "poss" and head.lower_ in people:
        return True  # "X's fighters"
    after = doc[span.end] if span.end < len(doc) else None
    return after is not None and after.lower_ in people and after.pos_ == "NOUN" and head.i == after.i


def _guarded_acronyms(doc: Doc, clusters: list[EntityCluster], by_key: dict[str, EntityCluster]) -> None:
    """Mentions of acronyms the gazetteer leaves out as too ambiguous ("IS" for Islamic State).

    Such a token counts in mixed-case prose, where the verb would be written in
    lower case: no other all-capitals word near it (a headline's "WHAT IS NEXT"), short
    forms of named entities aside ("US officials blamed IS": "US" is a name, not a headline's
    capitals).
    """
    table: dict[str, str] = _lexicon().get("guarded_acronyms", {})
    if not table:
        return
    known = entries()
    covered = {i for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    for at, word in enumerate(texts(doc)):
        if word not in table:  # (only a guarded acronym becomes a Token)
            continue
        token = doc[at]
        key = table.get(token.text)
        if key is None or token.idx in covered:
            continue
        near = doc[max(token.i - 3, 0) : token.i + 4]
        if any(
            t.is_upper and t.is_alpha and len(t) > 1 and t.i != token.i and t.idx not in covered for t in near
        ):
            continue  # the verb of a headline in capitals ("WHAT IS NEXT")
        if sum(t.is_lower and t.is_alpha for t in near) < 2:
            continue
        entry = known.get(key)
        if entry is None:
            continue
        cluster = by_key.get(key)
        if cluster is None:
            cluster = EntityCluster(type=_LABEL_TYPES.get(entry.label, "ORG"), key=key)
            cluster.subtype, cluster.country = entry.subtype, entry.country
            clusters.append(cluster)
            by_key[key] = cluster
        cluster.add(_mention(doc[token.i : token.i + 1]))


def _listed_with_towns(doc: Doc, clusters: list[EntityCluster], geocoder: Geocoder) -> None:
    """An unknown two-word name listed with towns ("raids on Kwande and Ologba Adeke")
    is a town too, not the site its word count alone would make it."""
    index = token_entity_index(doc, clusters)
    sites = {w.lower() for w in _word_set("site_words")}
    for cluster in clusters:
        words = cluster.name.split()
        if cluster.type != "PLACE" or cluster.subtype != "site" or cluster.key is not None:
            continue
        if any(w.lower() in sites for w in words) or not all(w.isalpha() and w.istitle() for w in words):
            continue
        if geocoder.best(cluster.name) is not None or _kind_by_following_noun(doc, cluster) is not None:
            continue
        spans = [sp for sp in (_mention_span(doc, m) for m in cluster.mentions) if sp is not None]
        neighbours = [index.get(t.i) for sp in spans for t in _list_neighbours(sp)]
        if any(n is not None and n.type == "PLACE" and n.subtype == "city" for n in neighbours):
            cluster.subtype = "city"


def _place_subtype(cluster: EntityCluster, geocoder: Geocoder, doc: Doc) -> None:
    """country / admin / city / site, from the gazetteer; else from the noun after the name
    ("the Garki junction" is a site, "Kanto district" a division); else unknown multi-word
    names are sites and single words towns."""
    best = _division_reading(doc, cluster, geocoder)
    for form in (cluster.name, *cluster.aliases):
        if best is not None:
            break
        best = geocoder.best(form)
    if best is not None:
        if cluster.subtype != "site":
            cluster.subtype = best.kind
            if best.kind == "admin" and any(introduced_as_settlement(doc, m.start) for m in cluster.mentions):
                cluster.subtype = "city"  # "the vereda Santa X": a village, whatever division shares its name
        cluster.country = cluster.country or best.country
    elif cluster.subtype is None:
        words = cluster.name.split()
        noun_kind = _kind_by_following_noun(doc, cluster)
        if noun_kind == "site" and len(words) == 1 and _written_as_town(doc, cluster):
            cluster.subtype = "city"  # "the Tamu market ... the main market of Tamu": the town
        elif noun_kind is not None:
            cluster.subtype = noun_kind
        elif len(words) > 1 and (words[-1] in _word_set("admin_head_words") or _admin_phrase_head(words)):
            cluster.subtype = "admin"  # "Kano State", "Gwarzo LGA", "Gwarzo Local Government Area"
        elif len(words) > 1 and {words[0].lower(), words[-1].lower()} & _BEARINGS:
            cluster.subtype = "admin"  # "Kajiado West", "North Kivu": a division named by its bearing
        elif any(introduced_as_settlement(doc, m.start) for m in cluster.mentions):
            cluster.subtype = "city"  # "the hamlet of San Pedro del Monte": a village, however long its name
            cluster.village_unknown = True
        else:
            cluster.subtype = "site" if len(words) > 1 else "city"


def _division_reading(doc: Doc, cluster: EntityCluster, geocoder: Geocoder) -> Candidate | None:
    """The division a mention written with a division noun after it ("the Kelm department",
    "Kelm LGA": ``admin`` of ``place_noun_kinds``, lower-case or an abbreviation) names, when the
    bare name's reading is a namesake in another country the document does not name (a village
    abroad called Kelm): the division phrase tells the country. A bare reading in the division's
    own country (its chief town, the region's seat) is left to stand. Sets ``division_form``."""
    nouns = frozenset(_lexicon().get("place_noun_kinds", {}).get("admin", []))
    bare = geocoder.best(cluster.name)
    if bare is None or bare.kind != "city" or geocoder.context.get(bare.country or "", 0):
        return None
    for mention in cluster.mentions:
        span = _mention_span(doc, mention)
        if span is None or span.end >= len(doc) or not (doc[span.end].is_lower or doc[span.end].is_upper):
            continue
        noun = doc[span.end]
        if noun.lower_ not in nouns and noun.lemma_.lower() not in nouns:
            continue
        phrase = f"{cluster.name} {noun.text}"
        best = geocoder.best(phrase)
        if best is not None and best.kind == "admin" and best.country != bare.country:
            cluster.division_form = phrase
            return best
    return None


def _written_as_town(doc: Doc, cluster: EntityCluster) -> bool:
    """Whether a mention is written as a town holding a site ("the main market of X", "the
    central market in X", "the town of X")."""
    return any(s is not None and _holds_a_site(s) for s in (_mention_span(doc, m) for m in cluster.mentions))


#: Bearings that, opening or closing an unknown name, make it a division ("Kajiado West").
_BEARINGS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
    | {"north-east", "north-west", "south-east", "south-west"}
)


def _followed_by(doc: Doc, cluster: EntityCluster, nouns: frozenset[str]) -> bool:
    """Whether a mention of the cluster is followed by one of these lower-case nouns."""
    for mention in cluster.mentions:
        span = _mention_span(doc, mention)
        if (
            span is not None
            and span.end < len(doc)
            and doc[span.end].is_lower
            and doc[span.end].lemma_ in nouns
        ):
            return True
    return False


def _kind_by_following_noun(doc: Doc, cluster: EntityCluster) -> str | None:
    """The place kind a lower-case noun after a mention gives ("Garki junction" -> site)."""
    kinds: dict[str, list[str]] = _lexicon().get("place_noun_kinds", {})
    for mention in cluster.mentions:
        span = _mention_span(doc, mention)
        if span is None or span.end >= len(doc) or not doc[span.end].is_lower:
            continue
        lemma = doc[span.end].lemma_.lower()
        if (
            lemma in _word_set("route_nouns")
            and span.start > 0
            and doc[span.start - 1].text in ("-", "–", "—")
        ):
            continue  # "the Moshi-Himo road": Himo is a town the road leads to, not a site
        for kind, nouns in kinds.items():
            if lemma in nouns:
                return kind
        if lemma in _word_set("landform_site_nouns") or doc[span.end].lower_ in _word_set(
            "landform_site_nouns"
        ):
            return "site"  # "the X river", "the Y mountains": a landform, no town
    return None


def _merge_parenthetical_abbreviations(doc: Doc, clusters: list[EntityCluster]) -> list[EntityCluster]:
    """ "Inter-Services Intelligence (ISI)": the short form is an alias of the long one."""
    text = doc_text(doc)
    by_form = {fold(f): c for c in clusters for f in c.forms.values()}
    for cluster in list(clusters):
        for mention in list(cluster.mentions):
            match = re.match(r"\s*\(([^()]{2,40})\)", text[mention.end : mention.end + 45])
            if not match:
                continue
            short = match.group(1).strip()
            other = by_form.get(fold(short))
            if other is not None and other is not cluster:
                compatible_keys = other.key is None or cluster.key is None or other.key == cluster.key
                spelt_out = (
                    other.key is None
                    and cluster.type == "ORG"
                    and (_acronym_of(short, cluster.name) or _acronym_after_premodifier(short, cluster.name))
                )
                same_thing = (
                    other.type == cluster.type or _initials(cluster.name) == short.upper() or spelt_out
                )
                if compatible_keys and same_thing and (other.type != "PLACE" or spelt_out):
                    own = (cluster.key, cluster.subtype, cluster.country)
                    cluster.absorb(other)
                    if (
                        own[0] is None
                        and other.key is not None
                        and _acronym_of(short, cluster.name)
                        and _another_state_named_first(cluster.name, other.country)
                    ):  # "the Ruritania Security Forces (RSF)": the page's own body, not the
                        cluster.key, cluster.subtype, cluster.country = own  # lexicon's elsewhere
                    cluster.mentions.sort(key=lambda m: m.start)
                    clusters.remove(other)
                    for form in other.forms:
                        by_form[form] = cluster
            elif other is None and _is_acronym(short):
                start = mention.end + match.start(1)
                cluster.forms.setdefault(fold(short), short)
                cluster.mentions.append(Mention(start, start + len(short), short, mention.sent_start))
    return _merge_defined_terms(text, clusters)


def _merge_defined_terms(text: str, clusters: list[EntityCluster]) -> list[EntityCluster]:
    """ "X Minerals plc ("the Company")": the organisation a bracket right after its name
    defines a quoted term for (:func:`nexus.extract.defined_terms.defined_terms`) absorbs the
    organisation of that name, which the text then writes for it ("the Company said")."""
    by_form = {fold(f): c for c in clusters for f in c.forms.values()}
    for cluster in list(clusters):
        if cluster.type != "ORG" or cluster not in clusters:
            continue
        for mention in list(cluster.mentions):
            for term in defined_terms(text[mention.end : mention.end + 100]):
                other = by_form.get(fold(term))
                if other is None or other is cluster or other.type != "ORG" or other.key is not None:
                    continue
                cluster.absorb(other)
                cluster.mentions.sort(key=lambda m: m.start)
                clusters.remove(other)
                for form in other.forms:
                    by_form[form] = cluster
    return clusters


def _merge_short_forms(clusters: list[EntityCluster], placed: set[int] | None = None) -> list[EntityCluster]:
    """Surnames, acronyms and shorter names merge into the entity they abbreviate.

    ``placed`` holds the ids of place clusters written where only a place fits
    ("in X"); any other one-word place that is the surname of a person named in
    the document is that person ("Delhi designated Sandhu a terrorist").
    """
    longest_first = sorted(clusters, key=lambda c: -len(c.name))
    merged: list[EntityCluster] = []
    for cluster in longest_first:
        target = next((m for m in merged if _abbreviates(cluster, m)), None)
        if target is None:
            target = _body_named_by_its_head(cluster, merged)
        if target is None and cluster.type == "PLACE" and id(cluster) not in (placed or set()):
            target = next((m for m in merged if _is_surname_of(cluster, m)), None)
            if target is not None:
                cluster.subtype, cluster.country = None, None
        if target is None:
            merged.append(cluster)
        else:
            target.absorb(cluster)
    order = {id(c): i for i, c in enumerate(clusters)}
    return sorted(merged, key=lambda c: min((order.get(id(c), 0),)))


def _body_named_by_its_head(short: EntityCluster, longer: list[EntityCluster]) -> EntityCluster | None:
    """The one longer organisation a body's bare head noun stands for: "the Command" written
    after "the X Joint Security Command", "the Commission" after "the Y Human Rights Commission".
    The head must be a body's noun (``definite_body_heads`` of entities.yaml) and end the name
    of exactly one organisation of the document; with two such bodies it names neither."""
    if short.type != "ORG" or short.key is not None or short.name not in _word_set("definite_body_heads"):
        return None
    head = fold(short.name)
    owners = [
        c for c in longer if c.type == "ORG" and len(c.name.split()) > 1 and fold(c.name).split()[-1] == head
    ]
    return owners[0] if len(owners) == 1 else None


def _untagged_surnames(doc: Doc, clusters: list[EntityCluster]) -> None:
    """ "Wazir is the cousin of ...": a person's surname (or the first of two surnames,
    :func:`_first_surname`) written alone where the tagger saw no name is a mention of that person
    (a capitalised word standing alone, not part of another name, that no other entity of the
    document is called)."""
    surnames: dict[str, EntityCluster] = {}
    for cluster in clusters:
        words = cluster.name.split()
        if cluster.type == "PERSON" and len(words) >= 2 and len(words[-1]) > 2 and words[-1].isalpha():
            surnames.setdefault(words[-1], cluster)
        if cluster.type == "PERSON" and _first_surname(words[1] if len(words) == 3 else "", cluster.name):
            surnames.setdefault(words[1], cluster)  # "Herrera" for "Martín Herrera Luna"
    if not surnames:
        return
    others = {fold(f) for c in clusters for f in c.forms.values() if c.type != "PERSON"}
    covered = {i for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    words = parse_index(doc).texts
    for at in range(len(doc)):
        if words[at] not in surnames:
            continue
        token = doc[at]
        person = surnames.get(token.text)
        if person is None or token.idx in covered or fold(token.text) in others or token.pos_ != "PROPN":
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if (before is not None and before.is_title and before.pos_ == "PROPN") or (
            after is not None and after.is_title
        ):
            continue  # part of another name
        person.mentions.append(_mention(doc[token.i : token.i + 1]))
        person.mentions.sort(key=lambda m: m.start)
        person.forms.setdefault(fold(token.text), token.text)


def _people_tagged_as_organisations(clusters: list[EntityCluster]) -> None:
    """ "Maria Lopez blamed ..." tagged as an organisation while "Lopez" alone is a person:
    a two- or three-word organisation name no gazetteer or name word explains, whose last
    word is a person of the document, is that person."""
    people = {fold(c.name) for c in clusters if c.type == "PERSON" and len(c.name.split()) == 1}
    if not people:
        return
    for cluster in clusters:
        words = cluster.name.split()
        if (
            cluster.type == "ORG"
            and cluster.key is None
            and cluster.subtype is None
            and len(words) in (2, 3)
            and all(w[:1].isupper() for w in words)
            and not any(w.lower() in _CONNECTORS for w in words)
            and org_subtype(cluster.name) == "other"
            and fold(words[-1]) in people
        ):
            cluster.type = "PERSON"


def _is_surname_of(short: EntityCluster, person: EntityCluster) -> bool:
    """A one-word name no gazetteer entry claims that ends a person's full name."""
    if person.type != "PERSON" or short.key is not None:
        return False
    s_words, l_words = fold(short.name).split(), fold(person.name).split()
    return len(s_words) == 1 and l_words[-1:] == s_words


def _abbreviates(short: EntityCluster, long: EntityCluster) -> bool:
    if short.key and long.key and short.key != long.key:
        return False
    if short.type == long.type and fold(short.name) == fold(long.name):
        return True  # "KARACHI" and "Karachi", once both are places
    if short.type == "PLACE" or long.type == "PLACE":
        return False
    s_name, l_name = short.name, long.name
    if _is_acronym(s_name) and len(l_name.split()) >= 2:
        return _initials(l_name) == s_name.replace(".", "").replace("-", "").upper()
    s_words, l_words = fold(s_name).split(), fold(l_name).split()
    if not s_words or len(s_words) >= len(l_words):
        return False
    if long.type == "PERSON":
        if short.type == "ORG" and _group_named_for_a_family(short):
            return False  # "the Zubairis" or "the Zubairi movement", led by "Salem al-Zubairi"
        # "Haddad" or "Rao" for "Yusuf Haddad", "K Rao"; "Esteban" for "Lucía Esteban Ruiz", whose
        # first surname (the father's, in Spanish usage) stands for her
        return short.type in ("PERSON", "ORG") and (
            s_words == l_words[-len(s_words) :] or (short.type == "PERSON" and _first_surname(s_name, l_name))
        )
    if short.type != long.type:
        return False
    if short.type == "ORG" and short.key is None and s_words == l_words[-len(s_words) :]:
        return _state_body_of_a_country(short.name, long.name)  # "the Treasury" for "US Treasury"
    # "Wagner" for "Wagner Group": the short name starts the long one and is not generic
    return l_words[: len(s_words)] == s_words and short.key is None and long.key is None


def _group_named_for_a_family(short: EntityCluster) -> bool:
    """Whether an organisation whose name ends a person's name is a group named for that family
    or clan rather than the person's surname tagged as an organisation: the gazetteer knows it
    as an organisation, or the text writes it in the plural ("the Zubairis") or with a group noun
    ("the Zubairi movement", ``written_group_nouns``)."""
    if short.key is not None:
        return True
    name = fold(short.name)
    group_nouns = _word_set("written_group_nouns")
    for form in short.forms:
        words = form.split()
        if form == f"{name}s" or (len(words) > 1 and words[-1] in group_nouns):
            return True
    return False


def _first_surname(short: str, long: str) -> bool:
    """A one-word name that is the middle word of a three-word person's name, every word
    capitalised ("Esteban" for "Lucía Esteban Ruiz"): the first of two surnames."""
    words = long.split()
    return (
        len(words) == 3
        and " " not in short
        and len(short) > 2
        and short == words[1]
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
    )


def _state_body_of_a_country(short: str, long: str) -> bool:
    """Whether ``long`` is a country's name (possessive or not) before ``short``, a state body's
    name ("Treasury", "Interior Ministry") by its words (``org_subtype`` government): "the
    Treasury" written after "the US Treasury" is that body."""
    if org_subtype(short) != "government" and short.split()[-1] not in _STATE_BODY_HEADS:
        return False
    lead = _POSSESSIVE.sub("", long[: len(long) - len(short)]).strip()
    return bool(lead) and any(c.kind == "country" and c.exact for c in Geocoder().candidates(lead))


def token_entity_index(doc: Doc, clusters: list[EntityCluster]) -> dict[int, EntityCluster]:
    """Token index -> the entity cluster whose mention covers it.

    Several stages ask for the index of the same clusters: it is kept with the
    Doc under the clusters' identities and mention offsets (the cache holds the
    clusters, so an identity is never reused while its entry lives), and each
    caller gets its own copy.
    """
    return dict(_kept_index(doc, clusters))


def token_entity(doc: Doc, clusters: list[EntityCluster], i: int) -> EntityCluster | None:
    """``token_entity_index(doc, clusters).get(i)`` without copying the index: the cluster whose
    mention covers token ``i``, or None."""
    return _kept_index(doc, clusters).get(i)


def _kept_index(doc: Doc, clusters: list[EntityCluster]) -> dict[int, EntityCluster]:
    """The index :func:`token_entity_index` hands out copies of, as kept with the Doc (not to be changed)."""
    key = tuple((id(c), m.start, m.end) for c in clusters for m in c.mentions)
    memo: dict[tuple[tuple[int, int, int], ...], tuple[tuple[EntityCluster, ...], dict[int, EntityCluster]]]
    memo = doc.user_data.setdefault("nexus_token_entity_index", {})
    cached = memo.get(key)
    if cached is None:
        cached = (tuple(clusters), _token_entity_index(doc, clusters))
        memo[key] = cached
    return cached[1]


def _token_entity_index(doc: Doc, clusters: list[EntityCluster]) -> dict[int, EntityCluster]:
    by_char: dict[int, EntityCluster] = {}
    for cluster in clusters:
        for mention in cluster.mentions:
            found = char_range(doc, mention.start, mention.end)
            if found is None:
                continue
            for i in range(found[0], found[1]):
                by_char[i] = cluster
    return by_char


class EntitiesComponent:
    """spaCy component: sets ``doc._.nexus_entities`` (a list of EntityCluster)."""

    def __init__(self, name: str = "nexus_entities") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        mend_past_forms(doc)
        mend_stranded_verbs(doc)
        mend_set_off_speakers(doc)  # "In a note, NAME, who ..., said": the name is the subject
        restore_located_towns(doc)  # towns after "in"/"near" the NER misread (nexus.extract.gazetteer)
        doc._.nexus_entities = cluster_entities(doc, doc._.nexus_outlet)
        mend_named_auxiliaries(doc, doc._.nexus_entities)
        return doc


def mend_named_auxiliaries(doc: Doc, clusters: list[EntityCluster]) -> int:
    """ "IS claimed the raid", "IS said ...": a one-word organisation name the parser read as an
    auxiliary of the verb after it ("is"), leaving the verb subjectless and, when tagged a past
    participle, passive. A name is no auxiliary: it becomes the verb's subject (a proper noun),
    and the verb, with no auxiliary left, a simple past. Runs once the entities are known, before
    any event or argument stage reads the parse; returns how many names it mended."""
    mended = 0
    for cluster in clusters:
        if cluster.type != "ORG":
            continue
        for mention in cluster.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or len(span) != 1:
                continue
            token, verb = span[0], span[0].head
            if token.dep_ not in ("aux", "auxpass") or verb.pos_ != "VERB" or verb.i < token.i:
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
                continue
            token.dep_, token.pos_, token.tag_, token.lemma_ = "nsubj", "PROPN", "NNP", token.text
            if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
                verb.tag_ = "VBD"
            mended += 1
    if mended:
        forget_parse_index(doc)  # (its dependency and tag columns would be stale)
        forget_lemma_columns(doc)
    return mended


def mend_stranded_verbs(doc: Doc) -> int:
    """ "The country's Minister of X, NAME, condemned on Monday what he called ...": with the date
    between the verb and its object the parser can read the verb as a participle hung on the name
    ("NAME, [who was] condemned ..."), leaving the sentence a noun phrase with no main verb, so no
    stage finds who condemned what. A sentence whose root is a noun, with a past participle
    hung on it (or on a name in apposition to it) that has no subject, no auxiliary, no "by" agent
    and an object or a clause of its own (a passive participle takes neither), is that verb's sentence:
    the verb becomes the root, in the simple past, and the noun its subject. Runs before any later
    stage reads the parse; returns how many sentences it mended."""
    mended = 0
    for sent in doc.sents:
        root = sent.root
        if root.pos not in (NOUN, PROPN):
            continue
        hosts = [root, *(c for c in root.children if c.dep_ == "appos" and c.pos == PROPN)]
        verbs = [
            c
            for host in hosts
            for c in host.children
            if c.dep_ == "acl" and c.pos_ == "VERB" and c.tag_ == "VBN" and c.i > host.i
        ]
        if len(verbs) != 1:
            continue
        verb = verbs[0]
        deps = {c.dep_ for c in verb.children}
        if deps & {"aux", "auxpass", "agent", "nsubj", "nsubjpass"} or not deps & {"dobj", "ccomp"}:
            continue
        after = [c for c in root.children if c.dep_ == "punct" and c.i > verb.i]
        verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
        root.head, root.dep_ = verb, "nsubj"
        for punct in after:
            punct.head = verb
        mended += 1
    if mended:
        forget_parse_index(doc)  # (its dependency and tag columns would be stale)
        forget_lemma_columns(doc)
    return mended


@cache
def _unlemmatised_past_forms() -> dict[str, str]:
    table = ontology.table("events.yaml").get("unlemmatised_past_forms") or {}
    return {str(k).lower(): str(v).lower() for k, v in table.items()}


def mend_past_forms(doc: Doc) -> int:
    """Give irregular past forms the lemmatizer left as they are ("jihadists overran a post",
    "troops retook the town": lemma "overran", "retook") their verb's lemma
    (``unlemmatised_past_forms`` of ``events.yaml``), and a present-tense tag the past one, so every
    later stage reads "overrun", "retake". Runs before any lemma column of the Doc is read;
    returns how many tokens it mended."""
    table = _unlemmatised_past_forms()
    mended = 0
    for i, lower in enumerate(lowers(doc)):
        if lower not in table:
            continue
        token = doc[i]
        if token.lemma_.lower() != lower or token.pos_ not in ("VERB", "AUX"):
            continue
        token.lemma_ = table[lower]
        if token.tag_ == "VBP":
            token.tag_ = "VBD"
        mended += 1
    if mended:
        forget_parse_index(doc)  # (built by an earlier stage, its lemmas and tags would be stale)
        forget_lemma_columns(doc)  # (read by the gazetteer component before the mend)
    return mended


def doc_geocoder(doc: Doc, clusters: list[EntityCluster]) -> Geocoder:
    """A geocoder that breaks ties by the countries and provinces the document names."""
    admins: list[str] = []
    for cluster in clusters:
        if cluster.type == "PLACE" and cluster.subtype != "country":
            # (a country's name is no province's: "Mexico" of a report is not the State of Mexico)
            words = cluster.name.split()
            admins.append(cluster.name)
            if len(words) > 1 and words[-1] in _word_set("admin_head_words"):
                admins.append(" ".join(words[:-1]))  # "Borno State" names the division Borno
    countries = context_countries(doc, clusters)
    geocoder = Geocoder(countries, admins)
    towns_in = _divisions_of_named_towns(clusters, geocoder)
    return Geocoder(countries, [*admins, *towns_in]) if towns_in else geocoder


#: How many towns of one first-level division a report must name, each known by its name in that
#: division only, before a namesake of that division is preferred for its other names.
_TOWNS_SETTING_A_DIVISION = 2


def _divisions_of_named_towns(clusters: list[EntityCluster], geocoder: Geocoder) -> list[str]:
    """The first-level divisions a report's towns lie in, when it does not name them: a division
    at least :data:`_TOWNS_SETTING_A_DIVISION` towns of the report's main countries lie in, each
    town known by its exact name in no other division of those countries, and at least half as
    many as the division holding most. A town name several divisions share then reads as the
    namesake in such a division (a report that names two towns of one province and a third name
    shared by a town of that province and a larger one elsewhere means the one of that province),
    as when the report names the division itself."""
    main = geocoder.main_countries()
    votes: Counter[str] = Counter()
    for cluster in clusters:
        if cluster.type != "PLACE" or cluster.subtype != "city":
            continue
        towns = [
            c
            for c in geocoder.candidates(cluster.name)
            if c.exact and c.kind == "city" and c.country in main and c.admin1
        ]
        divisions = {c.admin1 for c in towns if c.admin1}
        if len(divisions) == 1:
            votes[divisions.pop()] += 1
    most = max(votes.values(), default=0)
    return [d for d, n in votes.items() if n >= _TOWNS_SETTING_A_DIVISION and 2 * n >= most]


def cluster_place(cluster: EntityCluster, geocoder: Geocoder) -> Place | None:
    """The geocoded place of a PLACE entity; None for other entities.

    A name no gazetteer knows is kept as written, with null coordinates: an
    unknown village stays the village, never its district or country. When
    the text puts it inside a known place ("the Safari Hotel in Baidoa",
    "Kabul's Dasht-e-Barchi district", "Tiptipon, Jolo"), it takes that place's
    country and division, and its coordinates when the container is a town.
    """
    return _cluster_place(cluster, geocoder, depth=0)


def _cluster_place(cluster: EntityCluster, geocoder: Geocoder, *, depth: int) -> Place | None:
    if cluster.type != "PLACE":
        return None
    place = _resolve_forms(cluster, geocoder)
    outer = _outer_place(cluster, geocoder, depth) if cluster.within is not None else None
    foreign = (
        place is not None and place.source != "nexus-sites" and place.country not in cluster.near_countries
    )
    if foreign and cluster.near_countries:
        local = Geocoder(sorted(cluster.near_countries)).resolve(cluster.name)
        if local is not None and local.country in cluster.near_countries:
            place = local  # "in Kazan, where he met the Russian president": the Russian Kazan
    trusted = place is not None and (
        place.source == "nexus-sites" or cluster.within_guessed or _well_known_city(cluster, place, geocoder)
    )
    if place is not None and outer is not None and cluster.within_near:
        # "X near Y" across a provincial line is still X, unless the gazetteer's X lies far from Y
        if trusted or not _far_apart(place, outer):
            return place
    elif place is not None and (
        trusted
        or outer is None
        or _agrees_with_container(place, outer)
        or (cluster.within is not None and _in_division_named(place, cluster.within))
        or _container_read_abroad(place, outer, geocoder)
    ):
        return place  # a namesake in another country or province than the named container's is no answer
    kind = cluster.subtype if cluster.subtype in ("country", "admin", "city", "site") else "city"
    if place is None and kind == "site" and (outer is None or cluster.within_guessed):
        outer = _town_in_name(cluster, geocoder, outer) or outer
    if cluster.within is not None and (outer is None or (outer.kind == "admin" and outer.lat is None)):
        outer = _seat_of_a_narrow_division(cluster.within, outer, geocoder) or outer
    if outer is None:
        country = cluster.country
        if place is None and country and any(c.country == country for c in geocoder.candidates(cluster.name)):
            country = None  # the country of a namesake the document's own countries refused
        return Place(name=cluster.name, kind=kind, country=country, source=None)
    point = kind in ("city", "site") and outer.kind in ("city", "site") and outer.lat is not None
    # "X, in the Y region": not at Y town, when Y is a province; "X, in the Y department" of a
    # second-level division named after its town is near that town
    point = point and not (cluster.within_division and first_level_division(outer.name, outer.country))
    # "X, some 135 km from Y": far from Y in a direction the text does not give, so not at Y
    far = cluster.within_km is not None and cluster.within_km > _BEARING_OFFSET_KM
    point = point and not (place is None and far and cluster.within_bearing is None)
    lat, lon = (outer.lat, outer.lon) if point else (None, None)
    derivation = f"at {outer.name}" if point else None
    middle = _road_middle(cluster, outer, geocoder, depth) if point and place is None else None
    if middle is not None:
        lat, lon, derivation = middle  # "X, a village on the Y-Z road": somewhere between Y and Z
    elif lat is not None and lon is not None and place is None and cluster.within_bearing is not None:
        # "X, north of Y": some way from Y in that direction, not at Y itself
        km = cluster.within_km or _BEARING_OFFSET_KM
        lat, lon = destination(lat, lon, cluster.within_bearing, km)
        derivation = f"about {km:.0f} km {_compass_name(cluster.within_bearing)} of {outer.name}"
    if derivation is not None and outer.derivation:
        derivation = f"{derivation} ({outer.derivation})"  # a reference point itself borrowed: "at Y"
    return Place(
        name=cluster.name,
        kind=kind,
        country=outer.country,
        admin1=outer.admin1 if outer.kind != "country" else None,
        lat=lat,
        lon=lon,
        source="nexus-within" if point else None,
        derivation=derivation,
    )


#: The longest road whose middle stands for a village told on it: on a longer one the middle may
#: lie further from the village than the known end the text names first.
_ROAD_MIDDLE_KM = 120.0


def _road_middle(
    cluster: EntityCluster, outer: Place, geocoder: Geocoder, depth: int
) -> tuple[float, float, str] | None:
    """The point half-way between the two ends of the road a village is told on ("X, a village on
    the Y-Z road", "on the road between Y and Z"), with its derivation ("between Y and Z"), when
    the gazetteer places both ends in one country at most ``_ROAD_MIDDLE_KM`` apart; else None."""
    other = cluster.road_end
    if other is None or outer.lat is None or outer.lon is None or depth >= 3:
        return None
    end = _resolve_forms(other, geocoder)
    if end is None or end.kind != "city" or end.lat is None or end.lon is None:
        return None
    if end.country != outer.country:
        return None
    if haversine_km(outer.lat, outer.lon, end.lat, end.lon) > _ROAD_MIDDLE_KM:
        return None
    return (outer.lat + end.lat) / 2, (outer.lon + end.lon) / 2, f"between {outer.name} and {end.name}"


def _compass_name(bearing: float) -> str:
    """The compass word of a bearing in degrees (315.0: "north-west"), to the nearest eighth."""
    names = ("north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west")
    return names[round(bearing / 45.0) % 8]


#: How far from a town a place the text sets in a direction from it is put ("X, north of Y"): such
#: a place is told by the town because it is near, a drive of half an hour or so.
_BEARING_OFFSET_KM = 25.0


#: A town said to lie by another ("near Y", "north of Y") that the gazetteer puts further away is a namesake.
_NEAR_TOWN_KM = 100.0


def _far_apart(place: Place, town: Place) -> bool:
    """Whether two places both have coordinates and lie more than ``_NEAR_TOWN_KM`` apart."""
    if place.lat is None or place.lon is None or town.lat is None or town.lon is None:
        return False
    return haversine_km(place.lat, place.lon, town.lat, town.lon) > _NEAR_TOWN_KM


def _well_known_city(cluster: EntityCluster, place: Place, geocoder: Geocoder) -> bool:
    """Whether the gazetteer's reading is a city of millions by its own name: such a city is itself
    whatever container a list or a byline seems to give it ("in Lagos and Warri in Delta State")."""
    if place.kind != "city":
        return False
    best = geocoder.best(cluster.name)
    return best is not None and best.exact and best.population >= WELL_KNOWN_CITY_POPULATION


def _seat_of_a_narrow_division(
    within: EntityCluster, outer: Place | None, geocoder: Geocoder
) -> Place | None:
    """The town a second-level division written with its kind is named after ("Gwarzo LGA",
    "Kamwenge District", "Kelm Township", "Kelm Local Government Area": Gwarzo, Kamwenge, Kelm),
    when the gazetteer knows that town in the division's country and the name is no first-level
    division there; else None. The kind words are entities.yaml's ``admin_head_words`` and
    divisions.yaml's ``kind_words`` and ``kind_phrases``."""
    name = division_stem(within.name)
    if name is None:
        return None
    town = geocoder.resolve(name)
    if town is None or town.kind != "city" or town.lat is None:
        return None
    country = (outer.country if outer is not None else None) or within.country
    if country is not None and town.country != country:
        return None
    if first_level_division(name, town.country):
        return None
    return town


def _agrees_with_container(place: Place, outer: Place) -> bool:
    """Whether a town the gazetteer found lies where the text puts it: in the container's country,
    and in its first-level division when the GeoNames tables give both ("the vereda X, in the rural
    area of Y": an X of another province is a namesake)."""
    if outer.country not in (None, place.country):
        return False
    if outer.kind == "country" or not outer.admin1 or not place.admin1 or place.kind == "country":
        return True
    if not (outer.source or "").startswith("geonames") or not (place.source or "").startswith("geonames"):
        return True  # a curated entry may spell the division otherwise
    return fold(outer.admin1) == fold(place.admin1)


def _container_read_abroad(place: Place, outer: Place, geocoder: Geocoder) -> bool:
    """Whether the gazetteer read a town in one of the report's main countries and its container
    ("X, in the Y region") in a country the report is not about: the container's reading is the
    namesake, not the town's."""
    main = geocoder.main_countries()
    return (
        outer.country is not None
        and outer.country != place.country
        and place.country in main
        and outer.country not in main
    )


def _outer_place(cluster: EntityCluster, geocoder: Geocoder, depth: int) -> Place | None:
    """Where the place the text puts ``cluster`` in lies: the gazetteer's reading of its name, or,
    when the text puts that container in another in turn, the reading its own container allows
    ("X locality of Y LGA in Z State", "a settlement near Baga in Borno State": the Nigerian
    Baga), a few levels up."""
    within = cluster.within
    if within is None:
        return None
    if depth >= 3 or within.within is cluster:
        return _resolve_forms(within, geocoder)
    if within.within is None:
        # the container as its own entity reads it ("the X quarter of Tripoli" in a report on
        # Lebanon: the Tripoli its sentences put in Lebanon), or None when no gazetteer knows it
        own = _cluster_place(within, geocoder, depth=depth + 1)
        own = own if own is not None and own.source is not None else None
        return _division_over_namesake(within, own)
    return _cluster_place(within, geocoder, depth=depth + 1)  # "near Baga in Borno State": that Baga


def _division_name(within: EntityCluster) -> str:
    """A container's name without the division noun written with it ("Velmora State": "Velmora")."""
    words = within.name.split()
    heads = _word_set("admin_head_words")
    while len(words) > 1 and words[-1] in heads:
        words = words[:-1]
    return " ".join(words)


def _division_over_namesake(within: EntityCluster, town: Place | None) -> Place | None:
    """The first-level division a container names when the gazetteer read its name as a town lying
    in another division of the same country: "X, Velmora", where Velmora is a state and also a
    hamlet of a state far away, puts X in the state, not at the hamlet. A town lying in the division
    of its own name (a region named after its capital) stays the town, and so does every reading of
    a name that is no first-level division of the town's country (``town`` returned unchanged)."""
    if town is None or town.kind != "city" or not town.country or not town.admin1:
        return town
    name = _division_name(within)
    parent = division_countries(name).get(town.country)
    if parent is None or fold(parent) == fold(town.admin1) or not first_level_division(name, town.country):
        return town
    return Place(
        name=within.name, kind="admin", country=town.country, admin1=parent, source="geonames-admin1"
    )


def _in_division_named(place: Place, within: EntityCluster) -> bool:
    """Whether the gazetteer's town lies in a division called as its container is ("Y, Velmora
    province", where a second-level Velmora of the town's own first-level division exists), so a
    namesake town the container's name also reads as does not make the town a namesake too."""
    if place.kind != "city" or not place.country or not place.admin1:
        return False
    parent = division_countries(_division_name(within)).get(place.country)
    return parent is not None and fold(parent) == fold(place.admin1)


def _town_in_name(cluster: EntityCluster, geocoder: Geocoder, guessed: Place | None) -> Place | None:
    """The town a site's name starts with ("Dorvale University", "Tarsen Airport"), when it is a
    town of the country the report is about (the guessed town's, or the site's sentences')."""
    words = cluster.name.split()
    for size in range(len(words) - 1, 0, -1):
        town = geocoder.resolve(" ".join(words[:size]))
        if town is None or town.kind != "city":
            continue
        countries = {guessed.country} if guessed is not None and guessed.country else cluster.near_countries
        return town if town.country in countries else None
    return None


def _resolve_forms(cluster: EntityCluster, geocoder: Geocoder) -> Place | None:
    """The place of a cluster's name, else of its first alias a gazetteer knows; of the name
    with its division noun first when that reading won (``_division_reading``)."""
    if cluster.division_form is not None:
        place = geocoder.resolve(cluster.division_form)
        if place is not None and place.kind == "admin":
            return place.model_copy(update={"name": cluster.name})
    place = geocoder.resolve(cluster.name)
    if place is not None:
        return place
    for alias in cluster.aliases:
        place = geocoder.resolve(alias)
        if place is not None:
            return place.model_copy(update={"name": cluster.name})
    return None


def _link_containers(doc: Doc, clusters: list[EntityCluster]) -> None:
    """Set ``within`` on places the text puts inside another place.

    "X in Y", "X, Y" and "X, in northern Y" after a mention of X; "Y's X" before it.
    """
    index = token_entity_index(doc, clusters)
    for cluster in clusters:
        if cluster.type != "PLACE":
            continue
        for mention in cluster.mentions:
            span = _mention_span(doc, mention)
            if span is None:
                continue
            outer = (
                _container_after(doc, span.end, index)
                or _container_before(doc, span.start, index)
                or _fronted_division(doc, span, index)
            )
            if outer is not None and outer is not cluster and outer.subtype != "city":
                # "X on Lake Y" here, "X, an island 30 km north of Z town" later: the town that
                # gives X a point
                later = _set_by_a_town_later(doc, cluster, mention, index)
                if later is not None:
                    span, outer = later, _container_after(doc, later.end, index)
            if outer is not None and outer is not cluster:
                cluster.within = outer
                cluster.within_division = _named_as_division(doc, outer, index, span.end)
                beside = _town_beside(doc, span.end, index)
                cluster.within_near = beside is not None and beside[0] is outer
                cluster.within_bearing = beside[1] if beside is not None and cluster.within_near else None
                km, bearing = _told_offset(doc, span.end, index, outer)
                cluster.within_km = km
                ends = _road_told_after(doc, span.end, index)
                others = [end for end in ends if end is not outer and end is not cluster]
                cluster.road_end = others[0] if outer in ends and others else None
                if cluster.within_bearing is None and outer.subtype in ("city", "site"):
                    cluster.within_bearing = bearing  # "X, a hamlet 30 km north of Y"
                break
    for cluster in clusters:  # "X and Y villages in Z": X is in Z as well as Y
        if cluster.type != "PLACE" or cluster.within is not None:
            continue
        for mention in cluster.mentions:
            span = _mention_span(doc, mention)
            listed = _last_listed_place(doc, span, index) if span is not None else None
            last, end = listed if listed is not None else (None, 0)
            if (
                last is not None
                and "country" not in (last.subtype, cluster.subtype)  # "Iraq and Syria": no list of towns
                and last.within is not None
                and last.within is not cluster
                # the container named right after the list: "the road between X and Y" puts X in no
                # container said of Y elsewhere
                and _container_after(doc, end, index) is last.within
            ):
                cluster.within, cluster.within_division = last.within, last.within_division
                break
    _note_sentence_countries(doc, clusters, index)
    main = _main_town(doc, clusters)
    sents: list[Span] = []
    for cluster in clusters:
        if (
            cluster.type == "PLACE"
            and (cluster.subtype == "site" or cluster.village_unknown)
            and cluster.within is None
            and main is not cluster
        ):
            # a hotel or junction of the report, or a hamlet no gazetteer knows: in the town named
            # just before it, else the report's
            sents = sents or list(doc.sents)
            near = _town_named_before(doc, cluster, clusters, sents)
            cluster.within, cluster.within_guessed = near or main, True


def _set_by_a_town_later(
    doc: Doc, cluster: EntityCluster, after: Mention, index: dict[int, EntityCluster]
) -> Span | None:
    """The first mention of ``cluster`` after ``after`` that an appositive settlement noun sets by a
    town ("X, a hamlet 20 km from Y", :func:`_settlement_near`), or None when no later one is."""
    for mention in cluster.mentions:
        if mention.start <= after.start:
            continue
        span = _mention_span(doc, mention)
        if span is None:
            continue
        town = _settlement_near(doc, span.end, index)
        if town is not None and town is not cluster and town.subtype == "city":
            return span
    return None


def _last_listed_place(
    doc: Doc, span: Span, index: dict[int, EntityCluster]
) -> tuple[EntityCluster, int] | None:
    """The last place of a list of places that ``span`` opens or runs in ("X, Y and Z villages":
    Z for X and for Y) and the end of its mention there, or None when no place follows it with
    "and", "or" or a comma."""
    i, last = span.end, None
    while i + 1 < len(doc) and doc[i].lower_ in ("and", "or", ","):
        j = i + 1
        if doc[j].lower_ in ("and", "or"):
            j += 1  # "X, Y, and Z"
        if j + 1 < len(doc) and doc[j].lower_ in _word_set("distance_adverbs"):
            j += 1  # "X and neighbouring Z"
        other = index.get(j)
        if other is None or other.type != "PLACE":
            break
        last = other
        while j < len(doc) and index.get(j) is other:
            j += 1
        i = j
    return (last, i) if last is not None else None


def _named_as_division(doc: Doc, outer: EntityCluster, index: dict[int, EntityCluster], after: int) -> bool:
    """Whether the container's first mention after token ``after`` is followed by the noun of a wide
    division ("in the Tahoua region", "Say department"): the division is meant, not its chief town."""
    for i in range(after, min(after + 12, len(doc))):
        if index.get(i) is outer:
            end = _place_end(doc, i, index)
            return end < len(doc) and doc[end].is_lower and doc[end].lemma_.lower() in _wide_divisions()
    return False


@cache
def _wide_divisions() -> frozenset[str]:
    """``wide_divisions`` of districts.yaml: divisions whose chief town does not place a village in them."""
    words: list[str] = ontology.table("districts.yaml").get("wide_divisions", [])
    return frozenset(w.lower() for w in words)


def _fronted_division(doc: Doc, span: Span, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """ "In Kilifi county, gunmen shot at a camp at Mwamba": the division a sentence opens
    with holds the town named later in it (when the town is no division itself)."""
    sent = span.sent
    if sent.start + 2 >= span.start or doc[sent.start].lower_ != "in":
        return None
    first = index.get(sent.start + 1)
    if first is None or first.type != "PLACE" or index.get(span.start) is first:
        return None
    end = _place_end(doc, sent.start + 1, index)
    named = end < len(doc) and doc[end].is_lower and doc[end].lemma_.lower() in _admin_nouns()
    if not named or end + 1 >= len(doc) or doc[end + 1].text != ",":
        return None
    if span.end < len(doc) and doc[span.end].is_lower and doc[span.end].lemma_.lower() in _admin_nouns():
        return None  # the later name is a division too
    return first


@cache
def _admin_nouns() -> frozenset[str]:
    kinds: dict[str, list[str]] = _lexicon().get("place_noun_kinds", {})
    return frozenset(w.lower() for w in kinds.get("admin", []))


def _note_sentence_countries(
    doc: Doc, clusters: list[EntityCluster], index: dict[int, EntityCluster]
) -> None:
    """Set ``near_countries``: the countries (names, nationality adjectives) of each place's sentences,
    less those named as across a border ("near the border with X")."""
    demonyms = ontology.demonyms()
    by_sentence: dict[int, set[str]] = {}
    for cluster in clusters:
        if cluster.type != "PLACE":
            continue
        for mention in cluster.mentions:
            if mention.sent_start not in by_sentence:
                span = _mention_span(doc, mention)
                if span is None:
                    continue
                start = _sentence_start(doc, span.start)[0]
                starts = _sentence_starts(doc)[1]
                end = next((t for t, _ in starts if t > start), len(doc))
                found: set[str] = set()
                low = lowers(doc)
                for i in range(start, end):  # (by index: only a nationality word becomes a Token)
                    other = index.get(i)
                    if across_a_border(low, i):
                        continue  # "near the border with X": the country across, not the place's own
                    if other is not None and other.subtype == "country" and other.country:
                        found.add(other.country)
                    elif low[i] in demonyms and doc[i].is_title:
                        found.add(demonyms[low[i]])
                by_sentence[mention.sent_start] = found
            cluster.near_countries |= by_sentence[mention.sent_start]


#: How many sentences back a site's town may be named ("stormed a hotel in the port city of X.
#: The attack began at the gate of the Y Hotel").
_SITE_TOWN_SENTENCES = 2


def _town_named_before(
    doc: Doc, site: EntityCluster, clusters: list[EntityCluster], sents: list[Span]
) -> EntityCluster | None:
    """The town mentioned last before a site's first mention, in its sentence or the
    :data:`_SITE_TOWN_SENTENCES` before it, outside the dateline (where the report was filed)."""
    if not site.mentions:
        return None
    first = min(m.start for m in site.mentions)
    at = next((k for k, sent in enumerate(sents) if sent.start_char <= first < sent.end_char), 0)
    since = sents[max(at - _SITE_TOWN_SENTENCES, 0)].start_char
    filed = dateline_end(doc)
    after = _town_named_after(doc, site, clusters, sents[at], first)
    if after is not None and first >= filed:
        return after  # "a section of the X pipeline in the rural area of Y": in Y
    best: tuple[int, EntityCluster] | None = None
    for town in clusters:
        if town.type != "PLACE" or town.subtype != "city":
            continue
        for m in town.mentions:
            if since <= m.start < first and m.start >= filed and (best is None or m.start > best[0]):
                best = (m.start, town)
    return best[1] if best is not None else None


#: How many tokens after a site's name the town it lies in may be named ("Camp X, a base near Y").
_SITE_TOWN_AFTER = 10


def _town_named_after(
    doc: Doc, site: EntityCluster, clusters: list[EntityCluster], sent: Span, first: int
) -> EntityCluster | None:
    """The town named just after a site's first mention, in its sentence, as the object of a
    locative preposition with no verb between ("the X pipeline in the rural area of Y", "Camp W,
    a base near Y"): where the site lies. None when there is no such town."""
    towns = {
        m.start: town
        for town in clusters
        if town.type == "PLACE" and town.subtype == "city" and town is not site
        for m in town.mentions
        if first < m.start < sent.end_char
    }
    if not towns:
        return None
    start = next((t.i for t in sent if t.idx >= first), None)
    if start is None:
        return None
    located = False
    for token in doc[start : min(start + _SITE_TOWN_AFTER + 3, sent.end)]:
        if token.idx in towns and token.idx > first:
            return towns[token.idx] if located else None
        if token.pos_ in ("VERB", "AUX"):
            return None  # "the X Hotel, where gunmen went after attacking Y": another clause
        if token.lower_ in ("in", "near", "outside", "at", "inside", "around"):
            located = True
    return None


def _main_town(doc: Doc, clusters: list[EntityCluster]) -> EntityCluster | None:
    """The report's town: the dateline's when it is a town, else the town named most often."""
    towns = [c for c in clusters if c.type == "PLACE" and c.subtype == "city"]
    found = dateline(doc)
    if found is not None:
        first = fold(found.places.split("/")[0])
        for town in towns:
            if first in {fold(f) for f in town.forms.values()}:
                return town
    return max(towns, key=lambda c: len(c.mentions), default=None)


def _container_after(doc: Doc, end: int, index: dict[int, EntityCluster]) -> EntityCluster | None:
    i = end
    near = _settlement_near(doc, end, index) or _beside_a_town(doc, end, index)
    if near is not None:
        return near  # "X, a hamlet 20 km from Y": an unknown village takes Y's whereabouts
    if (
        i + 1 < len(doc)
        and doc[i].is_lower
        and doc[i].pos_ in ("NOUN", "ADJ", "VERB")
        and doc[i].lemma_ not in _word_set("place_nouns")
        and doc[i + 1].is_lower
        and doc[i + 1].lemma_ in _word_set("place_nouns")
    ):
        i += 1  # "the X fish market in Y", "the X shopping district in Y": read from the place noun
    if i < len(doc) and doc[i].is_lower and doc[i].lemma_ in _word_set("place_nouns"):
        i += 1  # "the St George church in Homs"
        holders = _division_words() | _word_set("settlement_nouns")
        if i + 1 < len(doc) and doc[i].lower_ == "of" and doc[i - 1].lemma_.lower() in holders:
            i += 1  # "X department of Y", "X locality of Y LGA", "X village of Y district": the holder
    if i < len(doc) and doc[i].lower_ in ("on", "along"):
        road = next(
            (
                k
                for k in range(i + 1, min(i + 7, len(doc)))
                if doc[k].lemma_.lower() in _word_set("route_nouns")
            ),
            None,
        )
        i = road + 1 if road is not None else i  # "X village on the A-B road in Y district"
    if i < len(doc) and doc[i].text == ",":
        i += 1
    elif _bracketed_division(doc, i, index):
        i += 1  # "X (Y district)": the division in brackets holds X
    if i < len(doc) and doc[i].lower_ == "in":
        i += 1
        if i < len(doc) and doc[i].lower_ in _word_set("distance_adverbs"):
            i += 1  # "X, in neighbouring Y": X lies in Y (not in the town named before)
    compass = _folded_set("compass_words")
    while i < len(doc) and (
        doc[i].lower_ in ("the", "a")
        or doc[i].lower_ in compass
        or (doc[i].text == "-" and doc[i - 1].lower_ in compass)  # "north-eastern" split at its hyphen
    ):
        i += 1
    i = _past_division_of(doc, i)  # "X, in the rural commune of Y": Y
    i = _past_centre_of(doc, i)  # "X, in central Y", "X in the centre of Y": Y
    if i == end or i >= len(doc):
        return None
    found = index.get(i)
    if found is None or found.type != "PLACE":
        return None
    j = _place_end(doc, i, index)
    while j + 1 < len(doc) and doc[j].text == "," and _is_place_at(index, j + 1):
        j = _place_end(doc, j + 1, index)  # "Latih, Patikul, Sulu": containers, one in the next
    if (
        j + 1 < len(doc)
        and doc[j].lower_ in ("and", "or", ",")
        and (_is_place_at(index, j + 1) or doc[j + 1].lower_ in ("and", "or"))
    ):
        return None  # "Wajir, Elwak and Moyale": a list, not a container
    return found


def _bracketed_division(doc: Doc, i: int, index: dict[int, EntityCluster]) -> bool:
    """Whether token ``i`` opens brackets holding just a place and a lower-case division noun
    ("(Y district)", "(Y prefecture)", ``place_noun_kinds.admin`` of entities.yaml): the division a
    place is set in, not another name of the place."""
    if i + 3 >= len(doc) or doc[i].text != "(" or not _is_place_at(index, i + 1):
        return False
    end = _place_end(doc, i + 1, index)
    if end + 1 >= len(doc) or doc[end + 1].text != ")":
        return False
    return doc[end].is_lower and doc[end].lemma_.lower() in _admin_nouns()


#: Words that set a place in the middle of a town named next ("in central Y", "in the heart of Y").
_CENTRE_WORDS = frozenset({"central", "downtown", "centre", "center", "heart", "middle"})


def _past_centre_of(doc: Doc, i: int) -> int:
    """The token after "central", "downtown" or "centre of" / "heart of" at ``i``, else ``i``: a
    place "in central Y" or "in the centre of Y" lies in the town Y (never past a capital letter:
    "Central Equatoria" is a name)."""
    if i >= len(doc) or not doc[i].is_lower or doc[i].lower_ not in _CENTRE_WORDS:
        return i
    if doc[i].lower_ in ("central", "downtown"):
        return i + 1
    return i + 2 if i + 1 < len(doc) and doc[i + 1].lower_ == "of" else i


def _past_division_of(doc: Doc, i: int) -> int:
    """The token after "[adjective] <division or settlement noun> of" at ``i`` ("rural commune of",
    "district of"), else ``i``: the place named next holds the one before."""
    k = i
    while k < len(doc) and k - i < 2 and doc[k].is_lower and doc[k].pos_ == "ADJ":
        k += 1
    holders = _division_words() | _word_set("settlement_nouns")
    held = k + 1 < len(doc) and doc[k].is_lower and doc[k + 1].lower_ == "of"
    if held and doc[k].lemma_.lower() in holders:
        return k + 2
    return i


@cache
def _division_words() -> frozenset[str]:
    """Nouns of administrative divisions and of a town's parts ("department", "locality", "commune")."""
    kinds = _lexicon().get("place_noun_kinds", {})
    return frozenset(w.lower() for w in [*kinds.get("admin", []), "locality", "commune", "ward"])


#: Words between "a village" and its neighbour town: "about 20 km", "some 15 miles north-east".
_NEAR_FILLERS = frozenset({"about", "some", "around", "roughly", "nearly", "approximately", "barely", "just"})


#: Bearings (degrees from north) of the compass words ("north-west" and "northwest" alike).
_COMPASS_DEGREES = {
    "north": 0.0,
    "northeast": 45.0,
    "east": 90.0,
    "southeast": 135.0,
    "south": 180.0,
    "southwest": 225.0,
    "west": 270.0,
    "northwest": 315.0,
}


def _told_offset(
    doc: Doc, end: int, index: dict[int, EntityCluster], town: EntityCluster
) -> tuple[float | None, float | None]:
    """The distance (km) and bearing (degrees) the text gives from ``town`` for the place whose
    name ends at token ``end``: "X, a hamlet about 30 km north-west of Y" (30.0, 315.0), "X,
    some 12 miles from Y" (19.3, None); ``(None, None)`` when the words after the name, up to
    the town's name, give no distance."""
    for k in range(end, min(end + 10, len(doc) - 2)):
        if doc[k].text in (";", ".") or index.get(k) is town:
            return None, None
        if not (doc[k].like_num and doc[k + 1].lower_ in DISTANCE_UNITS):
            continue
        try:
            value = float(doc[k].text.replace(",", ""))
        except ValueError:
            return None, None
        unit = doc[k + 1].lower_
        km = value * 1.609 if unit.startswith("mile") else value / 1000 if unit.startswith("met") else value
        bearing, j = _bearing_at(doc, _past_a_conversion(doc, k + 2))
        if j + 1 >= len(doc) or doc[j].lower_ not in ("from", "of", "outside"):
            return None, None
        j += 2 if doc[j + 1].lower_ == "the" else 1
        named = index.get(_past_a_town_noun(doc, j)) is town  # "of Y", "of the town of Y"
        if not named:
            return None, None
        return km, bearing
    return None, None


def _past_a_conversion(doc: Doc, k: int) -> int:
    """The index past a distance given again in other units in brackets at token ``k`` ("20 km (12
    miles) north of Y": past "(12 miles)"), else ``k``."""
    if k >= len(doc) or doc[k].text != "(":
        return k
    close = next((j for j in range(k + 1, min(k + 6, len(doc))) if doc[j].text == ")"), None)
    if close is None or not any(t.lower_ in DISTANCE_UNITS for t in doc[k + 1 : close]):
        return k
    return close + 1


def _bearing_at(doc: Doc, k: int) -> tuple[float | None, int]:
    """The bearing (degrees) the compass words from token ``k`` give ("north-west": 315.0; None
    when there are none) and the index of the token after them."""
    compass = _folded_set("compass_words")
    words: list[str] = []
    while k < len(doc) and (doc[k].lower_ in compass or (doc[k].text == "-" and words)):
        words += [doc[k].lower_] if doc[k].lower_ in compass else []
        k += 1
    return (_COMPASS_DEGREES.get("".join(words)) if words else None), k


def _beside_a_town(doc: Doc, end: int, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """The town a place is said to lie by (see :func:`_town_beside`)."""
    beside = _town_beside(doc, end, index)
    return beside[0] if beside is not None else None


def _town_beside(
    doc: Doc, end: int, index: dict[int, EntityCluster]
) -> tuple[EntityCluster, float | None] | None:
    """The town a place is said to lie by, without an appositive noun: "X village near Y", "the X
    hills north-west of Y", "X, on the northern edge of Y", "X camp on the outskirts of Y", "the
    hamlet of X, about 15 km from Y"; with the
    bearing from the town when the text gives one ("north-west of Y": 315), else None."""
    bearing: float | None = None
    i = end
    heads = _word_sets("place_nouns", "site_compound_heads")
    if (
        i + 2 < len(doc)
        and doc[i].is_lower
        and doc[i].pos_ in ("NOUN", "ADJ", "VERB")
        and doc[i].lemma_ not in heads
        and doc[i + 1].is_lower
        and doc[i + 1].lemma_ in _word_set("site_compound_heads")
        and doc[i + 2].text == ","
    ):
        i += 2  # "X trading centre, on the main road outside Y": read past the two-word noun
    if i < len(doc) and doc[i].is_lower and doc[i].lemma_ in _word_set("place_nouns"):
        if doc[i].lemma_.lower() in _division_words():
            return None  # "X district, west of Y": a division reaching towards Y, not a spot by it
        if doc[i].lemma_.lower() in _word_set("route_nouns"):
            return None  # "the A-X road near Y": the road runs by Y, its end X need not
        i += 1  # "X village", "X hills"
        if i < len(doc) and doc[i].lower_ == "for":
            k = next((k for k in range(i + 1, min(i + 5, len(doc))) if doc[k].text == ","), None)
            if k is not None and all(t.is_lower for t in doc[i + 1 : k]):
                i = k  # "the X site for displaced people, north of Y"
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i < len(doc) and doc[i].lower_ == "also":
        i += 1  # "the X site, also near Y"
    compass = _folded_set("compass_words")
    k = i
    while k < len(doc) and doc[k].lower_ in _NEAR_FILLERS:
        k += 1
    if k + 1 < len(doc) and doc[k].like_num and doc[k + 1].lower_ in DISTANCE_UNITS:
        bearing, k = _bearing_at(doc, _past_a_conversion(doc, k + 2))  # "X, about 15 km (north-west) from Y"
        if k >= len(doc) or doc[k].lower_ not in ("from", "of", "outside"):
            return None
        i = k + 1
    elif i + 1 < len(doc) and doc[i].lower_ == "close" and doc[i + 1].lower_ == "to":
        i += 2
    elif i < len(doc) and doc[i].lower_ in ("near", "outside"):
        i += 1
    elif i < len(doc) and doc[i].lower_ in compass:
        words = [doc[i].lower_]
        i += 1
        if i + 1 < len(doc) and doc[i].text == "-" and doc[i + 1].lower_ in compass:
            words.append(doc[i + 1].lower_)
            i += 2  # "north-west"
        if i >= len(doc) or doc[i].lower_ != "of":
            return None
        bearing = _COMPASS_DEGREES.get("".join(words).replace("-", ""))
        i += 1
    elif i + 2 < len(doc) and doc[i].lower_ == "on" and doc[i + 1].lower_ == "the":
        i += 2
        end_town = _town_on_a_road(doc, i, index)
        if end_town is not None:
            return end_town, None  # "X, on the road between A and B": by the end the gazetteer knows
        while i < len(doc) and (doc[i].lower_ in compass or doc[i].text == "-"):
            i += 1  # "on the north-western edge"
        if (
            i + 1 >= len(doc)
            or doc[i].lemma_.lower() not in _word_set("vicinity_nouns")
            or doc[i + 1].lower_ != "of"
        ):
            return None
        i += 2
    else:
        return None
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    i = _past_a_town_noun(doc, i)
    found = index.get(i)
    if found is None or found.type != "PLACE" or found.subtype not in ("city", "site"):
        return None
    j = _place_end(doc, i, index)
    if j < len(doc) and doc[j].is_lower and doc[j].lemma_.lower() in _division_words():
        return None  # "near the Y district border", "outside Y province": no town
    return found, bearing


def _past_a_town_noun(doc: Doc, i: int) -> int:
    """The index past the noun that names the town a place lies by before its name ("near the town
    of Y", "near the state capital Y", "outside the capital, Y"), else ``i``."""
    towns = _word_set("settlement_anaphor_nouns")
    if i + 1 < len(doc) and doc[i].lower_ in towns and doc[i + 1].lower_ == "of":
        return i + 2
    if i + 1 < len(doc) and doc[i].is_lower and doc[i + 1].lower_ == "capital":
        i += 1  # "the state capital", "the provincial capital"
    if i < len(doc) and doc[i].lower_ == "capital":
        i += 1
        return i + 1 if i < len(doc) and doc[i].text == "," else i
    return i


def _town_on_a_road(doc: Doc, i: int, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """The town a place "on the ..." road at token ``i`` (past "on the") lies by: the first end
    the gazetteer knows of "the road between A and B" or "the A-B road", or the town of "the main
    road (just) outside Y" / "the road near Y"; None when the words name no such town."""
    end_town = _known_end_of_a_road(doc, i, index)
    if end_town is not None:
        return end_town
    ends = _ends_named_before_a_road(doc, i, index)
    known = next((end for end in ends if _in_gazetteer(end.name)), None)
    if known is not None:
        return known  # "the A-B road", "the main A–B highway"
    routes = _word_set("route_nouns")
    k = i
    while k < len(doc) and k - i <= 6 and doc[k].lemma_.lower() not in routes:
        if doc[k].text in (",", ";", ".") or doc[k].pos_ in ("VERB", "AUX"):
            return None
        k += 1
    if k >= len(doc) or doc[k].lemma_.lower() not in routes:
        return None
    k += 1
    while k < len(doc) and doc[k].lower_ in _NEAR_FILLERS:
        k += 1  # "just outside"
    if k >= len(doc) or doc[k].lower_ not in ("near", "outside"):
        return None
    k += 1
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    found = index.get(_past_a_town_noun(doc, k))
    if found is None or found.type != "PLACE" or found.subtype not in ("city", "site"):
        return None
    return found


def _ends_named_before_a_road(doc: Doc, i: int, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """The towns named before the route noun of "the (main) A-B road" at token ``i`` (past "the"),
    in order; empty when no route noun follows within a few words."""
    routes = _word_set("route_nouns")
    ends: list[EntityCluster] = []
    for k in range(i, min(i + 7, len(doc))):
        if doc[k].lemma_.lower() in routes:
            return ends
        if doc[k].text in (",", ";", ".") or doc[k].pos_ in ("VERB", "AUX"):
            return []
        named = index.get(k)
        if named is not None and named.type == "PLACE" and named.subtype == "city" and named not in ends:
            ends.append(named)
    return []


def _road_ends(doc: Doc, i: int, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """The towns named as the ends of the road at token ``i`` (past "on the"): A and B of "the
    road between A and B" or of "the A-B road"; empty when the words name no road's ends."""
    k = i
    while k < len(doc) and doc[k].is_lower and doc[k].lemma_.lower() not in _word_set("route_nouns"):
        k += 1  # "the main supply road"
    between = _between_ends(doc, k, index)
    return between if between is not None else _ends_named_before_a_road(doc, i, index)


def _between_ends(doc: Doc, k: int, index: dict[int, EntityCluster]) -> list[EntityCluster] | None:
    """The towns A and B of "road between A and B" with the route noun at token ``k`` (only A when
    no "and B" follows); None when ``k`` holds no route noun followed by "between"."""
    if (
        k + 2 >= len(doc)
        or doc[k].lemma_.lower() not in _word_set("route_nouns")
        or doc[k + 1].lower_ != "between"
    ):
        return None
    first = index.get(k + 2)
    if first is None or first.type != "PLACE":
        return []
    j = _place_end(doc, k + 2, index)
    second = index.get(j + 1) if j + 1 < len(doc) and doc[j].lower_ == "and" else None
    return [
        end for end in (first, second) if end is not None and end.type == "PLACE" and end.subtype == "city"
    ]


def _road_told_after(doc: Doc, end: int, index: dict[int, EntityCluster]) -> list[EntityCluster]:
    """The ends of the road a place whose name ends at token ``end`` is told on, a few words on
    ("X, a village on the A-B road", "X, on the road between A and B"); empty when there is none."""
    for k in range(end, min(end + 8, len(doc) - 2)):
        if doc[k].text in (";", ".") or doc[k].pos_ in ("VERB", "AUX"):
            return []
        if doc[k].lower_ in ("on", "along") and doc[k + 1].lower_ == "the":
            return _road_ends(doc, k + 2, index)
    return []


def _known_end_of_a_road(doc: Doc, i: int, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """The first end of "the (main) road between A and B" at token ``i`` that the gazetteer knows
    as a town, else None."""
    while i < len(doc) and doc[i].is_lower and doc[i].lemma_.lower() not in _word_set("route_nouns"):
        if doc[i].pos_ not in ("ADJ", "NOUN"):
            return None
        i += 1  # "the main supply road"
    return next((end for end in _between_ends(doc, i, index) or [] if _in_gazetteer(end.name)), None)


def _in_gazetteer(name: str) -> bool:
    """Whether some gazetteer town bears exactly this name."""
    return any(c.exact and c.kind == "city" for c in Geocoder().candidates(name))


def _settlement_near(doc: Doc, end: int, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """The town an appositive settlement noun puts the place by: "X, a hamlet 20 km from Y", "X, a
    village near Y", "X, a small settlement outside Y", "X, a community 12 miles north of Y"."""
    i = end
    told = i + 3 < len(doc) and doc[i].text == ","
    if not told or not (doc[i + 1].lower_ in ("a", "an") or doc[i + 1].like_num):
        return None  # "X, a village near Y"; "X and Z, two villages near Y"
    i += 2
    nouns = _word_sets("settlement_nouns", "apposed_settlement_nouns")
    while (
        i < len(doc)
        and i - end <= 6
        and (
            doc[i].is_lower
            or (doc[i].is_title and i not in index)  # "a Fulani herding village"
            or _modifier_joint(doc, i)  # "a government-held island", "a herders' camp"
        )
        and doc[i].lemma_ not in nouns
    ):
        i += 1  # "a remote farming village"
    if i >= len(doc) or not doc[i].is_lower or doc[i].lemma_ not in nouns:
        return None
    i = _past_its_people(doc, i + 1, index)
    while i < len(doc) and doc[i].lower_ in _NEAR_FILLERS:
        i += 1
    if i + 1 < len(doc) and doc[i].like_num and doc[i + 1].lower_ in DISTANCE_UNITS:
        i = _past_a_conversion(doc, i + 2)  # "20 km (12 miles) north of Y"
        if i < len(doc) and doc[i].lower_ in _folded_set("compass_words"):
            i += 1  # "20 km north of Y"
        if i < len(doc) and doc[i].text == "-" and i + 1 < len(doc):
            i += 2  # "north-east"
        if i >= len(doc) or doc[i].lower_ not in ("from", "of", "outside"):
            return None
        i += 1
    elif i < len(doc) and doc[i].lower_ in ("near", "outside", "by", "of"):
        i += 1  # "a village near Y", "a hamlet of Y"
    elif i + 1 < len(doc) and doc[i].lower_ == "close" and doc[i + 1].lower_ == "to":
        i += 2
    elif i + 1 < len(doc) and doc[i].lower_ in ("on", "along") and doc[i + 1].lower_ == "the":
        return _town_on_a_road(doc, i + 2, index)  # "X, a village on the A-B road": by A
    elif i < len(doc) and doc[i].lower_ in ("in", "inside", "within"):
        return _settlement_in(doc, i + 1, index)  # "X, a hamlet in central Y's Z district" (or inside)
    else:
        return None
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    found = index.get(_past_a_town_noun(doc, i))  # "near the town of Y"
    return (
        found if found is not None and found.type == "PLACE" and found.subtype in ("city", "site") else None
    )


def _modifier_joint(doc: Doc, i: int) -> bool:
    """Whether token ``i`` joins the words of a settlement's modifier: the hyphen of "army-held" or
    the apostrophe of "herders'" between two words, not a comma or a bracket."""
    text = doc[i].text
    if text in ("-", "–") and 0 < i < len(doc) - 1:
        return not doc[i].whitespace_ and not doc[i - 1].whitespace_
    return text in ("'", "’", "'s", "’s") and i > 0 and not doc[i - 1].whitespace_


def _past_its_people(doc: Doc, i: int, index: dict[int, EntityCluster]) -> int:
    """The index past an "of" phrase at token ``i`` that names who live in a settlement, not a
    place, when a distance follows it ("a camp of cattle herders about 40 km east of Y": past "of
    cattle herders"); else ``i`` ("a hamlet of Y" keeps its "of")."""
    if i >= len(doc) or doc[i].lower_ != "of":
        return i
    for j in range(i + 1, min(i + 6, len(doc) - 1)):
        if j in index or doc[j].is_punct:
            return i
        if doc[j].lower_ in _NEAR_FILLERS or (doc[j].like_num and doc[j + 1].lower_ in DISTANCE_UNITS):
            return j if j > i + 1 else i
    return i


def _settlement_in(doc: Doc, i: int, index: dict[int, EntityCluster]) -> EntityCluster | None:
    """The division or town after "X, a village in": "in Y district", "in northern Y's Z circle" (Z,
    the finer of the two), "in the Y region"; None when no place follows."""
    compass = _folded_set("compass_words")
    while i < len(doc) and (doc[i].lower_ == "the" or doc[i].lower_ in compass or doc[i].text == "-"):
        i += 1
    surroundings = _word_sets("vicinity_nouns", "held_landform_nouns")
    if i + 2 < len(doc) and doc[i].is_lower and doc[i].lower_ in surroundings and doc[i + 1].lower_ == "of":
        i += 2  # "X, a locality in the mountains of Y commune", "a hamlet in the hills of Y"
    found = index.get(i)
    if found is None or found.type != "PLACE":
        return None
    end = _place_end(doc, i, index)
    if end + 1 < len(doc) and doc[end].tag_ == "POS" and _is_place_at(index, end + 1):
        return index[end + 1]  # "Ruritania's Z circle": the circle
    return found


def _is_place_at(index: dict[int, EntityCluster], i: int) -> bool:
    found = index.get(i)
    return found is not None and found.type == "PLACE"


def _place_end(doc: Doc, i: int, index: dict[int, EntityCluster]) -> int:
    cluster, j = index.get(i), i
    while j < len(doc) and index.get(j) is cluster:
        j += 1
    return j


def _container_before(doc: Doc, start: int, index: dict[int, EntityCluster]) -> EntityCluster | None:
    if start < 2 or doc[start - 1].tag_ != "POS":
        return None
    found = index.get(start - 2)
    return found if found is not None and found.type == "PLACE" else None


def context_countries(doc: Doc, clusters: list[EntityCluster]) -> Counter[str]:
    """Countries the document talks about: named countries, based-in actors, demonyms."""
    counts: Counter[str] = Counter()
    for cluster in clusters:
        if cluster.country:
            division = _division_named_like_a_country(doc, cluster)
            counts[division or cluster.country] += len(cluster.mentions)
        elif cluster.type == "PLACE" and (division := division_phrase_country(cluster.name)):
            counts[division] += 1  # "in Kelm LGA": a division only one country holds
    for country in _demonym_countries(doc):
        counts[country] += 1
    home = _dateline_country(doc)
    if home is not None:
        counts[home] += 1  # "MAIDUGURI, June 9 -": a report filed from a country's city is about it
    return counts


def _division_named_like_a_country(doc: Doc, cluster: EntityCluster) -> str | None:
    """The country whose first-level division a country's name written with a division word names
    ("Niger State", "Niger state": a Nigerian state, not the Republic of Niger), when every mention
    of the cluster is so written and exactly one other country has a first-level division of that
    name; else None."""
    if cluster.subtype != "country" or not cluster.mentions:
        return None
    heads = {w.lower() for w in _word_set("admin_head_words")}
    for mention in cluster.mentions:
        span = _mention_span(doc, mention)
        if span is None:
            return None
        last = span[-1] if span[-1].lower_ in heads else (doc[span.end] if span.end < len(doc) else None)
        if last is None or last.lower_ not in heads:
            return None
    name = _division_name(cluster) if " " in cluster.name else cluster.name
    holders = [
        cc for cc in division_countries(name) if cc != cluster.country and first_level_division(name, cc)
    ]
    return holders[0] if len(holders) == 1 else None


#: The least population of a dateline city whose country sets the report's context.
_DATELINE_CITY_POPULATION = 100_000


def _dateline_country(doc: Doc) -> str | None:
    """The country of the city a report was filed from, when the dateline names one city that
    the gazetteer knows as a large town (or a capital) in exactly one country; else None."""
    found = dateline(doc)
    if found is None or not found.places or "/" in found.places:
        return None
    towns = [
        c
        for c in Geocoder().candidates(found.places.split(",")[0].strip())
        if c.kind == "city" and c.exact and c.population >= _DATELINE_CITY_POPULATION
    ]
    countries = {c.country for c in towns if c.country}
    return countries.pop() if len(countries) == 1 else None


def _demonym_countries(doc: Doc) -> list[str]:
    """The country of each title-case nationality adjective of the Doc, in text order (one
    pass per Doc: the clustering stage and the assembly both ask)."""
    found: list[str] | None = doc.user_data.get("nexus_demonym_countries")
    if found is None:
        demonyms = ontology.demonyms()
        found = []
        for token in matching(doc[:], (), demonyms):
            country = demonyms.get(token.lower_)
            if country and token.is_title:
                found.append(country)
        doc.user_data["nexus_demonym_countries"] = found
    return found


def _trustworthy_place(name: str, geocoder: Geocoder, *, strict: bool) -> bool:
    """Whether a name the NER did not call a place is one: curated, or a known town in context."""
    for cand in geocoder.candidates(name):
        if cand.source == "nexus-sites" or cand.kind == "country":
            return True
        if not cand.exact and fold(cand.name) != fold(f"{name} City"):
            continue  # "Marawi" for "Marawi City" is the town's own short name
        if geocoder.context.get(cand.country or "", 0) and (not strict or cand.population >= 1000):
            return True
        if cand.population >= (500_000 if strict else 100_000):
            return True
    return False


def _relabel_places(doc: Doc, clusters: list[EntityCluster], geocoder: Geocoder) -> None:
    """ORG/PERSON spans that are towns ("BAMAKO", "Kyiv", "Faladié") become places.

    A name written where only a place fits ("in Deir al-Balah", "the town of
    Deir Hafer", "left for Tamale") is a place whatever the NER says, unless the
    name also speaks or carries a title somewhere in the text.
    """
    for cluster in clusters:
        if cluster.key is not None or cluster.type == "PLACE" or cluster.signed:
            continue
        name = cluster.name
        words = name.split()
        if cluster.type == "ORG" and org_subtype(name) != "other":
            continue
        spans = [s for s in (_mention_span(doc, m) for m in cluster.mentions) if s is not None]
        if any(_has_place_office(s) or (cluster.type == "ORG" and _has_state_office(s)) for s in spans):
            cluster.type = "PLACE"  # "Kwara's governor", "X's interior minister"
            continue
        if any(_acts_like_an_agent(s) or _named_alias(s) or _person_alias(s) for s in spans):
            continue  # "Alia said": whatever town bears the name, this one speaks
        if cluster.type == "ORG" and any(_listed_among_groups(s) for s in spans):
            continue  # "funds several factions, notably X in Y and Z in W": Z is a group
        if not cluster.roles and any(_place_only_context(s) for s in spans):
            cluster.type = "PLACE"
            continue
        if not cluster.roles and not any(_titled(s) for s in spans) and _written_before_place_noun(doc, name):
            cluster.type = "PLACE"  # "Kalomo" a person, where the text elsewhere has "the Kalomo zones"
            continue
        if (
            not cluster.roles
            and not any(_titled(s) for s in spans)
            and _could_be_town(name)
            and _written_where_only_a_place_fits(doc, name)
        ):
            cluster.type = "PLACE"  # "visited X" a person, where the text elsewhere has "residents of X"
            continue
        title = name.title() if name.isupper() else name
        if any(_names_a_local_force(s) for s in spans) and _any_known_town(title, geocoder):
            cluster.type = "PLACE"  # "Bordeaux police said": the force's town
            continue
        taken = [_ground_taken(s) for s in spans]
        if (
            ("control" in taken and _could_be_town(name))
            or ("object" in taken and _known_town(title, geocoder))
            or ("armed" in taken and _any_known_town(title, geocoder))
        ):
            cluster.type = "PLACE"  # "regained control of X"; "recaptured X", a town the gazetteer knows
            continue
        if (
            not cluster.roles
            and any(_container_after_a_place(s, clusters) for s in spans)
            and any(c.exact and c.kind in ("city", "admin") for c in geocoder.candidates(title))
        ):
            cluster.type = "PLACE"  # "in Barangay X, Y.", "in X City, Negros Y,": Y holds the place before it
            continue
        if cluster.type == "PERSON" and cluster.roles:
            continue
        if cluster.type == "PERSON" and len(words) > 1:
            if not any(_titled(s) for s in spans) and _trustworthy_place(title, geocoder, strict=True):
                cluster.type = "PLACE"  # "the regional capital X Y": a town the gazetteer knows whole
            continue
        locative = any(
            doc_text(doc)[max(0, m.start - 4) : m.start].strip().lower()
            in ("in", "at", "of", "near", "to", "from", "on", "around", "outside")
            for m in cluster.mentions
        )
        if _trustworthy_place(title, geocoder, strict=not locative):
            cluster.type = "PLACE"


def _container_after_a_place(span: Span, clusters: list[EntityCluster]) -> bool:
    """ "in X, Y." / "in X town, Y, on Monday": the name ``span`` comes right after a place of
    ``clusters`` (and its place noun) and a comma, and ends its clause (a stop, comma,
    semicolon, preposition or the text's end): the town or division that holds X, not a person."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != ",":
        return False
    if span.end < len(doc) and doc[span.end].text not in (".", ",", ";") and doc[span.end].pos_ != "ADP":
        return False  # (or a phrase opening after it: "in X, Y on Monday")
    before = doc[span.start - 2]
    if before.is_lower and before.lemma_ in _word_set("place_nouns") and span.start >= 3:
        before = doc[span.start - 3]  # "in X town, Y,": the place noun after the place's name
    end = before.idx + len(before)
    return any(c.type == "PLACE" and any(m.end == end for m in c.mentions) for c in clusters)


def _written_before_place_noun(doc: Doc, name: str) -> bool:
    """Whether the text writes the name, as a whole word, right before a lower-case place noun
    of ``place_nouns`` ("X village", "the X zones"), in a mention the NER left untagged or
    tagged otherwise: a sign the name is a place's wherever else the NER reads it as a person's."""
    text = doc_text(doc)
    noun_after = _place_noun_after()
    # (a name is never empty: its occurrences by ``str.find``, not by a pattern opening with a
    # look-behind, which ``re`` tries at every position of the text)
    return any(noun_after.match(text, end) for _, end in whole_word_occurrences(text, name, ending=False))


def _written_where_only_a_place_fits(doc: Doc, name: str) -> bool:
    """Whether the text writes the name, as a whole word, somewhere only a place fits, whatever
    the NER made of it there (a person, a work, nothing): "in X", "near X", "X, a farming
    village" (:func:`_place_only_context`). A sign that a name read as a person's elsewhere
    ("visited X", "X itself was hit") is a village's, and that a village named like the last
    word of a person's name ("Alhaji Musa X", a man called after his home) is not his surname.
    ("residents of X" is no such sign here: it would make places of names the cross-document
    event clustering then weighs against its near misses; a lead left open.)"""
    for start, end in whole_word_occurrences(doc_text(doc), name):
        span = expand_span(doc, start, end)
        if span is not None and span.text == name and _place_only_context(span):
            return True
    return False


@cache
def _place_noun_after() -> re.Pattern[str]:
    """A lower-case place noun (``place_nouns``) after blanks, matched where a name ends, with at
    most one site-modifier noun (``site_modifier_nouns``) between ("X weekly market", "the Y
    resettlement village")."""
    nouns = "|".join(re.escape(n) for n in sorted(_word_set("place_nouns"), key=len, reverse=True))
    modifiers = "|".join(
        re.escape(n) for n in sorted(_word_set("site_modifier_nouns"), key=len, reverse=True)
    )
    return re.compile(rf"[ \t]+(?:(?:{modifiers})[ \t]+)?(?:{nouns})s?\b")


def _places_named_for_happenings(doc: Doc, clusters: list[EntityCluster]) -> None:
    """ "since the 2021 X massacre", "the 2010 Y Club bombing": a name written only as the
    modifier of a dated happening noun (``named_happening_nouns``, a year just before the name)
    names where it happened, a place, whatever the NER read (a person, an organisation). Clusters
    with a role, a signature or the gazetteer's key keep their type; changed in place."""
    nouns = _word_set("named_happening_nouns")
    for cluster in clusters:
        if cluster.type not in ("PERSON", "ORG") or cluster.roles or cluster.signed or cluster.key:
            continue
        spans = [_mention_span(doc, m) for m in cluster.mentions]
        if not spans or any(
            span is None
            or span.root.dep_ != "compound"
            or span.root.head.lower_ not in nouns
            or span.start == 0
            or not _year_before_a_name(doc[span.start - 1].text)
            for span in spans
        ):
            continue
        cluster.type = "PLACE"


def _persons_named_as_places(doc: Doc, clusters: list[EntityCluster]) -> list[EntityCluster]:
    """A PERSON cluster with the very name of a PLACE cluster the text writes somewhere only a
    place fits ("the town of X" there, "X itself" read as a person here) merges into the place,
    unless it carries a role or a title, speaks ("X said") or is the surname of a longer name:
    one name, one place. Returns the clusters left, in order."""
    places = {
        fold(c.name): c
        for c in clusters
        if c.type == "PLACE"
        and any(s is not None and _place_only_context(s) for s in (_mention_span(doc, m) for m in c.mentions))
    }
    surnames = {fold(c.name.split()[-1]) for c in clusters if c.type in ("PERSON", "ORG") and " " in c.name}
    kept: list[EntityCluster] = []
    for cluster in clusters:
        named = (
            cluster.type == "PERSON"
            and not cluster.roles
            and not cluster.signed
            and fold(cluster.name) not in surnames
        )
        place = places.get(fold(cluster.name)) if named else None
        spans = [s for s in (_mention_span(doc, m) for m in cluster.mentions) if s is not None]
        if place is None or any(
            _acts_like_an_agent(s) or _titled(s) or _named_alias(s) or _person_alias(s) for s in spans
        ):
            kept.append(cluster)
            continue
        place.absorb(cluster)
    return kept


def _ground_taken(span: Span) -> str | None:
    """How a verb of taking ground (``ground_taking_verbs``) takes the name: "control" ("seized
    control of X": only ground is controlled) or "object" ("recaptured X": a town, or a person
    captured); None otherwise."""
    root = span.root
    verbs = _word_set("ground_taking_verbs")
    governor = root.head.lemma_.lower()
    ground_only = _word_sets("ground_only_verbs", "place_raiding_verbs")
    if root.dep_ in ("dobj", "nsubjpass") and governor in ground_only:
        return "control"  # "retook X", "raided X", "X was retaken": only ground is retaken or raided
    if root.dep_ == "dobj" and governor in _word_set("armed_taking_verbs") and _armed_subject(root.head):
        return "armed"  # "the militia attacked X": a town or a person, as the gazetteer says
    if root.dep_ == "dobj" and root.head.lemma_.lower() in verbs and root.head.lemma_.lower() != "take":
        return "object"
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        control = root.head.head
        if control.lower_ == "control" and control.dep_ == "dobj" and control.head.lemma_.lower() in verbs:
            return "control"
    return None


def _armed_subject(verb: Token) -> bool:
    """ "gunmen attacked", "the militia seized": the verb's subject is an unnamed armed doer
    (``armed_doer_nouns``), also through a verb it is coordinated with ("raided X and seized Y")."""
    doers = _word_set("armed_doer_nouns")
    while True:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            return any(s.lower_ in doers or s.lemma_.lower() in doers for s in subjects)
        if verb.dep_ != "conj" or verb.head is verb:
            return False
        verb = verb.head


def _any_known_town(name: str, geocoder: Geocoder) -> bool:
    """A town the gazetteer knows by exactly this name, however small and wherever it lies."""
    return any(c.kind == "city" and c.exact for c in geocoder.candidates(name))


def _known_town(name: str, geocoder: Geocoder) -> bool:
    """A town the gazetteer knows by this name or another spelling of it, in a country the
    document names or large enough to need no introduction."""
    return any(
        c.kind == "city" and (geocoder.context.get(c.country or "", 0) or c.population >= 100_000)
        for c in geocoder.candidates(name)
    )


def _site_noun(token: Token) -> bool:
    """A lower-case noun of a site inside a town ("market", "mosques", "station")."""
    nouns = _word_set("town_site_nouns")
    return token.is_lower and (token.lower_ in nouns or token.lemma_ in nouns)


def _of_a_site(span: Span) -> bool:
    """ "the main market of X", "a mosque of X": the name is the "of"-object of a site noun; not
    "the camps of X's gang", where the "of"-object is what X owns."""
    doc = span.doc
    i = span.start - 1
    owner = span.end < len(doc) and doc[span.end].tag_ == "POS"
    return i >= 1 and doc[i].lower_ == "of" and _site_noun(doc[i - 1]) and not owner


def _before_a_common_noun(span: Span) -> bool:
    """Whether a lower-case noun follows the name ("the Easter fair", "New Year celebrations")."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.tag_ == "POS" and span.end + 1 < len(doc):
        nxt = doc[span.end + 1]  # "the New Year's parade"
    return nxt is not None and nxt.is_lower and nxt.pos_ == "NOUN"


def _modifies_a_site(span: Span) -> bool:
    """ "the X market", "the X bus station", "the 2026 X market bombing": the name modifies a
    site noun right after it, or a site-modifier noun and the site noun it modifies."""
    doc = span.doc
    end = span.end
    if end >= len(doc):
        return False
    if _site_noun(doc[end]):
        return True
    return (
        end + 1 < len(doc)
        and doc[end].is_lower
        and doc[end].lower_ in _word_set("site_modifier_nouns")
        and _site_noun(doc[end + 1])
    )


def _holds_a_site(span: Span) -> bool:
    """ "the main market of X", "the central market in X", "the town of X", "residents of X": the
    name is written as a town holding a site (or called a town, or home to people), not as a site."""
    doc = span.doc
    i = span.start - 1
    if i < 1 or doc[i].lower_ not in ("of", "in"):
        return False
    before = doc[i - 1]
    towns = set(_lexicon().get("place_noun_kinds", {}).get("city", [])) | _word_set("townsfolk_nouns")
    return _site_noun(before) or (
        doc[i].lower_ == "of" and (before.lemma_.lower() in towns or before.lower_ in towns)
    )


def _names_a_thing_of(span: Span) -> bool:
    """Whether the name only modifies a common noun that is no person ("the X attack", "the X
    local government area"): written as where or whose a thing is, not as someone."""
    root = span.root
    head = root.head
    return (
        root.dep_ in ("compound", "nmod", "amod")
        and head.i >= span.end
        and head.pos_ == "NOUN"
        and head.is_lower
        and head.lemma_.lower() not in _word_set("person_nouns") | bare_title_words()
    )


#: NER labels a known town's name gets at times where only a place can stand.
_MISREAD_TOWN_LABELS = frozenset({"NORP", *_NO_PLACE_LABELS})


def _misread_known_town(ent: Span) -> bool:
    """A name of one to three words that the NER read as a people, a product or another thing
    that is no place ("in San Telmo" as a people, "outside Ocaña" as a product), standing where
    only a place can ("in X", "near X", "the town of X": :func:`_place_only_context`), that the
    gazetteer knows as a town by exactly that name, with no people's or organisation's word in it
    (a town's article may be one: "Las", "El")."""
    if ent.label_ not in _MISREAD_TOWN_LABELS or len(ent) > 3 or ent.kb_id_:
        return False
    if any(_is_people(t.text) or not t.is_title for t in ent) or org_subtype(ent.text) != "other":
        return False
    if fold(ent.text) in CALENDAR_WORDS:
        return False
    if not _place_only_context(ent):
        return False
    return any(c.exact and c.kind == "city" for c in Geocoder().candidates(ent.text))


def _could_be_town(name: str) -> bool:
    """Whether a name no gazetteer knows may be a town's: one to three capitalised words, no
    acronym, no organisation word ("Ltd", "Bank", "Front"), no people, faith or purpose word."""
    words = name.split()
    if not words or len(words) > 3 or not all(w[:1].isupper() for w in words):
        return False
    if any(w.lower() in _CONNECTORS for w in words) or _is_acronym(name) or name.isupper():
        return False
    stop = _word_sets("non_town_modifiers", "non_entity_words", "festival_words")
    if any(w in stop or w.lower() in ontology.demonyms() or _is_people(w) for w in words):
        return False
    if fold(name) in CALENDAR_WORDS:
        return False
    nouns = _folded_set("town_site_nouns") | _folded_set("place_nouns") | _folded_set("site_words")
    if any(fold(w) in nouns for w in words):
        return False  # "the Market square": a common noun written in capitals
    return org_subtype(name) == "other"


def _may_turn_place(cluster: EntityCluster, spans: list[Span]) -> bool:
    """An organisation (or a one-word person) no lexicon knows, with no title, that neither
    speaks nor goes by an alias anywhere in the text, and whose name may be a town's."""
    if cluster.key is not None or cluster.roles or cluster.subtype == "media":
        return False
    if cluster.type == "PERSON" and len(cluster.name.split()) > 1:
        return False
    if cluster.type not in ("ORG", "PERSON") or not _could_be_town(cluster.name):
        return False
    return not any(_acts_like_an_agent(s) or _named_alias(s) or _titled(s) for s in spans)


def _surely_a_place(doc: Doc, cluster: EntityCluster) -> bool:
    """A place a gazetteer knows, or one written somewhere where only a place fits ("in X", "the
    town of X", "the main market of X", "the X market")."""
    if cluster.key is not None:
        return True
    spans = [s for s in (_mention_span(doc, m) for m in cluster.mentions) if s is not None]
    return any(
        _place_only_context(s) or _of_a_site(s) or _modifies_a_site(s) or _before_place_noun(s) for s in spans
    )


def _before_place_noun(span: Span) -> bool:
    """Whether a lower-case place noun follows the name ("Kanto district", "the X area")."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    nouns = _word_set("place_nouns")
    return nxt is not None and nxt.is_lower and (nxt.lower_ in nouns or nxt.lemma_ in nouns)


#: Entity labels that never hide a town's name (numbers, dates, amounts).
_NOT_TOWN_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY", "PERCENT"})


def _towns_of_sites(doc: Doc, clusters: list[EntityCluster]) -> list[EntityCluster]:
    """Names of towns no gazetteer knows, read from a site they hold: "the main market of X",
    "the X bus station", "the 2026 X market bombing" (issue: the NER calls such a town an
    organisation, a nationality, a product or nothing). Changes clusters in place and returns
    the new place clusters.

    An organisation (or a one-word person) of such a name becomes a place: as the "of"-object of
    a site noun, or as its modifier (a person only when another mention is written as a town,
    "residents of X ... the X market"; "the Kenyatta hospital" alone keeps the person). A lone
    proper noun the NER left untagged or misread, as the "of"-object or the modifier of a site
    noun, becomes a place (a nationality-tagged word only as the "of"-object: "the Sufi shrine"
    is no town).
    """
    by_name: dict[str, EntityCluster] = {}
    for cluster in clusters:
        by_name.setdefault(fold(cluster.name), cluster)
        if cluster.type == "PLACE" or cluster.type not in ("ORG", "PERSON"):
            continue
        spans = [s for s in (_mention_span(doc, m) for m in cluster.mentions) if s is not None]
        if not _may_turn_place(cluster, spans):
            continue
        modifies = any(_modifies_a_site(s) for s in spans)
        if cluster.type == "PERSON":
            modifies = modifies and any(_holds_a_site(s) for s in spans)  # "residents of X ... the X market"
        if modifies or any(_of_a_site(s) for s in spans):
            cluster.type = "PLACE"
    covered = {i for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    found: list[EntityCluster] = []
    pos = pos_ids(doc)
    for at in range(len(doc)):
        if pos[at] != PROPN and pos[at] != NOUN:  # (only nouns become Tokens)
            continue
        token = doc[at]
        if not token.is_title or len(token.text) < 3 or token.idx in covered:
            continue
        if not (token.pos_ == "PROPN" or (token.pos_ == "NOUN" and not token.is_sent_start)):
            continue  # "Bus station attack" opening a headline: a common noun written in capitals
        lone = Span(doc, token.i, token.i + 1)  # (no slice to normalise)
        kind_of_site = token.i > 0 and doc[token.i - 1].lower_ in ("a", "an")  # "an Ibaro mosque": whose
        if not (
            _of_a_site(lone) or (token.ent_type_ != "NORP" and not kind_of_site and _modifies_a_site(lone))
        ):
            continue
        if token.ent_type_ in _NOT_TOWN_LABELS or not _could_be_town(token.text):
            continue
        if any(
            0 <= j < len(doc) and doc[j].is_title and doc[j].pos_ == "PROPN"
            for j in (token.i - 1, token.i + 1)
        ):
            continue  # part of a longer name ("the St Mary church")
        start, end = hyphened_extent(doc, token.i, token.i + 1)  # "the Suq al-Ghanam market"
        if any(doc[i].idx in covered for i in range(start, end)):
            continue
        lone = doc[start:end]
        key = fold(lone.text)
        known = by_name.get(key)
        if known is not None and known.type != "PLACE":
            spans = [s for s in (_mention_span(doc, m) for m in known.mentions) if s is not None]
            if not _may_turn_place(known, spans):
                continue
            known.type = "PLACE"
        if known is None:
            known = by_name[key] = EntityCluster(type="PLACE")
            found.append(known)
        known.add(_mention(lone))
        known.mentions.sort(key=lambda m: m.start)
        covered.update(range(lone.start_char, lone.end_char))
    return found


def _same_name_places(doc: Doc, clusters: list[EntityCluster]) -> list[EntityCluster]:
    """A name that is surely a place somewhere in the text is that place everywhere in it ("X
    bombing" over a report on "the market of X"): an organisation of the same name, no lexicon
    entry, never speaking, joins the place; a one-word person only when each of its mentions is
    written as a town's ("residents of X"), else it stays a person."""
    places: dict[str, EntityCluster] = {}
    for cluster in clusters:
        if cluster.type == "PLACE":
            for form in cluster.forms:
                places.setdefault(form, cluster)
    if not places:
        return clusters
    out: list[EntityCluster] = []
    for cluster in clusters:
        place = places.get(fold(cluster.name)) if cluster.type in ("ORG", "PERSON") else None
        if place is not None and not _surely_a_place(doc, place):
            place = None
        if place is not None:
            spans = [s for s in (_mention_span(doc, m) for m in cluster.mentions) if s is not None]
            if cluster.type == "PERSON" and not all(_holds_a_site(s) or _names_a_thing_of(s) for s in spans):
                place = None  # a person stays one unless every mention is written as a town's
            if place is not None and _may_turn_place(cluster, spans):
                place.absorb(cluster)
                place.mentions.sort(key=lambda m: m.start)
                continue
        out.append(cluster)
    return out


def _has_place_office(span: Span) -> bool:
    """Whether the name is followed by "'s governor", "'s mayor": the office of a place."""
    doc = span.doc
    return (
        span.end + 1 < len(doc)
        and doc[span.end].tag_ == "POS"
        and doc[span.end + 1].lower_ in _word_set("place_office_nouns")
    )


def _has_state_office(span: Span) -> bool:
    """Whether the name is followed by a state's office after at most two lower-case words ("X's
    security minister", "Y's regional parliament"): a state or region holds ministers, a band
    does not (a man's "war cabinet" is his: asked of organisations only)."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].tag_ != "POS":
        return False
    for i in range(span.end + 1, min(span.end + 4, len(doc))):
        word = doc[i]
        if not word.is_lower:
            return False
        if word.lower_ in _word_set("state_office_nouns"):
            return True
        if word.pos_ not in ("ADJ", "NOUN"):
            return False
    return False


def _mention_span(doc: Doc, mention: Mention) -> Span | None:
    """The tokens a mention's characters touch (:func:`expand_span`), kept per Doc by character
    offsets: the passes over the clusters ask again for the same mentions, and no caller changes
    the Span it gets."""
    kept: dict[tuple[int, int], Span | None] | None = doc.user_data.get(_MENTION_SPANS)
    if kept is None:
        kept = doc.user_data[_MENTION_SPANS] = {}
    key = (mention.start, mention.end)
    if key not in kept:
        kept[key] = expand_span(doc, mention.start, mention.end)
    return kept[key]


#: ``doc.user_data`` key of :func:`_mention_span`'s spans (dropped with the Doc's other caches).
_MENTION_SPANS = "nexus_mention_spans"


def _town_read_as_a_people(span: Span) -> bool:
    """Whether a span the tagger read as a people is a place the words around it leave only a
    place reading for (:func:`_place_only_context`): one word that names no people ("the town
    of Tadmor"; before a site noun, "X station", when the gazetteer knows a town by it), or
    several the gazetteer holds as one place by that very name ("the hinterlands of Las X")."""
    if len(span) == 1:
        if _is_people(span.text):
            return False
        known_town = any(c.exact and c.kind == "city" for c in Geocoder().candidates(span.text))
        return _place_only_context(span) or (known_town and _modifies_a_site(span))  # "approached X station"
    if not all(t.is_title or t.is_lower for t in span) or any(_is_people(t.text) for t in span):
        return False
    known = any(c.exact and c.kind in ("city", "admin") for c in Geocoder().candidates(span.text))
    return known and _place_only_context(span)


def _place_only_context(span: Span) -> bool:
    """:func:`_reads_as_place_only`, kept by token range while :func:`cluster_entities` runs (its
    passes ask it again of the same mentions; the Doc's words, parse and entities stay as they are
    meanwhile)."""
    kept: dict[tuple[int, int], bool] | None = span.doc.user_data.get(_PLACE_CONTEXTS)
    if kept is None:
        return _reads_as_place_only(span)
    key = (span.start, span.end)
    found = kept.get(key)
    if found is None:
        found = kept[key] = _reads_as_place_only(span)
    return found


#: ``doc.user_data`` key of :func:`_place_only_context`'s answers, there only while the clusters are built.
_PLACE_CONTEXTS = "nexus_place_only_contexts"


def _reads_as_place_only(span: Span) -> bool:
    """Whether the words around a name leave only a place reading.

    "in X", "near X", "the village of X", "the nearby city of X", "left for X",
    "dispatched to X" (a verb of going); not "in X's" (a possessor) nor a name
    running on into another capitalised word.
    """
    doc = span.doc
    if span.start == 0:
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and (nxt.tag_ == "POS" or (nxt.is_title and nxt.pos_ == "PROPN")):
        return False
    i = span.start - 1
    if doc[i].lower_ in _folded_set("compass_words") and i > 0:
        i -= 1  # "in northern Kebbi"
    if doc[i].lower_ in _word_set("distance_adverbs") and i > 0 and doc[i - 1].lower_ == "from":
        return True  # "a spokesman from neighbouring X": only a place lies nearby
    prev = doc[i]
    attached = prev.pos_ in ("ADP", "ADV", "SCONJ") or prev.dep_ == "prep"  # "outside" tagged ADJ at times
    attached = attached or bool(prev.is_sent_start and prev.is_title)  # "Outside X, ...": tagged a name
    if prev.lower_ in _word_set("locative_preps") and attached:
        return True
    if prev.lower_ == "to" and i > 0 and doc[i - 1].lower_ in _word_set("nearness_words"):
        return True  # "a convoy close to X", "a bus next to Y": as "near X"
    if prev.is_lower and prev.lower_ in _word_set("place_nouns_before_names"):
        return True  # "in tambon X", "the barangay X": a local division's noun written before its name
    if prev.lower_ in ("to", "for", "towards", "toward", "into") and (
        prev.head.lemma_.lower() in _word_set("movement_verbs")
    ):
        return True
    verb = prev.head.lemma_.lower()
    if (prev.lower_ == "into" and verb in _word_set("entry_verbs")) or (
        prev.lower_ in ("on", "upon") and verb in _word_set("descent_verbs")
    ):
        return True  # "rode into X", "swept into Y", "descended on Z": the ground entered
    if (
        prev.lower_ == "on"
        and prev.head.pos_ == "NOUN"
        and prev.head.lower_ in _word_set("place_assault_nouns")
        and span[0].ent_type_ != "ORG"
    ):
        return True  # "Tuesday's raid on X", "the offensive on X"
    if prev.lower_ == "of" and i > 0:
        if doc[i - 1].is_lower and doc[i - 1].lower_ in _folded_set("compass_words"):
            return True  # "30 km south of X"
        nouns = (
            _word_set("place_of_nouns")
            | _word_set("place_office_nouns")
            | _word_set("siege_nouns")
            | _word_set("place_held_nouns")
        )
        return doc[i - 1].lower_ in nouns or (doc[i - 1].is_lower and doc[i - 1].lemma_ in nouns)
    return (
        _object_placed_in_a_town(span)
        or route_end(span, joined=False)
        or after_a_distance(span)
        or _named_settlement_apposition(span)
        or _described_as_a_settlement(span)
        or _placed_in_a_division(span)
    )


def _placed_in_a_division(span: Span) -> bool:
    """Whether the name is set, between commas, in a division named with its noun: "X, in Y
    province,", "X, in the Y region," (the way a report locates a village; a person is not)."""
    doc = span.doc
    i = span.end
    if i + 3 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ != "in":
        return False
    k = i + 2
    if doc[k].lower_ == "the":
        k += 1
    named = k
    while k < len(doc) and doc[k].is_title and doc[k].pos_ == "PROPN":
        k += 1
    if k == named or k >= len(doc):
        return False
    divisions: list[str] = _lexicon().get("place_noun_kinds", {}).get("admin", [])
    return doc[k].is_lower and doc[k].lower_ in divisions


def _named_settlement_apposition(span: Span) -> bool:
    """Whether a settlement noun stands in apposition right after the name: "X, a village in Y",
    "X, a remote farming hamlet", "X, a small town near Y" (not "X, a village elder"), or a
    land form's noun ("X, the central Ruritanian desert", "Y, a forest on the border")."""
    doc = span.doc
    i = span.end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("a", "an", "the"):
        return False
    settlements = _word_sets("settlement_nouns", "apposed_landform_nouns")
    for k in range(i + 2, min(i + 6, len(doc))):
        token = doc[k]
        if not (token.is_lower or token.pos_ == "ADJ") or token.pos_ not in ("ADJ", "NOUN", "VERB"):
            return False  # "X, a resident of the village": no settlement in apposition
        if token.lemma_ in settlements or token.lower_ in settlements:
            nxt = doc[k + 1] if k + 1 < len(doc) else None
            # "a village elder", "the village's headman": a person of the place
            return nxt is None or not ((nxt.is_lower and nxt.pos_ == "NOUN") or nxt.tag_ == "POS")
    return False


def after_a_distance(span: Span) -> bool:
    """Whether the name is what a distance is counted from: "20 km from X", "12 miles north of X",
    "some 30 kilometres outside X" (a place, whatever the NER says)."""
    doc = span.doc
    i = span.start - 1
    if i < 2 or doc[i].lower_ not in ("from", "of", "outside"):
        return False
    i -= 1
    if doc[i].text == "-" and i >= 2:
        i -= 2  # "north-east of X"
    if doc[i].lower_ in _folded_set("compass_words") or doc[i].lower_ in ("north", "south", "east", "west"):
        i -= 1
    return i >= 1 and doc[i].lower_ in DISTANCE_UNITS and doc[i - 1].like_num


#: Words that name a road by its ends ("the road linking X and Y", "the route between X and Y").
_ROUTE_END_OPENERS = frozenset({"between", "from", "link", "connect", "join"})
#: NER labels a lone town's name often gets at a road's end ("linking Gwadar and ...": PRODUCT).
_ROUTE_END_LABELS = frozenset({"PRODUCT", "ORG", "PERSON", "WORK_OF_ART", "NORP"})


def route_end(span: Span, *, joined: bool = True) -> bool:
    """Whether the name ``span`` is one end of a road named by its ends, so that it tells where the
    road leads, not where on it something happened: "the Moshi-Himo road", "the A – B highway",
    "the highway linking X and Y", "the road connecting X to Y", "the route between X and Y",
    "the road from X to Y" (read on the words, as the parse often hangs "linking" from another
    noun). The one check of this for places, arguments and entities; ``joined=False`` leaves
    out the hyphenated form (for a town that is also a road's end but is named as the scene)."""
    return (joined and _joined_route_end(span)) or _opened_route_end(span)


def _joined_route_end(span: Span) -> bool:
    """ "the Moshi-Himo road": a name joined by a hyphen or dash to another before a road noun.
    (Read on the Doc's cached columns, no Token built.)"""
    doc = span.doc
    text, title = texts(doc), title_flags(doc)
    end = span.end
    while end < len(doc) and end - span.end < 4 and (text[end] in _DASHES or title[end]):
        end += 1
    start = span.start
    while start > 0 and span.start - start <= 4 and (text[start - 1] in _DASHES or title[start - 1]):
        start -= 1
    if end >= len(doc) or lemmas(doc)[end] not in _word_set("route_nouns"):
        return False
    return any(text[i] in _DASHES for i in range(start, end))


_DASHES = frozenset({"-", "–", "—"})


def _opened_route_end(span: Span) -> bool:
    # (read on the Doc's cached columns, no Token built: asked of every place name)
    doc = span.doc
    low, lem, text, title, lower = lowers(doc), lemmas(doc), texts(doc), title_flags(doc), lower_flags(doc)
    i = span.start - 1
    if i >= 1 and low[i] in ("and", "to", "with"):  # the second end: step over the first
        j = i - 1
        if j >= 0 and lower[j] and lem[j] in _word_set("place_nouns"):
            j -= 1  # "between the X oasis and Y"
        last = j
        while j >= 0 and last - j <= 4 and (title[j] or text[j] in ("-", "–", "'")):
            j -= 1
        if j == last:
            return False
        i = j
    if i >= 1 and low[i] == "the":
        i -= 1  # "the road between the X oasis and Y"
    if i < 1 or not (low[i] in _ROUTE_END_OPENERS or lem[i] in _ROUTE_END_OPENERS):
        return False
    k = i - 1 if low[i - 1] not in ("that", "which") else i - 2
    return k >= 0 and lower[k] and lem[k] in _word_set("route_nouns")


def _described_as_a_settlement(span: Span) -> bool:
    """ "X, a trading town in Y", "X, a fishing village": a name set beside a settlement noun."""
    nouns = _word_set("apposed_settlement_nouns")
    return any(
        c.dep_ == "appos" and c.is_lower and c.lemma_ in nouns and c.i > span.end for c in span.root.children
    )


def _object_placed_in_a_town(span: Span) -> bool:
    """ "raided Gusau in Zamfara", "an attack on Mueda, in Cabo Delgado": the object of a verb (or of an
    attack noun's "on") that takes places, located in another place."""
    doc = span.doc
    root = span.root
    governor = root.head.lemma_.lower()
    on_attack = (
        root.dep_ == "pobj"
        and root.head.lower_ == "on"
        and root.head.head.lemma_.lower() in ("attack", "raid", "assault", "offensive")
    )
    if root.dep_ == "conj" and root.head.dep_ in ("pobj", "dobj"):
        root = root.head  # "attacks on X and Y, on the outskirts of Z": Y is placed as X is
        governor = root.head.lemma_.lower()
        on_attack = (
            root.dep_ == "pobj"
            and root.head.lower_ == "on"
            and root.head.head.lemma_.lower() in ("attack", "raid", "assault", "offensive")
        )
    if not on_attack and (root.dep_ != "dobj" or governor not in _word_set("place_taking_verbs")):
        return False
    if span.end + 2 >= len(doc):
        return False
    i = span.end + int(doc[span.end].text == ",")
    if doc[i : i + 4].text.lower() == "on the outskirts of" and i + 4 < len(doc):
        i += 3  # "on the outskirts of Z" locates like "in Z"
        return doc[i + 1].is_title and doc[i + 1].ent_type_ not in ("ORG", "DATE", "NORP")
    after = doc[i + 1]
    return (
        doc[i].lower_ in ("in", "near") and after.is_title and after.ent_type_ not in ("ORG", "DATE", "NORP")
    )


def _listed_with_places(doc: Doc, clusters: list[EntityCluster]) -> None:
    """Names in a list of places are places ("struck Gusau, Kaura Namoda and Talata Mafara").

    Run after the other relabelling, twice, so that a place reached through
    another listed name counts too.
    """
    for _ in range(2):
        places = {i for i, c in token_entity_index(doc, clusters).items() if c.type == "PLACE"}
        for cluster in clusters:
            if cluster.key is not None or cluster.type == "PLACE" or cluster.roles or cluster.signed:
                continue
            if (cluster.type == "ORG" and org_subtype(cluster.name) != "other") or _initialled_name(
                cluster.name
            ):
                continue  # (a body's name; "Nadia B." listed with "Ilyas K.")
            spans = [s for s in (_mention_span(doc, m) for m in cluster.mentions) if s is not None]
            if any(_acts_like_an_agent(s) or _listed_among_groups(s) for s in spans):
                continue  # (or an example of groups: "among them X in Y and Z in W")
            if any(t.i in places for s in spans for t in _list_neighbours(s)):
                cluster.type = "PLACE"


def _list_neighbours(span: Span) -> list[Token]:
    root = span.root
    linked = [c for c in root.children if c.dep_ == "conj"]
    token = root
    for _ in range(6):
        if token.dep_ != "conj" or token.head.i == token.i:
            break
        token = token.head
        linked.append(token)
    chain = [root, *linked]
    if not any(c.dep_ == "cc" for t in chain for c in t.children):
        return []  # "In Kohat, Maulana X, who ...": no "and"/"or", no list
    return [t for t in linked if not (span.start <= t.i < span.end)]


def _acts_like_an_agent(span: Span) -> bool:
    """A name that says or tells something, or a person "of" a town, is no place ("Ahmed said")."""
    root = span.root
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in ("say", "tell", "add", "announce", "claim"):
        return True
    doc = span.doc
    home_town = span.end + 1 < len(doc) and doc[span.end].lower_ == "of" and doc[span.end + 1].is_title
    return home_town  # "Ahmed Ali of Gwadar", "Bank of Ghana"


#: Month and weekday names: a date the NER reads rightly, never a misread town.


def _acronym_groups(doc: Doc, clusters: list[EntityCluster]) -> list[EntityCluster]:
    """All-capitals words the NER missed right before a fighters noun: "CODECO fighters", "TTP
    militants" name an armed group (an existing cluster of the same form gets the mention and,
    when untyped, the subtype). Returns the new clusters."""
    members = _word_set("group_member_nouns")
    covered = {i for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    by_form = {fold(f): c for c in clusters if c.type == "ORG" for f in c.forms.values()}
    new: list[EntityCluster] = []
    for token in matching(doc[:], members):
        if token.i == 0 or token.lower_ not in members:
            continue
        word = doc[token.i - 1]
        text = word.text
        if word.idx in covered or not (text.isupper() and text.isalpha() and len(text) >= 3):
            continue
        if _time_zone(doc[word.i : word.i + 1]) or text.lower() in ontology.demonyms():
            continue
        if any(
            t.is_upper and t.is_alpha and len(t) > 1 for t in (doc[word.i - 1 : word.i] if word.i else [])
        ):
            continue  # a headline in capitals, not a name before a noun
        cluster = by_form.get(fold(text))
        if cluster is None:
            cluster = EntityCluster(type="ORG", subtype="armed_group")
            by_form[fold(text)] = cluster
            new.append(cluster)
        elif cluster.subtype in (None, "other"):
            cluster.subtype = "armed_group"
        cluster.add(Mention(word.idx, word.idx + len(text), text, _sentence_start(doc, word.i)[1]))
        covered.add(word.idx)
    return new


def _untagged_places(doc: Doc, clusters: list[EntityCluster], geocoder: Geocoder) -> list[EntityCluster]:
    """Proper nouns the NER missed that a gazetteer knows in the document's countries (a hill town)."""
    covered = {i for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    by_name = {fold(c.name): c for c in clusters}
    found: dict[str, EntityCluster] = {}
    pos = pos_ids(doc)
    reached = 0  # the end of the last name taken
    for at in range(len(doc)):
        if pos[at] != PROPN:  # (only proper nouns become Tokens)
            continue
        token = doc[at]
        if token.pos_ != "PROPN" or not token.is_title or token.idx in covered:
            continue
        known = by_name.get(fold(token.text))
        if len(token.text) < 4 and (known is None or known.type != "PLACE"):
            continue  # a short word is taken only as a repeat of a place the text names ("Bol")
        misread = (
            token.ent_type_ in _word_set("misread_place_labels")
            and _lone_entity(token)
            and token.lower_ not in CALENDAR_WORDS
        )
        lone = Span(doc, token.i, token.i + 1)  # (no slice to normalise)
        # "the highway linking X and Y", "20 km from X": only a place fits, whatever the NER says
        placed_by_words = route_end(lone, joined=False) or after_a_distance(lone)
        kept_label = placed_by_words and token.ent_type_ in _ROUTE_END_LABELS
        if (
            token.ent_type_
            and token.ent_type_ not in ("GPE", "LOC", "FAC", "NORP")
            and not misread
            and not kept_label
        ):
            continue
        if token.is_sent_start or any(
            0 <= j < len(doc)
            and doc[j].pos_ == "PROPN"
            and doc[j].is_title
            and not _fronted_preposition(doc[j])
            for j in (token.i - 1, token.i + 1)
        ):
            continue  # part of a longer name ("Indus Herald Wire")
        key = fold(token.text)
        if key in by_name:
            if by_name[key].type == "PLACE":
                by_name[key].add(_mention(doc[token.i : token.i + 1]))  # "Kandahar" after "KANDAHAR,"
            continue
        if token.text in _word_set("non_entity_words") or _is_people(token.text) or _is_nickname(lone):
            continue  # (a town's nickname: "residents call X 'the Paris of the hills'")
        if _whose_settlement(token):
            continue  # "a Zandri village": a people's village, not one named Zandri
        if token.text in _word_set("festival_words"):
            continue  # "around Christmas": a feast's time (``_type_of``)
        named_as_place = (
            token.i >= 2
            and doc[token.i - 1].lower_ == "of"
            and _place_only_context(doc[token.i : token.i + 1])
        ) or (
            token.i + 1 < len(doc)
            and doc[token.i + 1].is_lower
            and doc[token.i + 1].lower_ in _word_set("settlement_nouns")
        )  # "raided Juhudi village", "Kadawa town": a name the gazetteer lacks
        named_as_place = named_as_place or _named_before_a_landform(token)
        named_as_place = named_as_place or _placed_in_a_place(token, covered, clusters)
        named_as_place = named_as_place or _named_as_a_settlement(token)
        named_as_place = named_as_place or placed_by_words
        near_unknown = _near_an_unknown_name(token)
        named_as_place = named_as_place or near_unknown

        if (
            misread
            and not placed_by_words
            and not _named_before_a_landform(token)
            and not near_unknown
            and not _site_in_a_misread_town(token)  # "a police post in X": a place, known or not
            and not _named_before_a_division(token, geocoder)  # "X, Y prefecture": Y a known division
            and not (_place_only_context(lone) and _trustworthy_place(token.text, geocoder, strict=False))
        ):
            continue  # "in Kohat" read as the title of a work: a known town all the same
        # "killed 12 people in Diabo": after a locative preposition a town any gazetteer knows is a
        # place (the geocoder then weighs its namesakes against the report's countries)
        located = not misread and _place_only_context(lone)
        if (
            not named_as_place
            and not misread
            and not any(
                c.exact
                and (
                    c.source == "nexus-sites"
                    or geocoder.context.get(c.country or "", 0)
                    or located
                    or (c.kind == "city" and c.population >= WELL_KNOWN_CITY_POPULATION)  # "a Lahore market"
                )
                for c in geocoder.candidates(token.text)
            )
        ):
            continue  # "the port of Aden" is a place whatever the gazetteer knows
        if token.i < reached:
            continue  # the second name word of a place just taken ("Praia" of "X da Praia")
        start, end = hyphened_extent(doc, token.i, token.i + 1)  # "Suq al-Mawashi" whole
        end = _particle_name_end(doc, end)  # "Mocimboa da Praia" whole
        if any(doc[i].idx in covered for i in range(start, end)):
            continue
        reached = end
        key = fold(doc[start:end].text)
        if key in by_name:
            continue
        cluster = found.get(key)
        if cluster is None:
            cluster = found[key] = EntityCluster(type="PLACE")
        cluster.add(_mention(doc[start:end]))
    spans = [
        *_parts_of_towns(doc, covered),
        *_names_before_settlements(doc, covered),
        *_untagged_sites(doc, covered),
    ]
    for start, end in [*spans, *_townsfolk_places(doc, covered, clusters)]:
        start, end = hyphened_extent(doc, start, end)
        if any(doc[i].idx in covered for i in range(start, end)):
            continue
        part = doc[start:end]
        key = fold(part.text)
        if key not in by_name and key not in found:
            found[key] = EntityCluster(type="PLACE")
            found[key].add(_mention(part))
    return list(found.values())


def _near_an_unknown_name(token: Token) -> bool:
    """ "killed five people near X", "arrested suppliers in and around Y": a lone capitalised
    word no dictionary holds as an English word, right after a preposition of nearness
    (``nearness_preps``), is a place even when no gazetteer knows it (a hamlet, a mining site's
    village); "in" and "at" are left out, as they also take a firm, a language or a body."""
    if token.i == 0 or token.lower_ in CALENDAR_WORDS or token.lower_ in _english_words():
        return False
    prev = token.doc[token.i - 1]
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if nxt is not None and (nxt.tag_ == "POS" or nxt.text in ("-", "–")):
        return False  # "near X's house", "near X-Y": another name's piece
    return prev.lower_ in _word_set("nearness_preps") and prev.pos_ in ("ADP", "ADV", "SCONJ")


def _named_before_a_landform(token: Token) -> bool:
    """ "along the X river", "in the Y mountains", "the Z forests": a lone proper noun between
    "the" and a lower-case noun of a land or water form (``apposed_landform_nouns``, singular or
    plural) names that place, a river or range no gazetteer of towns need know."""
    doc = token.doc
    if token.i < 1 or token.i + 1 >= len(doc) or doc[token.i - 1].lower_ != "the":
        return False
    noun = doc[token.i + 1]
    landforms = _word_set("apposed_landform_nouns")
    return noun.is_lower and (noun.lower_ in landforms or noun.lemma_.lower() in landforms)


def _named_before_a_division(token: Token, geocoder: Geocoder) -> bool:
    """ "X, Y prefecture", "in Y district": a lone proper noun right before a lower-case noun of an
    administrative division (``place_noun_kinds.admin`` of entities.yaml) names that division when
    the gazetteer knows a town or division of that exact name in the report's countries, whatever
    label the NER gave it."""
    doc = token.doc
    if token.i + 1 >= len(doc):
        return False
    noun = doc[token.i + 1]
    if not noun.is_lower or noun.lemma_.lower() not in _admin_nouns():
        return False
    return any(
        c.exact and c.kind in ("city", "admin") and geocoder.context.get(c.country or "", 0)
        for c in geocoder.candidates(token.text)
    )


def _site_in_a_misread_town(token: Token) -> bool:
    """ "overran a gendarmerie post in X": a name the NER misread, after a site or settlement noun
    and "in"/"near"/"at" (:func:`_named_as_a_settlement`), is a place. A name read as a language
    needs the site noun to carry a lower-case modifier ("a police post in X"), for "a post in
    Arabic" is a message."""
    if not _named_as_a_settlement(token):
        return False
    if token.ent_type_ != "LANGUAGE":
        return True
    site = token.doc[token.i - 2]
    return any(c.dep_ in ("compound", "amod") and c.is_lower and c.i < site.i for c in site.children)


def _fronted_preposition(token: Token) -> bool:
    """ "Near X, gunmen ...": a preposition of place opening the sentence (not "In", "At", which
    open towns' names), tagged a proper noun for its capital."""
    return bool(token.is_sent_start) and token.lower_ in _word_set("locative_preps") - {"in", "at"}


def _particle_name_end(doc: Doc, end: int) -> int:
    """The end of a place name that runs on from token ``end`` over a lower-case particle and a
    capitalised word ("X da Y", "X de la Y": ``PLACE_PARTICLES``, an article after one), else
    ``end``. No entity may start inside the run (""X de Gaulle" stays two names when tagged)."""
    i = end
    if i + 1 >= len(doc) or not doc[i].is_lower or doc[i].lower_ not in _PLACE_PARTICLES:
        return end
    i += 1
    if i + 1 < len(doc) and doc[i].is_lower and doc[i].lower_ in _PLACE_ARTICLES:
        i += 1
    if i < len(doc) and doc[i].is_title and doc[i].pos_ == "PROPN" and not doc[i].ent_type_:
        return i + 1
    return end


def _placed_in_a_place(token: Token, covered: set[int], clusters: list[EntityCluster]) -> bool:
    """ "shot at a lorry at Kulan in Isiolo County": a lone name after "at"/"near" and before "in"
    and a place the text already names is a place too."""
    doc = token.doc
    if token.i < 1 or token.i + 2 >= len(doc) or doc[token.i - 1].lower_ not in ("at", "near"):
        return False
    if doc[token.i + 1].lower_ != "in":
        return False
    after = doc[token.i + 2]
    if after.lower_ == "the" and token.i + 3 < len(doc):
        after = doc[token.i + 3]
    return after.idx in covered and any(
        c.type == "PLACE" and any(m.start <= after.idx < m.end for m in c.mentions) for c in clusters
    )


def _named_as_a_settlement(token: Token) -> bool:
    """ "a base in Kufra", "killed around Kufra, a small town": a lone name after a site or
    settlement noun and a locative word, or set beside a settlement noun, is a place whatever
    the gazetteer knows."""
    doc = token.doc
    if token.i < 2:
        return False
    prev, before = doc[token.i - 1], doc[token.i - 2]
    nouns = _word_set("town_site_nouns") | _word_set("settlement_nouns") | {"base", "post", "outpost"}
    if prev.lower_ in ("in", "near", "at", "outside") and before.is_lower and before.lemma_ in nouns:
        return True
    if prev.tag_ == "POS" and before.is_lower and before.lemma_ in _admin_nouns():
        return True  # "in Jalu province's Kufra": a town of the division
    after = doc[token.i + 1 : token.i + 6]
    located = prev.lower_ in ("in", "near", "at", "outside", "around")
    assaulted = assault_object(token)
    if (located or assaulted) and len(after) >= 3 and after[0].text == ",":
        for word in after[2:]:
            if not word.is_lower and not _whose_settlement(word):
                break
            if after[1].lower_ in ("a", "the") and word.lemma_ in _word_set("settlement_nouns"):
                return True  # "around Kufra, a neighbouring town"; "stormed X, a Zandri village"
    return False


def _townsfolk_places(doc: Doc, covered: set[int], clusters: list[EntityCluster]) -> list[tuple[int, int]]:
    """ "residents of Dogon Kawo, Sokoto state, said": one to three capitalised words no entity
    holds, after "residents of" and before a comma and a place the text names, name a place."""
    out: list[tuple[int, int]] = []
    folk = _word_set("townsfolk_nouns")
    places = {i for c in clusters if c.type == "PLACE" for m in c.mentions for i in range(m.start, m.end)}
    low = lowers(doc)
    for at in range(1, len(doc)):  # (only "of" after a townsfolk noun becomes a Token)
        if low[at] != "of" or low[at - 1] not in folk:
            continue
        token = doc[at]
        end = token.i + 1
        while end < len(doc) and end - token.i <= 3 and doc[end].is_title and doc[end].pos_ == "PROPN":
            end += 1
        if end == token.i + 1 or end + 1 >= len(doc) or doc[end].text != ",":
            continue
        if any(doc[i].idx in covered for i in range(token.i + 1, end)):
            continue
        if doc[end + 1].idx in places:
            out.append((token.i + 1, end))
    return out


def _names_before_settlements(doc: Doc, covered: set[int]) -> list[tuple[int, int]]:
    """ "in the Imam Sahib district", "the Gidan Goga area": two or three capitalised words no
    entity holds, after "the" or a locative word and before a settlement noun, name a place."""
    out: list[tuple[int, int]] = []
    nouns = _word_set("settlement_nouns")
    for token in matching(doc[:], nouns, nouns):
        if not token.is_lower or token.i < 3:
            continue
        if token.lower_ not in nouns:
            if token.tag_ == "NNS" and token.lemma_ in _lexicon()["place_noun_kinds"]["admin"]:
                out.extend(_names_listed_before(doc, token.i, covered))  # "X and Y districts": each name
            continue
        start, words = token.i, 0
        while start > 0 and words < 3:
            first = _hyphened_word_start(doc, start - 1)  # "Dasht-e-Barchi" is one name
            if not doc[first].is_title or (first == start - 1 and doc[first].pos_ != "PROPN"):
                break
            words += 1 if first == start - 1 else 2
            start = first
        if words < 2 or doc[start].is_sent_start:
            continue
        if any(doc[i].idx in covered or doc[i].ent_type_ in ("DATE", "TIME") for i in range(start, token.i)):
            continue  # a name some entity already holds, or "the Friday area"
        before = doc[start - 1].lower_
        if before == "the" or before in _word_set("locative_preps") or before == "of":
            out.append((start, token.i))
    return out


def _names_listed_before(doc: Doc, noun: int, covered: set[int]) -> list[tuple[int, int]]:
    """The names no entity holds in a list of two or more names closed by the plural settlement
    noun at ``noun`` ("across Narem's A B and C districts", "the D, E and F villages"), as
    (start, end) token ranges. A name is capitalised words (the parser reads some as
    adjectives), never a nationality word; the list stops at any other word."""
    names: list[tuple[int, int]] = []
    end = noun
    while end > 0:
        start = end
        while start > 0 and doc[start - 1].is_title and not doc[start - 1].is_sent_start:
            word = doc[start - 1]
            if word.ent_type_ in ("NORP", "DATE", "TIME") or word.lower_ in ontology.demonyms():
                return []
            if word.pos_ not in ("PROPN", "ADJ", "NOUN"):
                break
            start -= 1
        if start == end:
            break
        names.append((start, end))
        if start == 0 or doc[start - 1].lower_ not in ("and", "or", ","):
            break
        end = start - 1
        if doc[end].lower_ == "and" and end > 0 and doc[end - 1].text == ",":
            end -= 1  # "A, B, and C"
    if len(names) < 2:
        return []
    return [(s, e) for s, e in names if not any(doc[i].idx in covered for i in range(s, e))]


def _listed_before_place_noun(span: Span) -> bool:
    """Whether a name opens or runs in a list of names closed by a plural place noun: "across
    Yala's X and Y districts", "the A, B and C provinces" (each name of it a place)."""
    doc = span.doc
    i, names = span.end, 1
    while i < len(doc) and doc[i].lower_ in ("and", "or", ",", "&"):
        j = i + 1
        while j < len(doc) and (doc[j].is_title or doc[j].text == "-") and not doc[j].is_sent_start:
            j += 1
        if j == i + 1:
            return False
        i, names = j, names + 1
    if names < 2 or i >= len(doc):
        return False
    noun = doc[i]
    return noun.is_lower and noun.tag_ == "NNS" and noun.lemma_ in _word_set("place_nouns")


def _hyphened_word_start(doc: Doc, end: int) -> int:
    """First token of the hyphen-joined word that ends at token ``end`` ("Dasht-e-Barchi")."""
    start = end
    while start >= 2 and doc[start - 1].text in ("-", "–") and not doc[start - 1].whitespace_:
        if doc[start - 2].whitespace_:
            break
        start -= 2
    return start


def _lone_entity(token: Token) -> bool:
    """Whether the token is an entity span of its own (one word, tagged alone)."""
    doc = token.doc
    if token.ent_iob_ != "B":
        return False
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is not None and nxt.ent_iob_ == "I" and nxt.is_lower and nxt.pos_ == "ADP":
        # "Mueda in" tagged together: the name alone, with the preposition after it
        return token.i + 2 >= len(doc) or doc[token.i + 2].ent_iob_ != "I"
    return nxt is None or nxt.ent_iob_ != "I"


#: The longest name an untagged site may have, in words ("the Tora Gul Army Training Camp").
_SITE_NAME_WORDS = 6


def _untagged_sites(doc: Doc, covered: set[int]) -> list[tuple[int, int]]:
    """Sites the NER missed: capitalised words ending in a site word ("the Kamra Air Base", "the
    Red Ridge Training Camp", ``site_words`` of entities.yaml) or opened by "Camp" ("Camp Lemonnier"),
    with no word another entity holds. Returns (start, end) token spans."""
    out: list[tuple[int, int]] = []
    last_words = _word_set("site_words")
    i = 0
    title = title_flags(doc)
    while i < len(doc):
        if not title[i]:  # (read from the column first: most words are not capitalised)
            i += 1
            continue
        token = doc[i]
        before = doc[i - 1] if i > 0 else None
        if not token.is_title or token.idx in covered or (before is not None and before.pos_ == "PROPN"):
            i += 1
            continue  # not "Korvan Training Air Base": a part of a longer name
        end = i
        while (
            end < len(doc)
            and end - i < _SITE_NAME_WORDS
            and doc[end].is_title
            and doc[end].idx not in covered
        ):
            end += 1
        words = texts(doc)[i:end]  # (the cached column: no Token built)
        name_end = max(
            (
                k + 1
                for k in range(1, len(words))
                if words[k] in last_words or " ".join(words[k - 1 : k + 1]) in last_words
            ),
            default=0,
        )
        opened = words[0] == "Camp" and len(words) >= 2 and not token.is_sent_start
        if name_end >= 2 and not (i + name_end < len(doc) and doc[i + name_end].pos_ == "PROPN"):
            out.append((i, i + name_end))
        elif opened:
            out.append((i, end))
        i = end
    return out


def _parts_of_towns(doc: Doc, covered: set[int]) -> list[tuple[int, int]]:
    """ "Kabul's Dasht-e-Barchi area": the capitalised words between a possessive and a place noun."""
    out: list[tuple[int, int]] = []
    tag = tags(doc)
    purpose = _word_sets("non_town_modifiers", "festival_words")
    for at in range(len(doc) - 2):  # (only a possessive marker becomes a Token)
        if tag[at] != "POS":
            continue
        token = doc[at]
        end = token.i + 1
        while (
            end < len(doc)
            and end - token.i <= 6
            and (doc[end].is_title or doc[end].text in ("-", "–") or doc[end].lower_ in _CONNECTORS)
        ):
            end += 1
        start = token.i + 1
        if end == start or end >= len(doc) or not doc[start].is_title or not doc[end - 1].is_title:
            continue
        free = not any(doc[i].idx in covered for i in range(start, end))
        if all(doc[i].text in purpose for i in range(start, end)):
            continue  # "the city's Christmas market", "the town's New Year fair": what it is for
        if free and doc[end].is_lower and doc[end].lemma_ in _word_set("place_nouns"):
            out.append((start, end))
    return out


def _dateline(doc: Doc, clusters: list[EntityCluster], outlet: str | None) -> list[EntityCluster]:
    """ "BAMAKO, Sept 19 (Sahel Post) -": the dateline places and the outlet, NER or not."""
    found = dateline(doc)
    existing = {fold(f) for c in clusters for f in c.forms}
    out: list[EntityCluster] = []
    if found is not None and "/" in found.places:
        for cluster in [c for c in clusters if fold(c.name) == fold(found.places)]:
            clusters.remove(cluster)  # "ISLAMABAD/NEW DELHI" tagged as one name
            existing.discard(fold(cluster.name))
    if found is not None:
        offset = found.places_start
        for part in re.split(r"(/)", found.places):
            if part != "/" and part.strip():
                start = offset + (len(part) - len(part.lstrip()))
                text = part.strip()
                if fold(part) not in existing:
                    cluster = EntityCluster(type="PLACE")
                    cluster.add(Mention(start, start + len(text), text, 0))
                    out.append(cluster)
                    existing.add(fold(text))
                else:
                    _join_dateline_mention(clusters, Mention(start, start + len(text), text, 0))
            offset += len(part)
    named = found.outlet if found is not None else None
    if found is not None and named and fold(named) not in existing:
        cluster = EntityCluster(type="ORG", subtype=outlet_subtype(named))
        cluster.add(Mention(found.outlet_start, found.outlet_start + len(named), named, 0))
        out.append(cluster)
    media = {fold(n) for n in (outlet, named) if n}
    for cluster in clusters:
        if fold(cluster.name) in media:
            cluster.type, cluster.subtype = "ORG", outlet_subtype(cluster.name)
    if outlet:
        out.extend(_own_outlet(doc, clusters, out, outlet))
    if found is not None:
        span = (found.places_start, found.places_start + len(found.places))
        for cluster in (*clusters, *out):
            if cluster.type == "PLACE" and any(span[0] <= m.start < span[1] for m in cluster.mentions):
                _unshout(cluster)
    for start, end in page_layout(doc).labels:  # a bulletin item's label ("BUSIA – ..."): a place, NER or not
        if start >= end:
            continue  # a numbered item's heading names no place of its own
        text = doc_text(doc)[start:end]
        if fold(text) in existing or any(
            m.start < end and start < m.end for c in clusters for m in c.mentions
        ):
            _join_dateline_mention([*clusters, *out], Mention(start, end, text, 0))
            continue
        cluster = EntityCluster(type="PLACE")
        cluster.add(Mention(start, end, text, 0))
        _unshout(cluster)
        out.append(cluster)
        existing.add(fold(text))
    return out


def _own_outlet(
    doc: Doc, clusters: list[EntityCluster], found: list[EntityCluster], outlet: str
) -> list[EntityCluster]:
    """Every place the page writes its own outlet's name, as given with the document ("Kivu
    Evening Star | Goma, Oct 8", "told the Kivu Evening Star", "(Kivu Evening Star)"): mentions
    of one media organisation, whatever the NER made of the words. A name the NER read inside
    it ("Kivu" as a place) loses those mentions, and goes when it has no other.

    Returns the new outlet cluster as a one-item list, or nothing when one already stood for
    it (it takes the mentions) or the text never writes the name."""
    text = doc_text(doc)
    key = fold(outlet)
    at = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(outlet.strip())}(?!\w)", text)]
    if not key or not at:
        return []
    spans = [(start, start + len(outlet.strip())) for start in at]
    own = next(
        (c for c in (*clusters, *found) if c.type == "ORG" and key in {fold(f) for f in c.forms}), None
    )
    new = own is None
    if own is None:
        own = EntityCluster(type="ORG", subtype=outlet_subtype(outlet))
    own.type, own.subtype = "ORG", outlet_subtype(outlet)
    for cluster in [*clusters, *found]:
        if cluster is own:
            continue
        kept = [m for m in cluster.mentions if not any(s <= m.start and m.end <= e for s, e in spans)]
        if len(kept) == len(cluster.mentions):
            continue
        cluster.mentions = kept
        written = {fold(m.text) for m in kept}
        cluster.forms = {k: f for k, f in cluster.forms.items() if k in written}
        if not kept:
            (clusters if cluster in clusters else found).remove(cluster)
    for start, end in spans:
        if any(m.start <= start and end <= m.end for m in own.mentions):
            continue
        sent = doc.char_span(start, end, alignment_mode="expand")
        sent_start = _sentence_start(doc, sent.start)[1] if sent is not None else 0
        own.add(Mention(start, end, text[start:end], sent_start))
    own.mentions.sort(key=lambda m: m.start)
    return [own] if new and own.mentions else []


def _join_dateline_mention(clusters: list[EntityCluster], mention: Mention) -> None:
    """A dateline place the page names elsewhere too ("MIANWALI:" under a headline naming the
    town): the dateline's words become a mention of that place, so later stages can tell the
    filing town by its tokens. Nothing changes when a mention already covers them."""
    covered = any(m.start <= mention.start < m.end for c in clusters for m in c.mentions)
    if covered:
        return
    key = fold(mention.text)
    places = [c for c in clusters if c.type == "PLACE" and key in {fold(f) for f in c.forms}]
    if places:
        places[0].add(mention)
        places[0].mentions.sort(key=lambda m: m.start)


def _unshout(cluster: EntityCluster) -> None:
    """A place written only in the dateline's capitals ("GAO", "DERA ISMAIL KHAN") takes the
    gazetteer's spelling of it, or each word capitalised; the mentions keep the text as written."""
    for key, form in list(cluster.forms.items()):
        if not form.isupper() or len(form) < 3:
            continue
        spelt = [c.name for c in Geocoder().candidates(form) if fold(c.name) == key and not c.name.isupper()]
        cluster.forms[key] = spelt[0] if spelt else " ".join(w.capitalize() for w in form.split())

"""Towns the NER left out, named where a site of an assault lies: "blew himself up inside a church
in X", "stabbed two men at a bus stop in Y", "opened fire on worshippers at a mosque near Z", "hacked
residents of W to death".

A verb of assault (the attack verbs of events.yaml, less those that trigger only in set phrases)
puts its scene in a locative phrase ("in", "near", "outside") that hangs on the verb itself or on
a site reached from it through its object and prepositional phrases ("inside a church", "at a bus
stop"); the people it struck name their town with "of" ("villagers of X", ``townsfolk_nouns``).
A capitalised name there that no entity covers is a town's when the gazetteer knows a city by the
whole name (particles included: "Viña del Mar") or when the name may be a town's
(``could_be_town``: one to three capitalised words, no organisation, people or calendar word).

A country named across a border ("near the border with X", :func:`across_a_border`) is not the
country of the places its sentence names.

A happening recalled by its year and its town names the town between them: "since the 2019 X
raid", "the 2014 Y massacre" (a noun of ``named_happening_nouns``). A capitalised name there that
no entity covers and that may be a town's is a place.

:func:`untagged_scene_towns` and :func:`untagged_dated_happening_towns` give such names as place
spans; :func:`untagged_towns_set_in_divisions` gives the names a report sets in a division the
way it locates a village ("reports from X, in Y province, conflicted").
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from functools import cache

from spacy.symbols import VERB
from spacy.tokens import Doc, Span, Token

from nexus import ontology
from nexus.extract.dates import year_in_figures
from nexus.extract.gazetteer import PLACE_PARTICLES
from nexus.extract.geocode import Geocoder
from nexus.extract.tokens import lowers, pos_ids, texts

#: Prepositions whose object is where the site lies.
_LOCATIVE = frozenset({"in", "near", "outside"})
#: Dependency labels followed from the verb down to the sites it reaches.
_SITE_PATH = frozenset({"dobj", "prep", "pobj"})
#: How many of those steps a site may lie below the verb ("at" "a stop" "in" "X": two to the stop).
_DEPTH = 4
#: NER labels of a thing, not a place, that a town's name between a year and a happening noun
#: often gets ("the 2016 X massacre" read as a product) or that the year itself carries.
_THING_LABELS = frozenset({"DATE", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})
#: Lower-case particles inside a town's name ("Viña del Mar", "Bandar-e Abbas"): the gazetteer's
#: place particles and two more.
_NAME_PARTICLES = PLACE_PARTICLES | {"la", "e"}


@cache
def _assault_verbs() -> frozenset[str]:
    attack = ontology.table("events.yaml")["types"]["attack"]
    return frozenset(attack["verbs"]) - frozenset(attack.get("phrasal_only") or ())


def _sites(verb: Token) -> list[Token]:
    """The verb and the nouns reached from it through objects and prepositional phrases."""
    found = [verb]
    frontier = [verb]
    for _ in range(_DEPTH):
        frontier = [c for t in frontier for c in t.children if c.dep_ in _SITE_PATH]
        found += [t for t in frontier if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("dobj", "pobj")]
    return found


def _name_word(token: Token) -> bool:
    """A capitalised word of a name in running text (not a sentence's first word, not a number)."""
    return token.is_title and token.is_alpha and not token.is_sent_start and token.tag_ in ("NNP", "NN")


def _name_span(doc: Doc, head: Token) -> Span | None:
    """The name ending at ``head``: capitalised words and the particles between them."""
    if not _name_word(head):
        return None
    start = head.i
    while start > 0:
        before = doc[start - 1]
        if _name_word(before) or (
            before.lower_ in _NAME_PARTICLES and start - 2 >= 0 and _name_word(doc[start - 2])
        ):
            start -= 1
            continue
        break
    if doc[start].lower_ in _NAME_PARTICLES:
        start += 1
    if head.i + 1 < len(doc) and _name_word(doc[head.i + 1]):
        return None  # the name runs on past the phrase's head
    return doc[start : head.i + 1]


def known_city(text: str) -> bool:
    """Whether the gazetteer knows a city by exactly ``text``."""
    return any(c.exact and c.kind == "city" for c in Geocoder().candidates(text))


def positions(column: Sequence[object], wanted: Collection[object]) -> list[int]:
    """The indices of ``column`` (a Doc's cached token column) whose value is in ``wanted``: the
    tokens a whole-Doc walk reads, with no Token built for the others."""
    return [i for i, value in enumerate(column) if value in wanted]


def untagged_scene_towns(doc: Doc, taken: set[int], could_be_town: Callable[[str], bool]) -> list[Span]:
    """Names no entity covers (``taken``: token indices of the entities found) in a locative
    phrase of an assault's scene: GPE spans of ``doc``, in order, one per name. A name is kept
    when the gazetteer knows a city by it, or when it has no particle and ``could_be_town(text)
    -> bool`` holds."""
    verbs = _assault_verbs()
    townsfolk = ontology.words("entities.yaml", "townsfolk_nouns")
    found: list[Span] = []
    seen: set[int] = set()
    for i in positions(pos_ids(doc), (VERB,)):
        verb = doc[i]
        if verb.lemma_.lower() not in verbs:
            continue
        for site in _sites(verb):
            for prep in site.children:
                if prep.dep_ != "prep" or not (
                    prep.lower_ in _LOCATIVE or (prep.lower_ == "of" and site.lower_ in townsfolk)
                ):
                    continue
                for head in prep.children:
                    if head.dep_ != "pobj" or head.i in seen:
                        continue
                    span = _name_span(doc, head)
                    if span is None or any(t.i in taken or t.ent_type_ for t in span):
                        continue
                    if any(c.dep_ in ("det", "poss") for c in head.children):
                        continue  # "the Church", "his Farm": no name of a town
                    particle = any(t.lower_ in _NAME_PARTICLES for t in span)
                    if known_city(span.text) or (not particle and could_be_town(span.text)):
                        seen.add(head.i)
                        found.append(Span(doc, span.start, span.end, label="GPE"))
    return sorted(found, key=lambda s: s.start)


def untagged_dated_happening_towns(
    doc: Doc, taken: set[int], could_be_town: Callable[[str], bool]
) -> list[Span]:
    """Names no entity covers (``taken``: token indices) written between a year in figures and a
    noun of a happening ("the 2019 X raid"): GPE spans of ``doc``, in order, kept when
    ``could_be_town(text) -> bool`` holds."""
    nouns = ontology.words("entities.yaml", "named_happening_nouns")
    found: list[Span] = []
    for i in positions(lowers(doc), nouns):
        noun = doc[i]
        if noun.pos_ != "NOUN" or noun.i < 2:
            continue
        end = noun.i
        start = end
        while start > 0 and _name_word(doc[start - 1]) and end - start < 3:
            start -= 1
        if start == end or start == 0 or not year_in_figures(doc[start - 1]):
            continue
        span = doc[start:end]
        if any(t.i in taken or (t.ent_type_ and t.ent_type_ not in _THING_LABELS) for t in span):
            continue
        if could_be_town(span.text):
            found.append(Span(doc, start, end, label="GPE"))
    return found


def untagged_towns_set_in_divisions(
    doc: Doc,
    taken: set[int],
    could_be_town: Callable[[str], bool],
    set_in_division: Callable[[Span], bool],
) -> list[Span]:
    """Names no entity covers (``taken``: token indices), one to three capitalised words inside a
    sentence, that ``set_in_division(span) -> bool`` finds set in a named division ("X, in Y
    province,"): GPE spans of ``doc``, in order, kept when ``could_be_town(text) -> bool`` holds."""
    found: list[Span] = []
    for i in positions(texts(doc), (",",)):
        comma = doc[i]
        if comma.i == 0:
            continue
        start = end = comma.i
        while start > 0 and end - start < 3 and _name_word(doc[start - 1]) and doc[start - 1].tag_ == "NNP":
            start -= 1
        if start == end or (start > 0 and _name_word(doc[start - 1])):
            continue
        span = doc[start:end]
        if any(t.i in taken or t.ent_type_ for t in span) or not could_be_town(span.text):
            continue
        if set_in_division(span):
            found.append(Span(doc, start, end, label="GPE"))
    return found


def across_a_border(lowers: list[str], i: int) -> bool:
    """Whether word ``i`` of a text (``lowers``: its lower-cased words) opens the name of what lies
    across a border: "the border with X", "the frontier with the Y" (``border_nouns`` of
    relations.yaml)."""
    k = i - 1
    if k >= 0 and lowers[k] == "the":
        k -= 1
    borders = ontology.words("relations.yaml", "border_nouns")
    return k >= 1 and lowers[k] == "with" and lowers[k - 1] in borders

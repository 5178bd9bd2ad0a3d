"""Known actors written in a transliteration the actor gazetteer does not list.

Arabic, Pashto and Urdu group names reach English copy in many spellings
("Jamaat Nusrat al-Islam wal-Muslimin", "Jama'a Nasr al-Islam wa al-Muslimin";
"Tehreek-e-Taliban", "Tahrik-i-Taleban"). The gazetteer's phrase matchers
only know the spellings ``ontology/actors.yaml`` lists; an unlisted one is
left to the statistical NER, which often splits it at a particle into two
"persons". This module finds runs of capitalised words joined by the
particles or hyphens such names hold, folds each to its consonant skeleton
(``nexus.resolve.names.skeleton``) and looks the skeleton up among the
gazetteer's own names: equal, or one edit apart for long names.

Only names with a long skeleton take part (``MIN_SKELETON`` consonants), so
short names, whose skeletons collide, never match loosely.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from rapidfuzz.distance import Levenshtein
from spacy.tokens import Doc, Span

from nexus import ontology
from nexus.extract.doctext import doc_text
from nexus.resolve.names import ARABIC_ARTICLES, skeleton

#: Shortest skeleton (consonants after folding) a name needs to be matched by its skeleton.
MIN_SKELETON = 8
#: Skeletons at least this long may differ from a listed one by one edit.
FUZZY_SKELETON = 11
#: Most words a run may have (longer runs are headlines in title case, not names).
MAX_WORDS = 9

_PARTICLES = "al|el|ul|ud|ush|ash|ad|an|as|at|ar|az|e|i|wa|wal|bin|ibn"
_WORD = r"[A-Z][a-z]+(?:['’][a-z]+)?"
#: Capitalised words joined by single spaces or hyphens, with lower-case particles between.
_RUN = re.compile(rf"\b{_WORD}(?:[ -](?:(?:{_PARTICLES})[ -])*{_WORD})+\b")
_PIECES = re.compile(rf"{_WORD}|\b(?:{_PARTICLES})\b")
#: The Arabic article as written before "sun letters" ("ash-Shabab", "ad-Din") or in other
#: schemes ("el-", "ul-"): folded to "al-" so that the skeletons agree.
_ARTICLE = re.compile(rf"\b(?:{'|'.join(sorted(ARABIC_ARTICLES - {'al'}))})-", re.IGNORECASE)


#: A word-final "h" after a vowel: the written ta marbuta ("Sunnah" / "Sunna", "Jamaah" / "Jamaa").
_FINAL_H = re.compile(r"(?<=[aeiou])h\b")


def name_skeleton(name: str) -> str:
    """``names.skeleton`` of a name with the article's assimilated forms folded to "al-" and a
    word-final "h" after a vowel dropped (as ``names.place_spelling`` drops it)."""
    return skeleton(_FINAL_H.sub("", _ARTICLE.sub("al-", name)))


@dataclass(frozen=True, slots=True)
class _Known:
    key: str  # gazetteer key, "actor:<id>"
    label: str  # spaCy label


@cache
def _listed() -> frozenset[str]:
    """Every listed spelling, lower-cased: those are the phrase matchers' to tag (or to refuse).

    Only the exact spelling: "wal-Muslimin" is another token sequence than the
    listed "wal Muslimin", which the matchers cannot see.
    """
    return frozenset(form.lower() for actor in ontology.actors() for form in (actor.name, *actor.aliases))


@cache
def _index() -> tuple[dict[str, _Known], dict[str, tuple[str, ...]]]:
    """(skeleton -> actor, first two skeleton letters -> long skeletons) over every listed spelling."""
    exact: dict[str, _Known] = {}
    ambiguous: set[str] = set()
    for actor in ontology.actors():
        known = _Known(f"actor:{actor.id}", actor.type)
        for form in (actor.name, *actor.aliases):
            if len(form.split()) < 2:
                continue
            key = name_skeleton(form)
            if len(key) < MIN_SKELETON:
                continue
            if key in exact and exact[key] != known:
                ambiguous.add(key)
            exact[key] = known
    for key in ambiguous:
        del exact[key]
    blocks: dict[str, list[str]] = defaultdict(list)
    for key in exact:
        if len(key) >= FUZZY_SKELETON:
            blocks[key[:2]].append(key)
    return exact, {head: tuple(keys) for head, keys in blocks.items()}


def lookup(name: str) -> str | None:
    """The gazetteer key of a listed actor that ``name`` spells another way, else None.

    ``name`` is a whole name ("Jamaa Nasr al-Islam wa al-Muslimin"). Its
    skeleton must equal a listed spelling's, or, when both are at least
    ``FUZZY_SKELETON`` long, be one edit from exactly one of them. A listed
    spelling itself gives None: it is the phrase matchers' to tag.
    """
    key = name_skeleton(name)
    if len(key) < MIN_SKELETON or name.lower() in _listed():
        return None
    exact, blocks = _index()
    if key in exact:
        return exact[key].key
    if len(key) < FUZZY_SKELETON:
        return None
    near = {
        exact[other].key
        for other in blocks.get(key[:2], ())
        if abs(len(other) - len(key)) <= 1 and Levenshtein.distance(key, other, score_cutoff=1) <= 1
    }
    return near.pop() if len(near) == 1 else None


@cache
def _labels() -> dict[str, str]:
    """Gazetteer key -> spaCy label of every listed actor."""
    return {f"actor:{actor.id}": actor.type for actor in ontology.actors()}


def _label(key: str) -> str:
    return _labels()[key]


def variant_spans(doc: Doc, taken: list[Span]) -> list[Span]:
    """Spans of ``doc`` naming a listed actor in an unlisted spelling, labelled with its key.

    ``taken`` are spans already tagged (the gazetteer's exact matches); runs
    overlapping one are skipped. Within a run the longest stretch that is a
    known name wins ("On Sunday Jama'a Nasr ..." tags the name only).
    """
    out: list[Span] = []
    covered = {i for span in taken for i in range(span.start_char, span.end_char)}
    for run in _RUN.finditer(doc_text(doc)):
        if run.start() in covered or run.end() - 1 in covered:
            continue
        pieces = list(_PIECES.finditer(run.group()))
        if len(pieces) > MAX_WORDS * 2:
            continue
        found = _longest_known(run.group(), pieces)
        if found is None:
            continue
        start, end, key = found
        span = doc.char_span(run.start() + start, run.start() + end, alignment_mode="expand")
        if span is not None:
            out.append(Span(doc, span.start, span.end, label=_label(key), kb_id=key))
    return out


def _transliterated(stretch: str, pieces: list[re.Match[str]]) -> bool:
    """Whether a stretch reads as a transliterated name: a particle or a hyphen joins its words.

    English institutional names ("Union Home Ministry") are left to the exact
    matchers: a loose skeleton match among them would confuse one ministry
    or council with another. Possessives are no names.
    """
    if stretch.endswith(("'s", "’s")):
        return False
    return "-" in stretch or any(not p.group()[0].isupper() for p in pieces)


def _longest_known(text: str, pieces: list[re.Match[str]]) -> tuple[int, int, str] | None:
    """(start, end, key) of the longest stretch of ``text`` that ``lookup`` knows."""
    capitals = [i for i, p in enumerate(pieces) if p.group()[0].isupper()]
    stretches = sorted(
        ((a, b) for a in capitals for b in capitals if b > a),
        key=lambda ab: pieces[ab[1]].end() - pieces[ab[0]].start(),
        reverse=True,
    )
    for a, b in stretches:
        start, end = pieces[a].start(), pieces[b].end()
        if not _transliterated(text[start:end], pieces[a : b + 1]):
            continue
        key = lookup(text[start:end])
        if key is not None:
            return start, end, key
    return None

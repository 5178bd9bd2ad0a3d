"""A spaCy component that tags known actors and places before the statistical NER.

The actor gazetteer (armed groups, agencies, militaries), curated sites and
country names are compiled into two PhraseMatchers: one on lower-cased text
for full names and transliterations, one on exact text for acronyms (``LeT``,
``ISI``) that would be ordinary words in another case. Matches become
``doc.ents`` with the gazetteer key in ``ent_id_``; running before ``ner``
means the statistical model keeps them and labels only the rest.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from nexus import ontology
from nexus.extract import geocode, transliteration
from nexus.extract.dates import CALENDAR_WORDS
from nexus.resolve.names import ARABIC_ARTICLES


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """What a gazetteer key stands for."""

    key: str
    name: str
    label: str  # spaCy label: ORG, PERSON, GPE, LOC, FAC
    subtype: str | None
    country: str | None


@cache
def entries() -> dict[str, GazetteerEntry]:
    """Every gazetteer key -> entry (actors, sites, countries)."""
    out: dict[str, GazetteerEntry] = {}
    for actor in ontology.actors():
        out[f"actor:{actor.id}"] = GazetteerEntry(
            f"actor:{actor.id}", actor.name, actor.type, actor.subtype, actor.country
        )
    for site in ontology.sites():
        label = {"country": "GPE", "admin": "GPE", "city": "GPE", "site": "FAC"}[site.kind]
        out[f"site:{site.id}"] = GazetteerEntry(f"site:{site.id}", site.name, label, site.kind, site.country)
    for cand in geocode.country_index().values():
        if cand.country:
            out[f"country:{cand.country}"] = GazetteerEntry(
                f"country:{cand.country}", cand.name, "GPE", "country", cand.country
            )
    return out


#: Lower-case words a proper name may contain ("Lashkar-e-Taiba", "Jammu and Kashmir").
_NAME_CONNECTORS = frozenset(
    {
        "of",
        "the",
        "and",
        "for",
        "in",
        "al",
        "el",
        "e",
        "ul",
        "i",
        "wa",
        "wal",
        "ud",
        "de",
        "du",
        "des",
        "la",
        "le",
        "bin",
        "ibn",
        "on",
        "al-",
        "y",
    }
)


def is_proper_alias(alias: str, name: str) -> bool:
    """Whether an alias is a name as news text writes it, so that tagging it yields an entity.

    "Afghan forces", "Pakistan's Punjab" or "southern Lebanon" describe an actor
    or a place, but the annotation convention (and analysts) take only the
    proper name in them; a descriptive alias would tag the wrong span.
    """
    if alias == name:
        return True
    if "'s " in alias or "’s " in alias or alias.endswith(("'s", "’s")):
        return False
    if _lists_countries(alias):
        return False
    return _capitalised_like_a_name(alias)


def _lists_countries(alias: str) -> bool:
    """ "Burkina Faso and Niger": an alias that coordinates two country names describes a
    region by its countries; tagged, it would take the countries' mentions. A name that
    holds "and" ("Islamic State of Iraq and Syria", "Sistan and Baluchestan") stays a name."""
    left, sep, right = alias.partition(" and ")
    index = geocode.country_index()
    return bool(sep) and geocode.fold(left) in index and geocode.fold(right) in index


def _capitalised_like_a_name(text: str) -> bool:
    """Every word capitalised but the connectors a name may hold ("Jammu and Kashmir")."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return all(not w[0].islower() or w.lower() in _NAME_CONNECTORS or _prefixed_name(w) for w in words)


def _prefixed_name(word: str) -> bool:
    """ "al-Shabaab", "ul-Mujahideen", "ash-Sham": a lower-case particle joined to a capitalised name."""
    particle, _, rest = word.partition("-")
    known = particle.lower() in _NAME_CONNECTORS or particle.lower() in ARABIC_ARTICLES
    return bool(rest) and known and rest[:1].isupper()


def _surface_forms() -> Iterable[tuple[str, str, bool]]:
    """(surface form, key, case-sensitive) for everything the ruler should tag."""
    for actor in ontology.actors():
        key = f"actor:{actor.id}"
        for form in (actor.name, *actor.aliases):
            if is_proper_alias(form, actor.name):
                yield form, key, False
        for form in actor.case_sensitive_aliases:
            yield form, key, True
    for site in ontology.sites():
        key = f"site:{site.id}"
        for form in (site.name, *site.aliases):
            if is_proper_alias(form, site.name):
                yield form, key, False
        for form in site.case_sensitive_aliases:
            yield form, key, True
    ambiguous = {geocode.fold(a) for a in ontology.table("countries.yaml").get("ambiguous", [])}
    countries = geocode.country_index()
    for folded, cand in countries.items():
        if folded in ambiguous or not cand.country:
            continue
        names = [cand.name] + [
            a
            for a in ontology.table("countries.yaml").get("aliases", {}).get(cand.country, [])
            if geocode.fold(a) == folded
        ]
        for name in names:
            # Country names are proper nouns: match them as written (title case).
            yield name, f"country:{cand.country}", True


class GazetteerTagger:
    """Tags gazetteer names in a Doc; keeps the longest match and existing ents."""

    def __init__(self, nlp: Language, name: str = "nexus_gazetteer") -> None:
        self.name = name
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        seen: set[tuple[str, bool]] = set()
        for form, key, sensitive in _surface_forms():
            form = form.strip()
            if not form or (form.lower() if not sensitive else form, sensitive) in seen:
                continue
            seen.add((form.lower() if not sensitive else form, sensitive))
            matcher = self.exact if sensitive else self.lower
            matcher.add(key, [nlp.make_doc(form)])
            if "’" in form or "'" in form:
                alt = form.replace("’", "'") if "’" in form else form.replace("'", "’")
                matcher.add(key, [nlp.make_doc(alt)])
        self.entries = entries()

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        for matcher in (self.lower, self.exact):
            for match_id, start, end in matcher(doc):
                key = doc.vocab.strings[match_id]
                entry = self.entries.get(key)
                if entry is None:
                    continue
                spans.append(Span(doc, start, end, label=entry.label, kb_id=key))
        spans = [s for s in spans if _plausible(s)]
        spans += [s for s in transliteration.variant_spans(doc, spans) if _plausible(s, variant=True)]
        doc.ents = filter_spans([*doc.ents, *spans])
        return doc


def _plausible(span: Span, variant: bool = False) -> bool:
    """Reject matches that are plainly part of a longer proper name or lower-case prose.

    ``variant`` spans (``transliteration.variant_spans``) were already read
    with the capitalised words before them, so a day or month name there
    ("on Monday Harakat ...") is no longer name.
    """
    if not any(c.isupper() for c in span.text):
        return False  # "hamas" in running lower-case text is not the group
    if not _capitalised_like_a_name(span.text):
        return False  # "Nigerian army" in prose is not the name "Nigerian Army"
    if span.start > 0:
        before = span.doc[span.start - 1]
        name_before = before.pos_ == "PROPN" and before.is_title and not before.is_sent_start
        dated = variant and before.lower_ in CALENDAR_WORDS
        if name_before and before.ent_type_ == "" and not dated:
            return False  # "Saraya Ansar al-Sunna" is not "Ansar al-Sunna": leave it to the NER
    if span.end < len(span.doc) and span.label_ == "ORG" and not span.text.isupper():
        after = span.doc[span.end]
        if after.is_title and not after.ent_type_ and after.text in _unit_heads():
            return False  # "Fateh Squad" is not "Fateh": the longer name is another group
    if span.end < len(span.doc) and span.label_ in ("GPE", "LOC", "FAC"):
        after = span.doc[span.end]
        if after.text in _PLACE_NAME_HEADS and after.is_title:
            return False  # "Gaza City" is not "Gaza": the longer name is another place
    return True


#: Capitalised words that, after a place name, make a different place of it.
_PLACE_NAME_HEADS = frozenset(
    {"City", "Town", "District", "Province", "Region", "County", "Governorate", "Camp", "Valley", "Airport"}
)


@cache
def _unit_heads() -> frozenset[str]:
    """Capitalised words that end the name of an armed group or unit ("Squad", "Brigade")."""
    table: dict[str, list[str]] = ontology.table("entities.yaml")["org_subtype_words"]
    return frozenset(w for kind in ("armed_group", "military") for w in table[kind] if " " not in w)

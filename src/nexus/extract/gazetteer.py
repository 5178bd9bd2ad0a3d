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
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from nexus import ontology
from nexus.extract import geocode, transliteration
from nexus.extract.dates import CALENDAR_WORDS
from nexus.extract.tokens import lowers, matching, spaces, texts
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
        # kept aside, not preset: a preset name changes what the NER makes of the words before it
        doc.user_data[_TOWNS_KEY] = [(s.start, s.end, s.label_) for s in located_towns(doc, spans)]
        return doc


#: Doc.user_data key: the (start, end) token spans of :func:`located_towns`, until the NER has run.
_TOWNS_KEY = "nexus_located_towns"

#: Label of a :func:`located_towns` span named by a settlement noun ("the village of X"): the
#: noun outweighs the NER's reading of the name as a person or a group.
_SETTLEMENT = "nexus_settlement"

#: Label of a :func:`located_towns` span counted among settlements ("X and nearby villages"):
#: it outweighs the NER's reading as a person, and as a group unless a person bears the name.
_COUNTED = "nexus_counted"

#: NER labels each kind of found town outweighs, besides :data:`_NOT_NAMES`.
_OUTWEIGHED = {_SETTLEMENT: frozenset({"PERSON", "ORG", "NORP"}), _COUNTED: frozenset({"PERSON", "NORP"})}

#: NER labels that name no person, group or place: a town they cover was misread.
_NOT_NAMES = frozenset(
    {"DATE", "TIME", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE", "CARDINAL", "ORDINAL", "QUANTITY"}
)


def restore_located_towns(doc: Doc) -> None:
    """After the NER: tag as GPE each town :func:`located_towns` found that the NER left
    unlabelled or read as no name at all (a date, a product: "near Tessit" as a DATE); a town
    the NER took for a person, a group or a place stays the NER's (the entity stage reads those),
    but a name a settlement noun introduces ("the ranch of X") is a place even if read as a person."""
    found: list[tuple[int, int, str]] = doc.user_data.pop(_TOWNS_KEY, None) or []
    found += _misread_after_a_locative(doc)
    found += _ambiguous_countries_left_out(doc)
    found += _bases_named(doc)
    if found:
        _restore(doc, found)
    complete_place_names(doc)
    join_split_town_names(doc)


def _restore(doc: Doc, found: list[tuple[int, int, str]]) -> None:
    """Tag the towns ``found`` as GPE where no stronger reading of the NER covers them."""
    ents = list(doc.ents)
    person_words: set[str] | None = None  # (read once: ``doc.ents`` is set only after the loop)
    for start, end, label in found:
        overlapping = [e for e in ents if e.start < end and start < e.end]
        weaker = _NOT_NAMES | _OUTWEIGHED.get(label, frozenset())
        if label == _COUNTED and person_words is None:
            person_words = _person_words(doc)
        if label == _COUNTED and doc[start:end].text not in (person_words or ()):
            weaker |= {"ORG"}  # a group's name no person bears ("Alhaji X" may be named for the town)
        if any(e.label_ not in weaker for e in overlapping):
            continue
        ents = [e for e in ents if not (e.start < end and start < e.end)]
        ents.append(Span(doc, start, end, label="GPE"))
    doc.ents = sorted(ents, key=lambda e: e.start)


def _person_words(doc: Doc) -> set[str]:
    """The words of the document's PERSON entities."""
    return {t.text for e in doc.ents if e.label_ == "PERSON" for t in e}


#: NER labels of places whose name :func:`complete_place_names` may lengthen.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

#: Most name words :func:`complete_place_names` adds on one side of a name.
_MISSED_WORDS = 2


def complete_place_names(doc: Doc) -> None:
    """After the NER: lengthen a place the NER cut short by the untagged name words next to it
    ("in Finote Selam" read as "Finote", "the Manda Bay airfield" as "Bay airfield", "Saut-d'Eau"
    as "Saut"), and a group read after a place preposition ("a raid on Ti Lory" as "Lory").

    A word added is a capitalised proper noun no entity holds, no lexicon word (a title, a
    place noun, a unit's head, a day, a nationality), at most two on a side, the whole run of
    them (a longer run is another name). Gazetteer names are left as they are."""
    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        if ent.kb_id_ or ent.label_ not in PLACE_LABELS | {"ORG"}:
            continue
        start, end = ent.start, ent.end
        run = start
        while run > 0 and start - run < _MISSED_WORDS + 1 and _missed_name_word(doc[run - 1]):
            run -= 1
        before = doc[run - 1] if run > 0 else None
        longer = before is not None and _name_word(before)
        whole_run = run < start and start - run <= _MISSED_WORDS and not longer
        after_prep = before is not None and before.lower_ in _LOCATIVE_PREPS
        if whole_run and (ent.label_ in PLACE_LABELS or after_prep):
            start = run
        if ent.label_ in PLACE_LABELS:
            end = _joined_name_end(doc, end)
            run = end
            while run < len(doc) and run - end < _MISSED_WORDS + 1 and _missed_name_word(doc[run]):
                run += 1
            if end < run <= end + _MISSED_WORDS and (run >= len(doc) or not _name_word(doc[run])):
                end = run
        if (start, end) != (ent.start, ent.end):
            ents[k] = Span(doc, start, end, label=ent.label_)
            changed = True
    if changed:
        doc.ents = filter_spans(ents)


#: A town name the NER split in two is joined again only when the table's town is this large: a
#: hamlet spelt like a place and a man's name side by side is no town.
_SPLIT_TOWN_MIN_POPULATION = 20_000

#: NER labels the second part of a split town name may carry ("Dera" + "Ismail Khan" as a person).
_SPLIT_TOWN_TAILS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})


def join_split_town_names(doc: Doc) -> None:
    """After the NER: join a place and the name right after it (with at most two untagged name
    words between) when together they are a town of some size the city table knows by that exact
    name ("Kelm" + "Ismail Bek" read as a place and a person, where "Kelm Ismail Bek" is a city):
    the whole name is the town, and neither part is a place or a person of its own."""
    ents = list(doc.ents)
    joined: list[Span] = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if (
            nxt is not None
            and ent.label_ in PLACE_LABELS
            and nxt.label_ in _SPLIT_TOWN_TAILS
            and nxt.start - ent.end <= _MISSED_WORDS  # ("Dera" "Ghazi" "Khan": a word left out between)
            and all(_missed_name_word(t) for t in doc[ent.end : nxt.start])
            and all(t.whitespace_ == " " for t in doc[ent.end - 1 : nxt.start])
            and all(t.text[:1].isupper() for t in doc[ent.start : nxt.end])
            and _town_named_whole(doc[ent.start : nxt.end].text)
        ):
            joined.append(Span(doc, ent.start, nxt.end, label="GPE"))
            k += 2
            continue
        joined.append(ent)
        k += 1
    if len(joined) != len(ents):
        doc.ents = joined


def _town_named_whole(name: str) -> bool:
    """Whether the city table holds a town of at least ``_SPLIT_TOWN_MIN_POPULATION`` people
    under exactly this name."""
    key = geocode.fold(name)
    return any(
        row[6] and geocode.fold(row[0]) == key and row[5] >= _SPLIT_TOWN_MIN_POPULATION
        for row in geocode.city_table().rows(key)
    )


#: Prepositions after which a name the NER read as a group may be a place cut short.
_LOCATIVE_PREPS = frozenset({"in", "at", "on", "near", "outside", "from"})


def _joined_name_end(doc: Doc, end: int) -> int:
    """The end of a name written with hyphens and no spaces after token ``end``
    ("Saut" + "-d'Eau"): the hyphenated name words joined to it."""
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and (_missed_name_word(doc[end + 1]) or _elided_name_word(doc[end + 1]))
    ):
        end += 2
    return end


def _elided_name_word(token: Token) -> bool:
    """A name word after an elided article ("d'Eau", "l'Ouest") no entity holds."""
    text = token.text.replace("’", "'")
    return (
        not token.ent_type_ and len(text) > 3 and text[1] == "'" and text[0].islower() and text[2].isupper()
    )


def _missed_name_word(token: Token) -> bool:
    """A capitalised proper noun no entity holds that is no lexicon word (see
    :func:`complete_place_names`)."""
    if token.ent_type_ or not _name_word(token) or not token.text[:1].isalpha():
        return False
    lower = token.lower_.rstrip(".")
    return not (
        lower in _common_words()
        or lower in _lexicon_name_words()
        or lower in CALENDAR_WORDS
        or lower in ontology.demonyms()
    )


@cache
def _lexicon_name_words() -> frozenset[str]:
    """Lower-case title words and group/unit words of entities.yaml ("governor", "forces")."""
    table = ontology.table("entities.yaml")
    words = [w for w in table.get("title_words", []) if " " not in w]
    words += [w for kind in table.get("org_subtype_words", {}).values() for w in kind if " " not in w]
    return frozenset(w.lower().rstrip(".") for w in words)


#: NER labels of things no attack happens in: after "in", "near" or "outside" they misread a place
#: ("stormed the post at Kemba" as an EVENT: a named event takes an article, "at the Games").
_THINGS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT"})


def _bases_named(doc: Doc) -> list[tuple[int, int, str]]:
    """One-word names before "-based" ("the Kelbo-based group") the NER left untagged or read as
    a person or a group: where something is based is a place. A compass or other lexicon word
    ("Eastern-based") and a name inside a longer entity are left. Returns (start, end, label),
    the label :data:`_SETTLEMENT` (a place whatever the NER made of the name)."""
    compass = compass_words()
    out: list[tuple[int, int, str]] = []
    low, text, spaced = lowers(doc), texts(doc), spaces(doc)  # (no Token built for the other words)
    for i in range(len(doc) - 2):
        if low[i + 2] != "based" or text[i + 1] != "-" or spaced[i] or spaced[i + 1]:
            continue
        token = doc[i]
        if not _name_word(token) or token.lower_ in compass:
            continue
        if token.ent_type_ and (token.ent_type_ not in ("PERSON", "ORG", "NORP") or not _alone(doc, token)):
            continue
        out.append((token.i, token.i + 1, _SETTLEMENT))
    return out


@cache
def compass_words() -> frozenset[str]:
    """Lower-case ``compass_words`` of entities.yaml ("north", "eastern")."""
    return frozenset(str(w).lower() for w in ontology.table("entities.yaml").get("compass_words", []))


@cache
def _ambiguous_countries() -> frozenset[str]:
    """Country names that are also person names or words (``ambiguous`` in countries.yaml)."""
    return frozenset(str(a) for a in ontology.table("countries.yaml").get("ambiguous", []))


def _alone(doc: Doc, token: Token) -> bool:
    """Whether the entity over ``token`` is that one word."""
    return any(e.start == token.i and e.end == token.i + 1 for e in doc.ents)


#: Words before a country's name that make a name also borne by people ("Chad", "Jordan") the
#: country: "Minister X Y of Chad", "troops from Jordan".
_COUNTRY_PREPOSITIONS = frozenset({"of", "in", "from", "across", "into", "inside", "to", "towards"})


def _ambiguous_countries_left_out(doc: Doc) -> list[tuple[int, int, str]]:
    """Country names that are also person names or words (``ambiguous`` in ``countries.yaml``)
    the NER left untagged right after a preposition ("Interior Minister X Y of Chad"): the
    country, as the gazetteer would tag it if the name were not ambiguous. A name another
    capitalised word follows ("of Chad Smith") is left to the NER. Returns (start, end, "GPE")."""
    ambiguous = _ambiguous_countries()
    out: list[tuple[int, int, str]] = []
    words = texts(doc)
    for i in range(1, len(doc)):
        if words[i] not in ambiguous:
            continue  # (most words: no Token built)
        token = doc[i]
        if token.ent_type_ or token.nbor(-1).lower_ not in _COUNTRY_PREPOSITIONS:
            continue
        if token.i + 1 < len(doc) and _name_word(doc[token.i + 1]):
            continue
        out.append((token.i, token.i + 1, "GPE"))
    return out


def _misread_after_a_locative(doc: Doc) -> list[tuple[int, int, str]]:
    """Names the NER read as a product or a work of art right after "in", "near", "outside" or
    "at" ("a police camp in Rhamu" as a PRODUCT): a place the gazetteer need not know."""
    out: list[tuple[int, int, str]] = []
    for ent in doc.ents:
        if ent.label_ not in _THINGS or ent.start == 0 or len(ent) > _TOWN_WORDS:
            continue
        if doc[ent.start - 1].lower_ not in ("in", "near", "outside", "at"):
            continue
        if ent.label_ == "EVENT" and doc[ent.start - 1].lower_ == "in":
            continue  # "in Ramadan", "in Holi": a season; "at X", "near X" are places
        if all(_name_word(t) for t in ent) and not (ent.end < len(doc) and _name_word(doc[ent.end])):
            out.append((ent.start, ent.end, "GPE"))
    return out


#: Lower-case particles inside place names ("Vila do Conde", "Rio de Janeiro", "Tell al Abyad"): a
#: run of capitalised words followed by one and another capitalised word is part of a longer name.
PLACE_PARTICLES = frozenset({"du", "de", "del", "des", "da", "do", "dos", "das", "di", "sur", "al", "el"})
#: Articles that follow such a particle ("Santa Cruz de la Sierra", "San Juan de los Lagos").
_PARTICLE_ARTICLES = frozenset({"la", "las", "los", "le", "les", "lo"})

#: Prepositions whose capitalised object is a place wherever the statistical NER reads it as
#: something else ("in Datta Khel", "near Tessit", "bound for Skardu").
_PLACE_PREPOSITIONS = frozenset({"in", "near", "at", "outside", "around", "from", "to", "for", "towards"})

#: Longest town name read after such a preposition, in words.
_TOWN_WORDS = 3


def located_towns(doc: Doc, taken: list[Span]) -> list[Span]:
    """GPE spans for the towns the city table knows by their very name that a sentence puts after
    a place preposition ("killed in Datta Khel", "near Tessit", "a coach bound for Skardu"): the
    whole run of capitalised proper nouns there, when it is no longer name ("in Mount X", "at
    X Hospital": the NER reads those) and no gazetteer match covers it.

    The small statistical NER misses or mislabels such names in short texts (a date, a product);
    a town named so is where something happened, or came from, or went to, whichever the places
    stage decides. Day and month names, nationality words and acronyms are no towns. After "the
    village of" (a settlement noun), the name is a place though the table does not know it."""
    out: list[Span] = []
    covered = {i for span in taken for i in range(span.start, span.end)}
    calendar = CALENDAR_WORDS
    nearby = ontology.words("entities.yaml", "distance_adverbs")
    for token in matching(doc[:], _local_settlement_nouns(), _PLACE_PREPOSITIONS | {"of"} | nearby):
        if token.lemma_.lower() in _local_settlement_nouns() and not _settlement_named(token):
            continue
        if token.lower_ in nearby and not _after_a_place_preposition(token):
            continue  # ("in neighbouring X": a settlement, as "the village of X")
        if token.i + 1 >= len(doc):
            continue
        if not _name_word(doc[token.i + 1]):
            placed = token.lower_ in _PLACE_PREPOSITIONS
            worded = _town_of_function_words(doc, token.i + 1) if placed else None
            if worded is not None and not covered & set(range(*worded)):
                out.append(Span(doc, *worded, label="GPE"))  # "near In Guezzam", "outside At Tafilah"
            continue
        # "the village of X", "residents of X"
        named = token.lower_ == "of" and (_settlement_before(token) or _residents_before(token))
        if token.lower_ == "of" and not named and not _held_place_before(token):
            continue  # (after "regained control of", a town the table knows, as after "in")
        if token.lower_ not in _PLACE_PREPOSITIONS and token.lower_ != "of":
            named = True  # "the vereda Santa Rita": the settlement noun itself
        end = token.i + 1
        while end < len(doc) and end - token.i <= _TOWN_WORDS and _name_word(doc[end]):
            end += 1
        count = end - token.i - 1
        if count == 0 or count > _TOWN_WORDS or (end < len(doc) and _name_word(doc[end])):
            continue
        if _name_goes_on(doc, end):
            longer = _name_past_particles(doc, end)
            if longer is None:
                longer = _name_past_hyphens(doc, end)  # "the community of Ode-Banu"
            if longer is not None and named:
                end = longer  # "the hamlet of San Pedro del Monte": a settlement by its whole name
            elif longer is None or not _town_by_its_name(doc[token.i + 1 : longer].text):
                continue  # "the hamlet of San Pedro del Monte": the name goes on past "San Pedro"
            end = longer  # "in Mocimboa da Praia": a town the table knows by the whole name
        span = doc[token.i + 1 : end]
        if any(i in covered for i in range(span.start, span.end)):
            continue
        if any(t.lower_ in calendar or t.lower_ in ontology.demonyms() for t in span):
            continue
        if count == 1 and span[0].lower_ in _common_words():
            continue  # "near Police headquarters": a common word written as a title
        after = doc[end] if end < len(doc) else None
        if after is not None and not after.is_lower and after.lower_ in _common_words():
            continue  # "in Gwoza LGA", "Ouré District": the longer name is the division's
        if after is not None and after.pos_ == "NOUN" and after.lemma_.lower() not in _common_words():
            continue  # "at Kabul University", "in Herat airport" is a site: "in Herat Cola plants" is none
        if named and _division_kind_at(doc, end):
            continue  # "residents of X local government area", "the community of X district": a division
        # "from X, Y region", "in X, in eastern Y": the text places X
        named = named or _set_in_a_division(doc, end) or _set_in_a_country(doc, end)
        if named or _town_by_its_name(span.text):
            out.append(Span(doc, span.start, span.end, label=_SETTLEMENT if named else "GPE"))
    for noun in matching(doc[:], _settlement_nouns()):
        counted = _joined_with_settlements(noun)  # "raids on X and surrounding villages"
        if counted is not None and not any(i in covered for i in range(counted.start, counted.end)):
            out.append(counted)
    return out


def _town_of_function_words(doc: Doc, i: int) -> tuple[int, int] | None:
    """The (start, end) token span of a town whose name opens with a word English also writes as a
    function word, tagged so ("In Guezzam", "At Tafilah"): a run of two or three title-case words from
    token ``i`` inside the sentence, ending on a proper noun, that the city table knows by the
    whole name. None otherwise (a capitalised "In" opening a heading, a lone function word)."""
    if doc[i].is_sent_start or not doc[i].is_title or doc[i].tag_ in ("NNP", "NNPS"):
        return None
    end = i + 1
    while end < len(doc) and end - i < _TOWN_WORDS and doc[end].is_title and not doc[end].is_sent_start:
        end += 1
    if end - i < 2 or (end < len(doc) and _name_word(doc[end])) or not _name_word(doc[end - 1]):
        return None
    after = doc[end] if end < len(doc) else None
    if after is not None and after.pos_ == "NOUN" and after.lemma_.lower() not in _common_words():
        return None  # ("near In Guezzam sawmill": a site named for the town, as after other names)
    return (i, end) if _town_by_its_name(doc[i:end].text) else None


def _name_goes_on(doc: Doc, i: int) -> bool:
    """Whether a place name goes on at token ``i`` past a particle ("del Valle", "de la Sierra")
    or a hyphen written close ("Kala-Bagh")."""
    if i >= len(doc) or i == 0:
        return False
    if doc[i].text in ("-", "'") and not doc[i - 1].whitespace_:
        return i + 1 < len(doc) and _name_word(doc[i + 1])
    if doc[i].lower_ not in PLACE_PARTICLES:
        return False
    i += 1
    while i < len(doc) and doc[i].lower_ in _PARTICLE_ARTICLES:
        i += 1
    return i < len(doc) and _name_word(doc[i])


def _name_past_hyphens(doc: Doc, i: int) -> int | None:
    """The end of a name going on at token ``i`` past hyphens written close ("Ode-Banu",
    "Kafr-el-Moussa"): the index after its last name word, None if no hyphen goes on there."""
    end = None
    while (
        i + 1 < len(doc)
        and doc[i].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and (_name_word(doc[i + 1]) or doc[i + 1].lower_ in PLACE_PARTICLES)
    ):
        i += 2
        end = i
    if end is not None and not _name_word(doc[end - 1]):
        return None  # the name must end on a name word, not a particle
    return end


def _name_past_particles(doc: Doc, i: int) -> int | None:
    """The end of a name going on at token ``i`` past particles ("da Praia", "de la Sierra"): the
    index after its last name word (particles and name words in turns), None past a hyphen."""
    if doc[i].lower_ not in PLACE_PARTICLES:
        return None
    while i < len(doc) and (doc[i].lower_ in PLACE_PARTICLES or doc[i].lower_ in _PARTICLE_ARTICLES):
        i += 1
        while i < len(doc) and doc[i].lower_ in _PARTICLE_ARTICLES:
            i += 1
        if i >= len(doc) or not _name_word(doc[i]):
            return None
        while i < len(doc) and _name_word(doc[i]):
            i += 1
    return i


@cache
def _settlement_modifiers() -> frozenset[str]:
    """``settlement_modifiers`` of districts.yaml ("surrounding", "nearby", "other")."""
    words: list[str] = ontology.table("districts.yaml").get("settlement_modifiers", [])
    return frozenset(w.lower() for w in words)


def _joined_with_settlements(noun: Token) -> Span | None:
    """The name before "and (the) surrounding villages" ("raids on X and nearby hamlets"): a
    name counted among settlements is a settlement, whatever the NER reads it as."""
    doc = noun.doc
    if noun.tag_ != "NNS" or not noun.is_lower:
        return None
    k = noun.i - 1
    while k >= 0 and (doc[k].lower_ in _settlement_modifiers() or doc[k].like_num or doc[k].lower_ == "the"):
        k -= 1
    if k < 1 or doc[k].lower_ not in ("and", "or") or not _name_word(doc[k - 1]):
        return None
    start = k - 1
    while start > 0 and _name_word(doc[start - 1]) and k - start < _TOWN_WORDS:
        start -= 1
    if start > 0 and _name_word(doc[start - 1]):
        return None  # a longer run of name words: some other name
    span = doc[start:k]
    if any(t.lower_ in CALENDAR_WORDS or t.lower_ in ontology.demonyms() for t in span):
        return None
    if len(span) == 1 and span[0].lower_ in _common_words():
        return None
    return Span(doc, span.start, span.end, label=_COUNTED)


#: Most name words of a division named in apposition to a town ("X, Upper Y region").
_DIVISION_WORDS = 3


def _set_in_a_division(doc: Doc, end: int) -> bool:
    """Whether the name ending before token ``end`` is set in a named division by apposition
    ("reports from X, Y region", "at X, Y State,"): a comma, one to three name words, then a
    division noun (region, state, province, district ...)."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return False
    k = end + 1
    while k < len(doc) and k - end <= _DIVISION_WORDS and _name_word(doc[k]) and not _division_word(doc[k]):
        k += 1
    return end + 1 < k < len(doc) and _division_word(doc[k])


def _division_kind_at(doc: Doc, i: int) -> bool:
    """Whether the words from token ``i`` say a division's kind, in any case: a division noun
    ("district", "LGA", "province"), a ``kind_words`` entry of divisions.yaml ("territory",
    "township") or one of its ``kind_phrases`` ("local government area")."""
    if i >= len(doc):
        return False
    if doc[i].lower_ in _division_nouns() | ontology.words("divisions.yaml", "kind_words"):
        return True
    rest = " ".join(t.lower_ for t in doc[i : i + 4])
    return any(
        rest == p or rest.startswith(p + " ") for p in ontology.words("divisions.yaml", "kind_phrases")
    )


def _after_a_place_preposition(token: Token) -> bool:
    """Whether a lower-case word follows a place preposition ("in neighbouring", "from nearby")."""
    return token.is_lower and token.i > 0 and token.doc[token.i - 1].lower_ in _PLACE_PREPOSITIONS


def _set_in_a_country(doc: Doc, end: int) -> bool:
    """Whether the name ending before token ``end`` is set in a country by apposition ("killed
    in X, in south-western Y", "at X, in the north of Y"): a comma, "in", compass words or "the
    north of", then a country's name ending the phrase."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "in":
        return False
    compass = ontology.words("entities.yaml", "compass_words")
    k = end + 2
    while k < len(doc) and (
        doc[k].lower_ in ("the", "of", "-", "far")
        or doc[k].lower_ in compass
        or all(part in compass for part in doc[k].lower_.split("-") if part)
    ):
        k += 1
    start = k
    while k < len(doc) and _name_word(doc[k]):
        k += 1
    ends_there = k >= len(doc) or doc[k].is_punct or doc[k].lower_ in _PLACE_PREPOSITIONS | {"on"}
    if k == start or not ends_there:
        return False
    found = geocode.country_index().get(geocode.fold(doc[start:k].text))
    return found is not None and bool(found.country)


def _division_word(token: Token) -> bool:
    """A division noun ("region", "State", "LGA")."""
    return token.lower_ in _division_nouns()


@cache
def _division_nouns() -> frozenset[str]:
    """``admin_head_words`` of entities.yaml and ``wide_divisions`` of districts.yaml, lower-case."""
    words: list[str] = [
        *ontology.table("entities.yaml").get("admin_head_words", []),
        *ontology.table("districts.yaml").get("wide_divisions", []),
    ]
    return frozenset(w.lower() for w in words)


@cache
def _place_held_nouns() -> frozenset[str]:
    """``place_held_nouns`` of entities.yaml ("control", "recapture")."""
    words: list[str] = ontology.table("entities.yaml").get("place_held_nouns", [])
    return frozenset(w.lower() for w in words)


def _residents_before(of: Token) -> bool:
    """Whether "of" follows a noun of the people living in a place ("residents of X")."""
    return of.i > 0 and of.doc[of.i - 1].lower_ in ontology.words("entities.yaml", "resident_nouns")


def _held_place_before(of: Token) -> bool:
    """Whether "of" follows a noun of a place held or won back ("regained control of X")."""
    return of.i > 0 and of.doc[of.i - 1].lower_ in _place_held_nouns()


def _settlement_before(of: Token) -> bool:
    """Whether "of" follows a lower-case settlement noun with an article ("the village of",
    "a hamlet of"): the name after it is a place the gazetteer need not know."""
    doc = of.doc
    if of.i < 2:
        return False
    noun, det = doc[of.i - 1], doc[of.i - 2]
    nouns = _settlement_nouns() | ontology.words("entities.yaml", "settlement_of_nouns")
    return noun.is_lower and noun.lemma_ in nouns and det.lower_ in ("the", "a", "an")


def introduced_as_settlement(doc: Doc, start_char: int) -> bool:
    """Whether the name at character offset ``start_char`` follows a settlement noun that says it
    is a village ("the village of X", "the vereda X", "the ranch of X")."""
    span = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    if span is None or span.start < 2:
        return False
    before = doc[span.start - 1]
    if before.lower_ == "of":
        return _settlement_before(before)
    return before.lemma_.lower() in _local_settlement_nouns() and _settlement_named(before)


def _settlement_named(noun: Token) -> bool:
    """Whether a local settlement noun with an article or after a place preposition stands right
    before a capitalised name ("the vereda Santa Rita", "the sitio Dalisay", "in vereda Santa
    Rita"), lower-case and no part of a longer name."""
    doc = noun.doc
    if not noun.is_lower or noun.i < 1 or noun.i + 1 >= len(doc):
        return False
    before = doc[noun.i - 1].lower_
    # (or right after a place preposition, as local copy writes it: "a bridge in vereda X")
    return (before in ("the", "a", "an") or before in _PLACE_PREPOSITIONS) and _name_word(doc[noun.i + 1])


@cache
def _settlement_nouns() -> frozenset[str]:
    """``place_noun_kinds`` city nouns of entities.yaml ("village", "hamlet", "town", "locality")
    and ``local_settlement_nouns`` of districts.yaml ("vereda", "sitio", "kebele")."""
    kinds: dict[str, list[str]] = ontology.table("entities.yaml").get("place_noun_kinds", {})
    return frozenset(w.lower() for w in kinds.get("city", [])) | _local_settlement_nouns()


@cache
def _local_settlement_nouns() -> frozenset[str]:
    """``local_settlement_nouns`` of districts.yaml ("vereda", "sitio", "kebele")."""
    local: list[str] = ontology.table("districts.yaml").get("local_settlement_nouns", [])
    return frozenset(w.lower() for w in local)


def _name_word(token: Token) -> bool:
    """A word of a proper name: capitalised (not all capitals), tagged a proper noun."""
    return token.tag_ in ("NNP", "NNPS") and token.text[:1].isupper() and not token.text.isupper()


@cache
def _town_by_its_name(name: str) -> bool:
    """Whether the city table holds a town of exactly this name, or a town of some size by this
    other spelling of its name ("Kismaayo" for a town the table lists as "Kismayo": it keeps other
    names only for towns of :data:`geocode._ALT_NAME_MIN_POPULATION` people and more)."""
    key = geocode.fold(name)
    return any(
        c.kind == "city" and (not c.exact or geocode.fold(c.name) == key)
        for c in _plain_geocoder().candidates(name)
    )


@cache
def _common_words() -> frozenset[str]:
    """Lower-case words of the lexicon that name no town when capitalised ("Police", "Army") and
    the place nouns a town's name may stand before ("Herat airport", "Kano state"); the triage
    cue words ("Police", "Security") among the first."""
    table = ontology.table("entities.yaml")
    words: list[str] = [
        *table.get("site_words", []),
        *table.get("place_nouns", []),
        *table.get("admin_head_words", []),
        *[w for kind in table.get("place_noun_kinds", {}).values() for w in kind],
        *[
            w for group in ontology.table("triage.yaml")["cues"].values() for w in group
        ],  # "Police", "Security"
    ]
    return frozenset(w.lower() for w in words)


@cache
def _plain_geocoder() -> geocode.Geocoder:
    return geocode.Geocoder()


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
    """Capitalised words that end the name of an armed group, a unit or a state body
    ("Squad", "Brigade", "Services": "Department of State Services" is not "Department of
    State"), each also in its plural."""
    table: dict[str, list[str]] = ontology.table("entities.yaml")["org_subtype_words"]
    kinds = ("armed_group", "military", "government", "intelligence")
    words = {w for kind in kinds for w in table[kind] if " " not in w}
    return frozenset(words | {f"{w}s" for w in words if not w.endswith("s")})

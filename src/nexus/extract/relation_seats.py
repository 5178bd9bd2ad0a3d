"""Local offices written without their place: the province, state or district they serve.

"The district administrator, A B", "State security secretary C D", "Provincial government
spokesperson E F", "Governor G H": a title that names the rank of a division but not the
division is an office of the one division of that rank the report names as such ("in X
district", "Y State", "the province of Z"), or of the one it names at least twice as often as
any other. Without such a division, or for "a district commissioner" (one of several), the
office is left to :func:`relations._office_holders`, which gives it the report's country.

The ranks are ``relations.yaml``'s ``local_seats``: for each, the title words that name it and
the nouns the text names a division of that rank with. Titles of a police force are left out
(``local_seats_skip``): on the annotated pages their holders serve the state as often as the
district.
"""

from __future__ import annotations

from functools import cache

from nexus import ontology
from nexus.extract.entities import EntityCluster
from nexus.extract.relation_context import RelationContext, is_country, relation_lexicon

__all__ = ["local_seats"]


@cache
def _ranks() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """(title words, division nouns) of each rank, from ``relations.yaml`` ``local_seats``."""
    table = ontology.table("relations.yaml").get("local_seats") or {}
    return tuple(
        (
            frozenset(str(w).lower() for w in entry.get("titles") or ()),
            frozenset(str(w).lower() for w in entry.get("nouns") or ()),
        )
        for entry in table.values()
    )


@cache
def _skipped() -> frozenset[str]:
    return frozenset(str(w).lower() for w in ontology.table("relations.yaml").get("local_seats_skip") or ())


def _office(words: list[str]) -> str | None:
    """The title's word for an office a division can hold (``place_offices``, or a division's own
    body: "government", "council"), which :meth:`RelationContext.add` takes as the role."""
    lex = relation_lexicon()
    bodies = frozenset(str(w).lower() for w in ontology.table("relations.yaml").get("local_body_words") or ())
    return next((w for w in words if w in lex.place_offices or w in bodies), None)


def _named_as(ctx: RelationContext, place: EntityCluster, nouns: frozenset[str]) -> bool:
    """Whether the text names ``place`` as a division of one of ``nouns``: the noun ends its name
    ("Y State") or follows a mention ("X district"), or "the <noun> of" comes before one."""
    if place.type != "PLACE" or is_country(place) or place.subtype not in ("admin", "city"):
        return False
    doc = ctx.doc
    for mention in place.mentions:
        if mention.text.lower().split()[-1] in nouns:
            return True
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and after.lower_ in nouns:
            return True
        before = [t.lower_ for t in doc[max(span.start - 3, 0) : span.start]]
        if len(before) == 3 and before[0] == "the" and before[1] in nouns and before[2] == "of":
            return True
    return False


def _main_seat(seats: list[EntityCluster]) -> EntityCluster | None:
    """The division the report is about among those of one rank: the only one, or the one named
    at least twice as often as any other."""
    ranked = sorted(seats, key=lambda c: -len(c.mentions))
    if not ranked or (len(ranked) > 1 and len(ranked[0].mentions) < 2 * len(ranked[1].mentions)):
        return None
    return ranked[0]


def local_seats(ctx: RelationContext, clusters: list[EntityCluster], titles: dict[int, str]) -> None:
    """Affiliate each person whose title (``titles``: person id -> the title words written with
    them, lower case) names a division's rank to the one division of that rank the report names;
    ``clusters`` are the report's entities."""
    for person in clusters:
        words = titles.get(id(person), "").replace(",", " ").split()
        if not words or _skipped() & set(words) or {"a", "an"} & set(words):
            continue  # "a district commissioner, A B": one of several, not the report's own
        office = _office(words)
        if office is None:
            continue
        for rank_words, nouns in _ranks():
            if not rank_words & set(words):
                continue
            seat = _main_seat([c for c in clusters if _named_as(ctx, c, nouns)])
            if seat is None:
                continue
            mention = person.mentions[0]
            span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None:
                ctx.add(person, "affiliation", seat, office, span.sent, span.root)
            break

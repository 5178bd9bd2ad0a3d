"""Resolution in the database: re-derive aggregates from statements.

Statements carry canonical ids (``mentions.canonical_id``,
``event_reports.event_id``, ``relation_statements.relation_id``); the
aggregate rows (``entities``, ``entity_aliases``, ``events``, ``relations``)
are recomputed from them for the ids a batch or an override touched. Aggregate
rows are replaced wholesale (delete + insert), which is portable across
SQLite and PostgreSQL and keeps them a pure function of the statements.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import Text, and_, bindparam, cast, delete, func, insert, or_, select, union_all, update
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import CompoundSelect

from nexus import ontology
from nexus.errors import StoreError
from nexus.geo import DISTANCE_UNITS, EARTH_RADIUS_KM, haversine_km
from nexus.model import stable_id
from nexus.numerals import parse_number
from nexus.resolve.entities import EntityIndex, gazetteer_aliases
from nexus.resolve.events import (
    DAY_SCORES,
    DISTRICT,
    DISTRICT_IN_CITY_SCORE,
    MAX_KM,
    PRECISION_RANK,
    PUBLICATION_SLACK_DAYS,
    SAME_DAY_TYPES,
    SPELLING_KINDS,
    THRESHOLD,
    WINDOW_DAYS,
    Decision,
    EventKey,
    PlaceKey,
    actor_names_related,
    admin_key,
    date_span,
    figures_clash,
    figures_tie,
    kindred_types,
    known_divisions,
    later_count,
    named_in_pair,
    names_alike,
    night_date,
    region_holds,
    region_part_words,
    region_whole,
    resolve_event,
    score_pair,
    target_heads,
    vague_date,
    week_date,
)
from nexus.resolve.figures import FIGURE_FIELDS, ReportedFigure, claimed_in_speech, contradiction
from nexus.resolve.names import name_key, place_spelling
from nexus.resolve.overrides import (
    EventOverride,
    Override,
    ReportRef,
    apply_event_overrides,
    sentence_key,
    split_event_id,
)
from nexus.resolve.regions import division_parent
from nexus.store.aggregates import (
    IDENTITY_COLUMNS,
    Aggregates,
    EventInfo,
    actor_names,
    namesake_coordinates,
    own_date,
    place_borrowed_row,
    place_unplaced,
    report_place_key,
)
from nexus.store.backrefs import (
    dated_by_another,
    dated_by_the_news,
    only_a_name,
    recalled_date,
    report_sentence,
    set_apart,
    told_beside,
)
from nexus.store.claims_recalled import (
    claimed_of_its_sentence,
    claimed_once_told,
    news_after_claim,
    write_resolution,
)
from nexus.store.elsewhere_beside import elsewhere_beside_news
from nexus.store.figure_tie_apart import FIGURE_TIE, without_ties_named_apart
from nexus.store.recalled_later import recalled_after
from nexus.store.schema import (
    document_versions,
    documents,
    entities,
    entity_aliases,
    event_overrides,
    event_reports,
    events,
    evidence,
    mentions,
    overrides,
    relation_statements,
    relations,
    report_entities,
)

#: Relation types that read the same both ways; their pair is stored sorted (hostility has a
#: direction: from the accuser, attacker or critic to the accused, attacked or criticised).
SYMMETRIC_RELATIONS = frozenset({"cooperation"})
#: Place kinds from most to least specific.
PLACE_SPECIFICITY = {"site": 0, "city": 1, "admin": 2, "country": 3}
#: How far around a report's date span to look for day-precision candidate events (window + slack).
CANDIDATE_DAYS = WINDOW_DAYS + 2 * PUBLICATION_SLACK_DAYS
CHUNK = 500
#: Current reports from which an ingest session keeps an event's report rows between refreshes.
BUSY_EVENT_REPORTS = 8


def chunks(items: Iterable[str], size: int = CHUNK) -> Iterator[list[str]]:
    batch: list[str] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def relation_id(source_id: str, relation_type: str, target_id: str) -> str:
    """The aggregated relation's id: one per canonical pair and type."""
    if relation_type in SYMMETRIC_RELATIONS and target_id < source_id:
        source_id, target_id = target_id, source_id
    return stable_id("relation", source_id, relation_type, target_id)


def relation_ends(source_id: str, relation_type: str, target_id: str) -> tuple[str, str]:
    if relation_type in SYMMETRIC_RELATIONS and target_id < source_id:
        return target_id, source_id
    return source_id, target_id


def load_overrides(connection: Connection) -> list[Override]:
    rows = connection.execute(select(overrides).order_by(overrides.c.seq))
    return [Override(r.kind, r.entity_id, r.other_id, frozenset(r.forms or [])) for r in rows]


def load_entity_index(connection: Connection) -> EntityIndex:
    """The entity index over automatic ids, from every current mention."""
    index = EntityIndex(gazetteer_aliases())
    rows = connection.execute(
        select(
            mentions.c.auto_canonical_id,
            mentions.c.type,
            mentions.c.country,
            mentions.c.name,
            mentions.c.aliases,
        )
        .where(mentions.c.superseded.is_(False))
        .order_by(mentions.c.doc_id, mentions.c.id)
    )
    for auto_id, entity_type, country, name, aliases in rows:
        index.add(auto_id, entity_type, country, [name, *(aliases or [])])
    return index


def _mode(values: Iterable[Any]) -> Any:
    """The most frequent non-null value (ties: the smallest), or None."""
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    return min(counts.items(), key=lambda item: (-item[1], str(item[0])))[0]


def refresh_entities(connection: Connection, ids: Iterable[str], cache: Aggregates | None = None) -> None:
    """Recompute the entity and alias rows of ``ids`` from their current mentions.

    With ``cache`` (an ingest session's running aggregates), entities it
    holds are written from their running statistics instead of re-reading
    every mention; the others are read once and their statistics kept.
    """
    if cache is not None:
        cache.entity_types.clear()  # the rows read this batch are rewritten
    for batch in chunks(sorted(set(ids))):
        held = [entity_id for entity_id in batch if cache is not None and entity_id in cache.entities]
        unread = [entity_id for entity_id in batch if cache is None or entity_id not in cache.entities]
        grouped: dict[str, list[Any]] = {entity_id: [] for entity_id in unread}
        if unread:
            for row in connection.execute(
                select(mentions)
                .where(mentions.c.canonical_id.in_(unread), mentions.c.superseded.is_(False))
                .order_by(mentions.c.id)
            ):
                grouped[row.canonical_id].append(row)
        previous = {
            r.id: r.merged_into
            for r in connection.execute(
                select(entities.c.id, entities.c.merged_into).where(entities.c.id.in_(unread))
            )
        }
        connection.execute(delete(entity_aliases).where(entity_aliases.c.entity_id.in_(batch)))
        connection.execute(delete(entities).where(entities.c.id.in_(batch)))
        entity_rows: list[dict[str, Any]] = []
        alias_rows: list[dict[str, Any]] = []
        if cache is not None:
            cache.entity_stats({entity_id: group for entity_id, group in grouped.items() if group})
            held = batch
        for entity_id in held:
            if cache is None or entity_id not in cache.entities:
                if entity_id in previous:  # keep an emptied entity so show() can follow merged_into
                    entity_rows.append(_empty_entity(entity_id, previous[entity_id]))
                continue
            stats = cache.entities[entity_id]
            entity_rows.append(stats.entity_row(entity_id))
            alias_rows.extend(stats.alias_rows(entity_id))
        for entity_id, group in grouped.items() if cache is None else ():
            if not group:
                if entity_id in previous:  # keep an emptied entity so show() can follow merged_into
                    entity_rows.append(_empty_entity(entity_id, previous[entity_id]))
                continue
            entity_rows.append(_entity_row(entity_id, group))
            forms: Counter[str] = Counter()
            spelled: dict[str, str] = {}
            for row in group:
                for form in (row.name, *(row.aliases or [])):
                    key = name_key(form)
                    if key:
                        forms[key] += 1
                        spelled.setdefault(key, form)
            alias_rows.extend(
                {"entity_id": entity_id, "alias_key": key, "alias": spelled[key], "n_mentions": n}
                for key, n in sorted(forms.items())
            )
        if entity_rows:
            connection.execute(insert(entities), entity_rows)
        if alias_rows:
            connection.execute(insert(entity_aliases), alias_rows)


def _empty_entity(entity_id: str, merged_into: str | None) -> dict[str, Any]:
    return {
        "id": entity_id,
        "type": "ORG",
        "subtype": None,
        "name": entity_id,
        "name_key": entity_id,
        "country": None,
        "gazetteer_id": None,
        "place_kind": None,
        "admin1": None,
        "lat": None,
        "lon": None,
        "n_mentions": 0,
        "n_documents": 0,
        "merged_into": merged_into,
    }


def _entity_row(entity_id: str, group: Sequence[Any]) -> dict[str, Any]:
    names = Counter(row.name for row in group)
    # The most used name; ties go to the fullest form ("S. Jaishankar" over "Jaishankar").
    name = min(names.items(), key=lambda item: (-item[1], -len(item[0]), item[0]))[0]
    place = next((row.place for row in group if row.place and row.place.get("lat") is not None), None)
    place = place or next((row.place for row in group if row.place), None) or {}
    return {
        "id": entity_id,
        "type": _mode(row.type for row in group),
        "subtype": _mode(row.subtype for row in group),
        "name": name,
        "name_key": name_key(name),
        "country": _mode(row.country for row in group),
        "gazetteer_id": _mode(row.gazetteer_id for row in group),
        "place_kind": place.get("kind"),
        "admin1": place.get("admin1"),
        "lat": place.get("lat"),
        "lon": place.get("lon"),
        "n_mentions": len(group),
        "n_documents": len({row.doc_id for row in group}),
        "merged_into": None,
    }


#: The original document a near-duplicate copy was copied from (for the original's outlet).
original_documents = documents.alias("original_document")


def source_key(
    doc_id: str, duplicate_of: str | None, outlet: str | None = None, original_outlet: str | None = None
) -> str:
    """The independent source a statement stands for: its outlet, else its document.

    Two reports of one outlet (a first report and its update, or two
    articles the same day) are one source; a near-duplicate copy stands for
    its original, so it counts as the original's outlet (``original_outlet``;
    the original document when that outlet is unknown). Outlets are compared
    by ``name_key`` ("Delta Courier" and "DELTA COURIER" are one).
    """
    if duplicate_of is not None:
        outlet, doc_id = original_outlet, duplicate_of
    key = _outlet_key(outlet or "")
    return f"outlet:{key}" if key else doc_id


@lru_cache(maxsize=4096)
def _outlet_key(outlet: str) -> str:
    """``name_key`` of an outlet, remembered: a refresh reads the source of every report of its
    events, and a store names a few hundred outlets over and over."""
    return name_key(outlet)


def row_source(row: Any) -> str:
    """``source_key`` of a selected row (``doc_id``, ``duplicate_of``, ``outlet``, ``original_outlet``)."""
    return source_key(
        row.doc_id,
        getattr(row, "duplicate_of", None),
        getattr(row, "outlet", None),
        getattr(row, "original_outlet", None),
    )


def refresh_relations(connection: Connection, ids: Iterable[str]) -> None:
    """Recompute aggregated relations from their current statements (dropping empty ones)."""
    for batch in chunks(sorted(set(ids))):
        source = mentions.alias("source_mention")
        target = mentions.alias("target_mention")
        rows = connection.execute(
            select(
                relation_statements,
                source.c.canonical_id.label("source_id"),
                target.c.canonical_id.label("target_id"),
                documents.c.duplicate_of,
                original_documents.c.outlet.label("original_outlet"),
            )
            .join(source, source.c.id == relation_statements.c.source_mention)
            .join(target, target.c.id == relation_statements.c.target_mention)
            .join(documents, documents.c.id == relation_statements.c.doc_id)
            .outerjoin(original_documents, original_documents.c.id == documents.c.duplicate_of)
            .where(relation_statements.c.relation_id.in_(batch), relation_statements.c.superseded.is_(False))
        ).all()
        grouped: dict[str, list[Any]] = {}
        for row in rows:
            grouped.setdefault(row.relation_id, []).append(row)
        connection.execute(delete(relations).where(relations.c.id.in_(batch)))
        out = []
        for rel_id, group in sorted(grouped.items()):
            first = group[0]
            source_id, target_id = relation_ends(first.source_id, first.type, first.target_id)
            seen = [row.seen for row in group if row.seen is not None]
            n_hedged = sum(1 for row in group if row.hedged)
            out.append(
                {
                    "id": rel_id,
                    "source_id": source_id,
                    "type": first.type,
                    "target_id": target_id,
                    "roles": sorted({row.role for row in group if row.role}),
                    "first_seen": min(seen) if seen else None,
                    "last_seen": max(seen) if seen else None,
                    "n_statements": len(group),
                    "n_sources": len({row_source(row) for row in group}),
                    "n_hedged": n_hedged,
                    "hedged_share": round(n_hedged / len(group), 4),
                    "asserters": sorted({row.asserter for row in group if row.asserter}),
                }
            )
        if out:
            connection.execute(insert(relations), out)


def repoint_relation_statements(connection: Connection, mention_ids: Iterable[str]) -> set[str]:
    """Recompute ``relation_id`` of statements touching ``mention_ids``; returns old and new ids."""
    touched: set[str] = set()
    source = mentions.alias("source_mention")
    target = mentions.alias("target_mention")
    for batch in chunks(sorted(set(mention_ids))):
        rows = connection.execute(
            select(
                relation_statements.c.id,
                relation_statements.c.relation_id,
                relation_statements.c.type,
                source.c.canonical_id.label("source_id"),
                target.c.canonical_id.label("target_id"),
            )
            .join(source, source.c.id == relation_statements.c.source_mention)
            .join(target, target.c.id == relation_statements.c.target_mention)
            .where(
                (relation_statements.c.source_mention.in_(batch))
                | (relation_statements.c.target_mention.in_(batch))
            )
        ).all()
        for row in rows:
            new_id = relation_id(row.source_id, row.type, row.target_id)
            if new_id != row.relation_id:
                connection.execute(
                    update(relation_statements)
                    .where(relation_statements.c.id == row.id)
                    .values(relation_id=new_id)
                )
                touched.update((row.relation_id, new_id))
    return touched


def report_key(
    row: Any,
    actors: frozenset[str],
    *,
    place: PlaceKey | None = None,
    speakers: frozenset[str] = frozenset(),
) -> EventKey:
    """The identity key of one report row (date falls back on publication; see ``own_date``).

    ``place`` replaces the row's place (a district read from the sentence:
    ``district_of``); ``speakers`` are a statement's speakers. A day the extractor put on words
    that name a week, not a day ("last week", "last weekend": ``events.week_date``) keeps its day but is
    scored with a publication date's slack (``from_publication``): "killed 11 civilians last
    week", told on a Monday, may be the Thursday before, three days after the day given.
    """
    own = own_date(row)
    day = row.date_day if own else (row.published or row.date_day)
    vague = own and (row.date_precision or "day") == "day" and week_date(getattr(row, "date_text", None))
    by_day = own and not vague and (row.date_precision or "day") == "day"
    night = by_day and night_date(getattr(row, "date_text", None))  # "late on Monday": told on either day
    evidence_id = getattr(row, "evidence_id", None)
    return EventKey(
        type=row.type,
        day=day,
        precision=row.date_precision if own else ("day" if day else None),
        from_publication=not own or vague,
        place=place or _place_key(row),
        actors=actors,
        figures=frozenset(_row_figures(row)),
        targets=target_heads(getattr(row, "targets", None)),
        speakers=speakers,
        sentences=frozenset({evidence_id}) if evidence_id else frozenset(),
        published=getattr(row, "published", None),
        methods=frozenset({row.method}) if getattr(row, "method", None) else frozenset(),
        actor_names=actor_names(getattr(row, "actors", None)),
        nights=frozenset({day}) if night and day is not None else frozenset(),
    )


@cache
def _district_nouns() -> str:
    words = sorted((str(w).lower() for w in ontology.table("districts.yaml")["nouns"]), key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


#: A capitalised name of one or more words ("Port Alder", "Ciudad de la Costa", "Vila do Mar"): the
#: small linking words of Arabic, Spanish, French, Portuguese and Italian names may join its words.
_NAME = (
    r"[A-Z][\w'’-]*(?:\s+(?:(?:al|el|de|del|du|la|le|les|las|los|des|da|das|do|dos|di|della)\s+)*"
    r"[A-Z][\w'’-]*)*"
)


def district_of(sentence: str | None, name: str | None) -> str | bool | None:
    """The city a place named in ``sentence`` lies in, when the sentence calls it a part of a city.

    "the Eastgate district of Marlow" and "Eastgate, a neighbourhood of
    Marlow" and "Marlow's Eastgate quarter" give ``"Marlow"``; "the Eastgate
    district" and "the Eastgate district of the Ostrian capital" give ``True``
    (a district, city not named); any other
    sentence ``None``. The nouns are ``ontology/districts.yaml``.
    """
    if not sentence or not name or name not in sentence:
        return None
    nouns, place = _district_nouns(), re.escape(name)
    patterns = (
        rf"{place}\s+(?:{nouns})\s+(?:of|in)\s+(?:the\s+)?(?:(?:city|capital|town)\s+of\s+)?({_NAME})",
        rf"{place},\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})\s+(?:of|in)\s+(?:the\s+)?({_NAME})",
        rf"({_NAME})['’]s\s+{place}\s+(?:{nouns})\b",
    )
    for pattern in patterns:
        found = re.search(pattern, sentence)
        if found:
            if re.match(r"\s+(?:capital|city)\b", sentence[found.end() :]):
                return True  # "the Eastgate neighbourhood of the Ostrian capital": its city not named
            if _names_a_region(found.group(1), sentence[found.end() :]):
                return None  # "the Kelm district of Upper Velm State": a division of a region, not a city
            return found.group(1)
    if re.search(rf"{place}\s+(?:{nouns})\b", sentence, flags=re.IGNORECASE):
        return True
    return None


def _names_a_country(name: str) -> bool:
    """Whether ``name`` is a country's name or alias (``geocode.country_index``)."""
    from nexus.extract.geocode import country_index, fold

    return fold(name) in country_index()


#: Words that end the name of a region (not a city) a district may be a division of.
_REGION_WORDS = frozenset({"state", "province", "region", "governorate", "territory", "county", "division"})


def _names_a_region(container: str, after: str) -> bool:
    """Whether the container ``district_of`` read is a region: "Velm State", a name that goes on
    with "and" ("Jammu and Kashmir", a pair no city is called by), or a possessive ("Ostria's
    northern Velm province": a country's, holding the division)."""
    if container.endswith(("'s", "’s")) or _names_a_country(container):
        return True  # "Ostria's Velm district": a division of the country, not a part of a city
    return container.split()[-1].lower() in _REGION_WORDS or re.match(r"\s+and\s+[A-Z]", after) is not None


@cache
def _compass_pattern() -> str:
    """``identity.yaml`` ``compass_words`` as a regular-expression alternation, longest first."""
    words = ontology.table("identity.yaml").get("compass_words") or []
    return "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True))


@cache
def _located_patterns() -> tuple[re.Pattern[str], ...]:
    data = ontology.table("identity.yaml")
    settle = "|".join(re.escape(str(w)) for w in data.get("settlement_nouns") or [])
    compass = _compass_pattern()
    of_town = rf"(?:the\s+)?(?:(?:city|town|capital|province|district|region)\s+of\s+)?({_NAME})"
    units = "(?:" + "|".join(sorted(DISTANCE_UNITS, key=len, reverse=True)) + ")"
    described = r"(?:an?\s+|the\s+)?(?:[a-z]+\s+){0,2}"  # "a rural commune", "a small farming village"
    return (  # a direction or distance from a town first: it names a place a gazetteer may know
        re.compile(rf"{{place}}\b[^.;:!?]{{0,80}}?\b(?:{compass})(?:ern)?\s+of\s+{of_town}"),
        re.compile(rf"{{place}}\b[^.;:!?]{{0,80}}?\b\d+\s*{units}\s+(?:from|outside)\s+{of_town}"),
        re.compile(rf"(?:{settle})\s+of\s+{{place}},?\s+(?:in|near|outside|by)\s+{of_town}"),
        re.compile(rf"{{place}},?\s+{described}(?:{settle})\s+(?:in|of|near|outside|by)\s+{of_town}"),
    )


def located_by(sentence: str | None, name: str | None) -> str | None:
    """The known town a sentence places an unknown place in or by, else None.

    "the village of Kelmo near Dastra", "Kelmo, a hamlet in Dastra",
    "Kelmo, a rural commune of Dastra province", "an outpost at Kelmo,
    30 km southwest of Dastra" and "Kelmo, some 40 km from Dastra" give ``"Dastra"``. The
    nouns and directions are ``ontology/identity.yaml`` (``settlement_nouns``,
    ``compass_words``).
    """
    if not sentence or not name or name not in sentence:
        return None
    for pattern in _patterns_for(name):
        found = pattern.search(sentence)
        if found and not _beyond_reach(found.group(0)):
            return found.group(1)
    return None


_DISTANCE = re.compile(
    r"\b(\d+(?:\.\d+)?)\s*(" + "|".join(sorted(DISTANCE_UNITS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)


def _beyond_reach(text: str) -> bool:
    """Whether ``text`` ("Kelmo, about 70 km west of Dastra") puts the place farther from the town
    than one happening's places lie apart (``MAX_KM``): a reference point, not where it is."""
    for number, unit in _DISTANCE.findall(text):
        km = float(number) * (1.609 if unit.lower().startswith("mile") else 1.0)
        if unit.lower().startswith(("metre", "meter")):
            km /= 1000.0
        if km > MAX_KM:
            return True
    return False


@lru_cache(maxsize=4096)
def _patterns_for(name: str) -> tuple[re.Pattern[str], ...]:
    """``_located_patterns`` with ``name`` in place of ``{place}``, compiled once per name."""
    place = re.escape(name)
    return tuple(re.compile(p.pattern.replace("{place}", place), p.flags) for p in _located_patterns())


def _report_place(connection: Connection, row: dict[str, Any], cache: Aggregates | None) -> PlaceKey | None:
    """The report's place for identity: a district of a city when its document says so.

    The report's own sentence is read first, then the document's other
    evidence sentences naming the place (``district_of``): "the Eastgate
    district of Marlow" places the report in Marlow. When the text calls the
    place a district without naming its city, the city is the one other
    city of that country the document names, if there is exactly one;
    otherwise the place stays as the extractor gave it.
    """
    place = _place_key(_Row(row))
    if place is not None and place.kind == "country" and place.name and row.get("evidence_id"):
        own = report_sentence(connection, row["evidence_id"], _written_sentences(row, cache))
        if division_named_like_country(own, place.name):  # "in Velm State": the division, not the country
            return PlaceKey(place.name, "admin", None, place.name)
    if place is None or place.kind not in ("city", "site") or not place.name or not row.get("evidence_id"):
        return place
    name = place.name
    if place.lat is not None and place.country:  # "Kelmo village in the Velm prefecture"
        read = _division_reading(
            connection,
            row,
            place,
            report_sentence(connection, row["evidence_id"], _written_sentences(row, cache)),
            cache,
        )
        if read is not None:
            return read
    if place.lat is not None and place.country:  # "at Kelmo 1, on the outskirts of Dastra": a namesake
        own = report_sentence(connection, row["evidence_id"], _written_sentences(row, cache))
        home = _namesake_home(connection, row, place, own, cache)
        if home is not None:  # of a country the text never names: a place of Dastra's country
            place = PlaceKey(name, place.kind, home, None, None, None)
    if place.country:  # "Kelmo" read in Velmia by a report all of whose other places lie in Ostria
        home = _unnamed_country_home(connection, row, place, cache)
        if home is not None:
            place = PlaceKey(name, place.kind, home, None, None, None)
    if place.lat is not None:  # a namesake abroad: the sentence places it by a town of another country
        own = report_sentence(connection, row["evidence_id"], _written_sentences(row, cache))
        town = located_by(own, name)
        country = (
            _town_country(connection, row, town, cache) if town and name_key(town) != name_key(name) else None
        )
        if town is not None and country is not None and country != place.country:
            return PlaceKey(name, DISTRICT, country, None, None, None, town, divisions_named(own, name))
    if place.lat is not None and place.country:  # "Kelmo, a village in Velm district": the division too
        own = report_sentence(connection, row["evidence_id"], _written_sentences(row, cache))
        divisions = divisions_named(own, name)
        if divisions:
            place = replace(place, divisions=divisions)
    if place.lat is not None and place.kind == "city" and admin_key(place.admin1) == admin_key(name):
        own = report_sentence(connection, row["evidence_id"], _written_sentences(row, cache))
        if wide_division_named(own, name) or quarter_named(own, name):
            # "in Ostria's Velm region", "in southern Velm": the region, not its capital
            return PlaceKey(name, "admin", place.country, place.admin1)
        if own is not None and name not in own and _document_calls_it_a_region(connection, row, name, cache):
            # "raided a village in central Ostria ... The attack took place in the Velm region": the
            # place its sentence does not name is the region its document names, not its capital
            return PlaceKey(name, "admin", place.country, place.admin1)
    if place.lat is None:  # a place no gazetteer knows: the sentence may say what it lies by, and in
        if place.country is None:  # "Kelmo" in a report of Ostrian towns: a place of Ostria
            place = replace(place, country=_document_country(connection, row, name, cache))
        own = report_sentence(connection, row["evidence_id"], _written_sentences(row, cache))
        if place.country is None:  # "Kelmo town, in the Velm zone": the country a Velm division lies in
            place = _in_written_division(place, own)
        listed = listed_division_written(own, name, place.country)
        if listed is not None:  # "a village in Ostria's Velm district": the division, not a town
            return listed
        divisions = divisions_named(own, name)
        town = located_by(own, name)
        if town is not None and name_key(town) != name_key(name):
            country = _town_country(connection, row, town, cache) or place.country  # not a namesake's abroad
            return PlaceKey(name, DISTRICT, country, None, None, None, town, divisions)
        if divisions:
            place = replace(place, divisions=divisions)
        regions = regions_named(own, name) or container_named(own, name)
        if regions:
            place = replace(place, regions=regions)
    held = _district_sentences(connection, row["doc_id"], row["doc_version"], cache)
    sentences = sorted(
        ((evidence_id, text) for evidence_id, text in held if name in text),
        key=lambda item: item[0] != row["evidence_id"],  # the report's own sentence first
    )
    city: str | bool | None = None
    for _, sentence in sentences:
        city = district_of(sentence, name)
        if city is not None:
            break
    if isinstance(city, str) and admin_key(city) == admin_key(place.admin1):
        city = None  # "Velm's Kelm district" where Velm is the place's own first-level division: no city
    if city is not True and isinstance(city, str):
        pass
    elif place.lat is not None and any(
        evidence_id == row["evidence_id"] and region_named(sentence, name, bare=city is True)
        for evidence_id, sentence in sentences
    ):  # "in Kelm district": the division named for the town the gazetteer found, not a part of a city
        return PlaceKey(name, "admin", place.country, place.admin1, place.lat, place.lon)
    if city is True:
        city = _only_other_city(connection, row, place)
    if not isinstance(city, str) or name_key(city) == name_key(name):
        return place
    return PlaceKey(name, DISTRICT, place.country, None, None, None, city, place.divisions)


def _namesake_home(
    connection: Connection, row: dict[str, Any], place: PlaceKey, own: str | None, cache: Aggregates | None
) -> str | None:
    """The country a town the gazetteer found abroad lies in, when that find is a namesake's: the
    report's own sentence names, past its opening (a dateline), a town or division of another
    country, which the document's places lie in (``_document_country``), and nothing in the
    document names the gazetteer's country (no place of it, no name or nationality of it in its
    sentences or its outlet's name). "An ambush at Kelmo on the road out of Dastra": a Kelmo
    of Velmia, when the text speaks only of Ostria, is a place of Ostria; else None."""
    if not own or not place.name:
        return None
    key = name_key(place.name)
    others = [
        (mention, other)
        for mention, other in _document_places(connection, row, cache)
        if other.get("country") and name_key(mention) != key
    ]
    if any(other.get("country") == place.country for _, other in others):
        return None
    beside = {
        str(other["country"])
        for mention, other in others
        if other.get("kind") in ("city", "site", "admin")
        and any(found.start() > 0 for found in re.finditer(rf"\b{re.escape(mention)}\b", own))
    }
    home = _document_country(connection, row, place.name, cache)
    if home is None or home not in beside or home == place.country:
        return None
    written = [row.get("outlet") or "", *_document_sentences(connection, row, cache)]
    if any(place.country in text_countries(text) for text in written):
        return None
    return home


def _unnamed_country_home(
    connection: Connection, row: dict[str, Any], place: PlaceKey, cache: Aggregates | None
) -> str | None:
    """The country a town or site the gazetteer read abroad lies in, when the reading is a
    namesake's though no sentence sets the place beside a town of its own country
    (``_namesake_home`` asks that): every other place its document names lies in one country
    (``_document_country``), which has at least one town, site or division among them; none lies
    in the reading's country, and no sentence nor the outlet's name names that country or its
    people. "PORT OSTRA - Gunmen killed six at a market in Kelmo, in Ostria's Velm province": a
    Kelmo of Velmia, which the text never names, is no answer; else None."""
    key = name_key(place.name or "")
    placed = [
        (name_key(mention), other)
        for mention, other in _document_places(connection, row, cache)
        if other.get("country") and name_key(mention) != key
    ]
    if not placed or any(other.get("country") == place.country for _, other in placed):
        return None
    home = _document_country(connection, row, place.name or "", cache)
    if home is None or home == place.country:
        return None
    filed = _dateline_towns(_document_text(connection, row, cache))  # where the outlet filed: no scene
    towns = ("city", "site", "admin")
    if not any(
        other.get("country") == home and other.get("kind") in towns and mention not in filed
        for mention, other in placed
    ):
        return None
    written = [row.get("outlet") or "", *_document_sentences(connection, row, cache)]
    if any(place.country in text_countries(text) for text in written):
        return None
    return home


#: The least place closeness (``events.place_score``) at which ``scene_named_beside`` takes the place
#: its sentence names as the event's own: the same town, or one spelt two ways, or the division named
#: for it.
SCENE_PLACE_SCORE = 0.8
#: The kinds of place a sentence names that may be the scene ``scene_named_beside`` looks for.
_SCENE_KINDS = ("city", "site", "admin")


def sentence_scenes(
    connection: Connection, row: dict[str, Any], key: EventKey, cache: Aggregates | None = None
) -> list[PlaceKey]:
    """The other places (towns, sites, divisions) the report's own sentence names beside its own
    place, in the order its document's mentions give them: not its place (nor a spelling of it), not
    a country, not the town its dateline names. "Mourners gathered in Kelm for the victims of the
    bombing in Ostra" placed at Kelm gives [Ostra]; empty when its sentence names no other."""
    if key.place is None or not key.place.name:
        return []
    own = report_sentence(connection, row.get("evidence_id"), _written_sentences(row, cache))
    if not own:
        return []
    filed = _dateline_towns(_document_text(connection, row, cache))
    seen: set[str] = {name_key(key.place.name)}
    out: list[PlaceKey] = []
    for mention, place in _document_places(connection, row, cache):
        keyed = name_key(mention)
        if keyed in seen or keyed in filed or place.get("kind") not in _SCENE_KINDS:
            continue
        if names_alike(mention, key.place.name) or not re.search(rf"\b{re.escape(mention)}\b", own):
            continue
        seen.add(keyed)
        out.append(
            PlaceKey(
                mention,
                place.get("kind"),
                place.get("country"),
                place.get("admin1"),
                place.get("lat"),
                place.get("lon"),
            )
        )
    return out


def scene_named_beside(
    connection: Connection,
    row: dict[str, Any],
    key: EventKey,
    siblings: Sequence[Any],
    passing: set[str],
    cache: Aggregates | None = None,
) -> tuple[EventKey, dict[str, EventKey], Decision] | None:
    """The report placed at the other place its own sentence names (``sentence_scenes``), with
    that place's candidates and the decision joining it to one of them, when its own place found
    none: a follow-up (a funeral, a burial, the wounded dying in a hospital's town) that tells the
    toll of an attack elsewhere. "Families mourned in Kelm on Friday the 12 soldiers killed in
    Tuesday's raid on Ostra" joins the Ostra raid of 12 dead. The figures must tie it (a shared
    figure, or a later, higher count of the event's toll: ``later_count``), so a sentence naming a
    neighbouring town's other attack of the night ("the attack came as gunmen struck Dastra") joins
    nothing. None when no named place gives such an event (the report stays where it was)."""
    for scene in sentence_scenes(connection, row, key, cache):
        moved = replace(key, place=scene)
        candidates = _with_sentences(siblings, event_candidates(connection, moved, cache))
        candidates = {event_id: c for event_id, c in candidates.items() if event_id not in passing}
        if not candidates:
            continue
        decision = resolve_event(moved, candidates)
        joined = candidates.get(decision.event_id or "")
        if decision.kind != "same" or joined is None:
            continue
        if dict(decision.features).get("place", 0.0) < SCENE_PLACE_SCORE:
            continue  # the named place must be the event's own (or a spelling of it), not merely near it
        if not (figures_tie(moved, joined, place_tied=True) or later_count(moved, joined)):
            continue
        why = (f"the scene its sentence names beside {key.place.name if key.place else None}: {scene.name}",)
        return moved, candidates, replace(decision, reasons=(*why, *decision.reasons))
    return None


def _dateline_towns(text: str) -> tuple[str, ...]:
    """The name keys of the places a text's dateline names, in their order ("BEIRUT/DAMASCUS -":
    beirut, damascus); empty without a dateline."""
    from nexus.extract.dateline import parse_dateline

    dateline = parse_dateline(text) if text else None
    return _place_keys(dateline.places) if dateline is not None and dateline.places else ()


def _place_keys(places: str) -> tuple[str, ...]:
    """The name keys of a dateline's places, in their order ("BEIRUT/DAMASCUS": beirut, damascus)."""
    return tuple(name_key(part) for part in re.split(r"[/,]", places) if part.strip())


@cache
def _wide_division_pattern() -> str:
    words = ontology.table("identity.yaml").get("wide_divisions") or []
    return "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True))


def division_named_like_country(sentence: str | None, name: str) -> bool:
    """Whether ``sentence`` names ``name``, which a gazetteer read as a country, only as a division
    of that name ("a village in Velmia State", "the Velmia region"): a division named like the
    country (``identity.yaml`` ``wide_divisions``), of another country, perhaps."""
    if not sentence or not re.search(rf"\b{re.escape(name)}\b", sentence):
        return False
    nouns = _wide_division_pattern()
    as_division = rf"\b{re.escape(name)}\s+(?:{nouns})\b"
    everywhere = len(re.findall(rf"\b{re.escape(name)}\b", sentence))
    return bool(nouns) and len(re.findall(as_division, sentence, flags=re.IGNORECASE)) == everywhere


def _document_calls_it_a_region(
    connection: Connection, row: dict[str, Any], name: str, cache: Aggregates | None
) -> bool:
    """Whether the report's document names ``name`` only as a wide division (``wide_division_named``
    or ``quarter_named``), in every evidence sentence naming it: never as a town of its own."""
    key = (row["doc_id"], row["doc_version"])
    written = cache.document_sentences if cache is not None else None
    if written is not None and written[0] == key:
        texts: Iterable[Any] = written[1].values()  # the sentences the writer just stored
    else:
        texts = connection.execute(
            select(evidence.c.sentence).where(evidence.c.doc_id == key[0], evidence.c.doc_version == key[1])
        ).scalars()
    naming = [str(text) for text in texts if text and name in text]
    if not naming:  # a sentence that gave no report nor mention: the document's text
        text = _document_text(connection, row, cache)
        naming = [part for part in re.split(r"(?<=[.!?])\s+", text) if name in part]
    return bool(naming) and all(wide_division_named(t, name) or quarter_named(t, name) for t in naming)


def _document_text(connection: Connection, row: dict[str, Any], cache: Aggregates | None) -> str:
    """The text of the report's document version (the writer's, else the store's)."""
    key = (row["doc_id"], row["doc_version"])
    held = cache.document_text if cache is not None else None
    text = held[1] if held is not None and held[0] == key else None
    if text is None:
        text = connection.execute(
            select(document_versions.c.text).where(
                document_versions.c.doc_id == key[0], document_versions.c.version == key[1]
            )
        ).scalar()
    return str(text or "")


@cache
def _region_nouns() -> str:
    data = ontology.table("identity.yaml")
    words = sorted((str(w).lower() for w in data.get("town_named_divisions") or []), key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


def divisions_named(sentence: str | None, name: str | None) -> tuple[str, ...]:
    """The narrow divisions (``town_named_divisions``) a sentence names beside ``name``:
    "Kelmo village in Dastra tehsil of Velm district" gives ("Dastra", "Velm"); a region's
    possessive before the division ("Ostria's Velm district") is left out."""
    nouns = _region_nouns()
    if not sentence or not name or not nouns or name not in sentence:
        return ()
    found = re.findall(rf"({_NAME})\s+(?i:{nouns})\b", sentence)  # "Velm District", "Velm district"
    found = [re.split(r"['’]s\s+", d)[-1] for d in found]  # "Ostria's Velm district": the division is Velm
    own = name_key(name)
    return tuple(dict.fromkeys(d for d in found if name_key(d) != own and d[:1].isupper()))


@cache
def _wide_nouns() -> str:
    words = ontology.table("identity.yaml").get("wide_divisions") or []
    return "|".join(re.escape(str(w).lower()) for w in sorted(words, key=len, reverse=True))


def regions_named(sentence: str | None, name: str | None) -> tuple[str, ...]:
    """The wide divisions (``identity.yaml`` ``wide_divisions``) a sentence puts ``name`` in, right
    after it: "the attack on Kelmo in Ostria's eastern Velm province" gives ("Velm",); "Kelmo,
    near Velm province" gives nothing. The country's possessive and a word of direction before
    the division's name are passed over."""
    nouns = _wide_nouns()
    if not sentence or not name or not nouns or name not in sentence:
        return ()
    after = sentence[sentence.index(name) + len(name) :]
    pattern = rf"^,?\s+in\s+(?:the\s+)?(?:{_NAME}['’]s\s+)?(?:[a-z-]+(?:ern)?\s+)?({_NAME})\s+(?i:{nouns})\b"
    found = re.match(pattern, after)
    if found is None:
        return ()
    region = re.split(r"['’]s\s+", found.group(1))[-1]  # "in Ostria's Velm province": Velm
    return () if name_key(region) == name_key(name) else (region,)


def container_named(sentence: str | None, name: str | None) -> tuple[str, ...]:
    """The region a sentence writes right after ``name`` as its container, with no noun of a
    division: "Kelmo, Lower Velm, on Thursday", "KELMO (Velm) -". Only a name that reads as a
    region counts: one opening with a word naming a part of a region ("Lower", "North":
    ``identity.yaml`` ``region_part_words``) or a division a gazetteer knows (``division_countries``)
    of one country; a name that goes on a list ("Kelmo, Dastra and Ostra") is no container."""
    if not sentence or not name or name not in sentence:
        return ()
    after = sentence[sentence.index(name) + len(name) :]
    found = re.match(rf"^(?:,\s+|\s*\(\s*)({_NAME})(?=\s*(?:[,.;:)]|$|\s+[a-z]))(?!,?\s+(?:and|or)\b)", after)
    if found is None:
        return ()
    region = found.group(1)
    if name_key(region) == name_key(name):
        return ()
    rest = after[found.end() :]
    if after.lstrip().startswith("(") and rest.lstrip()[:1] != ")":
        return ()
    if re.match(rf"^,\s+{_NAME}(?:,|\s+(?:and|or)\b)", rest):  # "Kelmo, Upper Velm, Dastra and Ostra"
        return ()
    from nexus.extract.geocode import division_countries  # the gazetteer tables, read once

    words = name_key(region).split()
    parted = len(words) > 1 and words[0] in region_part_words()
    whole = region_whole(admin_key(region))
    known = len(division_countries(region)) == 1 or len(division_countries(whole)) == 1
    return (region,) if parted or known else ()


def wide_division_named(sentence: str | None, name: str | None) -> bool:
    """Whether ``sentence`` calls ``name`` a wide division (``identity.yaml`` ``wide_divisions``):
    "in Ostria's Velm region", "Velm province", "the northern state of Velm". A first-level
    division named for its chief town is then meant, not the town the gazetteer finds for the name."""
    nouns = _wide_nouns()
    if not sentence or not name or not nouns or name not in sentence:
        return False
    if re.search(rf"\b{re.escape(name)}\s+(?:{nouns})\b", sentence, flags=re.IGNORECASE) is not None:
        return True
    # "the state of Velm", "the province of the Velm": the noun written small, the name right after
    return re.search(rf"\b(?:{nouns})\s+of\s+(?:the\s+)?{re.escape(name)}\b", sentence) is not None


def quarter_named(sentence: str | None, name: str | None) -> bool:
    """Whether ``sentence`` names a quarter of ``name`` by a direction in its "-ern" form: "in
    southern Velm", "north-eastern Velm" (``identity.yaml`` ``compass_words``). Called for a town
    that shares its name with its first-level division: a quarter of the name is the region's."""
    compass = _compass_pattern()
    if not sentence or not name or not compass or name not in sentence:
        return False
    pattern = rf"\b(?i:{compass})ern\s+{re.escape(name)}\b(?!['’]s)"
    return re.search(pattern, sentence) is not None


def region_named(sentence: str | None, name: str | None, *, bare: bool = False) -> bool:
    """Whether ``sentence`` calls ``name`` a division named for a town: "Kelm district", "Kelm County".

    The nouns are ``identity.yaml`` ``town_named_divisions`` (narrow divisions, whose chief
    town's position stands for them: a district, a county, a tehsil, not a province). With
    ``bare`` the name must come without an article: "in Kelm district" names a division,
    "in the Kelm district" (its city unnamed) more often a part of a city.
    """
    nouns = _region_nouns()
    if not sentence or not name or not nouns or name not in sentence:
        return False
    for found in re.finditer(rf"\b{re.escape(name)}\s+(?:{nouns})\b", sentence, flags=re.IGNORECASE):
        if not bare or not re.search(r"\bthe\s+$", sentence[: found.start()], flags=re.IGNORECASE):
            return True
    return False


def _district_sentences(
    connection: Connection, doc_id: str, version: int, cache: Aggregates | None
) -> list[tuple[str, str]]:
    """(evidence id, sentence) of a document's evidence sentences that hold a district noun.

    With ``cache`` they are read once per document (its reports are linked one after another).
    """
    key = (doc_id, version)
    if cache is not None and key in cache.district_sentences:
        return cache.district_sentences[key]
    nouns = _district_noun_pattern()
    written = cache.document_sentences if cache is not None else None
    if written is not None and written[0] == key:
        rows: Iterable[Any] = written[1].items()  # the sentences the writer just stored
    else:
        rows = connection.execute(
            select(evidence.c.id, evidence.c.sentence).where(
                evidence.c.doc_id == doc_id, evidence.c.doc_version == version
            )
        )
    held = [
        (str(evidence_id), str(sentence))
        for evidence_id, sentence in rows
        if sentence and nouns.search(sentence)
    ]
    if cache is not None:
        cache.district_sentences.clear()  # only the document being written is kept
        cache.district_sentences[key] = held
    return held


def _written_sentences(row: dict[str, Any], cache: Aggregates | None) -> dict[str, str | None] | None:
    """The evidence sentences the writer stored for ``row``'s document version, if it said so."""
    written = cache.document_sentences if cache is not None else None
    if written is None or written[0] != (row["doc_id"], row["doc_version"]):
        return None
    return written[1]


@cache
def _district_noun_pattern() -> re.Pattern[str]:
    nouns = "|".join(n for n in (_district_nouns(), _region_nouns()) if n)
    return re.compile(rf"\b(?:{nouns})\b", re.IGNORECASE)


def _read_as_division(place: PlaceKey | None, row: dict[str, Any]) -> dict[str, Any] | None:
    """What ``_division_reading`` (or ``_in_written_division``) made of a report's place, for its
    resolution (``read_as``: the kind and first-level division; the country goes to ``country``),
    else None: the gazetteer's coordinates of a place read in another country are a namesake's,
    and are dropped."""
    if place is None or place.lat is not None or place.within or not place.country:
        return None
    if row.get("lat") is None:  # a place no gazetteer knows, put in a division its sentence writes
        if row.get("country") or row.get("admin1") or not place.admin1:
            return None
    elif place.country == row.get("country"):
        return None
    return {"kind": place.kind, "admin1": place.admin1}


def written_as_division(sentence: str | None, name: str | None) -> bool:
    """Whether ``sentence`` calls ``name`` a division: "Velm department", "Velm district", "the
    province of Velm" (nouns: ``identity.yaml`` ``wide_divisions`` and ``town_named_divisions``)."""
    if not sentence or not name or name not in sentence:
        return False
    if wide_division_named(sentence, name) or region_named(sentence, name):
        return True
    nouns = "|".join(n for n in (_wide_nouns(), _region_nouns()) if n)
    return (
        bool(nouns)
        and re.search(rf"\b(?:{nouns})\s+of\s+(?:the\s+)?{re.escape(name)}\b", sentence) is not None
    )


def listed_division_written(sentence: str | None, name: str, country: str | None) -> PlaceKey | None:
    """A place no gazetteer placed that ``sentence`` writes as a division ("in Ostria's Velm
    district", ``written_as_division``) which a table lists in ``country`` (``division_parent``):
    that division, in its first-level division, with no coordinates; else None."""
    parent = division_parent(admin_key(name), country) if written_as_division(sentence, name) else None
    return PlaceKey(name, "admin", country, parent) if parent else None


def _division_reading(
    connection: Connection,
    row: dict[str, Any],
    place: PlaceKey,
    own: str | None,
    cache: Aggregates | None,
) -> PlaceKey | None:
    """The report's place read by the division its sentence calls it or puts it in, when the
    gazetteer's reading (``place``, with coordinates) is a namesake abroad; else None.

    "Velm department: ... the village of Kelmo, in the Velm department" in a document that names no
    country: the towns called Velm or Kelmo a gazetteer knows may lie on another continent, but a
    division called Velm is a division of one country (``geocode.division_countries``). When that
    country is not the reading's, "Velm department" is that division (``admin``, no coordinates)
    and Kelmo a place of it (its country and first-level division, ``regions`` or ``divisions``
    naming Velm); so is a place its sentence names beside such a division ("the islands of the
    Velm department"), without a first-level division. A document naming a country chose its
    readings by it, and a reading in a neighbour of the division's country may be right: left alone.
    """
    name = place.name
    if not name or not own:
        return None
    from nexus.extract.geocode import division_countries, neighbours  # the gazetteer tables, read once

    regions: tuple[str, ...] = ()
    divisions: tuple[str, ...] = ()
    if written_as_division(own, name):
        division: str | None = name
    else:
        regions = regions_named(own, name)
        divisions = () if regions else divisions_named(own, name)
        named = regions or divisions
        division = named[0] if named else None
        if division is None:  # "... on Lake Kelm, hundreds have left the islands of the Velm department"
            written = [d for d in divisions_written(own) if name_key(d) != name_key(name)]
            division = next((d for d in written if len(division_countries(d)) == 1), None)
    if division is None:
        return None
    countries = division_countries(division)
    if len(countries) != 1 or place.country in countries:
        return None
    ((country, admin1),) = countries.items()
    if place.country in neighbours().get(country, ()):
        return None  # a town across the border is no namesake
    if any(p.get("kind") == "country" for _, p in _document_places(connection, row, cache)):
        return None
    if division == name:
        return PlaceKey(name, "admin", country, admin1 or name)
    if not regions and not divisions:  # a place of the sentence's division's country, somewhere in it
        admin1 = None
    return PlaceKey(name, place.kind, country, admin1, None, None, divisions=divisions, regions=regions)


def _in_written_division(place: PlaceKey, own: str | None) -> PlaceKey:
    """A place no gazetteer knows, of no country yet, put in the country and first-level division
    of the first division its sentence writes ("Kelmo town, in the Velm zone", ``divisions_written``)
    that is a division of one country only (``geocode.division_countries``); else unchanged."""
    from nexus.extract.geocode import division_countries  # the gazetteer tables, read once

    for division in divisions_written(own):
        countries = division_countries(division)
        if name_key(division) != name_key(place.name or "") and len(countries) == 1:
            ((country, admin1),) = countries.items()
            return replace(place, country=country, admin1=admin1)
    return place


def divisions_written(sentence: str | None) -> tuple[str, ...]:
    """The names a sentence writes as divisions ("Velm department", "the province of Velm"; nouns
    of ``identity.yaml`` ``wide_divisions`` and ``town_named_divisions``), in order."""
    nouns = "|".join(n for n in (_wide_nouns(), _region_nouns()) if n)
    if not sentence or not nouns:
        return ()
    found = [m.group(1) for m in re.finditer(rf"({_NAME})\s+(?i:{nouns})\b", sentence)]
    found += [m.group(1) for m in re.finditer(rf"\b(?:{nouns})\s+of\s+(?:the\s+)?({_NAME})", sentence)]
    return tuple(dict.fromkeys(re.split(r"['’]s\s+", d)[-1] for d in found))


def _document_places(
    connection: Connection, row: dict[str, Any], cache: Aggregates | None
) -> list[tuple[str, dict[str, Any]]]:
    """The place mentions (name, place dict) of the report's document version, read once per
    document when ``cache`` is given."""
    key = (row["doc_id"], row["doc_version"])
    if cache is not None and key in cache.document_places:
        return cache.document_places[key]
    places = [
        (str(m.name), m.place)
        for m in connection.execute(
            select(mentions.c.name, mentions.c.place).where(
                mentions.c.doc_id == row["doc_id"],
                mentions.c.doc_version == row["doc_version"],
                mentions.c.superseded.is_(False),
            )
        )
        if isinstance(m.place, dict)
    ]
    if cache is not None:
        cache.document_places[key] = places
    return places


def _town_country(
    connection: Connection, row: dict[str, Any], town: str, cache: Aggregates | None = None
) -> str | None:
    """The country the report's document places ``town`` in (its place mentions of that name), when one.

    "Kelmo, a village 12 km north of Dastra": a gazetteer may know a Kelmo only abroad; the
    document's Dastra says which country the village is in (``_report_place``)."""
    key = name_key(town)
    countries = {
        place.get("country")
        for name, place in _document_places(connection, row, cache)
        if place.get("country") and name_key(name) == key
    }
    return next(iter(countries)) if len(countries) == 1 else None


#: The least share of a document's placed mentions one country must hold for a place no gazetteer
#: knows to be taken as lying in it (``_document_country``).
DOCUMENT_COUNTRY_SHARE = 2 / 3


def _document_country(
    connection: Connection, row: dict[str, Any], name: str, cache: Aggregates | None = None
) -> str | None:
    """The country most of the report's document's placed mentions (towns, divisions, countries,
    its dateline) lie in, when it holds at least ``DOCUMENT_COUNTRY_SHARE`` of them, else None;
    mentions of ``name`` itself aside. "COTONOU - ... an army post at Kelmo, near Ostria's border
    with Velmia": Kelmo, which no gazetteer knows, is taken for a place of the dateline's country. A
    country named only as a neighbour ("on the border with Velmia", "families fleeing Velmia":
    ``_neighbour_countries``) is where the text is not, and is not counted."""
    key = name_key(name)
    placed = [
        (mention, place)
        for mention, place in _document_places(connection, row, cache)
        if place.get("country") and name_key(mention) != key
    ]
    bare = [mention for mention, place in placed if place.get("kind") == "country"]
    neighbours = _neighbour_countries(bare, _document_sentences(connection, row, cache)) if bare else set()
    countries = Counter(
        str(place["country"])
        for mention, place in placed
        if not (place.get("kind") == "country" and mention in neighbours)
    )
    if not countries:
        return None
    country, count = countries.most_common(1)[0]
    return country if count >= DOCUMENT_COUNTRY_SHARE * sum(countries.values()) else None


@cache
def _neighbour_cue_pattern() -> str:
    """``identity.yaml`` ``neighbour_cues`` as a regular-expression alternation, longest first."""
    cues = ontology.table("identity.yaml").get("neighbour_cues") or []
    return "|".join(r"\s+".join(map(re.escape, str(c).split())) for c in sorted(cues, key=len, reverse=True))


def _neighbour_countries(names: Iterable[str], sentences: Iterable[str]) -> set[str]:
    """The country names of ``names`` that ``sentences`` name only after a neighbour cue
    (``identity.yaml`` ``neighbour_cues``): "a market on the border with Ostria", "families
    fleeing Ostria". Such a country is where the text is not; a name no sentence holds is not one."""
    cues = _neighbour_cue_pattern()
    held = [s for s in sentences if s]
    out = set()
    for name in set(names):
        named = rf"\b{re.escape(name)}\b"
        found = [s for s in held if re.search(named, s)]
        told_apart = rf"\b(?:{cues})\s+(?:(?:to|into|from|across|towards)\s+)?(?:the\s+)?{named}"
        if (
            cues
            and found
            and all(
                len(re.findall(named, s)) == len(re.findall(told_apart, s, flags=re.IGNORECASE))
                for s in found
            )
        ):
            out.add(name)
    return out


def _document_sentences(connection: Connection, row: dict[str, Any], cache: Aggregates | None) -> list[str]:
    """The evidence sentences of the report's document version (the writer's, else the store's)."""
    written = _written_sentences(row, cache)
    if written is not None:
        return [str(s) for s in written.values() if s]
    return [
        str(s)
        for s in connection.execute(
            select(evidence.c.sentence).where(
                evidence.c.doc_id == row["doc_id"],
                evidence.c.doc_version == row["doc_version"],
                evidence.c.superseded.is_(False),
            )
        ).scalars()
        if s
    ]


def _document_countries(
    connection: Connection, row: dict[str, Any], cache: Aggregates | None = None
) -> frozenset[str]:
    """ISO codes of the countries the report's document's placed mentions lie in, that its outlet's
    name names ("Chad Government spokesperson"), else that its stored sentences name or call a
    nationality by ("Pakistani intelligence agents"): ``EventKey.document_countries``."""
    places = _document_places(connection, row, cache)
    found = {str(place["country"]) for _, place in places if place.get("country")}
    found |= text_countries(row.get("outlet") or "")
    if found:
        return frozenset(found)
    written = _written_sentences(row, cache)  # the sentences the writer just stored, else the store's
    sentences: Iterable[Any] = (
        written.values()
        if written is not None
        else connection.execute(
            select(evidence.c.sentence).where(
                evidence.c.doc_id == row["doc_id"],
                evidence.c.doc_version == row["doc_version"],
                evidence.c.superseded.is_(False),
            )
        ).scalars()
    )
    for sentence in sentences:
        found |= text_countries(str(sentence or ""))
    return frozenset(found)


@lru_cache(maxsize=4096)
def text_countries(text: str) -> frozenset[str]:
    """ISO codes of the countries a text (a sentence, an outlet's name) names by one to three
    capitalised words, or by a nationality adjective (``demonyms.yaml``): "in Ostria", "Ostrian
    soldiers", "The Ostria Herald"."""
    from nexus.extract.geocode import country_index, fold

    index, demonyms = country_index(), ontology.demonyms()
    words = [re.sub(r"['’]s$", "", word) for word in re.findall(r"[\w'’-]+", text)]  # "Ostria's"
    found = set()
    for i, word in enumerate(words):
        if not word[:1].isupper():
            continue
        if word.lower() in demonyms:
            found.add(demonyms[word.lower()])
            continue
        for size in (3, 2, 1):
            entry = index.get(fold(" ".join(words[i : i + size])))
            if entry is not None and entry.country:
                found.add(str(entry.country))
                break
    return frozenset(found)


def _document_town(
    connection: Connection, row: dict[str, Any], cache: Aggregates | None = None
) -> PlaceKey | None:
    """The one town (city or site with coordinates) the report's document names, when it names one
    town only: the place a report that names none is nearest to (``EventKey.document_town``)."""
    towns = {
        name_key(name): PlaceKey(
            name, place.get("kind"), place.get("country"), place.get("admin1"), place["lat"], place["lon"]
        )
        for name, place in _document_places(connection, row, cache)
        if place.get("kind") in ("city", "site")
        and place.get("lat") is not None
        and place.get("lon") is not None
    }
    return next(iter(towns.values())) if len(towns) == 1 else None


def _only_other_city(connection: Connection, row: dict[str, Any], place: PlaceKey) -> str | None:
    """The one city of ``place``'s country, other than ``place``, that the report's document names."""
    names = {
        name_key(mention.name): mention.name
        for mention in connection.execute(
            select(mentions.c.name, mentions.c.place).where(
                mentions.c.doc_id == row["doc_id"],
                mentions.c.doc_version == row["doc_version"],
                mentions.c.superseded.is_(False),
            )
        )
        if isinstance(mention.place, dict)
        and mention.place.get("kind") == "city"
        and mention.place.get("country") == place.country
        and name_key(mention.name) != name_key(place.name or "")
    }
    return next(iter(names.values())) if len(names) == 1 else None


#: The columns of a document's stored reports that linking a new report of it reads.
_SIBLING_COLUMNS = (
    "id",
    "event_id",
    "evidence_id",
    "type",
    "date_iso",
    "resolution",
    "actors",
    "targets",
    "place_name",
    "place_kind",
    "country",
    "admin1",
    "lat",
    "lon",
    "date_day",
    "date_precision",
    "date_text",
    "published",
    *FIGURE_FIELDS,
)


def _siblings(connection: Connection, row: dict[str, Any], cache: Aggregates | None) -> list[Any]:
    """The current reports of the new report's document linked before it.

    Those stored (an index lookup) and, with ``cache``, those the session
    linked but a writer may not have inserted yet (each once; rows read as
    ``_Row`` keep a ``pending`` reference to the row dict, so a repeat can
    still be marked superseded before it is written).
    """
    key = (row["doc_id"], row["doc_version"])
    if cache is not None and key in cache.unstored and key in cache.linked:
        stored: list[Any] = []  # nothing was stored before this session linked its first report
    else:
        stored = list(
            connection.execute(
                select(*(event_reports.c[name] for name in _SIBLING_COLUMNS))
                .where(
                    event_reports.c.doc_id == row["doc_id"],
                    event_reports.c.doc_version == row["doc_version"],
                    event_reports.c.superseded.is_(False),
                )
                .order_by(event_reports.c.id)
            ).all()
        )
    if cache is None:
        return stored
    if not stored and key not in cache.linked:
        cache.linked_rows(*key)
        cache.unstored.add(key)
    seen = {r.id for r in stored}
    pending = [
        _Row({name: linked.get(name) for name in _SIBLING_COLUMNS} | {"pending": linked})
        for linked in cache.linked_rows(row["doc_id"], row["doc_version"])
        if linked["id"] not in seen and not linked.get("superseded")
    ]
    return [*stored, *pending]


def _with_sentences(siblings: Sequence[Any], candidates: dict[str, EventKey]) -> dict[str, EventKey]:
    """Candidates with the evidence sentences of their reports from the report's own document.

    Only a report of the same document can share a sentence with the new
    one, so the sentences come from this document's reports (``siblings``),
    not kept for every report of every event.
    """
    by_event: dict[str, set[str]] = {}
    for event_id, evidence_id in ((r.event_id, r.evidence_id) for r in siblings):
        if event_id in candidates:
            by_event.setdefault(event_id, set()).add(evidence_id)
    for event_id, sentences in by_event.items():
        candidates[event_id] = replace(candidates[event_id], sentences=frozenset(sentences))
    return candidates


def _speaker_ids(
    connection: Connection, actors: Iterable[str], doc_id: str, cache: Aggregates | None
) -> set[str]:
    """The people among canonical ``actors`` (a statement's speakers are its people, else its actors).

    An entity's type comes from the session's running statistics, else its
    ``entities`` row, else (an entity first named in this batch) the
    mentions of the report's own document: never a scan of every mention
    of a frequent actor. With ``cache``, ``entities`` rows are read once per
    batch, and a first version's own mentions come from the writer
    (``Aggregates.document_people``) rather than from the store.
    """
    out: set[str] = set()
    unknown: list[str] = []
    for entity_id in sorted(set(actors)):
        stats = cache.entities.get(entity_id) if cache is not None else None
        if stats is not None and stats.types:
            if stats.types.most_common(1)[0][0] == "PERSON":
                out.add(entity_id)
        else:
            unknown.append(entity_id)
    typed: dict[str, str | None] = {}
    unread: list[str] = []
    if cache is not None:
        typed = {
            entity_id: cache.entity_types[entity_id]
            for entity_id in unknown
            if entity_id in cache.entity_types
        }
        unknown = [entity_id for entity_id in unknown if entity_id not in typed]
    for batch in chunks(unknown):
        found = dict(
            connection.execute(select(entities.c.id, entities.c.type).where(entities.c.id.in_(batch))).all()
        )
        for entity_id in batch:
            typed[entity_id] = found.get(entity_id)
            if cache is not None:
                cache.entity_types[entity_id] = found.get(entity_id)
    for entity_id, entity_type in typed.items():
        if entity_type is None:
            unread.append(entity_id)
        elif entity_type == "PERSON":
            out.add(entity_id)
    own = cache.document_people if cache is not None else None
    if own is not None and own[0] == doc_id:
        out.update(own[1].intersection(unread))
        return out
    for batch in chunks(sorted(unread)):
        out.update(
            connection.execute(
                select(mentions.c.canonical_id).where(
                    mentions.c.doc_id == doc_id,
                    mentions.c.canonical_id.in_(batch),
                    mentions.c.type == "PERSON",
                )
            ).scalars()
        )
    return out


def _speakers(actors: frozenset[str], people: set[str]) -> frozenset[str]:
    return (actors & people) or actors


def _row_figures(row: Any) -> Iterator[tuple[str, int]]:
    for field in FIGURE_FIELDS:
        value = getattr(row, field, None)
        if value is not None:
            yield field, value


def load_event_overrides(connection: Connection) -> list[EventOverride]:
    """Manual event merges and splits, in the order they are replayed."""
    rows = connection.execute(select(event_overrides).order_by(event_overrides.c.seq))
    return [
        EventOverride(
            r.kind,
            r.event_id,
            r.other_id,
            frozenset(r.docs or []),
            r.type,
            tuple(ReportRef.from_json(ref) for ref in (r.reports or [])),
        )
        for r in rows
    ]


def link_event(
    connection: Connection,
    row: dict[str, Any],
    actors: frozenset[str],
    *,
    overrides: Sequence[EventOverride] | None = None,
    cache: Aggregates | None = None,
    before_news: bool = False,
) -> str:
    """The event a pending report row belongs to, after manual overrides.

    Scores the report against the stored candidates (``resolve_event``),
    replays the event overrides (``overrides``, loaded when not given), and
    writes ``auto_event_id`` and ``resolution`` (kind, score, reasons;
    ``manual`` when an override moved it) into ``row``. A report that only
    recalls an incident in passing ("after the market bombing") joins the
    stored event it names as a mention, its date made coarser so it sets
    nothing of the event (``backrefs.link_back_reference``). The report's
    place is read as a district of a city when its document says so
    (``_report_place``); candidates learn which of their reports share the
    report's sentence (``_with_sentences``), and statements compare speakers
    (``_speaker_ids``). When the report's own sentence already gave a report
    of the chosen event, only the fuller of the two stays current
    (``_keep_one_report_per_sentence``: ``row["superseded"]`` may be set).
    A place no gazetteer knows is read as lying by the town its sentence
    names (``located_by``). Reports of several outlets over several days:
    the attack a claim sentence claims is dated by the claim
    (``claim_of_sentence``: scored as a publication date), and once it joins
    an event it, like a later higher count (``later_count``), is re-dated to
    its publication day (``dated_by``, the extracted date kept as
    ``reported_date``) so it sets no date of the event; an event a report of
    the same sentence recalls in passing is not the report's own
    (``recalled_in_sentence``); a claim report names the event it claims
    (``claims``: ``claimed_in_document``, else ``claimed_elsewhere``).
    Returns the event id. ``cache`` (an ingest session's aggregates) spares
    re-reading the reports of candidate events. ``before_news``: the report is told in passing
    and dated before its document's news (``backrefs.recalled_before_news``), so it is background
    (a ``mention``) to the event it joins or founds.
    """
    key = report_key(_Row(row), actors, place=_report_place(connection, row, cache))
    if key.place is not None and key.place.country and row.get("country") not in (None, key.place.country):
        # a namesake's reading abroad (``_report_place``): the event lies in the country its text speaks of
        row.update(
            country=key.place.country,
            admin1=key.place.admin1,
            lat=key.place.lat,
            lon=key.place.lon,
            place_derivation=None,
        )
    if point_of_the_filing_town(
        _document_text(connection, row, cache), key.place, _document_places(connection, row, cache)
    ):
        # "BOGOTA - ... the attack on the Kelmo base": a point the extractor lent the base from the
        # town the outlet filed in, which the text names nowhere else, says nothing of where it lies
        assert key.place is not None
        key = replace(key, place=replace(key.place, lat=None, lon=None))
        row.update(lat=None, lon=None, place_derivation=None)
    own_sentence = report_sentence(connection, row.get("evidence_id"), _written_sentences(row, cache))
    unplaced = False  # a place the report borrowed from elsewhere (a dateline): not where it happened
    if place_borrowed(key.place, own_sentence) and (
        placed_elsewhere(own_sentence, key.place)
        or dateline_not_the_scene(_document_text(connection, row, cache), key.place)
    ):
        # "herders were killed at a well outside Kelmo, in the Velm region" filed under a town of
        # another sentence: the report's own sentence places it where the document's town is not
        key, unplaced = replace(key, place=None), True
    elif place_borrowed(key.place, own_sentence):
        key = replace(key, place_borrowed=True)
    elif key.place is None and key.type not in SAME_DAY_TYPES:  # "the funeral of the six killed"
        key = replace(key, document_town=_document_town(connection, row, cache))
    if (
        key.place is not None
        and key.place.lat is None
        and key.place.country
        and key.place.kind in SPELLING_KINDS
        and key.place.country == _document_country(connection, row, key.place.name or "", cache)
    ):  # a town no gazetteer placed, in the country its document was read in: perhaps not its own
        key = replace(key, place=replace(key.place, country_read=True))
    if key.place is None or not key.place.country:
        key = replace(key, document_countries=_document_countries(connection, row, cache))
    within = key.place.within if key.place is not None and key.place.lat is None else None
    siblings = _siblings(connection, row, cache)  # the document's reports linked so far
    if key.place_borrowed and _told_in_claim(row, siblings):
        # "X claimed responsibility for Tuesday's blast near <a village no gazetteer knows>", filed
        # from a capital: the dateline is where the claim was reported, not where the attack was
        key, unplaced = replace(key, place=None, place_borrowed=False), True
    towns = towns_in_region(connection, row, key.place, siblings)
    if towns and key.place is not None:
        key = replace(key, place=replace(key.place, towns=towns))
    from nexus.store.backrefs import link_back_reference  # it reads events as this module does

    reported = {"iso": row.get("date_iso"), "precision": row.get("date_precision")}
    recalled = link_back_reference(
        connection, row, key, _written_sentences(row, cache)
    )  # "after the market bombing": a mention
    decision = recalled
    claim = claim_of_sentence(row, siblings)
    if claim is not None:  # "X claimed on Thursday the attack": the day is the claim's, not the attack's
        key = replace(key, from_publication=True)
        if only_a_name(key.place):
            # "claimed an ambush 'near Bartiga, in the Gourma land'": the group's own name for a
            # place no gazetteer knows, in no known country, ties the claimed attack to no place
            key = replace(key, place=None)
    candidates: dict[str, EventKey] = {}
    also: list[str] = []
    if decision is None:
        passing = recalled_in_sentence(row, siblings) | news_told_apart(connection, row, siblings, cache)
        search = key  # a place its sentence does not name: the events of its country are candidates
        if key.place_borrowed and key.place is not None:
            search = replace(key, place=replace(key.place, lat=None, lon=None))
        candidates = _with_sentences(siblings, event_candidates(connection, search, cache))
        set_aside = {
            event_id: "told apart: recalled in passing by its document"
            if event_id in passing
            else "told apart: a region its document tells two happenings of"
            for event_id, c in candidates.items()
            if event_id in passing or region_of_two_told(row, key, event_id, c, siblings)
        }
        if claim is not None:  # "Thursday's attack, which X claimed", told in a report of Saturday's blast
            set_aside |= {
                e: "told apart: its document's news, later than the claim"
                for e in news_after_claim(row, siblings)
            }
        candidates = {event_id: c for event_id, c in candidates.items() if event_id not in set_aside}
        if key.type in SAME_DAY_TYPES:  # a statement: compare speakers (people first)
            involved = actors.union(*(c.actors for c in candidates.values()))
            people = _speaker_ids(connection, involved, row["doc_id"], cache)
            key = replace(key, speakers=_speakers(actors, people))
            candidates = {
                event_id: replace(c, speakers=_speakers(c.actors, people))
                for event_id, c in candidates.items()
            }
        decision = resolve_event(key, candidates)
        tied = any(FIGURE_TIE in r for r in decision.reasons)  # (its sentence read only then)
        sentence = (
            report_sentence(connection, row.get("evidence_id"), _written_sentences(row, cache))
            if tied
            else None
        )
        decision = without_ties_named_apart(
            decision, key, candidates, (n for n, _ in _document_places(connection, row, cache)), sentence
        )
        if decision.event_id is None and claim is None and not key.place_borrowed:
            # "funeral prayers in Kelm for two killed in last week's bombing in Ostra": the scene is
            # the other town its sentence names, when an event there holds its toll
            scene = scene_named_beside(connection, row, key, siblings, passing, cache)
            if scene is not None:
                key, candidates, decision = scene
                moved = key.place
                assert moved is not None  # (scene_named_beside places the report at a named scene)
                row.update(
                    place_name=moved.name,
                    place_kind=moved.kind,
                    country=moved.country,
                    admin1=moved.admin1,
                    lat=moved.lat,
                    lon=moved.lon,
                    place_derivation=None,
                )
        if set_aside:  # the candidates its document set aside are refused too, by that gate
            decision = replace(decision, refused=(*decision.refused, *sorted(set_aside.items())))
        also = also_passing(key, candidates, decision)
        joined = candidates.get(decision.event_id or "")
        if (
            decision.kind == "same"
            and decision.event_id is not None
            and joined is not None
            and (
                before_news
                or recalled_beside_later(
                    row,
                    decision.event_id,
                    joined,
                    siblings,
                    report_sentence(connection, row.get("evidence_id"), _written_sentences(row, cache)),
                )
            )
        ):
            if recalled_clearly(decision):
                if joined.day is not None:  # background to the event it recalls, as a back-reference is
                    iso, precision, day = recalled_date(joined.day, joined.precision)
                    row.update(date_iso=iso, date_precision=precision, date_day=day)
                why = ("recalled beside a later happening its document tells", *decision.reasons)
                decision = replace(decision, kind="mention", reasons=why)
                recalled = decision
            else:  # told in passing, too loosely to be that incident: a near miss stays apart, and
                # the recollection founds its own event as background (as ``recalled_long_before``)
                why = (
                    f"recalled beside a later happening its document tells; {decision.event_id} "
                    "is not clearly the one recalled",
                    *decision.reasons,
                )
                decision = Decision(None, "mention", decision.score, why, decision.features)
    if (
        decision.kind == "same"
        and decision.event_id is not None
        and _set_elsewhere_beside(connection, row, decision, siblings, cache)
    ):
        why = ("set at an unnamed place apart from its document's news", *decision.reasons)
        decision = replace(decision, kind="mention", reasons=why)  # "... in a neighbouring township"
    if decision.kind == "new" and before_news:
        why = ("told in passing, before its document's later news", *decision.reasons)
        decision = replace(decision, kind="mention", reasons=why)
    if decision.kind == "new" and told_apart(connection, row, siblings, cache):
        why = ("told beside its document's news of the day, as another happening", *decision.reasons)
        decision = replace(decision, kind="mention", reasons=why)
    if decision.kind == "new" and recalled_long_before(row):
        why = (
            "an older happening recalled: its month or year ended before its document's news",
            *decision.reasons,
        )
        decision = replace(decision, kind="mention", reasons=why)
    coarser = told_coarser(row, key, siblings) if decision.kind == "new" and claim is None else None
    if coarser is not None:  # its document's news told again by a year or month, at a wider place
        why = (
            f"its document's news ({coarser.place_name}, {coarser.date_iso}) told again at a coarser "
            f"date ({row.get('date_precision')})",
            *decision.reasons,
        )
        decision = Decision(coarser.event_id, "mention", decision.score, why, decision.features)
        recalled = decision
    again = told_again(row, key, siblings) if decision.kind == "new" and claim is None else None
    if again is not None:  # background to the happening its document told at that place before
        iso, precision, day = recalled_date(again.date_day, again.date_precision)
        row.update(date_iso=iso, date_precision=precision, date_day=day)
        why = (
            f"told again after its document's report of {again.place_name} ({again.date_iso})",
            *decision.reasons,
        )
        decision = Decision(again.event_id, "mention", decision.score, why, decision.features)
        recalled = decision
    auto_id = decision.event_id or stable_id("event", row["id"])
    if overrides is None:
        overrides = load_event_overrides(connection)
    ref = None
    if any(o.reports and row["doc_id"] in o.docs for o in overrides):  # only then read the sentence
        sentence = connection.execute(
            select(evidence.c.sentence).where(evidence.c.id == row.get("evidence_id"))
        ).scalar()
        ref = ReportRef(row["doc_id"], row["local_id"], row.get("trigger"), sentence_key(sentence))
    final = apply_event_overrides(auto_id, row["doc_id"], row["type"], list(overrides), ref)
    resolution = decision.as_json()
    if recalled is not None:  # the date as extracted, before the recall re-dated it (an export keeps it)
        resolution["reported_date"] = reported
    elif decision.event_id is not None:
        joined = candidates.get(decision.event_id)
        told_later = "claim" if claim is not None else None
        if told_later is None and joined is not None and later_count(key, joined):
            told_later = "later count"
        if told_later and _date_as_published(row):
            resolution["reported_date"] = reported
            resolution["dated_by"] = told_later
    if claim is not None:
        resolution["claimed_by"] = claim
    if unplaced:  # kept for the event's place and its later candidates (``aggregates.report_place_key``)
        resolution["unplaced"] = True
    elif key.place_borrowed and key.place is not None:  # so too: a dateline's town places no scene
        resolution["borrowed"] = True
    if key.place is not None and key.place.divisions:  # so too: "Kelmo village of Velm district"
        resolution["divisions"] = list(key.place.divisions)
    if towns:  # so too: the towns its document names in the region
        resolution["towns"] = list(towns)
    if key.place is not None and key.place.regions:  # so too: "Kelmo in Velm province"
        resolution["regions"] = list(key.place.regions)
    if key.place is not None and key.place.country_read:  # so too (``aggregates.report_place_key``)
        resolution["country_read"] = True
    if within:  # kept for the event's later candidates (``aggregates.report_place_key``)
        resolution["within"] = within
    elif key.place is not None and key.place.kind == "admin" and row.get("place_kind") in ("city", "site"):
        # "in Kelm district": so too for the event's later candidates; "in Ostria's Velm region" is a
        # wide division, which its chief town's position does not stand for ("wide")
        resolution["region"] = True if key.place.lat is not None else "wide"
    claimed = claimed_in_document(row, siblings)
    if claimed is None and key.type == "claim":
        claimed = claimed_elsewhere(connection, key, cache)
    if claimed is not None:
        resolution["claims"] = claimed
    if final != auto_id:
        resolution["manual"] = f"moved from {auto_id} by a manual event merge or split"
    elif also and decision.event_id == auto_id:
        # ``consolidate_events`` may make them one at the batch's end; so too for a recollection
        # told beside its document's news that names the incident clearly (``recalled_clearly``):
        # its day, place and target fit both events as a report of it would
        resolution["also"] = also
    placed_in = key.place.country if key.place is not None else None
    read_as = _read_as_division(key.place, row)
    if read_as:  # "Kelmo village in the Velm prefecture": so too for the event's later candidates
        resolution["read_as"] = read_as
    if placed_in and placed_in != row.get("country") and (within or read_as or not row.get("country")):
        resolution["country"] = placed_in  # the town's, not a namesake's abroad; or its document's
    row["auto_event_id"] = auto_id
    row["resolution"] = resolution
    if recalled is None:
        _claimed_in_sentence(connection, row, final, siblings)
    claimed_once_told(connection, row, final, siblings)  # "X claimed Thursday's raid, ..." told later
    _keep_one_report_per_sentence(connection, row, final, siblings)
    if cache is not None:  # the row itself, so a later repeat of it can still mark it superseded
        row["event_id"] = final
        cache.linked_rows(row["doc_id"], row["doc_version"]).append(row)
    return final


def place_borrowed(place: PlaceKey | None, sentence: str | None) -> bool:
    """Whether a report's town or site is not named in its own sentence (its document gave it: a
    dateline, an earlier sentence), the sentence being known."""
    if place is None or not place.name or place.kind not in ("city", "site", DISTRICT) or not sentence:
        return False
    from nexus.extract.dateline import parse_dateline  # the filing place is no place of the sentence

    dateline = parse_dateline(sentence)
    if dateline is not None:
        sentence = sentence[dateline.end :]
    return name_key(place.name) not in name_key(sentence)


def placed_elsewhere(sentence: str | None, place: PlaceKey | None) -> bool:
    """Whether ``sentence`` names a division ("in the Velm region", "in Dastra district": a name
    before a ``wide_divisions`` or ``town_named_divisions`` noun of ``identity.yaml``) that is not
    ``place`` (a town or site its sentence does not name), its first-level division nor a division
    the tables put it in (``events.known_divisions``): the sentence tells where the report is, and
    it is not at the town."""
    if place is None or not place.name or not sentence:
        return False
    nouns = "|".join(n for n in (_wide_nouns(), _region_nouns()) if n)
    if not nouns:
        return False
    found = re.findall(rf"({_NAME})\s+(?i:{nouns})\b", sentence)
    own = {admin_key(place.name), admin_key(place.admin1), *known_divisions(place)} - {""}
    for division in found:
        name = admin_key(re.split(r"['’]s\s+", division)[-1])
        if name and not any(name == o or names_alike(name, o) for o in own):
            return True
    return False


@cache
def _described_town_pattern() -> re.Pattern[str] | None:
    nouns = [str(n) for n in ontology.table("entities.yaml").get("described_town_nouns") or ()]
    if not nouns:
        return None
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, nouns))})\s+of\s+({_NAME})")


def town_named_elsewhere(sentence: str | None, place: PlaceKey | None) -> bool:
    """Whether ``sentence`` names a town by a settlement noun and "of" ("the oasis town of
    Dastra", "the port of Kelmo": ``described_town_nouns`` of ``entities.yaml``) that is not
    ``place``: the sentence tells where its happening is, and it is not at that town."""
    pattern = _described_town_pattern()
    if place is None or not place.name or not sentence or pattern is None:
        return False
    own, spelling = name_key(place.name), place_spelling(place.name)
    for found in pattern.findall(sentence):
        name = name_key(found)
        if name and name != own and not names_alike(name, own) and place_spelling(found) != spelling:
            return True
    return False


def dateline_not_the_scene(text: str, place: PlaceKey | None) -> bool:
    """Whether ``place``, a town the report's sentence does not name (``place_borrowed``), is the
    dateline of its document's ``text`` while the text names another town by a settlement noun
    (``town_named_elsewhere``): "OSTRA CITY - Two more policemen have died, raising the toll of
    Thursday's attack in the oasis town of Dastra to six. The bomber ...": the report of the second
    sentence is not at Ostra City, where the outlet filed it."""
    if place is None or not place.name or not text:
        return False
    from nexus.extract.dateline import parse_dateline

    dateline = parse_dateline(text)
    if dateline is None or name_key(place.name) not in name_key(text[: dateline.end]):
        return False
    return town_named_elsewhere(text[dateline.end :], place)


#: How near a place's point must lie to the filing town's to be read as that town's point (km).
FILING_POINT_KM = 1.0


def point_of_the_filing_town(
    text: str, place: PlaceKey | None, places: Sequence[tuple[str, dict[str, Any]]]
) -> bool:
    """Whether ``place``, a town or site of another name than the town of its document's dateline,
    has that town's point only: its coordinates lie within ``FILING_POINT_KM`` of the dateline
    town's (as the document's place mentions, ``places``: (name, place dict) pairs, give it) and
    the text after the dateline never names that town.

    "OSTRA CITY - Raiders overran the Kelmo base on Sunday": a base no gazetteer knows, put where
    the outlet filed, may lie hundreds of kilometres off; another outlet filing from elsewhere puts
    it elsewhere again. A text that names its dateline town again ("a hotel in Ostra City") may
    well have its scene there."""
    if place is None or not place.name or place.kind not in ("city", "site"):
        return False
    if place.lat is None or place.lon is None or not text:
        return False
    from nexus.extract.dateline import parse_dateline  # the filing place is no place of the body

    dateline = parse_dateline(text)
    towns = _place_keys(dateline.places) if dateline is not None and dateline.places else ()
    if dateline is None or not towns:
        return False
    town = towns[0]
    if town == name_key(place.name) or town in name_key(text[dateline.end :]):
        return False
    for name, point in places:
        lat, lon = point.get("lat"), point.get("lon")
        if name_key(name) != town or point.get("kind") != "city" or lat is None or lon is None:
            continue
        if haversine_km(float(lat), float(lon), place.lat, place.lon) <= FILING_POINT_KM:
            return True
    return False


def also_passing(key: EventKey, candidates: dict[str, EventKey], decision: Decision) -> list[str]:
    """The other candidates of ``key``'s own type that it would have joined had ``decision`` not
    chosen a better one (scored at or above ``THRESHOLD`` as ``same``), best first: a report close
    enough to two events shows them to be one happening (``consolidate_events``)."""
    if decision.kind != "same" or decision.event_id is None or key.type in SAME_DAY_TYPES:
        return []
    if key.place is None or key.place_borrowed or (key.place.name is None and key.place.lat is None):
        return []  # a report of no place of its own fits any event of its day: it shows nothing one
    if key.place.kind == "country":
        return []  # nor does one placed only in a country ("in Ostria on Monday"): any event of it
    scored = []
    for event_id, candidate in candidates.items():
        if event_id == decision.event_id or candidate.type != key.type:
            continue
        other = score_pair(key, candidate)
        if other is not None and other.kind == "same" and other.score >= THRESHOLD:
            scored.append((-other.score, event_id))
    return [event_id for _, event_id in sorted(scored)]


#: Event days further apart than this are not made one by ``consolidate_events``.
CONSOLIDATE_DAYS = 1


def consolidate_events(connection: Connection, report_ids: Iterable[str]) -> set[str]:
    """Make one the events a report of the batch showed to be one happening; returns the ids changed.

    ``report_ids``: the batch's event reports that fit more than one event (those whose
    ``resolution`` has ``also``; others are never read, so the cost follows the batch, not
    the size of the events it touched).

    A report joins the best of the candidate events it scores at or above ``THRESHOLD``
    against; the others it would have joined are kept on it (``also``). Outlets that tell
    one incident at different precision (a village, its district, the province) can leave
    it as two events, one holding the report, the other close enough to it: once the batch
    is written such a pair is merged (the event with more reports keeps its id) when the
    two are one type (their own reports', mentions aside), no document tells both, their
    days lie within ``CONSOLIDATE_DAYS``, both are placed in one country and their killed
    figures do not clash. Only a report placed by its own sentence bridges two events (one of
    no place, or a dateline's, fits any event of its day), and statements never do. Claims
    that named the absorbed event name the kept one. The moved reports say why in their
    ``resolution`` (``consolidated``).
    """
    rows = [
        row
        for batch in chunks(sorted(set(report_ids)))
        for row in _consolidation_rows(connection, event_reports.c.id.in_(batch))
    ]
    bridges = [
        (row.event_id, str(other), row.id)
        for row in rows
        if isinstance(row.resolution, dict) and not row.resolution.get("manual")
        for other in row.resolution.get("also") or ()
        if other != row.event_id
    ]
    if not bridges:
        return set()
    wanted = sorted({other for _, other, _ in bridges} | {event for event, _, _ in bridges})
    groups: dict[str, list[Any]] = {}
    for batch in chunks(wanted):
        for row in _consolidation_rows(connection, event_reports.c.event_id.in_(batch)):
            groups.setdefault(row.event_id, []).append(row)
    overridden = {  # a manual merge or split holds: its events are not consolidated
        event_id
        for row in connection.execute(select(event_overrides.c.event_id, event_overrides.c.other_id)).all()
        for event_id in (row.event_id, row.other_id)
    }
    parent: dict[str, str] = {}

    def root(event_id: str) -> str:
        while parent.get(event_id, event_id) != event_id:
            event_id = parent[event_id]
        return event_id

    changed: set[str] = set()
    for first, second, via in bridges:
        a, b = root(first), root(second)
        if a == b or a in overridden or b in overridden or not groups.get(a) or not groups.get(b):
            continue
        if not _one_happening(groups[a], groups[b]):
            continue
        keep, absorb = sorted((a, b), key=lambda e: (-len(groups[e]), e))
        parent[absorb] = keep
        groups[keep].extend(groups.pop(absorb))
        _absorb_event(connection, keep, absorb, via, _own_reports(groups[keep])[0].type)
        changed |= {keep, absorb}
    return changed


def _consolidation_rows(connection: Connection, where: Any) -> list[Any]:
    return list(
        connection.execute(
            select(
                event_reports.c.id,
                event_reports.c.event_id,
                event_reports.c.doc_id,
                event_reports.c.type,
                event_reports.c.date_day,
                event_reports.c.date_precision,
                event_reports.c.date_text,
                event_reports.c.published,
                event_reports.c.country,
                event_reports.c.killed,
                event_reports.c.resolution,
            ).where(where, event_reports.c.superseded.is_(False))
        ).all()
    )


def _own_reports(group: Sequence[Any]) -> list[Any]:
    """An event's reports that tell it (not mentions in passing)."""
    return [
        r for r in group if not (isinstance(r.resolution, dict) and r.resolution.get("kind") == "mention")
    ]


def _told_days(rows: Sequence[Any]) -> set[Any]:
    """The days an event's reports date it to by their own words (``own_date``); the days they were
    published on only when none does. A report dated by its publication ("the group claimed the
    attack", told two days on) says when it was told, not when the happening was: it does not bring
    an event within a day of another."""
    days = [r for r in rows if r.date_day is not None and r.date_precision == "day"]
    own = {r.date_day for r in days if own_date(r)}
    return own or {r.date_day for r in days}


def _one_happening(first: Sequence[Any], second: Sequence[Any]) -> bool:
    """Whether two events' report rows may be one happening (``consolidate_events``'s checks)."""
    a, b = _own_reports(first), _own_reports(second)
    if not a or not b:
        return False
    if Counter(r.type for r in a).most_common(1)[0][0] != Counter(r.type for r in b).most_common(1)[0][0]:
        return False
    if {r.doc_id for r in first} & {r.doc_id for r in second}:
        return False  # one document telling both tells two happenings
    days_a, days_b = _told_days(a), _told_days(b)
    if not days_a or not days_b or min(abs((x - y).days) for x in days_a for y in days_b) > CONSOLIDATE_DAYS:
        return False

    def countries(group: Sequence[Any]) -> set[str]:
        return {
            (r.resolution or {}).get("country") or r.country
            for r in group
            if (r.resolution or {}).get("country") or r.country
        }

    if not countries(a) & countries(b):
        return False  # both placed, in one country
    killed_a = {r.killed for r in a if r.killed}
    killed_b = {r.killed for r in b if r.killed}
    return not (killed_a and killed_b and all(figures_clash(x, y) for x in killed_a for y in killed_b))


def _absorb_event(connection: Connection, keep: str, absorb: str, via: str, event_type: str) -> None:
    """Move every report of ``absorb`` to ``keep`` (automatic: ``auto_event_id`` too) and re-point
    what names ``absorb``: claim reports' ``claims`` (an attack absorbed), attack reports'
    ``claimed_by`` (a claim absorbed)."""
    why = f"consolidated into {keep}: report {via} fits both {keep} and {absorb}"
    for row in connection.execute(
        select(event_reports.c.id, event_reports.c.resolution).where(event_reports.c.event_id == absorb)
    ).all():
        resolution = dict(row.resolution or {})
        resolution["consolidated"] = why
        connection.execute(
            update(event_reports)
            .where(event_reports.c.id == row.id)
            .values(event_id=keep, auto_event_id=keep, resolution=resolution)
        )
    field_name = "claimed_by" if event_type == "claim" else "claims"
    if event_type == "claim" or event_type in (ontology.table("identity.yaml").get("claimable_types") or ()):
        claim_rows = (
            event_reports.c.type != "claim" if event_type == "claim" else event_reports.c.type == "claim"
        )
        for row in connection.execute(
            select(event_reports.c.id, event_reports.c.resolution).where(
                claim_rows, cast(event_reports.c.resolution, Text).like(f"%{absorb}%")
            )
        ).all():
            if not isinstance(row.resolution, dict) or row.resolution.get(field_name) != absorb:
                continue
            resolution = dict(row.resolution)
            resolution[field_name] = keep
            connection.execute(
                update(event_reports).where(event_reports.c.id == row.id).values(resolution=resolution)
            )


#: A document naming more towns than this in a report's region tells of the region, not of one scene.
MAX_REGION_TOWNS = 2


def towns_in_region(
    connection: Connection, row: dict[str, Any], place: PlaceKey | None, siblings: Sequence[Any]
) -> tuple[str, ...]:
    """The towns and sites a report's document names in the region the report is placed in.

    "Gunmen killed nine in an attack in Velm province ... They rode into
    Kelmo": the extractor placed the attack in the province, a later
    report at Kelmo (a town no gazetteer knows). For a report placed in an
    admin area, the document's places of town or site kind that lie in it
    (by the gazetteers, or unknown to them and of no other country), other
    than the places of incidents its document only recalls (``mention``
    reports). None when the document names more than ``MAX_REGION_TOWNS``:
    it then tells of the region, not of one scene.
    """
    if place is None or place.kind != "admin" or not place.name:
        return ()
    recalled = {
        name_key(s.place_name)
        for s in siblings
        if s.place_name and isinstance(s.resolution, dict) and s.resolution.get("kind") == "mention"
    }
    found: dict[str, str] = {}
    for name, where in connection.execute(
        select(mentions.c.name, mentions.c.place).where(
            mentions.c.doc_id == row["doc_id"],
            mentions.c.doc_version == row["doc_version"],
            mentions.c.superseded.is_(False),
        )
    ):
        if not isinstance(where, dict) or where.get("kind") not in ("city", "site", None):
            continue
        town = PlaceKey(
            name,
            where.get("kind"),
            where.get("country"),
            where.get("admin1"),
            where.get("lat"),
            where.get("lon"),
        )
        key = name_key(name)
        if not key or key in recalled or key == name_key(place.name) or key in found:
            continue
        if town.lat is not None:
            held = region_holds(place, town)
        else:
            held = not town.country or not place.country or town.country == place.country
        if held:
            found[key] = name
    return tuple(found.values()) if len(found) <= MAX_REGION_TOWNS else ()


def recalled_beside_later(
    row: dict[str, Any],
    event_id: str,
    joined: EventKey,
    siblings: Sequence[Any],
    sentence: str | None = None,
) -> bool:
    """Whether a day-dated report joining ``event_id`` (``joined``) recalls it beside a later incident.

    "Gunmen shot dead three farmers on Tuesday, two days after a roadside
    bomb killed two rangers in the next town": the document is about the
    shooting; the bomb's report joins the stored bombing, but as background
    (a ``mention``: it sets no date, place or toll of it), like a
    back-reference. So read when a report of the same type linked before it
    from the document (the document's own news, told first), current and
    no mention, is in another event and dated at least a day after the
    report's own day. A follow-up that tells only the old incident (a
    funeral, a later count) has no such sibling and stays a report of its own. When the report's
    ``sentence`` sets another happening beside the news on the same day (``backrefs.told_beside``:
    "the blast came on the same day as a bomb attack in the next county", "hours after a suicide
    bombing on a convoy"), a sibling of the same day counts too: a report of that sentence joining
    another event than the news tells the happening set beside it, even when both are dated only
    by the publication ("Hours later, in the next town, gunmen killed two men in a bar"). A later
    happening of its type the document recalled before it only in passing (a ``mention`` of
    another event, ``recalled_later.recalled_after``) counts as such a sibling too.
    """
    day = row.get("date_day")
    if not isinstance(day, date) or row.get("date_precision") != "day" or joined.day is None:
        return False
    beside = told_beside(sentence) or dated_by_the_news(sentence)
    if not own_date(_Row(row)):
        # dated by its publication, as its news is: only a sentence that sets it beside the news
        return beside and any(
            sibling.event_id != event_id and _dated_on(sibling, day) for sibling in _news_of(row, siblings)
        )
    if recalled_after(row, event_id, day, siblings):
        return True  # "leaving after Thursday's raid ... Sunday's abduction": a later one told in passing
    apart = set_apart(sentence)
    return any(
        sibling.event_id != event_id
        and (
            _dated_after(sibling, day)
            or (beside and _dated_on(sibling, day))
            or (apart and _dated_near(sibling, day))
            or _of_its_sentence(sibling, row)
        )
        for sibling in _news_of(row, siblings)
    )


def _of_its_sentence(sibling: Any, row: dict[str, Any]) -> bool:
    """Whether ``sibling``, a report of ``row``'s document's news, was told by ``row``'s own sentence,
    dated to the day on another day than ``row`` and carries the sentence's figures (``row`` none):
    "a fourth person has died after Monday's bombing, as the city reeled from a second blast a day
    later" tells the bombing's toll as its news, and the second blast beside it. ("A day after the
    massacre, rebels killed four farmers": the killing has the figure, and is the news.)"""
    day = row.get("date_day")
    if sibling.evidence_id is None or sibling.evidence_id != row.get("evidence_id"):
        return False
    if any(row.get(name) is not None for name in FIGURE_FIELDS) or not any(_row_figures(sibling)):
        return False
    return sibling.date_precision == "day" and isinstance(sibling.date_day, date) and sibling.date_day != day


def region_of_two_told(
    row: dict[str, Any], key: EventKey, event_id: str, candidate: EventKey, siblings: Sequence[Any]
) -> bool:
    """Whether ``candidate``, an event placed only in a region (every place of it a division or a
    country), cannot take ``row`` on the region alone: the report's own document told another
    happening of its type the same day at another place, which went to another event ("gunmen
    killed 19 at Kelmo ... separately, an attack the same night in the Dastra area"). The region
    holds both places, so it does not say which of the two it is; a figure both give still ties
    them (``figures_tie``)."""
    own = key.place
    if own is None or not own.name or own.kind not in ("city", "site", DISTRICT, "admin"):
        return False
    if candidate.place is None or candidate.place.kind not in ("admin", "country"):
        return False
    if any(p.kind not in ("admin", "country") for p in candidate.places):
        return False  # a town of the event ties it more closely than its region
    if own.kind == "admin" and admin_key(own.name) == admin_key(candidate.place.name):
        return False
    day = row.get("date_day")
    if not isinstance(day, date) or row.get("date_precision") != "day":
        return False
    if figures_tie(key, candidate, place_tied=False):
        return False
    return any(
        sibling.event_id != event_id
        and _dated_on(sibling, day)
        and sibling.place_name
        and name_key(sibling.place_name) != name_key(own.name)
        for sibling in _news_of(row, siblings)
    )


def news_told_apart(
    connection: Connection, row: dict[str, Any], siblings: Sequence[Any], cache: Aggregates | None
) -> set[str]:
    """The events of its document's news of the same day that a report told apart from it
    (``told_apart``: "Hours later a headman was shot dead in the next province, in an unrelated
    attack") is not: the document tells two happenings."""
    day = row.get("date_day")
    if not isinstance(day, date) or row.get("date_precision") != "day":
        return set()
    news = {str(s.event_id) for s in _news_of(row, siblings) if _dated_on(s, day)}
    if not news:
        return set()
    if not told_beside(report_sentence(connection, row.get("evidence_id"), _written_sentences(row, cache))):
        return set()
    return news


def told_apart(
    connection: Connection, row: dict[str, Any], siblings: Sequence[Any], cache: Aggregates | None
) -> bool:
    """Whether a day-dated report that joins no stored event is told as another happening than its
    document's news: beside news of the same day (``backrefs.told_beside``: "Separately, the council
    reported an attack the same night on one of its villages"), or set apart from it on another day
    of the window (``backrefs.set_apart``: "the attack was followed on Sunday by a separate raid").
    Such a report founds its event as background (a ``mention``), as ``recalled_beside_later`` makes
    one that joins a stored event."""
    day = row.get("date_day")
    if not isinstance(day, date) or row.get("date_precision") != "day":
        return False
    news = _news_of(row, siblings)
    if own_date(_Row(row)) and any(_of_its_sentence(s, row) for s in news):
        return True  # "... after Monday's bombing, as the city reeled from a second blast a day later"
    if not any(_dated_near(s, day) for s in news):
        return False
    sentence = report_sentence(connection, row.get("evidence_id"), _written_sentences(row, cache))
    if any(_dated_on(s, day) for s in news) and (told_beside(sentence) or dated_by_the_news(sentence)):
        return True
    # "the attack was followed on Sunday by a separate raid on fishermen near the next town", told in
    # a report of Thursday's attack: a happening the sentence sets apart, on another day of the window
    return own_date(_Row(row)) and set_apart(sentence)


def told_again(row: dict[str, Any], key: EventKey, siblings: Sequence[Any]) -> Any | None:
    """The report of its document a report that joins no stored event tells again, else None: one of
    its type linked before from another sentence as the document's news (no mention), at a place of
    the same name, its own day (to the day) before the report's by at most ``WINDOW_DAYS``.

    "Six victims of Monday's raid on Kelmo were buried on Wednesday ... the fire the gunmen set
    gutted the market", the second sentence dated by the burial: a follow-up tells one happening at
    one place, and a later day its words give is the follow-up's (a funeral, an arrest, a visit),
    not another raid's. A happening the document sets apart ("a second raid on Kelmo", "separately")
    was made background to its own event before (``told_apart``). Reports of one sentence may tell
    two happenings ("an operation launched after Monday's raid", "three days after the attack on
    the base, a bomb ..."): of one sentence, only a report naming no actor of its own is told again
    ("buried on Wednesday ... who promised to rebuild homes burned by the raiders"), and not
    beside a happening its sentence dates by another ("after", "since": ``backrefs.yaml`` ``cues``).
    Joined as a ``mention``, the report sets nothing of the event.

    ``row`` is the report's row as the linker reads it (``date_day``, ``date_precision``,
    ``evidence_id``, ``type``, ...), ``key`` its :class:`EventKey`; ``siblings`` are the report
    rows its document linked before it (with ``type``, ``evidence_id``, ``date_text``,
    ``place_name``, ``date_day``, ``date_precision``). Returns one of ``siblings``; raises nothing."""
    day = row.get("date_day")
    if key.type in SAME_DAY_TYPES or key.place is None or not key.place.name or not isinstance(day, date):
        return None
    if row.get("date_precision") != "day" or not own_date(_Row(row)):
        return None
    place = name_key(key.place.name)
    for sibling in _news_of(row, siblings):
        if sibling.type != key.type:
            continue
        one_sentence = sibling.evidence_id == row.get("evidence_id")
        if one_sentence and (key.actors or dated_by_another(sibling.date_text)):
            continue
        if not sibling.place_name or name_key(sibling.place_name) != place:
            continue
        earlier = sibling.date_day if sibling.date_precision == "day" else None
        if isinstance(earlier, date) and 0 < (day - earlier).days <= WINDOW_DAYS:
            return sibling
    return None


def told_coarser(row: dict[str, Any], key: EventKey, siblings: Sequence[Any]) -> Any | None:
    """The report of its document's news a report that joins no stored event tells again at a coarser
    date, else None: one of its type (or a kindred one) linked before as the document's news (no
    mention), dated to a day within the span of the report's own month or year, at a place the
    report's may be: the report names none, or the same name (however spelt), or a division or
    country holding the news's place (``events.region_holds``), or a place of the same first-level
    division of one country.

    "Three gunmen were killed in Tuesday's clash near Kelmo ... the clash raised to 19 the number of
    militants killed in the Velm region this year": the year-dated clash in the region is the news
    told again in a running count, not an event of its own. Joined as a ``mention``, it sets nothing
    of the event. A year-dated happening of another town ("the bombing of Dastra market earlier this
    year") is not the news."""
    precision, day = row.get("date_precision"), row.get("date_day")
    if key.type in SAME_DAY_TYPES or precision not in ("month", "year") or not isinstance(day, date):
        return None
    if not own_date(_Row(row)):
        return None
    first, last = date_span(day, precision)
    for sibling in _news_of(row, siblings):
        news_day = sibling.date_day
        if sibling.date_precision != "day" or not isinstance(news_day, date) or not first <= news_day <= last:
            continue
        if _may_be_placed_at(key.place, report_place_key(sibling)):
            return sibling
    return None


def _may_be_placed_at(place: PlaceKey | None, news: PlaceKey | None) -> bool:
    """Whether a coarse report's ``place`` may be where its document's ``news`` is placed
    (``told_coarser``): either names none, the names are alike, ``place`` holds ``news``, or both lie
    in one first-level division of one country."""
    if place is None or news is None or not place.name or not news.name:
        return True
    if names_alike(place.name, news.name) or region_holds(place, news):
        return True
    if not place.country or place.country != news.country or not place.admin1 or not news.admin1:
        return False
    return names_alike(admin_key(place.admin1), admin_key(news.admin1))


def recalled_long_before(row: dict[str, Any]) -> bool:
    """Whether a report dated only by a month or a year recalls an older happening: the whole
    span of its own date ends more than ``WINDOW_DAYS`` before its document was published ("the
    war that ended in November 2024", "since 2017 the insurgency has killed 2,000", told in a
    report of this week's attack). Such a report that matches no stored event founds the event
    it recalls as background (a ``mention``), not as its document's news."""
    day, published = row.get("date_day"), row.get("published")
    if not isinstance(day, date) or not isinstance(published, date):
        return False
    if row.get("date_precision") not in ("month", "year") or not own_date(_Row(row)):
        return False
    return (published - date_span(day, row["date_precision"])[1]).days > WINDOW_DAYS


def _set_elsewhere_beside(
    connection: Connection,
    row: dict[str, Any],
    decision: Decision,
    siblings: Sequence[Any],
    cache: Aggregates | None,
) -> bool:
    """``elsewhere_beside.elsewhere_beside_news`` for a report joining ``decision``'s event, its
    sentence read only for an unplaced report."""
    if row.get("place_name") or decision.event_id is None:
        return False
    news = _news_of(row, siblings)
    if not news:
        return False
    sentence = report_sentence(connection, row.get("evidence_id"), _written_sentences(row, cache))
    return elsewhere_beside_news(row, decision.event_id, news, sentence)


def _news_of(row: dict[str, Any], siblings: Sequence[Any]) -> list[Any]:
    """The reports of ``row``'s type or a kindred one (``events.kindred_types``) its document linked
    before it as its own news (no mentions): "two militiamen were shot dead yesterday, a week after
    insurgents raided the town", the shooting told as the state's action; "a bomb killed two
    soldiers on Sunday ... the army said it was separate from last Wednesday's raid on a
    checkpoint", the bombing told as the state's loss and the raid as an attack."""
    kindred = kindred_types().get(str(row.get("type")), frozenset())
    out = []
    for sibling in siblings:
        resolution = sibling.resolution if isinstance(sibling.resolution, dict) else {}
        told = sibling.type == row.get("type") or sibling.type in kindred
        if told and resolution.get("kind") != "mention" and sibling.event_id:
            out.append(sibling)
    return out


def _dated_after(sibling: Any, day: date) -> bool:
    """Whether a sibling report is dated, to the day, after ``day``."""
    near = sibling.date_day if sibling.date_precision == "day" else None
    return isinstance(near, date) and near > day


def _dated_near(sibling: Any, day: date) -> bool:
    """Whether a sibling report is dated, to the day, within ``WINDOW_DAYS`` of ``day``."""
    near = sibling.date_day if sibling.date_precision == "day" else None
    return isinstance(near, date) and abs((near - day).days) <= WINDOW_DAYS


def _dated_on(sibling: Any, day: date) -> bool:
    """Whether a sibling report is dated, to the day, on ``day``."""
    return bool(sibling.date_precision == "day" and sibling.date_day == day)


def recalled_clearly(decision: Decision) -> bool:
    """Whether a report recalled beside its document's news (``recalled_beside_later``) is clearly
    the incident ``decision`` joins: dates at most a day apart, the same place (a score of at least
    ``DISTRICT_IN_CITY_SCORE``) and tolls that are not far apart (``events.figures_clash``: a
    toll recalled may be an early count); or, for a recollection that names no place, a toll and
    a target both shared. A recollection in passing names the incident loosely; a
    near miss of the same type and district a few days earlier must not take it in on a weaker match."""
    features = dict(decision.features)
    if features.get("date", 0.0) < DAY_SCORES[1]:
        return False
    if features.get("place", 0.0) >= DISTRICT_IN_CITY_SCORE:
        return features.get("figures", 0.0) > 0.0
    # "arrested three over last week's grenade attack on a cafe that killed five": no place of its
    # own, but the toll and the target the stored attack gives
    unplaced = any(reason.startswith("place unknown on one side") for reason in decision.reasons)
    shared = any(reason.startswith("shared figure") for reason in decision.reasons)  # of any size
    return unplaced and shared and features.get("targets", 0.0) >= 1.0


def claim_of_sentence(row: dict[str, Any], siblings: Sequence[Any]) -> str | None:
    """The claim event of the report's own sentence when the report is the happening claimed.

    "The group claimed responsibility on Thursday for the attack near the
    town" gives a claim report and an attack report dated alike: the day is
    the claim's; the attack happened then or before. Returns the claim's
    event id (the claim and the attack stay two events, linked by this), or
    None when the report is a claim itself, or its sentence gives no claim
    of the same date.
    """
    if row.get("type") == "claim" or not row.get("evidence_id"):
        return None
    for sibling in siblings:
        if (
            sibling.evidence_id == row["evidence_id"]
            and sibling.type == "claim"
            and sibling.event_id
            and sibling.date_iso == row.get("date_iso")
        ):
            return str(sibling.event_id)
    return None


def claimed_in_document(row: dict[str, Any], siblings: Sequence[Any]) -> str | None:
    """For a claim report, the one event of a claimable type its document told before it, else None.

    "Gunmen stormed a police post ... The group claimed responsibility in a
    message": the claim is of that attack. The claim and the attack stay
    two events; the claim report's resolution names the attack (``claims``).
    Recollections (``mention`` reports) and other claims do not count; two
    claimable events in the document leave the claim unlinked. First, the one
    happening its own sentence tells on its day, recalled or not
    (``claims_recalled.claimed_of_its_sentence``).
    """
    if row.get("type") != "claim":
        return None
    own = claimed_of_its_sentence(row, siblings)  # "Thursday's attack ..., which X claimed"
    if own is not None:
        return own
    claimable = frozenset(ontology.table("identity.yaml").get("claimable_types") or ())
    found = set()
    for sibling in siblings:
        resolution = sibling.resolution if isinstance(sibling.resolution, dict) else {}
        if sibling.type in claimable and sibling.event_id and resolution.get("kind") != "mention":
            found.add(str(sibling.event_id))
    return found.pop() if len(found) == 1 else None


def _told_in_claim(row: dict[str, Any], siblings: Sequence[Any]) -> bool:
    """Whether the report is the claimed happening of a claim its own sentence gives (a claim
    report of the same sentence was linked before it), and not a claim itself."""
    claimable = frozenset(ontology.table("identity.yaml").get("claimable_types") or ())
    if row.get("type") not in claimable or not row.get("evidence_id"):
        return False
    return any(s.type == "claim" and s.evidence_id == row["evidence_id"] for s in siblings)


def _claimed_in_sentence(
    connection: Connection, row: dict[str, Any], event_id: str, siblings: Sequence[Any]
) -> None:
    """A claim report linked before the happening its own sentence claims names that happening.

    "X claimed responsibility for Tuesday's blast near Y": the claim comes first in the
    sentence, so when it was linked its document had told no claimable event
    (``claimed_in_document``) and it may have found none elsewhere. Once the sentence's report
    of a claimable type (``identity.yaml`` ``claimable_types``) joins ``event_id``, each claim
    report of that sentence without ``claims`` gets it (in the pending row dict, and in the
    table when it was written already). A claim that named another event is left as it is.
    """
    claimable = frozenset(ontology.table("identity.yaml").get("claimable_types") or ())
    if row.get("type") not in claimable or not row.get("evidence_id"):
        return
    for sibling in siblings:
        if sibling.type != "claim" or sibling.evidence_id != row["evidence_id"]:
            continue
        resolution = sibling.resolution if isinstance(sibling.resolution, dict) else {}
        if resolution.get("claims") or resolution.get("kind") == "mention":
            continue
        write_resolution(connection, sibling, dict(resolution, claims=event_id))


def claimed_elsewhere(connection: Connection, key: EventKey, cache: Aggregates | None) -> str | None:
    """For a claim whose document tells no claimable event, the stored event it most likely claims.

    The claim is scored as a report of each claimable type dated by the day
    it was made (the claimed happening was then or before) against the
    stored events (``resolve_event``): the best one at or above the
    threshold, else None. Only a link: the claim stays its own event.
    """
    claimable = ontology.table("identity.yaml").get("claimable_types") or ()
    best: tuple[float, str] | None = None
    for claimed_type in claimable:
        as_claimed = replace(key, type=str(claimed_type), from_publication=True, targets=frozenset())
        candidates = {
            event_id: candidate
            for event_id, candidate in event_candidates(connection, as_claimed, cache).items()
            if not after_the_claim(candidate, key)
        }
        decision = resolve_event(as_claimed, candidates)
        if decision.event_id is not None and (best is None or decision.score > best[0]):
            best = (decision.score, decision.event_id)
    return best[1] if best else None


def after_the_claim(candidate: EventKey, claim: EventKey) -> bool:
    """Whether every day ``candidate`` (a stored event) is dated to by its reports, or its own
    day-precision date, is later than the day ``claim`` was made: a claim of Tuesday cannot be of
    Thursday's attack, however close the identity window puts the two."""
    if claim.day is None or claim.precision != "day":
        return False
    days = candidate.days or (
        frozenset({candidate.day}) if candidate.day and candidate.precision == "day" else frozenset()
    )
    return bool(days) and all(day > claim.day for day in days)


def recalled_in_sentence(row: dict[str, Any], siblings: Sequence[Any]) -> set[str]:
    """Events a report of the same sentence and type recalls in passing: never the report's own.

    "Mortar shells hit the base hours after the checkpoint bombing" tells a
    new happening and recalls an earlier one (a ``mention``,
    ``backrefs.link_back_reference``); the sentence's other report is not
    the happening it relates itself to.
    """
    out = set()
    for sibling in siblings:
        if sibling.evidence_id != row.get("evidence_id") or sibling.type != row.get("type"):
            continue
        resolution = sibling.resolution if isinstance(sibling.resolution, dict) else {}
        if resolution.get("kind") == "mention" and sibling.event_id:
            out.add(str(sibling.event_id))
    return out


def _date_as_published(row: dict[str, Any]) -> bool:
    """Date ``row`` by its publication day, as a report without a date of its own (see ``own_date``).

    For a report whose day is the day something was said of an incident (a
    claim, a raised toll), not the day it happened: it then sets no date of
    the event it joins. False (the row unchanged) when it has no publication day.
    """
    published = row.get("published")
    if not isinstance(published, date):
        return False
    row.update(date_iso=published.isoformat(), date_precision="day", date_day=published, date_text=None)
    return True


def informativeness(row: Any) -> tuple[int, int, int, int]:
    """How much a report tells, for keeping one of a sentence's repeats: figures, ends, place, date."""
    figures = sum(1 for _ in _row_figures(row))
    ends = len(getattr(row, "actors", None) or []) + len(getattr(row, "targets", None) or [])
    place = (row.place_name is not None) + (row.lat is not None)
    dated = 3 - PRECISION_RANK.get(row.date_precision, 3) if own_date(row) else 0
    return figures, ends, place, dated


def _keep_one_report_per_sentence(
    connection: Connection, row: dict[str, Any], event_id: str, siblings: Sequence[Any]
) -> None:
    """One report per event and sentence: of two that a sentence gives the same event, the fuller stays.

    A sentence naming a happening twice ("a visit to the capital ... had left
    for the capital") gives two reports of one event; the less informative
    (``informativeness``; ties keep the earlier) is marked superseded, with
    the reason in its resolution, and no longer counts.
    """
    if not row.get("evidence_id"):
        return
    twins = [r for r in siblings if r.evidence_id == row["evidence_id"] and r.event_id == event_id]
    if not twins:
        return
    twin = twins[0]
    if informativeness(_Row(row)) > informativeness(twin):
        note = dict(twin.resolution or {}, repeat_of=row["id"])
        note["why"] = [*note.get("why", []), "the same sentence gives a fuller report of this event"]
        pending = getattr(twin, "pending", None)
        if pending is not None:  # linked but perhaps not yet written: the writer inserts this dict
            pending.update(superseded=True, resolution=note)
        connection.execute(
            update(event_reports)
            .where(event_reports.c.id == twin.id)
            .values(superseded=True, resolution=note)
        )
        return
    row["superseded"] = True
    row["resolution"] = dict(
        row["resolution"],
        repeat_of=twin.id,
        why=[*row["resolution"].get("why", []), "the same sentence gives a fuller report of this event"],
    )


def load_event_info(connection: Connection, ids: Iterable[str], cache: Aggregates) -> None:
    """Read the identity inputs of the events among ``ids`` that ``cache`` does not hold yet."""
    missing = sorted({event_id for event_id in ids if event_id not in cache.events})
    columns = [
        event_reports.c[name] for name in (*IDENTITY_COLUMNS, *FIGURE_FIELDS, "targets", "method", "actors")
    ]
    for batch in chunks(missing):
        infos = {event_id: EventInfo() for event_id in batch}
        for report_row in connection.execute(
            select(event_reports.c.event_id, *columns)
            .where(event_reports.c.event_id.in_(batch), event_reports.c.superseded.is_(False))
            .order_by(event_reports.c.id)
        ):
            infos[report_row.event_id].add(report_row, ())
        for event_id, actor_ids in event_actor_ids(connection, batch).items():
            infos[event_id].actors.update(actor_ids)
        cache.events.update(infos)


#: The ``events`` columns ``event_identity`` gives (what ``note_report`` keeps up to date).
IDENTITY_WRITE_COLUMNS = (
    "date_iso",
    "date_precision",
    "date_day",
    "place_name",
    "place_kind",
    "country",
    "admin1",
    "lat",
    "lon",
    "place_derivation",
)
#: One event's identity columns, by id (``event_key``): compiled once, executed with a dict.
_UPDATE_IDENTITY = (
    update(events)
    .where(events.c.id == bindparam("event_key"))
    .values({name: bindparam(name) for name in IDENTITY_WRITE_COLUMNS})
)


def note_report(
    connection: Connection,
    row: dict[str, Any],
    actors: frozenset[str],
    cache: Aggregates,
    *,
    pending: dict[str, dict[str, Any]] | None = None,
    new_event: bool = False,
) -> None:
    """Count a report in its event and bring the event's identity columns up to date.

    Later reports of the same batch are resolved against the event's date and
    place as they stand with this report; the event's other columns (counts,
    contradiction) wait for ``refresh_events`` at the end of the batch.

    Without ``pending`` the report is already stored and the event row is
    written now. With ``pending`` (the caller's buffer of ``events`` rows to
    insert, by id, which it writes before anything reads ``events`` again),
    a report that founds a new event (``new_event``: no stored report can
    belong to it, so its statistics start from this report alone, which need
    not be stored yet) queues the event's row there instead of writing it.
    An event that is neither new nor held by ``cache`` is read from the
    store, this report included: the caller must have stored it.
    """
    event_id = row["event_id"]
    info = cache.events.get(event_id)
    if info is None and new_event and pending is not None:
        info = cache.events[event_id] = EventInfo()
        info.add(row, actors)
    elif info is not None:
        info.add(row, actors)
    else:
        load_event_info(connection, [event_id], cache)  # reads this report too: it is stored
        info = cache.events[event_id]
    identity = event_identity(info.reports)
    if identity == info.written:
        return
    if pending is not None and (event_id in pending or (new_event and info.written is None)):
        founded = pending[event_id]["type"] if event_id in pending else row["type"]  # a kindred type keeps it
        pending[event_id] = _new_event_row(event_id, founded, len(info.reports), identity)
        info.written = identity
        return
    done = connection.execute(_UPDATE_IDENTITY, {"event_key": event_id, **identity})
    if done.rowcount == 0:
        connection.execute(insert(events), _new_event_row(event_id, row["type"], len(info.reports), identity))
    info.written = identity


def _new_event_row(
    event_id: str, event_type: str, n_reports: int, identity: dict[str, Any]
) -> dict[str, Any]:
    """An ``events`` row for an event first written during ingest (``refresh_events`` completes it)."""
    return {
        "id": event_id,
        "type": event_type,
        "n_reports": n_reports,
        "n_sources": 1,
        "contradictory": False,
        **identity,
    }


class _Row:
    """Attribute access over a dict, so a pending row reads like a selected one."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.__dict__.update(values)


def _place_key(row: Any) -> PlaceKey | None:
    return report_place_key(row)


def event_actor_ids(connection: Connection, event_ids: Sequence[str]) -> dict[str, set[str]]:
    """Canonical actor ids of each event, over its current reports."""
    out: dict[str, set[str]] = {event_id: set() for event_id in event_ids}
    for batch in chunks(event_ids):
        rows = connection.execute(
            select(event_reports.c.event_id, mentions.c.canonical_id)
            .join(report_entities, report_entities.c.report_id == event_reports.c.id)
            .join(mentions, mentions.c.id == report_entities.c.mention_id)
            .where(
                event_reports.c.event_id.in_(batch),
                event_reports.c.superseded.is_(False),
                report_entities.c.role == "actor",
            )
        )
        for event_id, canonical_id in rows:
            out[event_id].add(canonical_id)
    return out


#: The ``events`` columns a candidate's key is built from (``_candidate_key``).
_CANDIDATE_COLUMNS = tuple(events.c[name] for name in ("id", "type", *IDENTITY_WRITE_COLUMNS))
#: Kilometres per degree of latitude (the sphere ``haversine_km`` uses), a little under it so the
#: box around a place is never narrower than ``MAX_KM``.
_KM_PER_DEGREE = 2 * math.pi * EARTH_RADIUS_KM / 360 * 0.999


def place_block(place: PlaceKey | None) -> list[ColumnElement[bool]]:
    """SQL conditions on ``events`` that keep every event whose place can be ``place``'s.

    ``score_pair`` rejects a candidate outright (no shared figure can rescue
    it) when both places are known and their countries differ, or when both
    have coordinates more than ``MAX_KM`` apart and neither is a division (whose
    coordinates are its chief town's). These conditions leave out
    exactly such events, in the database, so a report is compared with the
    events of its own country and surroundings rather than with every event
    of its type in the date window: the same decisions, whatever the store
    holds elsewhere. An event whose place is unknown stays a candidate, and a
    report whose place is unknown is compared with every event.
    """
    return _place_conditions(_place_values(place))


def _place_values(place: PlaceKey | None) -> dict[str, Any]:
    """The values ``place_block`` compares with: ``country``, and the box around the place's
    coordinates (``south``, ``north``, with ``west``, ``east`` unless any longitude will do);
    a key is absent when its condition is (empty when the place rules nothing out). A town no
    gazetteer placed gives no ``country`` (the one its document was read in may be wrong)."""
    if place is None or (place.name is None and place.lat is None):
        return {}
    values: dict[str, Any] = {}
    if place.country and not place.country_read:
        # a town no gazetteer placed has the country its document was read in, which may be wrong:
        # an event of its name abroad may be its (``events.read_in_two_countries``)
        values["country"] = place.country
    # a division's coordinates are its chief town's: it holds places farther than ``MAX_KM`` from them
    if place.lat is not None and place.lon is not None and place.kind != "admin":
        box = _box(place.lat, place.lon, MAX_KM)
        if box is not None:
            (values["south"], values["north"]), lon_range = box
            if lon_range is not None:
                values["west"], values["east"] = lon_range
    return values


def _place_conditions(values: dict[str, Any]) -> list[ColumnElement[bool]]:
    """``place_block``'s conditions on the values of ``_place_values`` (or on bound parameters
    of those names)."""
    if not values:
        return []
    unknown = and_(events.c.place_name.is_(None), events.c.lat.is_(None))
    out: list[ColumnElement[bool]] = []
    if "country" in values:
        country = events.c.country
        # a town no gazetteer placed, read in another country, may be the report's own town read
        # there (``events.read_in_two_countries``)
        unplaced_town = and_(
            events.c.lat.is_(None),
            or_(events.c.place_kind.is_(None), events.c.place_kind.in_(("city", "site"))),
        )
        out.append(
            or_(unknown, country.is_(None), country == "", country == values["country"], unplaced_town)
        )
    if "south" in values:
        near: ColumnElement[bool] = events.c.lat.between(values["south"], values["north"])
        if "west" in values:
            near = and_(near, events.c.lon.between(values["west"], values["east"]))
        # an event placed at a division ("Velm county", at its town's coordinates) may hold the
        # report's town however far from that town it lies (``events.region_score``)
        division = events.c.place_kind == "admin"
        out.append(or_(unknown, events.c.lat.is_(None), events.c.lon.is_(None), division, near))
    return out


def _box(lat: float, lon: float, km: float) -> tuple[tuple[float, float], tuple[float, float] | None] | None:
    """A latitude range and a longitude range (None: any) holding every point within ``km``.

    None when the box would reach a pole (every longitude and both
    hemispheres' edge cases: no condition then). A range that would cross
    the antimeridian puts no condition on longitude.
    """
    dlat = km / _KM_PER_DEGREE
    south, north = lat - dlat, lat + dlat
    if south <= -89.0 or north >= 89.0:
        return None
    widest = max(abs(south), abs(north))
    dlon = km / (_KM_PER_DEGREE * math.cos(math.radians(widest)))
    west, east = lon - dlon, lon + dlon
    if west < -180.0 or east > 180.0 or dlon >= 180.0:
        return (south, north), None
    return (south, north), (west, east)


def event_candidates(
    connection: Connection, report: EventKey, cache: Aggregates | None = None
) -> dict[str, EventKey]:
    """Stored events that could be the one ``report`` describes (its type or a kindred one:
    ``events.kindred_types``; dates that can meet).

    Day-precision events within ``CANDIDATE_DAYS`` of the report's span, and
    month- or year-precision events whose span may contain it; of those, only
    the events whose place does not rule them out whatever else they share
    (``place_block``: another country, or coordinates farther than
    ``MAX_KM``), which ``resolve_event`` would reject anyway. With ``cache``
    the actors, figures and targets of candidates come from the session's
    aggregates (read once per event) instead of from all their reports.
    """
    if report.day is None:
        return {}
    first, last = date_span(report.day, report.precision)
    near = (
        date.fromordinal(first.toordinal() - CANDIDATE_DAYS),
        date.fromordinal(last.toordinal() + CANDIDATE_DAYS),
    )
    coarse_from = date(first.year - 1, 12, 1)  # a year or month event starts at most a year before
    place = _place_values(report.place)
    types = sorted({report.type, *kindred_types().get(report.type, ())})  # a shelling told two ways
    parameters = {
        "event_types": types,
        "near_from": near[0],
        "near_to": near[1],
        "coarse_from": coarse_from,
    }
    found = connection.execute(_candidates_query(frozenset(place)), {**parameters, **place}).all()
    rows = list({row.id: row for row in found}.values())
    ids = [row.id for row in rows]
    if cache is None:
        cache = Aggregates()  # read each candidate's reports once, for this report only
    load_event_info(connection, ids, cache)
    return {row.id: _candidate_key(row, cache.events[row.id]) for row in rows}


@cache
def _candidates_query(place: frozenset[str]) -> CompoundSelect[Any]:
    """``event_candidates``'s query for a place giving the values named ``place`` (``_place_values``):
    built and compiled once per shape, executed with the report's values as parameters.

    Two index range scans rather than one OR, which a database may answer by reading every
    event of the type (``event_types``: the report's type and its kindred types): the near
    window (``near_from`` .. ``near_to``), and the coarse events of the year before
    (``coarse_from`` .. ``near_to``), in one statement (``UNION ALL``).
    """
    blocked = _place_conditions({name: bindparam(name) for name in place})
    same_type = events.c.type.in_(bindparam("event_types", expanding=True))
    near = select(*_CANDIDATE_COLUMNS).where(
        same_type, events.c.date_day.between(bindparam("near_from"), bindparam("near_to")), *blocked
    )
    coarse = select(*_CANDIDATE_COLUMNS).where(
        same_type,
        events.c.date_precision.in_(("month", "year")),
        events.c.date_day.between(bindparam("coarse_from"), bindparam("near_to")),
        *blocked,
    )
    return union_all(near, coarse)


def _candidate_key(row: Any, info: EventInfo) -> EventKey:
    """The candidate's key from its ``events`` row and its aggregates (kept until either changes)."""
    stamp = tuple(row)
    if info.key is not None and info.key[0] == stamp:
        return info.key[1]  # type: ignore[no-any-return]
    key = EventKey(
        type=row.type,
        day=row.date_day,
        precision=row.date_precision or "day",
        from_publication=row.date_iso is None,
        place=_place_key(row),
        actors=frozenset(info.actors),
        figures=frozenset(info.figures),
        targets=frozenset(info.targets),
        methods=frozenset(info.methods),
        actor_names=frozenset(info.actor_names),
        days=frozenset(info.days),
        nights=frozenset(info.nights),
        places=tuple(sorted(info.own_places(), key=repr)),
        place_borrowed=info.place_borrowed(),
    )
    info.key = (stamp, key)
    return key


def finest_precision(rows: Sequence[Any]) -> int | None:
    """The rank (``PRECISION_RANK``) of the finest own date among report rows, None if undated."""
    ranks = [PRECISION_RANK.get(r.date_precision, 3) for r in rows if r.date_day is not None]
    return min(ranks) if ranks else None


def is_background(row: Any, finest: int | None) -> bool:
    """Whether a report only recalls its event: its own date is coarser than the event's finest."""
    return (
        row.date_day is not None and finest is not None and PRECISION_RANK.get(row.date_precision, 3) > finest
    )


def report_figures(rows: Sequence[Any], field: str) -> list[ReportedFigure]:
    """Every figure for ``field`` the report rows (of one event) give, alternatives included.

    A report that only recalls the event (``is_background``) gives
    background figures; the evidence sentence and its offset, when the rows
    carry them (``current_reports``), order figures within a document and
    let the plausibility guard read the sentence.
    """
    return _figures(rows, field, [row_source(row) for row in rows], finest_precision(rows))


def _figures(
    rows: Sequence[Any], field: str, sources: Sequence[str], finest: int | None
) -> list[ReportedFigure]:
    """``report_figures`` with each row's ``row_source`` and the rows' ``finest_precision`` given."""
    out = []
    for row, source in zip(rows, sources, strict=True):
        value = getattr(row, field)
        alternatives = (row.alternatives or {}).get(field, [])
        if value is None and not alternatives:
            continue
        common = {
            "report_id": row.id,
            "doc_id": row.doc_id,
            "source": source,
            "outlet": row.outlet,
            "published": row.published,
            "hedged": row.hedged,
            "asserter": row.asserter,
            "background": is_background(row, finest),
            "position": getattr(row, "evidence_start", None) or 0,
            "sentence": getattr(row, "evidence_sentence", None),
        }
        if field == "killed":  # a toll that counts the attackers is told apart by their number
            common["attackers_killed"] = getattr(row, "attackers_killed", None)
        if value is not None:
            qualifier = getattr(row, f"{field}_qualifier") or "exact"
            by_doer = _told_by_doer(row, field, value, qualifier)
            out.append(ReportedFigure(value=value, qualifier=qualifier, by_doer=by_doer, **common))
        for alt in alternatives:
            out.append(
                ReportedFigure(
                    value=alt["value"], qualifier=alt.get("qualifier") or "exact", alternative=True, **common
                )
            )
    return out


#: A span of a sentence in quotation marks: straight, curly or guillemets.
_QUOTED = re.compile(r"(?<!\w)['\"‘“«]([^'\"‘’“”«»]{1,80})['\"’”»](?!\w)")


def _told_by_doer(row: Any, field: str, value: int, qualifier: str) -> bool:
    """Whether a report row's ``field`` figure is its doer's own count: the extractor found it only
    in the claimant's words (``claimed_figures``: "the group said its fighters had killed 26 of
    them", told in the outlet's own words), or the row's asserter is one of the actors it names, or
    a name of it (``actor_names_related``), and its sentence quotes the figure in the doer's words
    (the group said its fighters had killed 'more than twenty' soldiers), or the sentence of a
    claimable type's report gives it after a claim and a speech marker (``claimed_in_speech``: "X
    claimed the ambush, saying 20 soldiers were killed", where the parse hid the claimant). A toll
    the outlet tells as its own ("claimed a bomb that killed six officers") is not."""
    if field in (getattr(row, "claimed_figures", None) or ()):
        return True
    asserter = getattr(row, "asserter", None)
    actors = getattr(row, "actors", None)
    claimable = ontology.table("identity.yaml").get("claimable_types") or ()
    if getattr(row, "type", None) not in claimable:
        return False
    sentence = getattr(row, "evidence_sentence", None)
    if claimed_in_speech(sentence, value, qualifier) and _claimant_speaks(asserter, actors, sentence):
        return True  # "X claimed the ambush, saying its fighters had killed 30 soldiers"
    if not asserter or not _asserter_acts(asserter, actors):
        return False
    for quoted in _QUOTED.findall(getattr(row, "evidence_sentence", None) or ""):
        words = quoted.split()
        if any(
            parse_number(" ".join(words[:size])) == (value, qualifier) for size in range(len(words), 0, -1)
        ):
            return True
    return False


def _claimant_speaks(asserter: str | None, actors: object, sentence: str | None) -> bool:
    """Whether a claim sentence's figure is the claimant's word by its row's attribution: no other
    speaker is named (no asserter), the asserter is an actor of the row (or a name of one), or the
    sentence names the asserter itself ("A militant alliance ... claimed that its bomber ..."), not
    a speaker the sentence leaves out (the police giving the figure elsewhere)."""
    if not asserter or _asserter_acts(asserter, actors):
        return True
    return bool(sentence) and f" {name_key(asserter)} " in f" {name_key(sentence or '')} "


def _asserter_acts(asserter: str, actors: object) -> bool:
    """Whether a row's asserter is one of its actors (``actors`` a list of names), or a name of
    one (``actor_names_related``)."""
    return isinstance(actors, list) and any(
        isinstance(actor, str)
        and (name_key(actor) == name_key(asserter) or actor_names_related(actor, asserter))
        for actor in actors
    )


def current_reports(connection: Connection, event_ids: Sequence[str]) -> list[Any]:
    """Current report rows of ``event_ids``, with their document's ``duplicate_of``."""
    out: list[Any] = []
    for batch in chunks(event_ids):
        out.extend(
            connection.execute(
                select(
                    event_reports,
                    documents.c.duplicate_of,
                    original_documents.c.outlet.label("original_outlet"),
                    evidence.c.sentence.label("evidence_sentence"),
                    evidence.c.start.label("evidence_start"),
                )
                .join(documents, documents.c.id == event_reports.c.doc_id)
                .outerjoin(original_documents, original_documents.c.id == documents.c.duplicate_of)
                .outerjoin(evidence, evidence.c.id == event_reports.c.evidence_id)
                .where(event_reports.c.event_id.in_(batch), event_reports.c.superseded.is_(False))
                .order_by(event_reports.c.id)
            ).all()
        )
    return out


#: The report columns an event row is computed from (``current_reports`` reads them all).
_EVENT_ROW_COLUMNS = (
    *IDENTITY_COLUMNS,
    "event_id",
    "doc_id",
    *FIGURE_FIELDS,
    *(f"{name}_qualifier" for name in FIGURE_FIELDS),
    "alternatives",
    "claimed_figures",
    "outlet",
    "hedged",
    "asserter",
    "actors",
)


def _refresh_rows(connection: Connection, ids: Sequence[str], *, by_report: bool = False) -> list[Any]:
    """Current report rows of the events ``ids`` (of the reports ``ids`` with ``by_report``) with
    just what ``_event_row`` reads (as ``current_reports``)."""
    chosen = event_reports.c.id if by_report else event_reports.c.event_id
    return list(
        connection.execute(
            select(
                *(event_reports.c[name] for name in _EVENT_ROW_COLUMNS),
                documents.c.duplicate_of,
                original_documents.c.outlet.label("original_outlet"),
                evidence.c.sentence.label("evidence_sentence"),
                evidence.c.start.label("evidence_start"),
            )
            .join(documents, documents.c.id == event_reports.c.doc_id)
            .outerjoin(original_documents, original_documents.c.id == documents.c.duplicate_of)
            .outerjoin(evidence, evidence.c.id == event_reports.c.evidence_id)
            .where(chosen.in_(ids), event_reports.c.superseded.is_(False))
            .order_by(event_reports.c.id)
        ).all()
    )


def _held_refresh_rows(connection: Connection, event_ids: Sequence[str], held: dict[str, Any]) -> list[Any]:
    """``_refresh_rows`` of ``event_ids``, reading in full only the reports ``held`` lacks.

    ``held`` maps a busy event's id (``BUSY_EVENT_REPORTS`` current reports or more) to its rows
    by report id as last read. The current reports' ids (in the store's order) are read each
    time, so a report added, superseded or moved since is seen; only the new ones are read with
    their columns (their JSON and dates decoded), instead of every report of a busy event on
    each refresh. The caller drops ``held`` when a row may have changed in place (a document's
    new version changes the outlet its copies' rows read). Events with fewer reports are not
    held (re-read whole: they are cheap, and holding every event would grow with the store).
    """
    current = list(
        connection.execute(
            select(event_reports.c.id, event_reports.c.event_id)
            .where(event_reports.c.event_id.in_(event_ids), event_reports.c.superseded.is_(False))
            .order_by(event_reports.c.id)
        )
    )
    wanted = [
        report_id
        for report_id, event_id in current
        if event_id not in held or report_id not in held[event_id]
    ]
    fresh: dict[str, Any] = {}
    for batch in chunks(wanted):
        fresh.update((row.id, row) for row in _refresh_rows(connection, batch, by_report=True))
    out: list[Any] = []
    counts: dict[str, int] = {}
    for report_id, event_id in current:
        counts[event_id] = counts.get(event_id, 0) + 1
        row = fresh.get(report_id)
        out.append(row if row is not None else held[event_id][report_id])
    grouped: dict[str, dict[str, Any]] = {}
    for row in out:
        if counts[row.event_id] >= BUSY_EVENT_REPORTS:
            grouped.setdefault(row.event_id, {})[row.id] = row
    for event_id in event_ids:
        held.pop(event_id, None)
    held.update(grouped)
    return out


def refresh_events(connection: Connection, ids: Iterable[str], cache: Aggregates | None = None) -> None:
    """Recompute event rows (representative date/place, counts, contradiction flag) and their links.

    With ``cache`` (an ingest session's), the report rows of busy events are kept between
    refreshes (``_held_refresh_rows``): the rows computed are the same.
    """
    ids = sorted(set(ids))
    for batch in chunks(ids):
        grouped: dict[str, list[Any]] = {}
        rows = (
            _refresh_rows(connection, batch)
            if cache is None
            else _held_refresh_rows(connection, batch, cache.event_rows)
        )
        for row in rows:
            grouped.setdefault(row.event_id, []).append(row)
        connection.execute(delete(events).where(events.c.id.in_(batch)))
        if cache is None:
            out = [_event_row(event_id, group) for event_id, group in sorted(grouped.items())]
        else:
            memo, held = cache.event_figures, cache.event_rows
            for event_id in batch:  # figures are kept for the events whose rows are held
                if event_id not in held:
                    memo.pop(event_id, None)
            out = [
                _event_row(
                    event_id, group, memo.setdefault(event_id, {}) if event_id in cache.event_rows else None
                )
                for event_id, group in sorted(grouped.items())
            ]
        if out:
            connection.execute(insert(events), out)
    from nexus.store.event_links import refresh_event_links  # derives from this module

    refresh_event_links(connection, ids)


def event_identity(group: Sequence[Any]) -> dict[str, Any]:
    """The representative date and place of an event from its report rows (``events`` columns)."""
    precision_rank = PRECISION_RANK
    finest_rank = finest_precision(group)
    # A report that only recalls the event sets neither its date nor its place.
    own = [r for r in group if not is_background(r, finest_rank)] or list(group)
    dated = [r for r in own if own_date(r)]
    if dated:
        best_precision = min(precision_rank.get(r.date_precision, 3) for r in dated)
        finest = [r for r in dated if precision_rank.get(r.date_precision, 3) == best_precision]
        date_iso = _date_mode(finest)
        chosen = next(r for r in finest if r.date_iso == date_iso)
        date_day, date_precision = chosen.date_day, chosen.date_precision
    else:
        published = [r.published for r in own if r.published is not None]
        date_iso, date_precision = None, "day" if published else None
        date_day = min(published) if published else None
    placed = [r for r in own if (r.place_name is not None or r.lat is not None) and not place_unplaced(r)]
    place: Any = None
    if placed:
        # A place a report's own sentence names before a dateline's; then the most specific, then the
        # place most sources name, then by name (stable).
        named = Counter(name_key(r.place_name or "") for r in placed)
        place = min(
            placed,
            key=lambda r: (
                place_borrowed_row(r),
                _known_part_of_a_pair(r, placed),
                PLACE_SPECIFICITY.get(_place_kind(r) or "", 4),
                r.lat is None or namesake_coordinates(r),
                -named[name_key(r.place_name or "")],
                r.place_name or "",
                r.id,
            ),
        )
    located = place is not None and not namesake_coordinates(place)  # a namesake's coordinates are not its
    located = located and not _wide_region(place)  # nor is a wide division's chief town's position its own
    # nor a dateline's, where its outlet filed: a report of the scene far from it is still a candidate
    located = located and not place_borrowed_row(place)
    return {
        "date_iso": date_iso,
        "date_precision": date_precision,
        "date_day": date_day,
        "place_name": place.place_name if place else None,
        "place_kind": _place_kind(place) if place else None,  # a division named for its town: the division
        "country": _row_country(place) if place else _mode(r.country for r in group),
        "admin1": _row_admin1(place) if place else None,
        "lat": place.lat if located else None,
        "lon": place.lon if located else None,
        # "at Lira": the point the extractor lent a place no gazetteer knows (null: the gazetteer's own)
        "place_derivation": (
            getattr(place, "place_derivation", None) if located and place.lat is not None else None
        ),
    }


def _row_country(row: Any) -> Any:
    """A report row's country, or the one linking read its place in (``read_as``); a place no gazetteer
    knows has the one linking took from its document (the resolution's ``country``)."""
    resolution = row.resolution if isinstance(getattr(row, "resolution", None), dict) else {}
    if resolution.get("read_as"):
        return resolution.get("country") or row.country
    return row.country or resolution.get("country")


def _row_admin1(row: Any) -> Any:
    """A report row's first-level division, or the one linking read its place in (``read_as``)."""
    resolution = row.resolution if isinstance(getattr(row, "resolution", None), dict) else {}
    read_as = resolution.get("read_as")
    return read_as.get("admin1") if isinstance(read_as, dict) else row.admin1


def _date_mode(rows: Sequence[Any]) -> Any:
    """The date most reports give; of dates given equally often, one that some report gives in
    words naming the day (not only "last week": ``identity.yaml`` ``vague_date_words``), then the
    earliest (a later date is more often the day a count or a claim was told).
    """
    counts = Counter(r.date_iso for r in rows)
    most = max(counts.values())

    def vague(day: Any) -> bool:
        return all(_vague_date(r.date_text) for r in rows if r.date_iso == day)

    return min((day for day, n in counts.items() if n == most), key=lambda day: (vague(day), str(day)))


def _vague_date(text: str | None) -> bool:
    """Whether a date expression names no day of its own ("last week": ``events.vague_date``)."""
    return vague_date(text)


def _known_part_of_a_pair(row: Any, placed: Sequence[Any]) -> bool:
    """Whether ``row`` names, with nothing a gazetteer gives (no country, no coordinates), one
    of the two places a division another row gives is named for ("Kelm" beside "Kelm wa Ostra
    district"): the division, which a gazetteer placed, tells more of where it was."""
    if row.lat is not None or row.country is not None or not row.place_name:
        return False
    return any(
        r.place_kind == "admin" and r.country is not None and named_in_pair(r.place_name, row.place_name)
        for r in placed
    )


def _wide_region(row: Any) -> bool:
    """Whether a report row's place was read as a wide division named for its chief town ("in
    Ostria's Velm region": the resolution's ``region`` is ``wide``), whose town's position is
    not the division's."""
    resolution = getattr(row, "resolution", None)
    return isinstance(resolution, dict) and resolution.get("region") == "wide"


def _place_kind(row: Any) -> str | None:
    """A report row's place kind for choosing its event's place: a division named for a town
    ("in Kelm district", the resolution's ``region``) is a region, however the gazetteer filed it;
    a place read by its division (``read_as``) has the kind it was read as."""
    resolution = getattr(row, "resolution", None)
    if isinstance(resolution, dict) and isinstance(resolution.get("read_as"), dict):
        kind = resolution["read_as"].get("kind") or row.place_kind  # "Velm department": the division
        return None if kind is None else str(kind)
    return "admin" if isinstance(resolution, dict) and resolution.get("region") else row.place_kind


def event_type(group: Sequence[Any]) -> str:
    """An event's type from its report rows: the type most of them give, counting first the
    reports that name an actor (the type follows the actor: an attack told by one outlet as
    military action names none), then all; of types given equally often, the first row's."""
    for rows in ([r for r in group if getattr(r, "actors", None)], list(group)):
        if rows:
            counts = Counter(r.type for r in rows)
            most = max(counts.values())
            return str(next(r.type for r in rows if counts[r.type] == most))
    return str(group[0].type)


def _held_figures(
    group: Sequence[Any],
    sources: Sequence[str],
    finest: int | None,
    memo: dict[str, tuple[int | None, dict[str, list[ReportedFigure]]]],
) -> dict[str, list[ReportedFigure]]:
    """``_figures`` of every field for a group of held rows, each row's figures made once per
    ``finest`` (they depend on nothing else) and kept in ``memo`` by report id."""
    out: dict[str, list[ReportedFigure]] = {field: [] for field in FIGURE_FIELDS}
    for row, source in zip(group, sources, strict=True):
        known = memo.get(row.id)
        if known is None or known[0] != finest:
            known = memo[row.id] = (
                finest,
                {field: _figures([row], field, [source], finest) for field in out},
            )
        for field, figures in known[1].items():
            out[field].extend(figures)
    return out


def _event_row(
    event_id: str,
    group: Sequence[Any],
    memo: dict[str, tuple[int | None, dict[str, list[ReportedFigure]]]] | None = None,
) -> dict[str, Any]:
    """An ``events`` row from its current report rows; ``memo`` keeps the figures of a busy
    event's rows between refreshes (``_held_figures``)."""
    sources = [row_source(r) for r in group]
    finest = finest_precision(group)
    if memo is None:
        contradictory = any(contradiction(_figures(group, field, sources, finest)) for field in FIGURE_FIELDS)
    else:
        held = _held_figures(group, sources, finest, memo)
        for stale in set(memo) - {row.id for row in group}:
            del memo[stale]
        contradictory = any(contradiction(held[field]) for field in FIGURE_FIELDS)
    return {
        "id": event_id,
        "type": event_type(group),
        **event_identity(group),
        "n_reports": len(group),
        "n_sources": len(set(sources)),
        "contradictory": contradictory,
    }


def events_of_mentions(connection: Connection, mention_ids: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for batch in chunks(sorted(set(mention_ids))):
        out.update(
            connection.execute(
                select(event_reports.c.event_id)
                .join(report_entities, report_entities.c.report_id == event_reports.c.id)
                .where(report_entities.c.mention_id.in_(batch))
                .distinct()
            ).scalars()
        )
    return out


def _require_events(connection: Connection, *ids: str) -> None:
    found = set(connection.execute(select(events.c.id).where(events.c.id.in_(ids))).scalars())
    missing = [i for i in ids if i not in found]
    if missing:
        raise StoreError(f"unknown event id(s): {', '.join(missing)}")


def merge_events(connection: Connection, keep: str, absorb: str) -> list[str]:
    """Make event ``absorb`` part of ``keep``; recorded and replayed on every later ingest.

    Returns the ids of the reports that moved. Reports are re-pointed, never
    deleted; their ``resolution`` says a manual merge moved them.
    """
    if keep == absorb:
        raise StoreError(f"cannot merge {keep} with itself")
    _require_events(connection, keep, absorb)
    types = dict(
        connection.execute(select(events.c.id, events.c.type).where(events.c.id.in_([keep, absorb]))).all()
    )
    if types[keep] != types[absorb]:
        raise StoreError(f"cannot merge a {types[absorb]} event into a {types[keep]} event")
    rows = _report_refs(connection, event_reports.c.event_id == absorb)
    moved = [r.id for r in rows]
    connection.execute(
        insert(event_overrides).values(
            kind="merge",
            event_id=keep,
            other_id=absorb,
            docs=sorted({r.doc_id for r in rows}),
            type=types[absorb],
            reports=[_ref(r).as_json() for r in rows],
        )
    )
    _move_reports(connection, moved, keep, f"merged from {absorb} by a manual event merge")
    refresh_events(connection, [keep, absorb])
    return moved


def split_event(connection: Connection, event_id: str, docs: Iterable[str]) -> str:
    """Move the reports of ``event_id`` from documents ``docs`` to a new event; returns its id.

    The new id is stable for the same event and documents, and the split is
    replayed on later ingests (a new version of a moved document stays out).
    """
    doc_ids = sorted(set(docs))
    if not doc_ids:
        raise StoreError("split needs at least one document whose reports move")
    _require_events(connection, event_id)
    rows = _report_refs(connection, event_reports.c.event_id == event_id)
    event_type = rows[0].type if rows else None
    moved = [r.id for r in rows if r.doc_id in doc_ids]
    if not moved:
        raise StoreError(f"no report of {event_id} comes from {', '.join(doc_ids)}")
    if len(moved) == len(rows):
        raise StoreError(f"every report of {event_id} comes from {', '.join(doc_ids)}: nothing would remain")
    new_id = split_event_id(event_id, doc_ids)
    connection.execute(
        insert(event_overrides).values(
            kind="split",
            event_id=event_id,
            other_id=new_id,
            docs=doc_ids,
            type=event_type,
            reports=[_ref(r).as_json() for r in rows if r.doc_id in doc_ids],
        )
    )
    _move_reports(connection, moved, new_id, f"split from {event_id} by a manual event split")
    refresh_events(connection, [event_id, new_id])
    return new_id


def _report_refs(connection: Connection, where: Any) -> list[Any]:
    """Report rows matching ``where`` with what a ``ReportRef`` needs (id, doc, type, sentence)."""
    return list(
        connection.execute(
            select(
                event_reports.c.id,
                event_reports.c.doc_id,
                event_reports.c.type,
                event_reports.c.local_id,
                event_reports.c.trigger,
                evidence.c.sentence,
            )
            .outerjoin(evidence, evidence.c.id == event_reports.c.evidence_id)
            .where(where)
            .order_by(event_reports.c.id)
        ).all()
    )


def _ref(row: Any) -> ReportRef:
    return ReportRef(row.doc_id, row.local_id, row.trigger, sentence_key(row.sentence))


def _move_reports(connection: Connection, report_ids: Sequence[str], event_id: str, why: str) -> None:
    for batch in chunks(report_ids):
        for row in connection.execute(
            select(event_reports.c.id, event_reports.c.resolution).where(event_reports.c.id.in_(batch))
        ).all():
            resolution = dict(row.resolution or {})
            resolution["manual"] = why
            connection.execute(
                update(event_reports)
                .where(event_reports.c.id == row.id)
                .values(event_id=event_id, resolution=resolution)
            )


def event_override_rows(connection: Connection) -> list[dict[str, Any]]:
    """Manual event merges and splits as dicts (seq, kind, event_id, other_id, docs, reports).

    ``reports`` lists the ``ReportRef`` dicts of the reports the override moves
    (empty for an override recorded before reports were kept: whole documents move).
    """
    rows = connection.execute(select(event_overrides).order_by(event_overrides.c.seq))
    return [
        {
            "seq": r.seq,
            "kind": r.kind,
            "event_id": r.event_id,
            "other_id": r.other_id,
            "docs": list(r.docs or []),
            "reports": list(r.reports or []),
        }
        for r in rows
    ]


def count_rows(connection: Connection, table: Any) -> int:
    return int(connection.execute(select(func.count()).select_from(table)).scalar_one())


__all__ = [
    "chunks",
    "count_rows",
    "event_candidates",
    "event_override_rows",
    "link_event",
    "load_entity_index",
    "load_event_info",
    "load_event_overrides",
    "load_overrides",
    "merge_events",
    "note_report",
    "refresh_entities",
    "refresh_events",
    "refresh_relations",
    "relation_id",
    "report_key",
    "split_event",
]

"""Running aggregates an ingest session keeps, so a store's cost per document stays flat.

Aggregate rows (``entities``, ``entity_aliases``, ``events``) are a pure
function of the statements (see ``nexus.store.linker``). Recomputing them
from every statement each time a document touches them costs in proportion
to how often the entity or event was already reported: a frequent actor or
a famous attack recalled in thousands of reports makes ingest quadratic.
These caches hold, per entity and per event, just what the recomputation
needs, loaded from the statements once and then updated as statements are
added, so each new statement costs the same however large the store is:

* ``EntityStats``: counts of names, types, countries, gazetteer ids and
  alias keys, the documents, and the first place, per canonical entity;
  ``entity_row`` / ``alias_rows`` give exactly the rows
  ``linker.refresh_entities`` would compute from all mentions.
* ``EventInfo``: the identity inputs of an event (its reports' dates and
  places, canonical actors, figures and target heads), so event identity
  does not re-read every report of every candidate event for each report.

A cache entry is dropped whenever statements are removed or re-pointed
(a new version of a document, a failed document rolled back, an override);
the store then reloads it from the statements on next use.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from nexus.resolve.entities import gazetteer_name
from nexus.resolve.events import DISTRICT, PRECISION_RANK, PlaceKey, night_date, target_heads, vague_date
from nexus.resolve.figures import FIGURE_FIELDS
from nexus.resolve.names import name_key
from nexus.resolve.regions import listed_division

#: The report columns event identity reads (date, place, figures, targets, evidence sentence).
IDENTITY_COLUMNS = (
    "id",
    "type",
    "date_iso",
    "date_precision",
    "date_day",
    "date_text",
    "evidence_id",
    "published",
    "place_name",
    "place_kind",
    "country",
    "admin1",
    "lat",
    "lon",
    "place_derivation",
    "resolution",
)


def _getter(row: Mapping[str, Any] | Any) -> Callable[[str], Any]:
    """Column access over a pending row dict or a selected row (missing columns read None)."""
    if isinstance(row, Mapping):
        return row.get
    return lambda name: getattr(row, name, None)


class ReportIdentity:
    """The identity columns of one report row (attribute access, like a selected row)."""

    __slots__ = IDENTITY_COLUMNS

    def __init__(self, values: Mapping[str, Any] | Any) -> None:
        get = _getter(values)
        for name in IDENTITY_COLUMNS:
            setattr(self, name, get(name))


def report_place_key(row: Any) -> PlaceKey | None:
    """The place of a report row as event identity sees it (None when it names none).

    A place that linking read as lying in a town (the resolution's
    ``within``: "Kelmo, a village near Dastra", "the Eastgate district of
    Marlow") keeps that town, and no coordinates: a gazetteer that found the
    name found a namesake elsewhere, or nothing (``namesake_coordinates``).
    """
    if row.place_name is None and row.lat is None:
        return None
    resolution = getattr(row, "resolution", None)
    resolution = resolution if isinstance(resolution, dict) else {}
    if resolution.get("unplaced"):  # a dateline the report's own sentence does not place it at
        return None
    divisions = tuple(str(d) for d in resolution.get("divisions") or ())  # "... of Velm district"
    within = placed_within(row)
    if within is not None:  # read as lying in a town when it was linked (in the town's country)
        country = resolution.get("country") or row.country
        return PlaceKey(row.place_name, DISTRICT, country, None, None, None, within, divisions)
    if resolution.get(
        "region"
    ):  # "in Kelm district": the division named for the town (``linker.region_named``)
        if resolution.get("region") == "wide":  # "in Ostria's Velm region": not at the town of Velm
            return PlaceKey(row.place_name, "admin", row.country, row.admin1)
        return PlaceKey(row.place_name, "admin", row.country, row.admin1, row.lat, row.lon)
    towns = tuple(str(t) for t in resolution.get("towns") or ())  # named in the region by its document
    regions = tuple(str(r) for r in resolution.get("regions") or ())  # "Kelmo in Velm province"
    read_as = resolution.get("read_as")
    if isinstance(read_as, dict):  # "Kelmo village in the Velm prefecture": a place of that country
        country = resolution.get("country") or row.country
        kind = read_as.get("kind") or row.place_kind
        return PlaceKey(
            row.place_name, kind, country, read_as.get("admin1"), None, None, None, divisions, towns, regions
        )
    kind = row.place_kind
    if kind == "city" and row.lat is None and listed_division(row.place_name, row.country):
        kind = "admin"  # a bare division's name no table gives a town of: the division
    return PlaceKey(
        row.place_name,
        kind,
        row.country or resolution.get("country"),  # a place no gazetteer knows: its document's country
        row.admin1,
        row.lat,
        row.lon,
        None,
        divisions,
        towns,
        regions,
        country_read=row.lat is None and bool(resolution.get("country_read")),  # its document's country
    )


def place_unplaced(row: Any) -> bool:
    """Whether linking found a report row's place borrowed from elsewhere in its document (a
    dateline, another sentence's town) and not where it happened (the resolution's ``unplaced``)."""
    resolution = getattr(row, "resolution", None)
    return isinstance(resolution, dict) and bool(resolution.get("unplaced"))


def place_borrowed_row(row: Any) -> bool:
    """Whether linking found a report row's place not named by its own sentence (a dateline, another
    sentence's town: the resolution's ``borrowed``): where its outlet filed, not a scene it names."""
    resolution = getattr(row, "resolution", None)
    return isinstance(resolution, dict) and bool(resolution.get("borrowed"))


def placed_within(row: Any) -> str | None:
    """The town linking read a report's place as lying in (the resolution's ``within``), else None."""
    resolution = getattr(row, "resolution", None)
    within = resolution.get("within") if isinstance(resolution, dict) else None
    return within if isinstance(within, str) else None


def namesake_coordinates(row: Any) -> bool:
    """Whether a report row's coordinates are not its place's: the text placed it in a town
    (``placed_within``: "the Bellavista neighbourhood of Salamanca"), so the coordinates a
    gazetteer gave the name belong to a namesake elsewhere, or to nothing; so too a place linking
    read in another country by the division its sentence names (``read_as``)."""
    resolution = getattr(row, "resolution", None)
    read_as = isinstance(resolution, dict) and isinstance(resolution.get("read_as"), dict)
    return row.lat is not None and (placed_within(row) is not None or read_as)


def actor_names(names: object) -> frozenset[str]:
    """The actor names of a report's ``actors`` column (a JSON list of strings; else none), with
    the actor gazetteer's name of each known one ("ELN" -> "National Liberation Army (Colombia)"),
    so a short form and a long name of one group can be told related (``events.actors_related``)."""
    if not isinstance(names, list | tuple):
        return frozenset()
    out = {str(name) for name in names if name}
    out.update(known for name in list(out) if (known := gazetteer_name(name)) is not None)
    return frozenset(out)


def own_date(row: Any) -> bool:
    """Whether a report row's date is its own, not the publication day the extractor fell back on.

    A report whose sentence gives no date expression (``date_text`` empty)
    dated on its document's publication day is dated by publication: the
    happening may be a day or more earlier ("JNIM claimed the raid", told
    the day after); so is one whose date words name no day ("this week's attack":
    ``events.vague_date``) put on that day. Rows without a ``date_text`` column count as own.
    """
    if row.date_day is None:
        return False
    text = getattr(row, "date_text", "given")
    if text:
        # "this week's attack" put on the day it was published: the extractor's bound, not its day
        on_publication = (
            row.date_day == getattr(row, "published", None) and (row.date_precision or "day") == "day"
        )
        return not (on_publication and vague_date(text))
    return bool(row.date_day != getattr(row, "published", None) or (row.date_precision or "day") != "day")


@dataclass
class EventInfo:
    """What event identity needs of one event's current reports."""

    reports: list[ReportIdentity] = field(default_factory=list)
    actors: set[str] = field(default_factory=set)
    figures: set[tuple[str, int]] = field(default_factory=set)
    targets: set[str] = field(default_factory=set)
    methods: set[str] = field(default_factory=set)  # the means its reports name
    actor_names: set[str] = field(default_factory=set)  # its actors as its reports name them
    days: set[Any] = field(default_factory=set)  # own day-precision dates of its reports
    nights: set[Any] = field(default_factory=set)  # those its reports' words put at a night's edge
    places: dict[int, set[PlaceKey]] = field(default_factory=dict)  # by date rank (-1: undated)
    placed: int = 0  # reports giving a place
    borrowed: int = 0  # of them, those whose place their own sentence does not name (a dateline)
    written: dict[str, Any] | None = None  # the identity columns last written to ``events``
    key: tuple[tuple[Any, ...], Any] | None = None  # (events row it was built from, its EventKey)

    def own_places(self) -> set[PlaceKey]:
        """The places of the reports that are not background (not dated coarser than the finest)."""
        ranks = [rank for rank in self.places if rank >= 0]
        finest = min(ranks) if ranks else None
        out: set[PlaceKey] = set()
        for rank, places in self.places.items():
            if finest is None or rank <= finest:
                out |= places
        return out

    def place_borrowed(self) -> bool:
        """Whether every report giving a place gives one its own sentence does not name (a dateline)."""
        return self.placed > 0 and self.borrowed == self.placed

    def add(self, row: Mapping[str, Any] | Any, actors: Iterable[str]) -> None:
        """Count one more report (a pending row dict or a selected row) with its canonical actors."""
        report = ReportIdentity(row)
        self.reports.append(report)
        self.key = None
        self.actors.update(actors)
        get = _getter(row)
        rank = -1 if report.date_day is None else PRECISION_RANK.get(report.date_precision, 3)  # type: ignore[attr-defined]
        if rank == 0 and own_date(report):
            self.days.add(report.date_day)  # type: ignore[attr-defined]
            if night_date(get("date_text")):  # "late on Monday", "overnight": told on either day
                self.nights.add(report.date_day)  # type: ignore[attr-defined]
        place = report_place_key(report)
        if place is not None:
            self.places.setdefault(rank, set()).add(place)
            self.placed += 1
            self.borrowed += place_borrowed_row(report)
        for name in FIGURE_FIELDS:
            value = get(name)
            if value is not None:
                self.figures.add((name, value))
        self.targets.update(target_heads(get("targets")))
        method = get("method")
        if method:
            self.methods.add(method)
        self.actor_names.update(actor_names(get("actors")))


@dataclass
class EntityStats:
    """Running counts over the current mentions of one canonical entity."""

    names: Counter[str] = field(default_factory=Counter)
    types: Counter[str] = field(default_factory=Counter)
    subtypes: Counter[str] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)
    gazetteer_ids: Counter[str] = field(default_factory=Counter)
    documents: set[str] = field(default_factory=set)
    n_mentions: int = 0
    located: tuple[str, dict[str, Any]] | None = None  # (mention id, place) with coordinates, first by id
    placed: tuple[str, dict[str, Any]] | None = None  # (mention id, place), first by id
    forms: Counter[str] = field(default_factory=Counter)
    spelled: dict[str, tuple[str, str]] = field(default_factory=dict)  # key -> (mention id, form)

    def add(self, row: Mapping[str, Any] | Any) -> None:
        """Count one more current mention (a pending row dict or a selected row)."""
        get = _getter(row)
        mention_id: str = get("id")
        self.n_mentions += 1
        self.names[get("name")] += 1
        for counter, name in (
            (self.types, "type"),
            (self.subtypes, "subtype"),
            (self.countries, "country"),
            (self.gazetteer_ids, "gazetteer_id"),
        ):
            value = get(name)
            if value is not None:
                counter[value] += 1
        self.documents.add(get("doc_id"))
        place = get("place")
        if place:
            if self.placed is None or mention_id < self.placed[0]:
                self.placed = (mention_id, place)
            if place.get("lat") is not None and (self.located is None or mention_id < self.located[0]):
                self.located = (mention_id, place)
        seen: set[str] = set()
        for form in (get("name"), *(get("aliases") or [])):
            key = name_key(form)
            if not key:
                continue
            self.forms[key] += 1
            if key in seen:
                continue
            seen.add(key)
            known = self.spelled.get(key)
            if known is None or mention_id < known[0]:
                self.spelled[key] = (mention_id, form)

    def entity_row(self, entity_id: str) -> dict[str, Any]:
        """The ``entities`` row, as ``linker.refresh_entities`` computes it from all mentions."""
        name = min(self.names.items(), key=lambda item: (-item[1], -len(item[0]), item[0]))[0]
        place = (self.located or self.placed or (None, {}))[1]
        return {
            "id": entity_id,
            "type": _mode(self.types),
            "subtype": _mode(self.subtypes),
            "name": name,
            "name_key": name_key(name),
            "country": _mode(self.countries),
            "gazetteer_id": _mode(self.gazetteer_ids),
            "place_kind": place.get("kind"),
            "admin1": place.get("admin1"),
            "lat": place.get("lat"),
            "lon": place.get("lon"),
            "n_mentions": self.n_mentions,
            "n_documents": len(self.documents),
            "merged_into": None,
        }

    def alias_rows(self, entity_id: str) -> list[dict[str, Any]]:
        """The ``entity_aliases`` rows, sorted by key."""
        return [
            {"entity_id": entity_id, "alias_key": key, "alias": self.spelled[key][1], "n_mentions": n}
            for key, n in sorted(self.forms.items())
        ]


def _mode(counts: Counter[Any]) -> Any:
    """The most frequent value (ties: the smallest as text), or None; as ``linker._mode``."""
    if not counts:
        return None
    return min(counts.items(), key=lambda item: (-item[1], str(item[0])))[0]


@dataclass
class Aggregates:
    """The per-session caches: entity statistics and event identity inputs, by canonical id."""

    entities: dict[str, EntityStats] = field(default_factory=dict)
    events: dict[str, EventInfo] = field(default_factory=dict)
    #: The report rows linked so far for the document being written ((doc id, version) -> rows,
    #: each with its ``event_id``), whether or not the writer has inserted them yet.
    linked: dict[tuple[str, int], list[dict[str, Any]]] = field(default_factory=dict)
    #: Documents (same key) that had no stored report when their first report was linked: their
    #: earlier reports are all in ``linked``, so the store need not be asked again.
    unstored: set[tuple[str, int]] = field(default_factory=set)
    #: The district-naming evidence sentences of the document being written (same key), read once.
    district_sentences: dict[tuple[str, int], list[tuple[str, str]]] = field(default_factory=dict)
    #: The place mentions (name, place dict) of the document being written (same key), read once.
    document_places: dict[tuple[str, int], list[tuple[str, dict[str, Any]]]] = field(default_factory=dict)
    #: Entity types as their ``entities`` rows give them (None: no row yet), read once per batch
    #: (the rows change only when the batch ends: ``linker.refresh_entities`` forgets them).
    entity_types: dict[str, str | None] = field(default_factory=dict)
    #: The document being written, when it is its first version, and the canonical ids its
    #: mentions name as people: what its stored ``PERSON`` mentions would give.
    document_people: tuple[str, frozenset[str]] | None = None
    #: The evidence sentences of the document being written ((doc id, version), then sentence by
    #: evidence id, in the order written): all its version's ``evidence`` rows hold.
    document_sentences: tuple[tuple[str, int], dict[str, str | None]] | None = None
    #: The text of the document being written ((doc id, version), its text): the sentences that gave
    #: no evidence row too ("The attack took place in the Velm region": ``linker``'s region reading).
    document_text: tuple[tuple[str, int], str] | None = None
    #: The report rows ``linker.refresh_events`` last read of busy events, by event id, then by
    #: report id (dropped whenever a stored row may have changed in place).
    event_rows: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: The figures of those rows (``linker._held_figures``), by event id, then by report id.
    event_figures: dict[str, dict[str, Any]] = field(default_factory=dict)

    def clear(self) -> None:
        self.entities.clear()
        self.event_rows.clear()
        self.event_figures.clear()
        self.entity_types.clear()
        self.document_people = None
        self.document_sentences = None
        self.document_text = None
        self.events.clear()
        self.linked.clear()
        self.unstored.clear()
        self.district_sentences.clear()
        self.document_places.clear()

    def linked_rows(self, doc_id: str, version: int) -> list[dict[str, Any]]:
        """The rows linked so far for one document (only the latest document is kept)."""
        key = (doc_id, version)
        if key not in self.linked:
            self.linked.clear()
            self.unstored.clear()
            self.district_sentences.clear()
            self.document_places.clear()
            self.linked[key] = []
        return self.linked[key]

    def drop_entities(self, ids: Iterable[str]) -> None:
        for entity_id in ids:
            self.entities.pop(entity_id, None)

    def drop_events(self, ids: Iterable[str]) -> None:
        for event_id in ids:
            self.events.pop(event_id, None)

    def entity_stats(self, groups: Mapping[str, Sequence[Any]]) -> None:
        """Start the statistics of entities from all their current mention rows."""
        for entity_id, group in groups.items():
            stats = EntityStats()
            for row in group:
                stats.add(row)
            self.entities[entity_id] = stats

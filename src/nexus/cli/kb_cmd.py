"""Knowledge-base commands: ``nexus ingest``, ``entities``, ``show``, ``events``, ``path``,
``network``, ``timeline``, ``contradictions``, ``search``, ``metrics``, ``new-links`` and
``entity merge/split/overrides``.

Each is a thin wrapper over ``nexus.open(db)`` (``nexus.kb.KnowledgeBase``):
parse options, call one method, render the result as a rich table on stdout,
or as JSON with ``--json``. Progress and errors go to stderr; a NexusError is
a clean message and exit code 1, never a traceback.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.text import Text

from nexus.cli.app import app, console, knowledge_base, out, require_valid_settings
from nexus.cli.batch_meta import OutletOption, PublishedOption, read_with_defaults
from nexus.cli.dates import SinceOption, UntilOption, date_text
from nexus.cli.notices import read_notices
from nexus.cli.render import Cell, Col, emit_json, emit_table, figure, figure_summary, line, plural

if TYPE_CHECKING:  # the store, spaCy and networkx load inside the commands that need them
    from nexus.store.records import EntityRef, EventRecord, RelationRecord

DbOption = Annotated[
    str | None,
    typer.Option("--db", envvar="NEXUS_DB", help="Database URL or SQLite path (default ./nexus.db)."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON on stdout instead of a table.")]
TypesOption = Annotated[
    list[str] | None,
    typer.Option(
        "--type",
        "-t",
        help="Link type to follow (repeatable): affiliation, cooperation, hostility, based_in (stated); "
        "claimed, attacked, struck, sanctioned, met, visited (from events).",
    ),
]
OriginOption = Annotated[
    list[str] | None,
    typer.Option(
        "--origin",
        help="Only links of this origin (repeatable): stated (a sentence states it) or event (from events).",
    ),
]

MinSourcesOption = Annotated[
    int, typer.Option(min=1, help="Only links with at least this many independent sources.")
]
HedgedOption = Annotated[
    bool, typer.Option("--hedged/--no-hedged", help="Follow links only hedged sources state.")
]

entity_app = typer.Typer(help="Manual entity resolution: merge and split (persisted, replayed on ingest).")
app.add_typer(entity_app, name="entity")


_kb = knowledge_base

_emit_json = emit_json


def _choice(value: str | None, allowed: Sequence[str], option: str, *, upper: bool = False) -> str | None:
    """``value`` if it is one of ``allowed`` (any case), else a usage error listing them (exit 2)."""
    if value is None:
        return None
    by_key = {a.lower(): a for a in allowed}
    found = by_key.get(value.strip().lower())
    if found is None:
        raise typer.BadParameter(f"{value!r} is not one of: {', '.join(allowed)}", param_hint=f"'{option}'")
    return found.upper() if upper else found


def _relation_types(types: list[str] | None) -> list[str]:
    from typing import get_args

    from nexus.model import RelationType
    from nexus.store.event_links import EVENT_LINK_TYPES

    allowed = (*get_args(RelationType), *EVENT_LINK_TYPES.values())
    return [t for t in (_choice(v, allowed, "--type") for v in types or []) if t]


def _filters(
    types: list[str] | None,
    since: str | None,
    until: str | None,
    min_sources: int,
    hedged: bool,
    origins: list[str] | None = None,
) -> dict[str, Any]:
    return {
        "types": _relation_types(types),
        "since": since,
        "until": until,
        "min_sources": min_sources,
        "include_hedged": hedged,
        "origins": [o for o in (_choice(v, ("stated", "event"), "--origin") for v in origins or []) if o],
    }


def _name(ref: EntityRef) -> str:
    return ref.name


RELATION_COLUMNS = (
    "source", "type", "target", "first seen", "last seen", "sources", "hedged", "asserters", "origin"
)  # fmt: skip


def _relation_rows(rows: Iterable[RelationRecord]) -> Iterator[list[Cell]]:
    for r in rows:
        yield [
            _name(r.source),
            r.type,
            _name(r.target),
            r.first_seen_text or "",
            r.last_seen_text or "",
            str(r.n_sources),
            f"{r.hedged_share:.0%}",
            ", ".join(r.asserters),
            r.origin,
        ]


def _emit_relations(
    rows: Iterable[RelationRecord], *, empty: str, title: str | None = None, quotes: bool = False
) -> None:
    """The relations as a table; with ``quotes``, one evidence sentence for each: on a terminal a
    line under the table, piped two more columns (``evidence``, ``evidence source``), so the
    output stays tab-separated values that ``cut`` and spreadsheets read."""
    if not quotes:
        emit_table(RELATION_COLUMNS, _relation_rows(rows), empty=empty, title=title)
        return
    records = list(rows)
    if out.is_terminal:
        emit_table(RELATION_COLUMNS, _relation_rows(records), empty=empty, title=title)
        _emit_quotes(records)
        return
    cells: list[list[Cell]] = []
    for record, row in zip(records, _relation_rows(records), strict=True):
        first = record.evidence[0] if record.evidence else None
        source = (first.outlet or first.doc_id) if first else ""
        cells.append([*row, first.sentence if first else "", source])
    emit_table((*RELATION_COLUMNS, "evidence", "evidence source"), cells, empty=empty, title=title)


EVENT_COLUMNS = (
    "date", "type", "place", "means", "actors", "killed", "injured", "reports", "sources",
    Col("id", ident=True),
)  # fmt: skip


def _point_text(event: EventRecord) -> str:
    """The event's point and, for one borrowed from a known place, how ("point: 2.780, 32.300
    (derived: at Lira)"); empty when the event has no point."""
    place = event.place
    if place is None or place.lat is None or place.lon is None:
        return ""
    text = f"point: {place.lat:.3f}, {place.lon:.3f}"
    return f"{text} (derived: {place.derivation})" if place.derivation else f"{text} (gazetteer)"


def _place_text(event: EventRecord) -> str:
    return (event.place.name or event.place.country or "") if event.place else ""


def _means_text(event: EventRecord) -> str:
    """The main means, then in brackets the others some reports give: ``explosives (+firearms)``."""
    if event.method is None:
        return ""
    others = [m for m in event.methods if m != event.method]
    return event.method + (f" (+{', '.join(others)})" if others else "")


def _event_rows(rows: Iterable[EventRecord]) -> Iterator[list[Cell]]:
    for e in rows:
        yield [
            e.date or "",
            e.type,
            _place_text(e),
            _means_text(e),
            ", ".join(a.name for a in e.actors),
            figure_summary(e.figures.get("killed")),
            figure_summary(e.figures.get("injured")),
            str(e.n_reports),
            str(e.n_sources),
            e.id,
        ]


# -- ingest ----------------------------------------------------------------------------------


#: Seconds between the progress lines ``ingest`` prints when stderr is no terminal (a log, a pipe).
PLAIN_PROGRESS_SECONDS = 30.0


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, or - for stdin.")],
    db: DbOption = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per transaction.")] = 50,
    jobs: Annotated[
        int, typer.Option("--jobs", min=1, help="Extract in this many forked worker processes.")
    ] = 1,
    dask: Annotated[
        str | None,
        typer.Option("--dask", metavar="SCHEDULER", help="Extract on the Dask cluster at this address."),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option("--workers", min=1, help="Extract on a local Dask cluster of this many processes."),
    ] = None,
    published: PublishedOption = None,
    outlet: OutletOption = None,
    as_json: JsonOption = False,
) -> None:
    """Read, extract and store documents; already stored documents are skipped (resumable).

    Exit code 1 when any document failed (to read, extract or store), after
    storing all the others; see ``nexus extract`` for the shared policy.
    With --dask or --workers the documents are extracted on a Dask cluster
    and stored here, in batches, with the same guarantees.
    """
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from nexus.service import ProgressEvent, RunSummary, run_ingest

    if dask is not None and workers is not None:
        raise typer.BadParameter("give --dask or --workers, not both", param_hint="'--workers'")
    if jobs > 1 and (dask is not None or workers is not None):
        raise typer.BadParameter(
            "--jobs forks workers here; with Dask give --workers alone", param_hint="'--jobs'"
        )

    require_valid_settings()
    started = last_said = time.monotonic()
    failed = 0

    def show(event: ProgressEvent) -> None:
        nonlocal last_said, failed
        progress.advance(task)
        if event.outcome == "failed":
            failed += 1
            console.print(f"[red]failed[/red] {event.origin}: {event.reason}", highlight=False)
        elif event.outcome == "skipped":
            console.print(f"[dim]skipped[/dim] {event.origin}: {event.reason}", highlight=False)
        now = time.monotonic()
        if not console.is_terminal and now - last_said >= PLAIN_PROGRESS_SECONDS:
            # no live bar in a log file or a pipe: a line now and then says the run is alive
            last_said = now
            console.print(
                f"ingesting: {plural(event.done, 'input')} done ({failed} failed) "
                f"in {int(now - started) // 60}m{int(now - started) % 60:02d}s",
                highlight=False,
                markup=False,
            )

    sources = inputs if published is None and not outlet else read_with_defaults(inputs, published, outlet)
    summary: RunSummary
    with (
        read_notices(),
        _kb(db, must_exist=False) as kb,
        Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            TextColumn("{task.completed} documents"),
            TimeElapsedColumn(),
            console=console,
            transient=True,
        ) as progress,
    ):
        task = progress.add_task("ingesting", total=None)
        if dask is not None or workers is not None:
            from nexus.service.dask import dask_runner

            with dask_runner(dask, workers=workers) as runner:
                summary = run_ingest(sources, kb, runner=runner, batch_size=batch_size, on_progress=show)
        else:
            summary = run_ingest(sources, kb, jobs=jobs, batch_size=batch_size, on_progress=show)
    counts = summary.counts()
    if not any(counts.values()):  # (an empty folder, a filter that matched nothing)
        console.print(f"[yellow]no documents found in {', '.join(inputs)}[/yellow]", highlight=False)
    if as_json:
        problems = [p.model_dump() for p in summary.failed]
        _emit_json({**counts, "failures": problems, "skips": [p.model_dump() for p in summary.skipped]})
    else:
        names = ("added", "updated", "unchanged", "duplicates", "failed", "skipped")
        emit_table(names, [[str(counts[k]) for k in names]], empty="")  # TSV when piped, as everywhere
    if summary.failed:
        raise typer.Exit(1)


# -- reading ---------------------------------------------------------------------------------


ENTITY_TYPES = ("PERSON", "ORG", "PLACE", "MEDIA")


@app.command()
def entities(
    db: DbOption = None,
    type: Annotated[
        str | None,
        typer.Option("--type", help="PERSON, ORG, PLACE, or MEDIA (news outlets, listed only when asked)."),
    ] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many.")] = 100,
    as_json: JsonOption = False,
) -> None:
    """Canonical entities, most documented first (news outlets only with --type MEDIA)."""
    chosen = _choice(type, ENTITY_TYPES, "--type", upper=True)
    with _kb(db) as kb:
        rows = kb.entities(type=chosen, limit=limit)
    if as_json:
        return _emit_json(rows)
    emit_table(
        ("name", "type", "country", "documents", "mentions", "also written", Col("id", ident=True)),
        (
            [
                e.name,
                e.type if not e.subtype else f"{e.type}/{e.subtype}",
                e.country or "",
                str(e.n_documents),
                str(e.n_mentions),
                ", ".join(a for a in e.aliases if a != e.name),
                e.id,
            ]
            for e in rows
        ),
        empty="no entities match",
    )


@app.command()
def show(name: str, db: DbOption = None, as_json: JsonOption = False) -> None:
    """One entity: its names, relations with evidence, and events."""
    with _kb(db) as kb:
        detail = kb.show(name)
    if as_json:
        return _emit_json(detail)
    head = Text(detail.name, style="bold")
    head.append(f" ({detail.type}{', ' + detail.country if detail.country else ''}) ")
    head.append(f"{detail.id} · {plural(detail.n_documents, 'document')}", style="dim")
    line(head)
    if len(detail.aliases) > 1:
        line(Text("also written: " + ", ".join(a for a in detail.aliases if a != detail.name)))
    if detail.relations:
        _emit_relations(detail.relations, empty="no relations", title="relations", quotes=True)
    if detail.events:
        emit_table(EVENT_COLUMNS, _event_rows(detail.events), empty="no events", title="events")
    if detail.actors:
        emit_table(
            ("actor", "type", "events", Col("id", ident=True)),
            ([a.name, a.type, str(a.n_events), a.id] for a in detail.actors),
            empty="no actors",
            title=f"active in {detail.name}",
        )


def _emit_quotes(rows: Iterable[RelationRecord]) -> None:
    """One evidence sentence under each link that has one."""
    for r in rows:
        for ev in r.evidence[:1]:
            quote = Text(f"  {r.source.name} {r.type} {r.target.name}: ", style="dim")
            quote.append(f"“{ev.sentence}” ")
            quote.append(f"{ev.outlet or ev.doc_id}{' (hedged)' if ev.hedged else ''}", style="dim")
            line(quote)


def _event_types() -> tuple[str, ...]:
    from typing import get_args

    from nexus.model import EventType

    return get_args(EventType)


@app.command()
def events(
    db: DbOption = None,
    type: Annotated[
        str | None,
        typer.Option(
            "--type",
            help="attack, claim, rally, visit, meeting, sanction, military_action or statement.",
        ),
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    place: Annotated[str | None, typer.Option(help="Place name, region, or country code.")] = None,
    actor: Annotated[str | None, typer.Option(help="Entity that carried it out.")] = None,
    country: Annotated[
        str | None, typer.Option(help="Country of the event's place: a code (IN, PAK ...) or a name.")
    ] = None,
    min_sources: Annotated[
        int, typer.Option(min=1, help="Only events this many independent sources report.")
    ] = 1,
    sort: Annotated[
        str, typer.Option(help="date, type, place, sources, reports or killed; -killed reverses.")
    ] = "date",
    method: Annotated[
        str | None,
        typer.Option(
            "--method",
            help="Means some report gives: explosives, firearms, melee, vehicle, incendiary, kidnapping, "
            "drone, missile, artillery or airstrike.",
        ),
    ] = None,
    reports: Annotated[bool, typer.Option("--reports", help="Include every report (JSON).")] = False,
    as_json: JsonOption = False,
) -> None:
    """Events with their figures summarised across reports (≥ at least, ~ about, ! contradicting)."""
    from nexus.cli.countries import country_code
    from nexus.store.event_list import SORTS, event_filter, query_events
    from nexus.store.methods import method_names

    chosen = _choice(type, _event_types(), "--type")
    means = _choice(method, method_names(), "--method")
    order = _choice(sort, SORTS, "--sort") or "date"
    country = country_code(country)
    with _kb(db) as kb:
        actor_ids = [kb.entity_id(actor)] if actor else None
        wanted = event_filter(
            type=chosen,
            country=country,
            since=since,
            until=until,
            place=place,
            actor_ids=actor_ids,
            min_sources=min_sources,
            sort=order,
            method=means,
        )
        with kb.store.connect() as connection:
            rows = query_events(connection, wanted, with_reports=reports)
    if as_json:
        return _emit_json(rows)
    emit_table(EVENT_COLUMNS, _event_rows(rows), empty="no events match")


def _count_text(count: Any) -> str:
    return figure(count.value, count.qualifier) if count is not None else ""


@app.command("event")
def event_(
    event_id: Annotated[str, typer.Argument(metavar="ID", help="An event id (or a unique start of one).")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """One event with every report: its figures, quote, outlet and who asserts it."""
    from nexus.resolve.figures import FIGURE_FIELDS

    with _kb(db) as kb:
        event = kb.event(event_id)
    if as_json:
        return _emit_json(event)
    head = Text(f"{event.type} ", style="bold")
    head.append(event.date or "undated")
    if event.place is not None:
        where = ", ".join(p for p in (event.place.name, event.place.admin1, event.place.country) if p)
        head.append(f" · {where}")
    head.append(f"  {event.id}", style="dim")
    line(head)
    point = _point_text(event)
    if point:
        line(Text(point))
    if event.actors:
        line(Text("actors: " + ", ".join(a.name for a in event.actors)))
    if event.targets:
        line(Text("targets: " + ", ".join(t.name for t in event.targets)))
    if event.method:
        line(Text("means: " + _means_text(event)))
    line(
        Text(
            f"{plural(event.n_reports, 'report')} from {plural(event.n_sources, 'independent source')}"
            + (" · the figures contradict" if event.contradictory else "")
        )
    )
    for field, summary in event.figures.items():
        text = Text(f"{field.replace('_', ' ')}: ")
        text.append_text(_as_text(figure_summary(summary)))
        line(text)
    fields = [f for f in FIGURE_FIELDS if any(getattr(r, f) is not None for r in event.reports)]
    if out.is_terminal:  # one block per report: the quote needs the width
        for number, r in enumerate(event.reports, start=1):
            block = Text(f"{number}. ")
            block.append(r.outlet or "unknown outlet", style="bold")
            block.append(f" · {r.published or 'undated'} · {r.doc_id}\n", style="dim")
            said = [f"{f.replace('_', ' ')} {_count_text(getattr(r, f))}" for f in fields if getattr(r, f)]
            if r.method:
                said.append(f"means {r.method}")
            if r.evidence.asserter:
                said.append(f"according to {r.evidence.asserter}")
            if r.evidence.hedged:
                said.append(f"hedged ({', '.join(r.evidence.cues)})")
            if said:
                block.append("   " + " · ".join(said) + "\n")
            block.append(f"   “{r.evidence.sentence}”")
            line(block)
        if not event.reports:
            console.print("no current reports")
        return
    emit_table(
        (
            "published", "outlet", Col("document", ident=True), *(f.replace("_", " ") for f in fields),
            *(("means",) if event.methods else ()), "hedged", "asserter", "quote",
        ),
        (
            [
                str(r.published or ""),
                r.outlet or "",
                r.doc_id,
                *(_count_text(getattr(r, f)) for f in fields),
                *((r.method or "",) if event.methods else ()),
                ", ".join(r.evidence.cues) if r.evidence.hedged else "",
                r.evidence.asserter or "",
                r.evidence.sentence,
            ]
            for r in event.reports
        ),
        empty="no current reports",
    )  # fmt: skip


def _as_text(cell: Cell) -> Text:
    return cell if isinstance(cell, Text) else Text(cell)


@app.command()
def path(
    source: str,
    target: str,
    db: DbOption = None,
    types: TypesOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    min_sources: MinSourcesOption = 1,
    hedged: HedgedOption = True,
    origin: OriginOption = None,
    as_json: JsonOption = False,
) -> None:
    """A shortest chain of relations from SOURCE to TARGET, with the evidence for each hop."""
    filters = _filters(types, since, until, min_sources, hedged, origin)
    with _kb(db) as kb:
        result = kb.path(source, target, **filters)
    if as_json:
        return _emit_json(result)
    if not result.found:
        console.print(
            f"no path from {result.source.name} to {result.target.name}", highlight=False, markup=False
        )
        return
    for number, hop in enumerate(result.hops, start=1):
        step = Text(f"{number}. ")
        step.append(hop.source.name, style="bold")
        # the relation's own direction: a hop walked against it reads "B ←claimed— A"
        step.append(f" —{hop.relation.type}→ " if hop.forward else f" ←{hop.relation.type}— ")
        step.append(hop.target.name, style="bold")
        step.append(f" ({plural(hop.relation.n_sources, 'source')})", style="dim")
        line(step)
        for ev in hop.evidence:
            quote = Text(f"     “{ev.sentence}” ")
            quote.append(f"{ev.outlet or ev.doc_id} {ev.published or ''}", style="dim")
            line(quote)


@app.command()
def network(
    name: str,
    db: DbOption = None,
    depth: Annotated[int, typer.Option(min=0, help="Hops from NAME.")] = 2,
    types: TypesOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    min_sources: MinSourcesOption = 1,
    hedged: HedgedOption = True,
    origin: OriginOption = None,
    as_json: JsonOption = False,
) -> None:
    """The entities within DEPTH hops of NAME and the relations among them."""
    filters = _filters(types, since, until, min_sources, hedged, origin)
    with _kb(db) as kb:
        result = kb.network(name, depth=depth, evidence_per_edge=1, **filters)
    if as_json:
        return _emit_json(result)
    console.print(
        f"{plural(len(result.nodes), 'entity', 'entities')}, {plural(len(result.edges), 'relation')} "
        f"within {plural(depth, 'hop')} of {result.centre.name}"
        + (" (truncated)" if result.truncated else ""),
        highlight=False,
        markup=False,
    )
    _emit_relations(result.edges, empty="no relations match", quotes=True)


@app.command()
def timeline(
    name: Annotated[str | None, typer.Argument(help="Entity (default: everything).")] = None,
    db: DbOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    as_json: JsonOption = False,
) -> None:
    """Events and first-seen links, oldest first (a date is shown as precisely as it is known)."""
    with _kb(db) as kb:
        result = kb.timeline(name, since=since, until=until)
    if as_json:
        return _emit_json(result)
    rows: list[list[Cell]] = []
    for item in result.items:
        if item.event is not None:
            e = item.event
            detail = f"{', '.join(a.name for a in e.actors) or '?'} @ {_place_text(e) or '?'}"
            rows.append([e.date or "", e.type, detail, e.id])
        elif item.relation is not None:
            r = item.relation
            rows.append([str(item.date or ""), f"link: {r.type}", f"{r.source.name} → {r.target.name}", r.id])
    emit_table(("date", "what", "detail", Col("id", ident=True)), rows, empty="no events or links match")


@app.command()
def contradictions(
    db: DbOption = None,
    as_json: JsonOption = False,
    strict: Annotated[
        bool, typer.Option("--strict", help="Only figures that cannot all be true (26 vs 28, not 70+ vs 77).")
    ] = False,
) -> None:
    """Events whose reports give different figures; each report's figure shown, never averaged."""
    with _kb(db) as kb:
        rows = kb.contradictions(include_compatible=not strict)
    if as_json:
        return _emit_json(rows)
    table: list[list[Cell]] = []
    for c in rows:
        said = "; ".join(
            f"{figure(f.value, f.qualifier)} ({f.outlet or f.doc_id}"
            f"{'' if f.status == 'current' else ', ' + f.status})"  # superseded updates are not a side
            for f in c.summary.reports
        )
        kind = Text("incompatible", style="red") if c.incompatible else "differs"
        table.append([c.event_type, c.date or "", c.place or "", c.field, kind, said, c.event_id])
    emit_table(
        ("type", "date", "place", "figure", "kind", "reports", Col("event", ident=True)),
        table,
        empty="no contradicting figures",
    )


@app.command()
def search(
    text: Annotated[
        str, typer.Argument(help='Words (stemmed: bomb finds bombing, bombers), "a phrase", or a prefix*.')
    ],
    db: DbOption = None,
    limit: Annotated[int, typer.Option(min=1, help="At most this many documents.")] = 50,
    as_json: JsonOption = False,
) -> None:
    """Full-text search of every document: highlighted snippets with their events and entities."""
    if not text.strip():
        raise typer.BadParameter("give words to look for", param_hint="'TEXT'")
    with _kb(db) as kb:
        hits = kb.search_documents(text, limit=limit)
    if as_json:
        return _emit_json(hits)
    snippets = [_highlighted(hit.snippet, hit.highlights) for hit in hits]
    if out.is_terminal and hits:  # one block per document: the snippet needs the width
        for number, (hit, snippet) in enumerate(zip(hits, snippets, strict=True), start=1):
            block = Text(f"{number}. ")
            block.append(hit.doc_id, style="bold")
            about = [hit.outlet or "", str(hit.published or ""), plural(hit.n_matches, "match", "matches")]
            block.append(" · " + " · ".join(a for a in about if a) + "\n", style="dim")
            block.append("   ")
            block.append_text(snippet)
            if hit.events:
                block.append("\n   events: " + " ".join(hit.events), style="dim")
            if hit.entities:
                block.append("\n   entities: " + ", ".join(e.name for e in hit.entities), style="dim")
            line(block)
        return
    emit_table(
        ("snippet", Col("document", ident=True), "outlet", "published", "entities", "events"),
        (
            [
                snippet,
                hit.doc_id,
                hit.outlet or "",
                str(hit.published or ""),
                ", ".join(e.name for e in hit.entities),
                " ".join(hit.events),
            ]
            for hit, snippet in zip(hits, snippets, strict=True)
        ),
        empty=f"no document matches {text!r}",
    )


def _highlighted(snippet: str, highlights: Sequence[tuple[int, int]]) -> Text:
    text, cursor = Text(), 0
    for start, end in highlights:
        text.append(snippet[cursor:start])
        text.append(snippet[start:end], style="bold yellow")
        cursor = end
    text.append(snippet[cursor:])
    return text


@app.command()
def metrics(
    db: DbOption = None,
    top: Annotated[int, typer.Option(min=1, help="Show this many entities.")] = 25,
    types: TypesOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    min_sources: MinSourcesOption = 1,
    hedged: HedgedOption = True,
    origin: OriginOption = None,
    as_json: JsonOption = False,
) -> None:
    """Degree, betweenness, PageRank and community of the most central entities."""
    filters = _filters(types, since, until, min_sources, hedged, origin)
    with _kb(db) as kb:
        result = kb.metrics(top=top, **filters)
    if as_json:
        return _emit_json(result)
    n_links = sum(result.links_by_origin.values())
    by_origin = ", ".join(f"{n} {o}" for o, n in result.links_by_origin.items())
    console.print(
        f"{plural(result.n_nodes, 'entity', 'entities')}, "
        f"{plural(result.n_edges, 'linked pair')}"
        + (f" ({plural(n_links, 'link')}: {by_origin})" if by_origin else "")
        + f", {plural(result.n_communities, 'community', 'communities')}",
        highlight=False,
    )
    emit_table(
        ("name", "type", "degree", "betweenness", "pagerank", "community", Col("id", ident=True)),
        (
            [
                r.name,
                r.type,
                str(r.degree),
                f"{r.betweenness:.4f}",
                f"{r.pagerank:.4f}",
                str(r.community),
                r.id,
            ]
            for r in result.rows
        ),
        empty="no links match",
    )
    if result.top_links and out.is_terminal:  # piped, stdout holds the one table (--json has both)
        _emit_relations(result.top_links, empty="no links", title="best-sourced links", quotes=True)


@app.command("new-links")
def new_links(
    since: Annotated[str, typer.Argument(help="Start of the period (YYYY[-MM[-DD]]).", callback=date_text)],
    until: Annotated[
        str | None,
        typer.Argument(
            help="End of the period, included (a year or month: to its end; default: open).",
            callback=date_text,
        ),
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Links first seen in a period, oldest first: nexus new-links SINCE [UNTIL]."""
    with _kb(db) as kb:
        rows = kb.new_links(since, until)
    if as_json:
        return _emit_json(rows)
    _emit_relations(rows, empty="no links first seen in that period")


@entity_app.command("merge")
def entity_merge(keep: str, absorb: str, db: DbOption = None, as_json: JsonOption = False) -> None:
    """Make ABSORB the same entity as KEEP (names or ids)."""
    with _kb(db) as kb:
        detail = kb.merge(keep, absorb)
    if as_json:
        return _emit_json(detail)
    line(Text(f"merged into {detail.name} {detail.id}: {', '.join(detail.aliases)}"))


@entity_app.command("split")
def entity_split(
    name: str,
    forms: Annotated[list[str], typer.Argument(help="Surface forms whose mentions move to a new entity.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Move the mentions of NAME written as any of FORMS to a new entity."""
    with _kb(db) as kb:
        detail = kb.split(name, forms)
    if as_json:
        return _emit_json(detail)
    line(Text(f"new entity {detail.name} {detail.id}: {', '.join(detail.aliases)}"))


@entity_app.command("overrides")
def entity_overrides(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Manual merges and splits, in the order they are replayed."""
    with _kb(db) as kb:
        rows = kb.overrides()
    if as_json:
        return _emit_json(rows)
    emit_table(
        ("#", "kind", Col("entity", ident=True), Col("other", ident=True), "forms"),
        ([str(r["seq"]), r["kind"], r["entity_id"], r["other_id"], ", ".join(r["forms"])] for r in rows),
        empty="no manual merges or splits",
    )

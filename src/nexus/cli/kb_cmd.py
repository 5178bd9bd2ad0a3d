"""Knowledge-base commands: ``nexus ingest``, ``entities``, ``show``, ``events``, ``path``,
``network``, ``timeline``, ``contradictions``, ``search``, ``metrics``, ``new-links`` and
``entity merge/split/overrides``.

Each is a thin wrapper over ``nexus.open(db)`` (``nexus.kb.KnowledgeBase``):
parse options, call one method, render the result as a rich table on stdout,
or as JSON with ``--json``. Progress and errors go to stderr; a NexusError is
a clean message and exit code 1, never a traceback.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any, TypeVar

import typer
from pydantic import BaseModel
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from nexus.cli.app import app, console, out
from nexus.errors import NexusError
from nexus.kb import KnowledgeBase
from nexus.kb import open as open_kb
from nexus.model import Document
from nexus.store import DocumentResult
from nexus.store.records import EntityRef, EventRecord, RelationRecord

T = TypeVar("T")

DbOption = Annotated[
    str | None,
    typer.Option("--db", envvar="NEXUS_DB", help="Database URL or SQLite path (default ./nexus.db)."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON on stdout instead of a table.")]
TypesOption = Annotated[
    list[str] | None, typer.Option("--type", "-t", help="Relation type to follow (repeatable).")
]
SinceOption = Annotated[str | None, typer.Option(help="Only from this date (YYYY[-MM[-DD]]).")]
UntilOption = Annotated[str | None, typer.Option(help="Only up to this date (YYYY[-MM[-DD]]).")]
MinSourcesOption = Annotated[
    int, typer.Option(help="Only links with at least this many independent sources.")
]
HedgedOption = Annotated[
    bool, typer.Option("--hedged/--no-hedged", help="Follow links only hedged sources state.")
]

entity_app = typer.Typer(help="Manual entity resolution: merge and split (persisted, replayed on ingest).")
app.add_typer(entity_app, name="entity")


@contextmanager
def _kb(db: str | None) -> Iterator[KnowledgeBase]:
    """Open the knowledge base; turn NexusErrors into a clean message and exit code 1."""
    try:
        with open_kb(db) as kb:
            yield kb
    except NexusError as exc:
        console.print(f"[red]error[/red] {exc}", highlight=False)
        raise typer.Exit(1) from None


def _emit_json(value: BaseModel | list[Any] | dict[str, Any]) -> None:
    if isinstance(value, BaseModel):
        data: Any = value.model_dump(mode="json")
    elif isinstance(value, list):
        data = [v.model_dump(mode="json") if isinstance(v, BaseModel) else v for v in value]
    else:
        data = value
    out.print(json.dumps(data, ensure_ascii=False, indent=2), markup=False, highlight=False)


def _filters(
    types: list[str] | None, since: str | None, until: str | None, min_sources: int, hedged: bool
) -> dict[str, Any]:
    return {
        "types": types or [],
        "since": since,
        "until": until,
        "min_sources": min_sources,
        "include_hedged": hedged,
    }


def _name(ref: EntityRef) -> str:
    return ref.name


def _relation_table(rows: Iterable[RelationRecord], title: str | None = None) -> Table:
    table = Table(
        "source", "type", "target", "first seen", "last seen", "sources", "hedged", "asserters", title=title
    )
    for r in rows:
        table.add_row(
            _name(r.source),
            r.type,
            _name(r.target),
            str(r.first_seen or ""),
            str(r.last_seen or ""),
            str(r.n_sources),
            f"{r.hedged_share:.0%}",
            ", ".join(r.asserters),
        )
    return table


def _figure_text(event: EventRecord, field: str) -> str:
    summary = event.figures.get(field)
    if summary is None:
        return ""
    if summary.min == summary.max:
        return str(summary.min)
    flag = " [red]![/red]" if summary.contradiction else ""
    most, latest = summary.most_corroborated.value, summary.latest.value
    return f"{summary.min}–{summary.max} (most: {most}, latest: {latest}){flag}"


def _event_table(rows: Iterable[EventRecord]) -> Table:
    table = Table("date", "type", "place", "actors", "killed", "injured", "reports", "sources", "id")
    for e in rows:
        table.add_row(
            e.date or "",
            e.type,
            (e.place.name or e.place.country or "") if e.place else "",
            ", ".join(a.name for a in e.actors),
            _figure_text(e, "killed"),
            _figure_text(e, "injured"),
            str(e.n_reports),
            str(e.n_sources),
            e.id,
        )
    return table


# -- ingest ----------------------------------------------------------------------------------


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, or - for stdin.")],
    db: DbOption = None,
    batch_size: Annotated[int, typer.Option(help="Documents per transaction.")] = 50,
    as_json: JsonOption = False,
) -> None:
    """Read, extract and store documents; already stored documents are skipped (resumable).

    Exit code 1 when any document failed (to read, extract or store), after
    storing all the others; see ``nexus extract`` for the shared policy.
    """
    from nexus.cli.extract_cmd import extract_each
    from nexus.extract.pipeline import Extractor
    from nexus.ingest import IngestFailure, iter_documents

    failures: list[dict[str, str]] = []

    def failed(origin: str, reason: str) -> None:
        failures.append({"origin": origin, "reason": reason})
        console.print(f"[red]failed[/red] {origin}: {reason}", highlight=False)

    with _kb(db) as kb:
        skipped = 0

        def new_documents() -> Iterator[Document]:
            nonlocal skipped
            for item in iter_documents(inputs):
                if isinstance(item, IngestFailure):
                    if item.skipped:
                        console.print(f"[dim]skipped[/dim] {item.origin}: {item.reason}", highlight=False)
                    else:
                        failed(item.origin, item.reason)
                    continue
                if kb.store.has_document(item.id, item.text):
                    skipped += 1
                    progress.advance(task)
                    continue
                yield item

        extractor = Extractor()
        with Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            TextColumn("{task.completed} documents"),
            TimeElapsedColumn(),
            console=console,
            transient=True,
        ) as progress:
            task = progress.add_task("ingesting", total=None)

            def done(result: DocumentResult) -> None:
                progress.advance(task)
                if result.outcome == "failed":
                    failed(result.doc_id, result.error or "could not be stored")

            summary = kb.ingest(
                extract_each(new_documents(), extractor, failed),
                batch_size=batch_size,
                on_result=done,
            )
        summary.unchanged += skipped
        counts = summary.model_dump(exclude={"failures"})
        counts["failed"] = len(failures)
    if as_json:
        _emit_json({**counts, "failures": failures})
    else:
        table = Table("added", "updated", "unchanged", "duplicates", "failed")
        table.add_row(*(str(counts[k]) for k in ("added", "updated", "unchanged", "duplicates", "failed")))
        out.print(table)
    if failures:
        raise typer.Exit(1)


# -- reading ---------------------------------------------------------------------------------


@app.command()
def entities(
    db: DbOption = None,
    type: Annotated[str | None, typer.Option("--type", help="PERSON, ORG or PLACE.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many.")] = 100,
    as_json: JsonOption = False,
) -> None:
    """Canonical entities, most documented first."""
    with _kb(db) as kb:
        rows = kb.entities(type=type, limit=limit)
    if as_json:
        return _emit_json(rows)
    table = Table("name", "type", "country", "documents", "mentions", "also written", "id")
    for e in rows:
        table.add_row(
            e.name,
            e.type,
            e.country or "",
            str(e.n_documents),
            str(e.n_mentions),
            ", ".join(a for a in e.aliases if a != e.name),
            e.id,
        )
    out.print(table)


@app.command()
def show(name: str, db: DbOption = None, as_json: JsonOption = False) -> None:
    """One entity: its names, relations with evidence, and events."""
    with _kb(db) as kb:
        detail = kb.show(name)
    if as_json:
        return _emit_json(detail)
    out.print(
        f"[bold]{detail.name}[/bold] ({detail.type}{', ' + detail.country if detail.country else ''}) "
        f"[dim]{detail.id} · {detail.n_documents} documents[/dim]"
    )
    if len(detail.aliases) > 1:
        out.print("also written: " + ", ".join(a for a in detail.aliases if a != detail.name))
    if detail.relations:
        out.print(_relation_table(detail.relations, title="relations"))
        for r in detail.relations:
            for ev in r.evidence[:1]:
                hedge = " (hedged)" if ev.hedged else ""
                out.print(
                    f"  [dim]{r.source.name} {r.type} {r.target.name}:[/dim] “{ev.sentence}” "
                    f"[dim]{ev.outlet or ev.doc_id}{hedge}[/dim]",
                    highlight=False,
                )
    if detail.events:
        out.print(_event_table(detail.events))


@app.command()
def events(
    db: DbOption = None,
    type: Annotated[str | None, typer.Option("--type", help="attack, claim, rally ...")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    place: Annotated[str | None, typer.Option(help="Place name, region, or country code.")] = None,
    actor: Annotated[str | None, typer.Option(help="Entity that carried it out.")] = None,
    reports: Annotated[bool, typer.Option("--reports", help="Include every report (JSON).")] = False,
    as_json: JsonOption = False,
) -> None:
    """Events with their figures summarised across reports."""
    with _kb(db) as kb:
        rows = kb.events(type=type, since=since, until=until, place=place, actor=actor, with_reports=reports)
    if as_json:
        return _emit_json(rows)
    out.print(_event_table(rows))


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
    as_json: JsonOption = False,
) -> None:
    """A shortest chain of relations from SOURCE to TARGET, with the evidence for each hop."""
    with _kb(db) as kb:
        result = kb.path(source, target, **_filters(types, since, until, min_sources, hedged))
    if as_json:
        return _emit_json(result)
    if not result.found:
        out.print(f"no path from {result.source.name} to {result.target.name}")
        return
    for number, hop in enumerate(result.hops, start=1):
        out.print(
            f"{number}. [bold]{hop.source.name}[/bold] —{hop.relation.type}→ [bold]{hop.target.name}[/bold] "
            f"[dim]({hop.relation.n_sources} sources)[/dim]"
        )
        for ev in hop.evidence:
            out.print(
                f"     “{ev.sentence}” [dim]{ev.outlet or ev.doc_id} {ev.published or ''}[/dim]",
                highlight=False,
            )


@app.command()
def network(
    name: str,
    db: DbOption = None,
    depth: Annotated[int, typer.Option(help="Hops from NAME.")] = 2,
    types: TypesOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    min_sources: MinSourcesOption = 1,
    hedged: HedgedOption = True,
    as_json: JsonOption = False,
) -> None:
    """The entities within DEPTH hops of NAME and the relations among them."""
    with _kb(db) as kb:
        result = kb.network(name, depth=depth, **_filters(types, since, until, min_sources, hedged))
    if as_json:
        return _emit_json(result)
    out.print(
        f"{len(result.nodes)} entities, {len(result.edges)} relations within {depth} hops of "
        f"[bold]{result.centre.name}[/bold]" + (" (truncated)" if result.truncated else "")
    )
    out.print(_relation_table(result.edges))


@app.command()
def timeline(
    name: Annotated[str | None, typer.Argument(help="Entity (default: everything).")] = None,
    db: DbOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    as_json: JsonOption = False,
) -> None:
    """Events and first-seen links, oldest first."""
    with _kb(db) as kb:
        result = kb.timeline(name, since=since, until=until)
    if as_json:
        return _emit_json(result)
    table = Table("date", "what", "detail")
    for item in result.items:
        if item.event is not None:
            e = item.event
            detail = f"{', '.join(a.name for a in e.actors) or '?'} @ {e.place.name if e.place else '?'}"
            table.add_row(str(item.date or ""), e.type, detail)
        elif item.relation is not None:
            r = item.relation
            table.add_row(str(item.date or ""), f"link: {r.type}", f"{r.source.name} → {r.target.name}")
    out.print(table)


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
    table = Table("event", "date", "place", "figure", "kind", "reports")
    for c in rows:
        said = "; ".join(
            f"{f.value}{'+' if f.qualifier == 'at_least' else ''} ({f.outlet or f.doc_id})"
            for f in c.summary.reports
        )
        kind = "[red]incompatible[/red]" if c.incompatible else "differs"
        table.add_row(f"{c.event_type} {c.event_id}", c.date or "", c.place or "", c.field, kind, said)
    out.print(table)


@app.command()
def search(
    text: str,
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="At most this many sentences.")] = 50,
    as_json: JsonOption = False,
) -> None:
    """Evidence sentences containing every word of TEXT."""
    with _kb(db) as kb:
        hits = kb.search(text, limit=limit)
    if as_json:
        return _emit_json(hits)
    table = Table("sentence", "document", "outlet", "published")
    for hit in hits:
        table.add_row(hit.sentence, hit.doc_id, hit.outlet or "", str(hit.published or ""))
    out.print(table)


@app.command()
def metrics(
    db: DbOption = None,
    top: Annotated[int, typer.Option(help="Show this many entities.")] = 25,
    types: TypesOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    min_sources: MinSourcesOption = 1,
    hedged: HedgedOption = True,
    as_json: JsonOption = False,
) -> None:
    """Degree, betweenness, PageRank and community of the most central entities."""
    with _kb(db) as kb:
        result = kb.metrics(top=top, **_filters(types, since, until, min_sources, hedged))
    if as_json:
        return _emit_json(result)
    table = Table(
        "name",
        "type",
        "degree",
        "betweenness",
        "pagerank",
        "community",
        title=f"{result.n_nodes} entities, {result.n_edges} links, {result.n_communities} communities",
    )
    for r in result.rows:
        table.add_row(
            r.name, r.type, str(r.degree), f"{r.betweenness:.4f}", f"{r.pagerank:.4f}", str(r.community)
        )
    out.print(table)


@app.command("new-links")
def new_links(
    since: Annotated[str, typer.Argument(help="Start of the period (YYYY[-MM[-DD]]).")],
    until: Annotated[str | None, typer.Argument(help="End of the period (default: open).")] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Links first seen in a period, oldest first."""
    with _kb(db) as kb:
        rows = kb.new_links(since, until)
    if as_json:
        return _emit_json(rows)
    out.print(_relation_table(rows))


@entity_app.command("merge")
def entity_merge(keep: str, absorb: str, db: DbOption = None, as_json: JsonOption = False) -> None:
    """Make ABSORB the same entity as KEEP (names or ids)."""
    with _kb(db) as kb:
        detail = kb.merge(keep, absorb)
    if as_json:
        return _emit_json(detail)
    out.print(f"merged into [bold]{detail.name}[/bold] {detail.id}: {', '.join(detail.aliases)}")


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
    out.print(f"new entity [bold]{detail.name}[/bold] {detail.id}: {', '.join(detail.aliases)}")


@entity_app.command("overrides")
def entity_overrides(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Manual merges and splits, in the order they are replayed."""
    with _kb(db) as kb:
        rows = kb.overrides()
    if as_json:
        return _emit_json(rows)
    table = Table("#", "kind", "entity", "other", "forms")
    for r in rows:
        table.add_row(str(r["seq"]), r["kind"], r["entity_id"], r["other_id"], ", ".join(r["forms"]))
    out.print(table)

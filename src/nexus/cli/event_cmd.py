"""Manual event identity: ``nexus event-merge``, ``event-split`` and ``event-overrides``.

Automatic identity (``nexus.resolve.events``) can be wrong both ways; these
commands record the analyst's decision in ``event_overrides`` and apply it
at once. Like the entity overrides they are replayed on every later ingest:
a report that automatic identity puts in a merged-away event lands in the
survivor, and a new version of a split-off document stays split off. Each
moved report's ``resolution`` says a manual override moved it.

(Top-level hyphenated names, because ``nexus event ID`` shows one event.)
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated

import typer

from nexus.cli.app import app, knowledge_base, out
from nexus.cli.render import Col, emit_table

if TYPE_CHECKING:  # the store loads inside the commands: ``nexus --help`` must not import it
    from nexus.kb import KnowledgeBase

DbOption = Annotated[
    str | None,
    typer.Option("--db", envvar="NEXUS_DB", help="Database URL or SQLite path (default ./nexus.db)."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON on stdout instead of a table.")]


_kb = knowledge_base


def _print_event(kb: KnowledgeBase, event_id: str, verb: str, as_json: bool) -> None:
    event = kb.event(event_id)
    if as_json:
        out.print(json.dumps(event.model_dump(mode="json"), ensure_ascii=False, indent=2), markup=False)
        return
    place = event.place.name if event.place and event.place.name else ""
    out.print(
        f"{verb} [bold]{event.id}[/bold]: {event.type} {event.date or ''} {place}, "
        f"{event.n_reports} report(s) from {event.n_sources} source(s)",
        highlight=False,
    )


@app.command("event-merge")
def event_merge(
    keep: Annotated[str, typer.Argument(help="The event id that stays.")],
    absorb: Annotated[str, typer.Argument(help="The event id whose reports move into KEEP.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Make event ABSORB part of event KEEP (persisted, replayed on ingest)."""
    from nexus.store import linker

    with _kb(db) as kb:
        with kb.store.engine.begin() as connection:
            linker.merge_events(connection, keep, absorb)
        _print_event(kb, keep, "merged into", as_json)


@app.command("event-split")
def event_split(
    event_id: Annotated[str, typer.Argument(help="The event to split.")],
    docs: Annotated[list[str], typer.Argument(help="Documents whose reports move to a new event.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Move the reports of EVENT_ID from DOCS to a new event (persisted, replayed on ingest)."""
    from nexus.store import linker

    with _kb(db) as kb:
        with kb.store.engine.begin() as connection:
            new_id = linker.split_event(connection, event_id, docs)
        _print_event(kb, new_id, "new event", as_json)


@app.command("event-overrides")
def event_overrides(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Manual event merges and splits, in the order they are replayed."""
    from nexus.store import linker

    with _kb(db) as kb, kb.store.connect() as connection:
        rows = linker.event_override_rows(connection)
    if as_json:
        out.print(json.dumps(rows, ensure_ascii=False, indent=2), markup=False)
        return
    emit_table(
        ("#", "kind", Col("event", ident=True), Col("other", ident=True), "documents"),
        ([str(r["seq"]), r["kind"], r["event_id"], r["other_id"] or "", ", ".join(r["docs"])] for r in rows),
        empty="no manual event merges or splits",
    )

"""Corrections on the command line: ``nexus correct``, ``correct-undo``, ``corrections``, ``audit``.

``nexus correct event|relation|report ID --reason TEXT`` hides one fact from
every view and export (kept in the store, see ``nexus.store.corrections``);
``nexus correct-undo N`` shows it again; ``nexus corrections`` lists them and
``nexus audit`` every recorded write, newest first. Writes are recorded under
``--who`` (default ``command line``).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated, Any

import typer

from nexus.cli.app import app, console, knowledge_base, out
from nexus.cli.render import Col, emit_table
from nexus.errors import NexusError

if TYPE_CHECKING:  # the store loads inside the commands: ``nexus --help`` must not import it
    from nexus.store import corrections

DbOption = Annotated[
    str | None,
    typer.Option("--db", envvar="NEXUS_DB", help="Database URL or SQLite path (default ./nexus.db)."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON on stdout instead of a table.")]
WhoOption = Annotated[
    str | None, typer.Option("--who", help="Your name, recorded in the audit list (default: command line).")
]


_kb = knowledge_base


def _print_json(data: Any) -> None:
    out.print(json.dumps(data, ensure_ascii=False, indent=2), markup=False)


def _print_correction(correction: corrections.Correction, as_json: bool) -> None:
    if as_json:
        _print_json(correction.model_dump(mode="json"))
        return
    state = "hidden" if correction.active else "shown again"
    out.print(
        f"correction {correction.id}: {correction.kind} {correction.target} ({correction.label}) {state}",
        markup=False,
    )


@app.command("correct")
def correct(
    kind: Annotated[str, typer.Argument(help="What is wrong: event, relation or report.")],
    target: Annotated[str, typer.Argument(help="Its id (from `nexus events --json`, the UI or the API).")],
    reason: Annotated[str, typer.Option("--reason", "-r", help="Why the fact is wrong.")],
    who: WhoOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Mark a fact wrong: hidden from every view and export, kept, undoable (`nexus correct-undo`)."""
    from nexus.store import corrections

    if kind not in corrections.KIND_TABLES:
        console.print(f"[red]error[/red] KIND must be one of {', '.join(corrections.KIND_TABLES)}")
        raise typer.Exit(2)
    if not reason.strip():
        console.print("[red]error[/red] --reason must say why the fact is wrong")
        raise typer.Exit(2)
    with _kb(db) as kb:
        try:
            with kb.store.write() as connection:
                made = corrections.mark_wrong(
                    connection, kind, target, reason, corrections.clean_who(who, corrections.COMMAND_LINE)
                )
        except NexusError as exc:
            console.print(f"[red]error[/red] {exc}", highlight=False)
            raise typer.Exit(1) from None
    _print_correction(made, as_json)


@app.command("correct-undo")
def correct_undo(
    correction_id: Annotated[int, typer.Argument(help="The correction's number (`nexus corrections`).")],
    who: WhoOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Undo a correction: the fact shows again; the correction stays in the audit list."""
    from nexus.store import corrections

    with _kb(db) as kb:
        try:
            with kb.store.write() as connection:
                undone = corrections.undo(
                    connection, correction_id, corrections.clean_who(who, corrections.COMMAND_LINE)
                )
        except NexusError as exc:
            console.print(f"[red]error[/red] {exc}", highlight=False)
            raise typer.Exit(1) from None
    _print_correction(undone, as_json)


@app.command("corrections")
def list_corrections(
    active: Annotated[bool, typer.Option("--active", help="Only those still hiding their fact.")] = False,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Facts marked wrong, newest first."""
    from nexus.store import corrections

    with _kb(db) as kb, kb.store.connect() as connection:
        rows = corrections.list_corrections(connection, active_only=active)
    if as_json:
        _print_json([r.model_dump(mode="json") for r in rows])
        return
    emit_table(
        (Col("#", ident=True), "kind", "fact", "reason", "who", "when", "state"),
        (
            [
                str(r.id), r.kind, r.label, r.reason, r.who, f"{r.at:%Y-%m-%d %H:%M}",
                "hidden" if r.active else f"undone {r.undone_at:%Y-%m-%d %H:%M}" if r.undone_at else "undone",
            ]
            for r in rows
        ),
        empty="no corrections",
    )  # fmt: skip


@app.command("audit")
def audit(
    limit: Annotated[int, typer.Option("--limit", min=1, help="Entries to show.")] = 100,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Every recorded write, newest first: corrections, undos, merges and splits, API ingests."""
    from nexus.store import corrections

    with _kb(db) as kb, kb.store.connect() as connection:
        rows = corrections.audit_entries(connection, limit=limit)
    if as_json:
        _print_json([r.model_dump(mode="json") for r in rows])
        return
    emit_table(
        ("when", "who", "action", Col("target", ident=True), "detail"),
        (
            [
                f"{r.at:%Y-%m-%d %H:%M:%S}" if r.at else "—",
                r.who or "—",
                r.action,
                r.target,
                str(r.detail.get("label") or r.detail.get("reason") or ""),
            ]
            for r in rows
        ),
        empty="nothing recorded yet",
    )

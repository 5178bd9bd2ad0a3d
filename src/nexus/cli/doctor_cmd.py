"""``nexus doctor``: say what is wrong with a knowledge base and, with ``--repair``, mend it.

Exit codes: 0 when the store is healthy (or was repaired), 1 when problems
remain, with each problem printed next to how to repair it.
"""

from __future__ import annotations

from typing import Annotated

import typer

from nexus.cli.app import app, console, out
from nexus.errors import NexusError


@app.command()
def doctor(
    db: Annotated[
        str | None,
        typer.Option("--db", envvar="NEXUS_DB", help="Database URL or SQLite path (default ./nexus.db)."),
    ] = None,
    repair_it: Annotated[
        bool,
        typer.Option("--repair", help="Run migrations, re-create missing tables, rebuild the search index."),
    ] = False,
) -> None:
    """Check a knowledge base: schema version, tables, full-text index, file integrity."""
    from nexus.store.engine import safe_url
    from nexus.store.health import diagnose, repair

    where = safe_url(db)
    try:
        problems = diagnose(db)
        if problems and repair_it and all(p.repairable for p in problems):
            for action in repair(db):
                out.print(f"repaired: {action}", highlight=False)
            problems = diagnose(db)
    except NexusError as exc:
        console.print(f"[red]error[/red] {exc}", highlight=False)
        raise typer.Exit(1) from None
    if not problems:
        out.print(f"{where}: healthy", highlight=False)
        return
    for problem in problems:
        out.print(f"[red]problem[/red] {problem.what}\n  repair: {problem.repair}", highlight=False)
    raise typer.Exit(1)

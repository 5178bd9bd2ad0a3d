"""``nexus export`` (STIX 2.1, GraphML, GEXF, CSV, JSON Lines) and ``nexus import`` (JSON Lines).

Thin over ``nexus.export``: open the store, resolve the scope, count what
will be written (for the progress bar), stream it out. A file is written to
``OUT.part`` and renamed when complete, so an interrupted export never
leaves a truncated file under the final name. ``OUT`` may be ``-`` (stdout).
CSV is three tables: ``OUT`` is a folder for all three, or with ``--table``
one file (``events.csv``) or ``-``. Where it was written is always said.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from nexus.cli.app import app, console, progress_bar
from nexus.cli.dates import SinceOption, UntilOption
from nexus.cli.render import emit_json
from nexus.errors import NexusError

if TYPE_CHECKING:  # the exporters (networkx, stix2) load only when exporting
    from sqlalchemy.engine import Connection

    from nexus.export import Selection
    from nexus.store import DocumentResult


class ExportFormat(StrEnum):
    stix = "stix"
    graphml = "graphml"
    gexf = "gexf"
    csv = "csv"
    jsonl = "jsonl"


#: What the STIX summary calls the places it could not write, and their links.
STIX_LEFT_OUT = "left out (places without country or coordinates, and their links)"


class CsvTable(StrEnum):
    events = "events"
    edges = "edges"
    entities = "entities"


DbOption = Annotated[
    str | None,
    typer.Option("--db", envvar="NEXUS_DB", help="Database URL or SQLite path (default ./nexus.db)."),
]


def _fail(message: str) -> typer.Exit:
    console.print(f"[red]error[/red] {message}", highlight=False)
    return typer.Exit(1)


@contextmanager
def _output(out: Path) -> Iterator[IO[str]]:
    """``out`` opened for writing (``-``: stdout), renamed into place only when complete."""
    if str(out) == "-":
        yield sys.stdout
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".part")
    try:
        with partial.open("w", encoding="utf-8", newline="") as handle:
            yield handle
        partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)


def _total(selection: Selection, fmt: ExportFormat) -> int:
    if fmt is ExportFormat.graphml or fmt is ExportFormat.gexf:
        return selection.count_relations() + selection.count_entities()  # nodes: an upper bound
    total = selection.count_relations() + selection.count_events()
    if selection.scope.is_everything or fmt is ExportFormat.csv:
        total += selection.count_entities()
    return total


@app.command("export")
def export(
    out: Annotated[
        Path,
        typer.Argument(
            metavar="OUT", help="Output file (- for stdout); for csv a folder, or a file with --table."
        ),
    ],
    output_format: Annotated[ExportFormat, typer.Option("--format", "-f", help="Export format.")],
    db: DbOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    min_sources: Annotated[
        int, typer.Option(min=1, help="Only links and events with this many independent sources.")
    ] = 1,
    entity: Annotated[str | None, typer.Option(help="Only the neighbourhood of this entity.")] = None,
    depth: Annotated[int, typer.Option(min=0, help="Hops around --entity.")] = 2,
    table: Annotated[
        CsvTable | None, typer.Option("--table", help="csv: write only this table, to the file OUT (or -).")
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print what was written as JSON on stdout.")
    ] = False,
) -> None:
    """Export the knowledge base as STIX 2.1, GraphML, GEXF, CSV or JSON Lines."""
    from nexus.export import (
        ExportScope,
        Selection,
        export_gexf,
        export_graphml,
        export_jsonl,
        export_stix,
    )
    from nexus.export.jsonl import store_counts
    from nexus.kb import open as open_kb
    from nexus.kb import relation_filter

    fmt = output_format
    filtered = since or until or min_sources > 1 or entity
    if fmt is ExportFormat.jsonl and filtered:
        raise _fail("jsonl is a full copy of the store (for nexus import); it takes no filters")
    if table is not None and fmt is not ExportFormat.csv:
        raise _fail("--table chooses one of the csv tables; it needs --format csv")
    if fmt is ExportFormat.csv and table is None and (str(out) == "-" or out.suffix.lower() == ".csv"):
        raise _fail(
            f"csv writes three tables (events.csv, edges.csv, entities.csv), so {out} would be a folder: "
            "give a folder, or --table events|edges|entities to write that one table to the file"
        )
    if as_json and str(out) == "-":
        raise _fail("--json prints a summary on stdout, so the export cannot go there too: give a file")
    report = _reporter(as_json)
    try:
        window = relation_filter(since=since, until=until)  # parses the dates, cleanly
        scope = ExportScope(
            since=window.since, until=window.until, min_sources=min_sources, entity=entity, depth=depth
        )
        with open_kb(db, must_exist=True) as kb, kb.store.connect() as connection, progress_bar() as progress:
            if fmt is ExportFormat.jsonl:
                total = store_counts(connection)["documents"]
                task = progress.add_task("exporting documents", total=total)
                with _output(out) as handle:
                    counts = export_jsonl(connection, handle, progress=lambda n: progress.advance(task, n))
                report(
                    {
                        "documents": counts["documents"],
                        "versions": counts["document_versions"],
                        "overrides": counts["overrides"],
                    },
                    out,
                )
                return
            selection = Selection(connection, scope)
            if selection.truncated:
                console.print(f"[yellow]the neighbourhood of {entity!r} was cut at its node limit[/yellow]")
            task = progress.add_task(f"exporting {fmt.value}", total=_total(selection, fmt))

            def advance(n: int) -> None:
                progress.advance(task, n)

            if fmt is ExportFormat.csv:
                counts, where = _write_csv(connection, out, selection, table, advance)
                report(counts, where)
                return
            with _output(out) as handle:
                if fmt is ExportFormat.stix:
                    bundle = export_stix(connection, handle, selection, progress=advance)
                    counts = {**bundle.by_type, "left out": bundle.skipped}
                else:
                    writer = export_graphml if fmt is ExportFormat.graphml else export_gexf
                    graph = writer(connection, handle, selection, progress=advance)
                    counts = {"nodes": graph.nodes, "edges": graph.edges}
            report(counts, out)
    except NexusError as exc:
        raise _fail(str(exc)) from None
    except BrokenPipeError:
        raise  # the reader stopped early (| head): click ends quietly, as for every other command
    except OSError as exc:
        raise _fail(f"cannot write {out}: {exc.strerror or exc}") from None


def _write_csv(
    connection: Connection,
    out: Path,
    selection: Selection,
    table: CsvTable | None,
    advance: Callable[[int], None],
) -> tuple[dict[str, int], Path]:
    """The csv tables into the folder ``out``, or one of them into the file ``out`` (or stdout)."""
    from nexus.export import export_csv

    if table is None:
        tables = export_csv(connection, out, selection, progress=advance)
        return {"events": tables.events, "edges": tables.edges, "entities": tables.entities}, out
    parent = Path.cwd() if str(out) == "-" else out.resolve().parent
    parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=parent, prefix=".nexus-export-") as scratch:
        tables = export_csv(connection, Path(scratch), selection, progress=advance)
        written = Path(scratch) / f"{table.value}.csv"
        if str(out) == "-":
            with written.open(encoding="utf-8", newline="") as handle:
                shutil.copyfileobj(handle, sys.stdout)
        else:
            written.replace(out)
    return {table.value: getattr(tables, table.value)}, out


def _where(out: Path) -> str:
    return "standard output" if str(out) == "-" else str(out.resolve())


def _reporter(as_json: bool) -> Callable[[dict[str, int], Path], None]:
    """Say what was written where: a table on stderr, or JSON on stdout with ``--json``."""

    def report(counts: dict[str, int], out: Path) -> None:
        if as_json:
            files = (
                [str((out / f"{name}.csv").resolve()) for name in counts]
                if out.is_dir() and str(out) != "-"
                else [_where(out)]
            )
            emit_json({"written": files, "counts": counts})
            return
        if out.is_dir() and str(out) != "-":
            where = f"written to the folder {_where(out)}: " + ", ".join(f"{name}.csv" for name in counts)
        else:
            where = f"written to {_where(out)}"
        console.print(where, highlight=False, markup=False, soft_wrap=True)
        if len(counts) <= 4:
            table = Table(*counts, show_edge=False)
            table.add_row(*(str(v) for v in counts.values()))
        else:  # STIX object types: one row each, so no header is cut on an 80-column terminal
            table = Table("objects", "count", show_edge=False)
            for name, value in counts.items():
                table.add_row(STIX_LEFT_OUT if name == "left out" else name, str(value))
        console.print(table)

    return report


@app.command("import")
def import_(
    file: Annotated[
        Path, typer.Argument(help="A JSON Lines export (nexus export --format jsonl); - for stdin.")
    ],
    db: DbOption = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per transaction.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="Print the counts as JSON on stdout.")] = False,
) -> None:
    """Load a JSON Lines export into a knowledge base (documents re-ingested, merges/splits replayed)."""
    from nexus.export import import_jsonl
    from nexus.export.jsonl import ImportFormatError, store_counts
    from nexus.kb import open as open_kb

    try:
        handle = sys.stdin if str(file) == "-" else file.open(encoding="utf-8")
    except OSError as exc:
        raise _fail(f"cannot read {file}: {exc.strerror or exc}") from None
    try:
        with handle, open_kb(db) as kb, progress_bar() as progress:
            with kb.store.connect() as connection:
                empty_before = store_counts(connection)["documents"] == 0
            task = progress.add_task("importing documents", total=None)
            done: Callable[[DocumentResult], None] = lambda _result: progress.advance(task)  # noqa: E731
            summary = import_jsonl(kb.store, handle, batch_size=batch_size, on_result=done)
            with kb.store.connect() as connection:
                actual = store_counts(connection)
    except ImportFormatError as exc:  # the file is at fault: name it
        raise _fail(f"{'<stdin>' if str(file) == '-' else file}: {exc}") from None
    except NexusError as exc:
        raise _fail(str(exc)) from None
    ingest = summary.ingest
    if as_json:
        emit_json(
            {
                "added": ingest.added,
                "updated": ingest.updated,
                "unchanged": ingest.unchanged,
                "failed": ingest.failed,
                "overrides_replayed": summary.overrides_applied,
                "override_errors": list(summary.override_errors),
            }
        )
    table = Table("added", "updated", "unchanged", "failed", "overrides replayed", title=f"imported {file}")
    table.add_row(
        str(ingest.added), str(ingest.updated), str(ingest.unchanged), str(ingest.failed),
        str(summary.overrides_applied),
    )  # fmt: skip
    if not as_json:
        console.print(table)
    for error in summary.override_errors:
        console.print(f"[yellow]override not replayed[/yellow] {error}", highlight=False)
    if empty_before:
        differ = {k: (v, actual.get(k)) for k, v in summary.expected.items() if actual.get(k) != v}
        for name, (expected, got) in differ.items():
            console.print(f"[yellow]{name}: {got} in the copy, {expected} in the source[/yellow]")
    if ingest.failed:
        raise typer.Exit(1)

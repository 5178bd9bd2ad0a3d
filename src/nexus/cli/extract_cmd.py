"""``nexus extract``: documents in, one contract JSON per document out.

Exit codes (shared with ``nexus ingest``): 0 when every document was read
and extracted (files skipped as unsupported and near-duplicates are fine);
1 when any document failed, to read or to extract: each failure is printed
to stderr with its origin (and in ``run-report.json`` with ``--out``), and
every other document is still processed; 2 for a usage error.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from nexus.cli.app import app, console, out, progress_bar, require_valid_settings
from nexus.cli.batch_meta import OutletOption, PublishedOption, read_with_defaults
from nexus.cli.notices import read_notices

if TYPE_CHECKING:  # imported where used: ``nexus --help`` must not load the ingest stack
    from nexus.ingest import NearDuplicateIndex, RunReport
    from nexus.model import Document, Extraction

if TYPE_CHECKING:
    from nexus.extract.pipeline import Extractor


class OutputFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    summary = "summary"


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_filename(doc_id: str) -> str:
    """A file name for a document id: the id itself when it is safe, else a cleaned form."""
    cleaned = _UNSAFE.sub("_", doc_id).strip("._") or "document"
    return cleaned[:200]


#: The run's own file in an output folder (``run-report.json``): no document's file may take it.
RUN_REPORT_STEM = "run-report"


def output_stem(doc_id: str, taken: set[str]) -> str:
    """The file stem of a document's output in a folder, unique in the run: :func:`safe_filename`,
    or, when that stem is already ``taken`` (ids such as "a/b" and "a_b" clean to one name; case
    is ignored, as case-blind file systems do; the run report's name is reserved), the stem with a
    short digest of the id. Adds the stem to ``taken``."""
    stem = safe_filename(doc_id)
    if stem.casefold() in taken or stem.casefold() == RUN_REPORT_STEM:
        digest = hashlib.sha1(doc_id.encode("utf-8", "surrogatepass")).hexdigest()[:10]
        stem = f"{stem[:188]}-{digest}"
    taken.add(stem.casefold())
    return stem


def _documents(
    inputs: list[str], report: RunReport, published: datetime | None = None, outlet: str | None = None
) -> Iterator[Document]:
    """Readable documents; failures reported, syndicated copies noted against their original."""
    from nexus.ingest import IngestFailure, NearDuplicateIndex, unique_ids

    # The index (and datasketch with it) is made for the second document: the first copies nothing.
    copies: NearDuplicateIndex | None = None
    first: Document | None = None
    for item in unique_ids(read_with_defaults(inputs, published, outlet)):
        report.record(item)
        if isinstance(item, IngestFailure):
            level = "[dim]skipped[/dim]" if item.skipped else "[red]error[/red]"
            console.print(f"{level} {item.origin}: {item.reason}", highlight=False)
            continue
        if first is None:
            first = item
            yield item
            continue
        if copies is None:
            copies = NearDuplicateIndex()
            copies.add(first.id, first.text)
        original = copies.add(item.id, item.text)
        if original is not None and original != item.id:
            report.record_duplicate(item.id, original)
        yield item


def extract_each(
    documents: Iterable[Document],
    extractor: Extractor,
    failed: Callable[[str, str], None],
    chunk: int | None = None,
) -> Iterator[Extraction]:
    """Extract in chunks; when a chunk fails, redo it one by one so that only the bad document is lost.

    ``failed(origin, reason)`` is called for each document the extractor
    cannot handle; the others are yielded in input order. Chunks default to
    what the extractor batches at once (a worker pool's round with ``--jobs``).
    (:func:`nexus.service.extract_chunk` does the same for ``nexus ingest``, but turns a
    document triage left unparsed into a skip, where this command writes its extraction.)
    """
    from nexus.service import chunked

    if chunk is None:
        chunk = max(32, extractor.batch_size * extractor.n_process * 4)
    for pending in chunked(documents, chunk):
        try:
            results = list(extractor.extract_many(pending))
        except Exception:  # some document in the chunk is bad: find it below
            results = []
            for document in pending:
                try:
                    results.append(extractor.extract(document))
                except Exception as exc:  # a document the extractor cannot handle
                    failed(document.origin or document.id, f"extraction failed: {type(exc).__name__}: {exc}")
        yield from results


def render_summary(extraction: Extraction) -> None:
    """A readable per-document summary: entities, dates, events and relations with evidence."""
    doc = extraction.document
    title = doc.title or doc.id
    out.print(
        f"[bold]{title}[/bold]  [dim]{doc.id} · {doc.outlet or 'unknown outlet'} · "
        f"{doc.published or 'undated'}[/dim]"
    )
    if extraction.skipped is not None:
        out.print(f"[dim]not parsed: {extraction.skipped} (--no-triage parses it)[/dim]", highlight=False)
        return
    table = Table("type", "name", "subtype", "aliases / roles", "where", show_edge=False, pad_edge=False)
    for ent in extraction.entities:
        extra = ", ".join([*ent.aliases, *(f"role: {r}" for r in ent.roles)])
        where = ""
        if ent.place is not None:
            p = ent.place
            coords = f" {p.lat:.3f},{p.lon:.3f}" if p.lat is not None and p.lon is not None else ""
            where = f"{p.country or ''} {p.admin1 or ''}{coords}".strip()
        elif ent.country:
            where = ent.country
        table.add_row(ent.type, ent.name, ent.subtype or "", extra, where)
    out.print(table)
    if extraction.dates:
        out.print(
            "dates: "
            + "; ".join(f"{d.span.text!r} → {d.value.iso} ({d.value.precision})" for d in extraction.dates)
        )
    for event in extraction.events:
        figures = []
        for label in ("killed", "injured"):
            count = getattr(event, label)
            if count is not None:
                figures.append(f"{label} {count.value} ({count.qualifier})")
        when = event.date.iso if event.date else "undated"
        where = event.place.name if event.place else "—"
        hedge = " [yellow]hedged[/yellow]" if event.attribution.hedged else ""
        source = f" per {event.attribution.asserter}" if event.attribution.asserter else ""
        out.print(
            f"  [bold cyan]{event.type}[/bold cyan] {when} @ {where}: "
            f"{', '.join(event.actors) or '?'} → {', '.join(event.targets) or '?'} "
            f"{'; '.join(figures)}{hedge}{source}"
        )
        out.print(f"    [dim]“{event.evidence.sentence}”[/dim]")
    for rel in extraction.relations:
        hedge = " [yellow]hedged[/yellow]" if rel.attribution.hedged else ""
        out.print(
            f"  [bold magenta]{rel.type}[/bold magenta] {rel.source} — {rel.target}"
            f"{f' ({rel.role})' if rel.role else ''}{hedge}"
        )
        out.print(f"    [dim]“{rel.evidence.sentence}”[/dim]")
    out.print()


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, or - for stdin.")],
    out_dir: Annotated[Path | None, typer.Option("--out", help="Write OUT/<id>.json per document.")] = None,
    output_format: Annotated[
        OutputFormat | None, typer.Option("--format", help="json (files), jsonl (stdout) or summary.")
    ] = None,
    jobs: Annotated[int, typer.Option("--jobs", min=1, help="Worker processes.")] = 1,
    triage: Annotated[
        bool, typer.Option("--triage/--no-triage", help="Skip documents not about security unparsed.")
    ] = True,
    published: PublishedOption = None,
    outlet: OutletOption = None,
    time_budget: Annotated[
        float,
        typer.Option(
            "--time-budget",
            min=0,
            help="Seconds the rule stages may spend on one document before it fails alone (0: no limit).",
        ),
    ] = 120.0,
) -> None:
    """Extract entities, dates, places, events and relations from news reports."""

    from nexus.extract.pipeline import Extractor
    from nexus.ingest import IngestFailure, RunReport

    fmt = output_format or (OutputFormat.json if out_dir else OutputFormat.summary)
    if fmt is OutputFormat.json and out_dir is None:
        raise typer.BadParameter("--format json writes files: give --out DIR", param_hint="--out")
    if out_dir is not None:  # before the model loads: a wrong --out costs nothing
        if out_dir.exists() and not out_dir.is_dir():
            raise typer.BadParameter(f"a file, not a folder: {out_dir}")
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            console.print(f"[red]error[/red] cannot create {out_dir}: {exc.strerror or exc}", highlight=False)
            raise typer.Exit(1) from None
    report = RunReport()
    require_valid_settings()
    extractor = Extractor(n_process=jobs, triage=triage, time_budget_s=time_budget or None)
    written = 0
    stems: set[str] = set()

    def failed(origin: str, reason: str) -> None:
        report.record(IngestFailure(origin, reason))
        console.print(f"[red]error[/red] {origin}: {reason}", highlight=False)

    with (
        read_notices(),
        progress_bar() as progress,
    ):
        task = progress.add_task("extracting", total=None)
        for extraction in extract_each(_documents(inputs, report, published, outlet), extractor, failed):
            contract = extraction.to_contract()
            contract["duplicate_of"] = report.duplicates.get(extraction.document.id)
            if fmt is OutputFormat.jsonl:
                sys.stdout.write(json.dumps(contract, ensure_ascii=False) + "\n")
            elif fmt is OutputFormat.summary:
                render_summary(extraction)
            if out_dir is not None:
                path = out_dir / f"{output_stem(extraction.document.id, stems)}.json"
                path.write_text(json.dumps(contract, ensure_ascii=False, indent=1), encoding="utf-8")
                written += 1
            progress.advance(task)
    if out_dir is not None:
        report.write(out_dir / f"{RUN_REPORT_STEM}.json")
        table = Table(
            "documents read",
            "failed",
            "skipped",
            "written",
            "near-duplicates",
            title="nexus extract",
            show_edge=False,
        )
        table.add_row(
            str(report.documents_read),
            str(report.documents_failed),
            str(len(report.skipped)),
            str(written),
            str(len(report.duplicates)),
        )
        console.print(table)
    if not report.ok:
        console.print(f"[red]{report.documents_failed} document(s) failed[/red]")
        raise typer.Exit(code=1)

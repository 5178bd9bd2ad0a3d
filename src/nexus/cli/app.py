"""The typer application every command module registers on.

Commands are thin wrappers over the Python API: they parse options, call the
library and render the result with rich; user errors are clean messages.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import typer
from rich.console import Console

from nexus.errors import NexusError

if TYPE_CHECKING:  # the store loads inside the commands: ``nexus --help`` must not import it
    from rich.progress import Progress

    from nexus.kb import KnowledgeBase

app = typer.Typer(
    name="nexus",
    help="Nexus: an evidence-backed, time-aware knowledge graph from news reports.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

#: Human-readable output (tables, progress) goes to stderr so stdout stays clean for data.
console = Console(stderr=True)
#: Data output (JSON, JSON Lines).
out = Console(soft_wrap=True, highlight=False)


@app.callback()
def _root() -> None:
    """Nexus: an evidence-backed, time-aware knowledge graph from news reports."""


def require_valid_settings() -> None:
    """Stop the command (exit 2) on a bad learned-stage setting, before any document is read:
    :func:`nexus.extract.pipeline.check_settings`'s error, printed clean."""
    from nexus.errors import SettingError
    from nexus.extract.pipeline import check_settings

    try:
        check_settings()
    except SettingError as exc:
        console.print(f"[red]error[/red] {exc}", highlight=False)
        raise typer.Exit(2) from None


@contextmanager
def knowledge_base(db: str | None, *, must_exist: bool = True) -> Iterator[KnowledgeBase]:
    """Open the knowledge base for a command; a ``NexusError`` becomes a clean message and exit 1.

    Reading commands need an existing store (``must_exist``): a mistyped path
    is an error naming it, never a new empty ``nexus.db``.
    """
    from nexus.kb import open as open_kb

    try:
        with open_kb(db, must_exist=must_exist) as kb:
            yield kb
    except NexusError as exc:
        console.print(f"[red]error[/red] {exc}", highlight=False)
        raise typer.Exit(1) from None


def progress_bar() -> Progress:
    """The bar long commands show on stderr (description, bar, done/total, time); off when
    stderr is not a terminal, gone when done."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    )

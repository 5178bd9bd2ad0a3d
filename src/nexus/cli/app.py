"""The typer application every command module registers on.

Commands are thin wrappers over the Python API: they parse options, call the
library and render the result with rich; user errors are clean messages.
"""

from __future__ import annotations

import typer
from rich.console import Console

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

"""Date options of the reading and export commands: ``--since``/``--until`` and period arguments.

A bound is ``YYYY``, ``YYYY-MM`` or a real ``YYYY-MM-DD``; anything else is a
usage error (exit code 2) naming the option, before the store is opened. A
year or month given to ``--until`` reaches to its end (``--until 2025-06``
keeps 30 June), as everywhere in Nexus (``nexus.kb.date_bound``).
"""

from __future__ import annotations

from typing import Annotated

import typer


def date_text(value: str | None) -> str | None:
    """Typer callback: a date option or argument must be YYYY, YYYY-MM or a real YYYY-MM-DD
    (else a usage error, exit code 2, naming the option)."""
    if value is None:
        return None
    from nexus.errors import NexusError
    from nexus.kb import date_bound

    try:
        date_bound(value)
    except NexusError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") from None
    return value


SinceOption = Annotated[
    str | None, typer.Option(help="Only from this date (YYYY[-MM[-DD]]).", callback=date_text)
]
UntilOption = Annotated[
    str | None,
    typer.Option(
        help="Only up to this date (YYYY[-MM[-DD]]; a year or month: to its end).", callback=date_text
    ),
]

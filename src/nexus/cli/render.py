"""How the CLI prints results: tables for people, TSV for pipes, JSON on request.

On a terminal a result is a rich table fitted to the window, with id columns
never shortened (they are what the next command is given). Piped or
redirected, the same rows are written as tab-separated values with a header
line: nothing is cut to 80 columns, nothing is wrapped, and ``cut``, ``awk``
or a spreadsheet can read it. An empty result is said in words on stderr,
so a pipe receives only the header.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rich.table import Table
from rich.text import Text

from nexus.cli.app import console, out

if TYPE_CHECKING:
    from nexus.resolve.figures import FigureSummary

#: How a figure's qualifier is written before it (the web UI uses the same marks).
QUALIFIER_MARKS = {"at_least": "≥", "at_most": "≤", "approx": "~", "exact": ""}

Cell = str | Text


@dataclass(frozen=True)
class Col:
    """A table column; ``ident`` columns (ids) are never shortened or wrapped."""

    header: str
    ident: bool = False


def plural(n: int, word: str, many: str | None = None) -> str:
    """``1 source``, ``2 sources`` (``many`` for irregular plurals)."""
    return f"{n} {word if n == 1 else many or word + 's'}"


def figure(value: int, qualifier: str | None) -> str:
    """A figure with its qualifier mark: ``≥20``, ``~30``, ``≤5``, ``12``."""
    return f"{QUALIFIER_MARKS.get(qualifier or 'exact', '')}{value}"


def figure_summary(summary: FigureSummary | None) -> Cell:
    """One event's figure across its reports: ``≥20`` when they agree, else the range,
    the most corroborated and the latest figure, with a red ``!`` when they contradict."""
    if summary is None:
        return ""
    said = {(f.value, f.qualifier) for f in summary.reports if not f.alternative}
    best = summary.most_corroborated
    if len(said) <= 1:
        return figure(best.value, best.qualifier)
    text = Text(
        f"{summary.min}–{summary.max} (most: {figure(best.value, best.qualifier)}, "
        f"latest: {figure(summary.latest.value, summary.latest.qualifier)})"
    )
    if summary.contradiction:
        text.append(" !", style="bold red")
    return text


def _plain(cell: Cell) -> str:
    value = cell.plain if isinstance(cell, Text) else str(cell)
    return " ".join(value.split())  # no tab or newline may break a TSV row


def emit_table(
    columns: Sequence[Col | str],
    rows: Iterable[Sequence[Cell]],
    *,
    empty: str,
    title: str | None = None,
) -> int:
    """Print ``rows`` as a table (terminal) or TSV (pipe); ``empty`` (on stderr) when there are none.

    Returns the number of rows printed.
    """
    cols = [c if isinstance(c, Col) else Col(c) for c in columns]
    materialised = [list(r) for r in rows]
    if not materialised:
        console.print(empty, highlight=False, markup=False)
    if not out.is_terminal:
        if materialised:
            lines = ["\t".join(c.header for c in cols)]
            lines += ["\t".join(_plain(cell) for cell in row) for row in materialised]
            out.file.write("\n".join(lines) + "\n")
            out.file.flush()
        return len(materialised)
    if not materialised:
        return 0
    if not _table_fits(cols, materialised, out.width):
        _emit_blocks(cols, materialised, title)
        return len(materialised)
    table = Table(title=title)
    for i, col in enumerate(cols):
        if col.ident:
            widest = max((len(_plain(row[i])) for row in materialised), default=0)
            table.add_column(col.header, no_wrap=True, min_width=max(widest, len(col.header)))
        else:
            table.add_column(col.header, overflow="fold")
    for row in materialised:
        table.add_row(*(cell if isinstance(cell, Text) else Text(str(cell)) for cell in row))
    out.print(table)
    return len(materialised)


#: A column narrower than its longest word, or than this, splits words (``atta|ck``).
_MAX_WORD = 10


def _word_width(rows: list[list[Cell]], i: int) -> int:
    """The longest word in column ``i`` (at most ``_MAX_WORD``): narrower splits words."""
    return min(max((len(w) for row in rows for w in _plain(row[i]).split()), default=1), _MAX_WORD)


def _table_fits(cols: Sequence[Col], rows: list[list[Cell]], width: int) -> bool:
    """Whether the table fits ``width`` with ids whole and no word (up to ``_MAX_WORD``) split."""
    need = 3 * len(cols) + 1  # borders and padding
    for i, col in enumerate(cols):
        if col.ident:
            need += max(max((len(_plain(row[i])) for row in rows), default=1), len(col.header))
        else:
            need += _word_width(rows, i)
    return need <= width


def _emit_blocks(cols: Sequence[Col], rows: list[list[Cell]], title: str | None) -> None:
    """One block per row for a terminal too narrow for the table: the ids, then ``column: value``
    lines (empty ones left out), wrapped between words."""
    if title:
        out.print(Text(title, style="bold"), soft_wrap=False)
    for number, row in enumerate(rows):
        if number:
            out.print()
        idents = [_plain(cell) for col, cell in zip(cols, row, strict=True) if col.ident]
        if idents:
            out.print(Text(" ".join(idents), style="bold"), soft_wrap=False)
        for col, cell in zip(cols, row, strict=True):
            if col.ident or not _plain(cell):
                continue
            value = cell if isinstance(cell, Text) else Text(str(cell))
            out.print(Text.assemble((f"  {col.header}: ", "dim"), value), soft_wrap=False)


def emit_json(value: Any) -> None:
    """Print ``value`` (a pydantic model, a list of them, or plain JSON data) as JSON on stdout."""
    if hasattr(value, "model_dump"):
        data: Any = value.model_dump(mode="json")
    elif isinstance(value, list):
        data = [v.model_dump(mode="json") if hasattr(v, "model_dump") else v for v in value]
    else:
        data = value
    out.print(json.dumps(data, ensure_ascii=False, indent=2), markup=False, highlight=False)


def line(text: str | Text) -> None:
    """One line of prose output on stdout (markup in ``str`` is interpreted; use Text for data)."""
    out.print(text, highlight=False)

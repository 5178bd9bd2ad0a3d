"""What the training corpora of the learned stages share: JSON-lines files of page records and
an environment switch held while the extractor reads the pages.

The corpus builders (:mod:`nexus.training.relation_corpus`, :mod:`nexus.training.event_corpus`)
run the extractor over the annotated pages with their own stage switched (``off`` or
``record``) and write one JSON object per page.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


@contextmanager
def environment(name: str, value: str) -> Iterator[None]:
    """Set the environment variable ``name`` to ``value`` for the block, then restore it (unset
    again when it was unset)."""
    previous = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = previous


def write_records(records: Iterable[dict[str, Any]], out: Path) -> int:
    """Write ``records`` to ``out`` as JSON lines (parents created); returns how many."""
    out.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n


def read_records(path: Path) -> list[dict[str, Any]]:
    """The records of a JSON-lines file written by :func:`write_records` (blank lines skipped)."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def corpus_main(argv: list[str] | None, write: Callable[[Path, Path], int], usage: str | None) -> int:
    """The command line of a corpus builder: ``PAGES_DIR OUT.jsonl``; returns the exit code (2 with
    ``usage`` on stderr when the arguments are wrong)."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print(usage or "usage: PAGES_DIR OUT.jsonl", file=sys.stderr)
        return 2
    n = write(Path(args[0]), Path(args[1]))
    print(f"{n} pages", file=sys.stderr)
    return 0

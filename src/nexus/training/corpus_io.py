"""What the training corpora of the learned stages share: JSON-lines files of page records,
an environment switch held while the extractor reads the pages, and the extractor's run over the
pages with one stage recording (:func:`recorded_pages`).

The corpus builders (:mod:`nexus.training.relation_corpus`, :mod:`nexus.training.event_corpus`,
:mod:`nexus.training.place_corpus`, :mod:`nexus.training.actor_corpus`) run the extractor over
the annotated pages with their own stage switched (``off`` or ``record``) and write one JSON
object per page.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nexus.training.pages import HELD_OUT_PREFIXES

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from nexus.model import Extraction


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


def extracted_pages(
    pages_dir: Path, mode_var: str, mode: str, *, skip_prefixes: tuple[str, ...] = HELD_OUT_PREFIXES
) -> Iterator[tuple[dict[str, Any], Doc, Extraction]]:
    """Run the extractor over every page of ``pages_dir`` (:func:`nexus.training.pages.read_pages`;
    files whose name starts with one of ``skip_prefixes``, by default
    :data:`nexus.training.pages.HELD_OUT_PREFIXES`, the check and fresh splits, are left unopened,
    so no learned stage trains on the pages it is measured on) with the environment
    variable ``mode_var`` set to ``mode`` (one learned stage ``off`` or in ``record`` mode, the
    others as shipped): ``(page, its parsed Doc, its extraction)`` per page. Notes each page on
    stderr."""
    from nexus.extract.assemble import to_extraction
    from nexus.extract.pipeline import Extractor
    from nexus.ingest.readers import document_from_record
    from nexus.training.pages import read_pages

    with environment(mode_var, mode):
        extractor = Extractor(triage=False)
        for n, page in enumerate(read_pages(pages_dir, skip_prefixes=skip_prefixes), 1):
            document = document_from_record(page, f"{pages_dir}/{page['id']}.json")
            doc, filed = extractor.parse(document)
            extraction = to_extraction(doc, filed, extractor.version)
            print(f"[{n}] {page['id']}", file=sys.stderr)
            yield page, doc, extraction


def recorded_pages(
    pages_dir: Path, mode_var: str, key: str, *, skip_prefixes: tuple[str, ...] = HELD_OUT_PREFIXES
) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]], Any]]:
    """:func:`extracted_pages` with the stage switched by ``mode_var`` in ``record`` mode: for each
    page ``(page, its extracted event dicts, what the stage left under doc.user_data[key])``, the
    last None when it left nothing (``skip_prefixes`` as there). The stages record one list per
    event before the learned event coreference joins two tellings of one happening
    (``nexus.extract.event_pairs``, after them in ``assemble.to_extraction``, as is the joining of
    one sentence's toll told twice, ``nexus.extract.one_toll``), so both joinings are off while
    they record: the event dicts are then the events the lists were recorded for, one for one."""
    from nexus.extract.event_pairs import ENV_MODE as PAIRS_MODE
    from nexus.extract.one_toll import ENV_MODE as ONE_TOLL_MODE

    with environment(PAIRS_MODE, "off"), environment(ONE_TOLL_MODE, "off"):
        for page, doc, extraction in extracted_pages(
            pages_dir, mode_var, "record", skip_prefixes=skip_prefixes
        ):
            recorded = doc.user_data.pop(key, None)
            yield page, extraction.to_contract()["events"], recorded


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

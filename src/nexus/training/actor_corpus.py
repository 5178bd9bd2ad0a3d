"""The actor corpus of the learned actor ranker, built from the annotated pages.

``python -m nexus.training.actor_corpus PAGES_DIR OUT.jsonl`` runs the extractor (its actor
ranker in ``record`` mode: the rules' actors kept, every event's candidates and their features
noted; the other learned stages as shipped) over every page of ``PAGES_DIR`` (``training/pages/``,
see :mod:`nexus.training.pages`) and writes one JSON line per page:

    {"page": id, "resolve": {folded surface form: gold name},
     "gold": [{"type", "date", "date_precision", "place", "lat", "lon", "evidence", "actors"}, ...],
     "events": [{"type", "trigger", "date", "date_precision", "place", "lat", "lon", "evidence",
                 "actors": [...], "gold": index | null,
                 "candidates": [{"name", "rules": bool, "features": [...], "label": 1 | 0 | null}]}]}

Each predicted event is paired with at most one gold event as the development scorer pairs them
(:func:`nexus.training.event_train.page_counts`' matching: same type, compatible date and place,
as many pairs as possible, evidence overlap breaking ties). A candidate of a paired event is right
(1) when its name resolves to one of the gold event's actors (the gold entities' names and
aliases, as the scorer resolves an actor), else wrong (0): every candidate is wrong when the gold
names no actor; the candidates of an unpaired event have no label (null).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from nexus.extract.actor_model import ENV_MODE, RECORDED
from nexus.training import event_corpus
from nexus.training.corpus_io import corpus_main, environment, read_records, write_records
from nexus.training.event_corpus import EVENT_FIELDS, GOLD_FIELDS
from nexus.training.pages import read_pages
from nexus.training.relation_corpus import gold_resolver, resolve_name


def scorer_pairs(
    gold: list[dict[str, Any]], pred: list[dict[str, Any]], table: dict[str, str]
) -> dict[int, int]:
    """Predicted index -> gold index, paired as the development scorer pairs events (see the module
    docstring)."""
    return event_corpus.match(
        gold,
        pred,
        lambda g, p: (
            1.0 + event_corpus.overlap(p.get("evidence") or "", g.get("evidence") or "")
            if event_corpus.compatible(g, p, table)
            else None
        ),
        cardinality=True,
    )


def gold_actors(gold: dict[str, Any], table: dict[str, str]) -> set[str]:
    """The resolved names of a gold event's actors."""
    return {resolve_name(a, table) for a in gold.get("actors") or [] if a}


def right_actor(name: str, gold: dict[str, Any], table: dict[str, str]) -> bool:
    """Whether an actor name counts as one of the gold event's actors for the scorer."""
    return bool(name) and resolve_name(name, table) in gold_actors(gold, table)


def page_record(
    page: dict[str, Any], events: list[dict[str, Any]], candidates: list[list[dict[str, Any]]]
) -> dict[str, Any]:
    """The record of one page (see the module docstring) from its predicted events (the
    extraction's event dicts) and each one's recorded candidates."""
    table = gold_resolver(page)
    gold = [{k: g.get(k) for k in (*GOLD_FIELDS, "actors")} for g in page.get("events") or []]
    pred: list[dict[str, Any]] = [{k: e.get(k) for k in (*EVENT_FIELDS, "actors")} for e in events]
    pairs = scorer_pairs(gold, pred, table)
    for n, (event, cands) in enumerate(zip(pred, candidates, strict=True)):
        hit = pairs.get(n)
        event["gold"] = hit
        event["candidates"] = [dict(c) for c in cands]
        for cand in event["candidates"]:
            cand["label"] = None if hit is None else int(right_actor(cand["name"], gold[hit], table))
    return {"page": page["id"], "resolve": table, "gold": gold, "events": pred}


def page_records(pages_dir: Path) -> Iterator[dict[str, Any]]:
    """One record per page of ``pages_dir`` (the ranker records candidates and changes nothing)."""
    from nexus.extract.assemble import to_extraction
    from nexus.extract.pipeline import Extractor
    from nexus.ingest.readers import document_from_record

    with environment(ENV_MODE, "record"):
        extractor = Extractor(triage=False)
        for n, page in enumerate(read_pages(pages_dir), 1):
            document = document_from_record(page, f"{pages_dir}/{page['id']}.json")
            doc, filed = extractor.parse(document)
            extraction = to_extraction(doc, filed, extractor.version)
            events = extraction.to_contract()["events"]
            candidates = doc.user_data.pop(RECORDED, [[] for _ in events])
            print(f"[{n}] {page['id']}", file=sys.stderr)
            yield page_record(page, events, candidates)


def write(pages_dir: Path, out: Path) -> int:
    """Write the corpus of ``pages_dir`` to ``out`` (JSON lines); returns the number of pages."""
    return write_records(page_records(pages_dir), out)


def read(path: Path) -> list[dict[str, Any]]:
    """The page records of a corpus file written by :func:`write`."""
    return read_records(path)


def main(argv: list[str] | None = None) -> int:
    return corpus_main(argv, write, __doc__)


if __name__ == "__main__":
    sys.exit(main())

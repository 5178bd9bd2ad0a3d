"""The place corpus of the learned place ranker, built from the annotated pages.

``python -m nexus.training.place_corpus PAGES_DIR OUT.jsonl`` runs the extractor (its place
ranker in ``record`` mode: the rules' places kept, every event's candidates and their features
noted; the event verifier as shipped) over every page of ``PAGES_DIR`` (``training/pages/``, see
:mod:`nexus.training.pages`) and writes one JSON line per page:

    {"page": id, "resolve": {folded surface form: gold name},
     "gold": [{"type", "date", "date_precision", "place", "lat", "lon", "evidence"}, ...],
     "events": [{"type", "trigger", "date", "date_precision", "place", "lat", "lon", "evidence",
                 "gold": index | null,
                 "candidates": [{"place", "lat", "lon", "rules": bool, "features": [...],
                                 "label": 1 | 0 | null}]}]}

Each predicted event is paired with at most one gold event of its type by a maximum-weight
one-to-one matching (:func:`label_events`) that leaves the place aside: a pair needs the same
type and either the same sentence or a compatible date; it prefers the same sentence, the trigger
standing in the gold's evidence, a compatible date, and a gold place that one of the event's
candidates fits. A candidate of a paired event is right (1) when its place is compatible with the
gold's as the development scorer decides (the same name, or within
:data:`nexus.training.event_corpus.NEAR_KM`), else wrong (0): every candidate is wrong when the
gold names no place (the report does not say where); the candidates of an unpaired event have no
label (null).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from nexus.extract.place_model import ENV_MODE, RECORDED
from nexus.training.corpus_io import corpus_main, read_records, recorded_pages, write_records
from nexus.training.event_corpus import EVENT_FIELDS, GOLD_FIELDS, date_ok, match, overlap, place_ok
from nexus.training.relation_corpus import gold_resolver, same_sentence


def pair_weight(gold: dict[str, Any], pred: dict[str, Any], table: dict[str, str]) -> float | None:
    """The weight of pairing a gold event and a predicted event (with its ``candidates``), None
    when they may not pair (see the module docstring)."""
    if gold["type"] != pred["type"]:
        return None
    evidence = gold.get("evidence") or ""
    same = same_sentence(pred.get("evidence") or "", evidence)
    dated = date_ok(gold, pred)
    if not same and not dated:
        return None
    trigger = (pred.get("trigger") or "").lower()
    told = bool(trigger) and trigger in evidence.lower().split()
    fits = any(place_ok(gold, c, table) for c in pred.get("candidates") or [])
    return (
        1.0
        + 2.0 * same
        + 1.0 * told
        + 1.0 * dated
        + 0.5 * fits
        + overlap(pred.get("evidence") or "", evidence)
    )


def label_events(
    gold: list[dict[str, Any]], pred: list[dict[str, Any]], table: dict[str, str]
) -> list[int | None]:
    """The gold index each predicted event is paired with (None: unpaired), by :func:`pair_weight`."""
    pairs = match(gold, pred, lambda g, p: pair_weight(g, p, table))
    return [pairs.get(p) for p in range(len(pred))]


def page_record(
    page: dict[str, Any], events: list[dict[str, Any]], candidates: list[list[dict[str, Any]]]
) -> dict[str, Any]:
    """The record of one page (see the module docstring) from its predicted events (the
    extraction's event dicts) and each one's recorded candidates."""
    table = gold_resolver(page)
    gold = [{k: g.get(k) for k in GOLD_FIELDS} for g in page.get("events") or []]
    pred: list[dict[str, Any]] = [{k: e.get(k) for k in EVENT_FIELDS} for e in events]
    copies = [[dict(c) for c in cands] for cands in candidates]
    for event, cands in zip(pred, copies, strict=True):
        event["candidates"] = cands
    paired = label_events(gold, pred, table)
    for event, cands, hit in zip(pred, copies, paired, strict=True):
        event["gold"] = hit
        for cand in cands:
            if hit is None:
                cand["label"] = None
            else:
                cand["label"] = int(bool(gold[hit].get("place")) and place_ok(gold[hit], cand, table))
    return {"page": page["id"], "resolve": table, "gold": gold, "events": pred}


def page_records(pages_dir: Path) -> Iterator[dict[str, Any]]:
    """One record per page of ``pages_dir`` (the ranker records candidates and moves nothing)."""
    for page, events, candidates in recorded_pages(pages_dir, ENV_MODE, RECORDED):
        yield page_record(page, events, [[] for _ in events] if candidates is None else candidates)


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

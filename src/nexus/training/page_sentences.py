"""Sentences of the annotated pages as training material for the learned event detector.

The sentence classifier of :mod:`nexus.extract.learned` was first trained on generated frames and
hand-written lines only (:mod:`nexus.training.generate`). The annotated pages
(``training/pages/*.json``) tell happenings in the constructions real reports use, and every gold
event carries its ``evidence`` (an exact substring of the page). This module turns each page into
one record per body sentence, labelled with the types of the gold events told in it:

* **sentences** are those the extractor reads: the page's text as :class:`~nexus.extract.pipeline.Extractor`
  prepares it (unwrapped body, numeral echoes blanked; both keep every character offset), split by
  the Nexus pipeline's parser (its line-break rule included). Sentences in a secondary zone
  (headline, standfirst, caption, byline, teaser, embedded post, notice:
  :data:`nexus.extract.page.SECONDARY_ZONES`) are left out: the extraction hook never adds an event
  there, and they repeat the body's happenings in headline grammar;
* **alignment** of an event to a sentence: the evidence is found in the text (its first
  occurrence, else with runs of white space made one); the body sentence holding the largest share
  of its characters (the earliest on a tie) carries the event's type (a clause inside a sentence is
  wholly in it). Other body sentences the evidence overlaps are *unknown* for that type (the
  classifier learns nothing about that type from them) unless another event makes them positive.
  An evidence that cannot be found is counted and skipped;
* **negatives**: every other body sentence of the page, for every type it does not carry. Happenings
  recalled from earlier are annotated in the gold like any other, so their sentences are positives;
  a later sentence telling an already annotated happening again is a negative (a second event
  there would be a duplicate);
* **split**: by page, a seeded hash of the page id (:func:`held_back`): the ``test`` pages choose the
  per-type add thresholds (:func:`choose_thresholds`) and are never trained on. The pages of the
  check split (file names starting with :data:`CHECK_PREFIXES`) are never opened.

Record (one JSON line)::

    {"id": "p-<page id>-<n>", "page": "<page id>", "text": "...", "start": 120, "end": 212,
     "split": "train" | "test", "types": ["attack"], "unknown": ["statement"]}

(``start``/``end``: the sentence's character offsets in the page's text.)

``python -m nexus.training.page_sentences build PAGES_DIR OUT.jsonl`` writes the records;
``python -m nexus.training.page_sentences choose OUT.jsonl PAGES_DIR MODEL_DIR [RESULTS.json]``
scores the ``test`` pages' sentences without rule events with the trained pipeline ``MODEL_DIR``,
writes the chosen ``add_at`` table into its ``meta.json`` (and its ``SHA256SUMS``, if any) and the
per-type figures into ``RESULTS.json``.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from nexus.training.corpus import EVENT_TYPES, read_jsonl, write_jsonl

#: File-name prefixes of the check split: pages kept out of every training and tuning step.
CHECK_PREFIXES: tuple[str, ...] = ("h26", "h27", "h28")
SEED = "pages-20261203"
#: Share of the (non-check) pages held back to choose the add thresholds.
HELD_SHARE = 0.2
#: The add thresholds tried per type (:func:`choose_thresholds`).
GRID: tuple[float, ...] = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99)
#: No type's add threshold goes below this, whatever the held-back pages say.
FLOOR = 0.5
#: What one false added event costs against one true one in :func:`choose_thresholds`.
COST = 0.5
#: A type needs this many true held-back sentences for a threshold of its own (else the pooled one).
MIN_GOLD = 10
_SPACES = re.compile(r"\s+")


def held_back(page_id: str) -> bool:
    """Whether page ``page_id`` belongs to the held-back (threshold-choosing) pages: a stable draw
    of about :data:`HELD_SHARE` of the pages, the same on every machine."""
    digest = hashlib.sha256(f"{SEED}:{page_id}".encode()).digest()
    return digest[0] < int(256 * HELD_SHARE)


def page_files(pages_dir: Path) -> list[Path]:
    """The page files of ``pages_dir`` that may be trained on, sorted: every ``*.json`` whose name
    does not start with one of :data:`CHECK_PREFIXES`."""
    return [p for p in sorted(pages_dir.glob("*.json")) if not p.name.startswith(CHECK_PREFIXES)]


def evidence_span(text: str, evidence: str) -> tuple[int, int] | None:
    """The ``[start, end)`` of ``evidence`` in ``text``: its first occurrence, else the first match
    with runs of white space read as one; None when it is not there."""
    if not evidence.strip():
        return None
    at = text.find(evidence)
    if at >= 0:
        return at, at + len(evidence)
    words = evidence.split()
    pattern = r"\s+".join(re.escape(w) for w in words)
    match = re.search(pattern, text)
    return (match.start(), match.end()) if match else None


def align(bounds: Sequence[tuple[int, int]], span: tuple[int, int]) -> tuple[int | None, list[int]]:
    """Which of the sentences ``bounds`` (``[start, end)`` character offsets) an evidence ``span``
    belongs to: ``(index of the sentence holding the largest share of it, indices of the other
    sentences it overlaps)``; ``(None, [])`` when it overlaps none."""
    best: int | None = None
    best_share = 0
    others: list[int] = []
    for i, (start, end) in enumerate(bounds):
        share = min(end, span[1]) - max(start, span[0])
        if share <= 0:
            continue
        others.append(i)
        if share > best_share:
            best, best_share = i, share
    return best, [i for i in others if i != best]


def label_sentences(
    bounds: Sequence[tuple[int, int]], text: str, events: Iterable[dict[str, Any]]
) -> tuple[list[set[str]], list[set[str]], int]:
    """Per sentence of ``bounds``: the types it carries and the types unknown there
    (:func:`align`), and how many events' evidence could not be placed in a body sentence."""
    types: list[set[str]] = [set() for _ in bounds]
    unknown: list[set[str]] = [set() for _ in bounds]
    lost = 0
    for event in events:
        if event.get("type") not in EVENT_TYPES:
            continue
        span = evidence_span(text, event.get("evidence") or "")
        best, others = align(bounds, span) if span else (None, [])
        if best is None:
            lost += 1
            continue
        types[best].add(event["type"])
        for i in others:
            unknown[i].add(event["type"])
    return types, [u - t for u, t in zip(unknown, types, strict=True)], lost


def page_records(pages_dir: Path) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """The sentence records of every trainable page (:func:`page_files`) and counts
    (``pages``, ``sentences``, ``positives``, ``lost`` evidences)."""
    from nexus.extract.numeral_echoes import blank_numeral_echoes
    from nexus.extract.page import SECONDARY_ZONES, parse_page, unwrap_body
    from nexus.extract.pipeline import build_pipeline

    nlp = build_pipeline()
    keep = [p for p in nlp.pipe_names if p not in ("ner",) and "entit" not in p and "gazetteer" not in p]
    pages = [json.loads(p.read_text(encoding="utf-8")) | {"_file": p.stem} for p in page_files(pages_dir)]
    texts = [blank_numeral_echoes(unwrap_body(page["text"])) for page in pages]
    records: list[dict[str, Any]] = []
    counts = {"pages": len(pages), "sentences": 0, "positives": 0, "lost": 0}
    with nlp.select_pipes(enable=keep):
        for page, text, doc in zip(pages, texts, nlp.pipe(texts, batch_size=8), strict=True):
            page_id = page.get("id") or page["_file"]
            layout = parse_page(text)
            sents = [
                s for s in doc.sents if s.text.strip() and layout.zone_at(s.start_char) not in SECONDARY_ZONES
            ]
            bounds = [(s.start_char, s.end_char) for s in sents]
            types, unknown, lost = label_sentences(bounds, text, page.get("events") or [])
            counts["lost"] += lost
            split = "test" if held_back(page_id) else "train"
            for n, (sent, carried, unsure) in enumerate(zip(sents, types, unknown, strict=True)):
                records.append(
                    {
                        "id": f"p-{page_id}-{n}",
                        "page": page_id,
                        "text": _SPACES.sub(" ", sent.text).strip(),
                        "start": sent.start_char,
                        "end": sent.end_char,
                        "split": split,
                        "types": sorted(carried),
                        "unknown": sorted(unsure),
                    }
                )
                counts["sentences"] += 1
                counts["positives"] += bool(carried)
    return records, counts


def page_cats(record: dict[str, Any]) -> dict[str, float]:
    """The classifier's target for a page sentence: 1.0 per carried type, 0.0 per other type, and
    no entry for a type :func:`label_sentences` left unknown (spaCy's multi-label classifier learns
    nothing from a missing label)."""
    unknown = set(record.get("unknown") or ())
    carried = set(record["types"])
    return {t: 1.0 if t in carried else 0.0 for t in EVENT_TYPES if t in carried or t not in unknown}


def _prf(tp: int, pred: int, gold: int) -> dict[str, float]:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def choose_thresholds(
    records: Sequence[dict[str, Any]], scores: Sequence[dict[str, float]]
) -> tuple[dict[str, float], dict[str, Any]]:
    """Per type, the add threshold of :data:`GRID` (at least :data:`FLOOR`) with the largest net
    gain on the held-back sentences ``records`` scored ``scores``: true sentences reached minus
    :data:`COST` per sentence reached (an added event raises an F1 near 0.85 only when more than
    about 0.43 of what is added is true; the sentences are scored without their page, so a true
    sentence may still give an event the gold places or dates otherwise). A type with fewer than
    :data:`MIN_GOLD` true sentences takes the threshold chosen over all types pooled. A type's
    unknown sentences are left out; the higher threshold wins a tie. Returns
    ``({type: threshold}, {type or "pooled": {threshold: P/R/F1, pred, gold, gain}})``."""
    table: dict[str, Any] = {}
    rows_of: dict[str, list[tuple[bool, float]]] = {}
    for etype in EVENT_TYPES:
        rows_of[etype] = [
            (etype in r["types"], s.get(etype, 0.0))
            for r, s in zip(records, scores, strict=True)
            if etype not in (r.get("unknown") or ())
        ]
    rows_of["pooled"] = [row for etype in EVENT_TYPES for row in rows_of[etype]]
    best_of: dict[str, float] = {}
    for key, rows in rows_of.items():
        gold = sum(1 for g, _ in rows if g)
        per: dict[str, dict[str, float]] = {}
        best: tuple[float, float] | None = None
        for at in GRID:
            if at < FLOOR:
                continue
            pred = [g for g, v in rows if v >= at]
            gain = round(sum(pred) - COST * len(pred), 2)
            counts = {"pred": len(pred), "gold": gold, "gain": gain}
            per[f"{at:g}"] = _prf(sum(pred), len(pred), gold) | counts
            if best is None or (gain, at) >= best:
                best = (gain, at)
        best_of[key] = best[1] if best else FLOOR
        table[key] = per
    chosen = {
        etype: best_of[etype] if sum(1 for g, _ in rows_of[etype] if g) >= MIN_GOLD else best_of["pooled"]
        for etype in EVENT_TYPES
    }
    return chosen, table


def rule_sentences(pages_dir: Path, page_ids: set[str]) -> dict[str, list[tuple[int, int]]]:
    """For each page of ``page_ids`` in ``pages_dir``: the character bounds of the sentences holding
    a rule-found event mention (the extractor with the learned hook off), the sentences where the
    hook never adds (:func:`nexus.extract.learned.where`, ``empty``)."""
    from nexus.extract import learned
    from nexus.extract.pipeline import Extractor
    from nexus.ingest.readers import document_from_record
    from nexus.training.corpus_io import environment

    found: dict[str, list[tuple[int, int]]] = {}
    seen: list[tuple[int, int]] = []
    original = learned.apply

    def recording(doc: Any, mentions: Any, build: Any, how: str | None = None) -> Any:
        seen.extend((m.sent.start_char, m.sent.end_char) for m in mentions)
        return original(doc, mentions, build, how)

    learned.apply = recording
    try:
        with environment(learned.ENV_MODE, "off"):
            extractor = Extractor(triage=False)
            for path in page_files(pages_dir):
                page = json.loads(path.read_text(encoding="utf-8"))
                page_id = page.get("id") or path.stem
                if page_id not in page_ids:
                    continue
                seen.clear()
                extractor.extract(document_from_record(page, f"{pages_dir}/{path.name}"))
                found[page_id] = sorted(set(seen))
    finally:
        learned.apply = original
    return found


def without_rule_events(
    records: Sequence[dict[str, Any]], ruled: dict[str, list[tuple[int, int]]]
) -> list[dict[str, Any]]:
    """The ``records`` whose sentence overlaps no sentence of ``ruled`` (their page's bounds)."""
    return [
        r
        for r in records
        if not any(min(end, r["end"]) > max(start, r["start"]) for start, end in ruled.get(r["page"], ()))
    ]


def _scores(model_dir: Path, texts: Sequence[str]) -> list[dict[str, float]]:
    import spacy

    nlp = spacy.load(model_dir)
    return [dict(doc.cats) for doc in nlp.pipe(list(texts), batch_size=256)]


def choose(corpus: Path, pages_dir: Path, model_dir: Path, results: Path | None = None) -> dict[str, float]:
    """Score the held-back pages' sentences of ``corpus`` that hold no rule-found event (the only
    ones the extraction hook adds to, :func:`rule_sentences` of ``pages_dir``) with the trained
    pipeline ``model_dir``, write the chosen add thresholds (:func:`choose_thresholds`) into its
    ``meta.json`` (``add_at``; ``SHA256SUMS`` rewritten when it has one); the figures, also over
    every held-back sentence and for the shipped model on the same sentences, go to ``results``."""
    from nexus.extract import learned
    from nexus.training.package import write_sums

    every = [r for r in read_jsonl(corpus) if r["split"] == "test"]
    held = without_rule_events(every, rule_sentences(pages_dir, {r["page"] for r in every}))
    chosen, table = choose_thresholds(held, _scores(model_dir, [r["text"] for r in held]))
    _, table_every = choose_thresholds(every, _scores(model_dir, [r["text"] for r in every]))
    _, shipped = choose_thresholds(held, _scores(learned.MODEL_DIR, [r["text"] for r in held]))
    meta_path = model_dir / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta[learned.ADD_AT_KEY] = chosen
    meta_path.write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    if (model_dir / learned.CHECKSUMS.name).is_file():
        write_sums(model_dir)
    if results is not None:
        out = {
            "pages": len({r["page"] for r in every}),
            "sentences": len(every),
            "without_rule_events": len(held),
            "add_at": chosen,
            "per_type": table,
            "per_type_every_sentence": table_every,
            "shipped_model_per_type": shipped,
        }
        results.write_text(json.dumps(out, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return chosen


def main(argv: list[str] | None = None) -> int:
    """``build PAGES_DIR OUT.jsonl`` or ``choose CORPUS.jsonl PAGES_DIR MODEL_DIR [RESULTS.json]``
    (see the module)."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) >= 3 and args[0] == "build":
        records, counts = page_records(Path(args[1]))
        write_jsonl(Path(args[2]), records)
        by_split = {s: sum(1 for r in records if r["split"] == s) for s in ("train", "test")}
        per_type = {t: sum(1 for r in records if t in r["types"]) for t in EVENT_TYPES}
        print(json.dumps(counts | {"by_split": by_split, "per_type": per_type}))
        return 0
    if len(args) >= 4 and args[0] == "choose":
        chosen = choose(Path(args[1]), Path(args[2]), Path(args[3]), Path(args[4]) if len(args) > 4 else None)
        print(json.dumps(chosen))
        return 0
    print(__doc__.split("\n\n")[0], file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())

"""The event-detection training corpus: schema, markup and validator.

One JSONL record per sentence::

    {"id": "g-attack-12-3", "text": "...", "source": "generated" | "handwritten",
     "frame": "attack/12" | null, "region": "sahel", "style": "body",
     "split": "train" | "test",
     "events": [{"type": "attack", "modality": "actual",
                 "trigger": {"start": 8, "end": 15, "text": "stormed"}}]}

``type`` is one of :data:`EVENT_TYPES`, ``modality`` one of :data:`MODALITIES`
(only ``actual`` events are events in Nexus's sense: planned, negated,
conditional and generic mentions are annotated so a model can learn to tell
them apart), ``region`` one of :data:`REGIONS`, ``style`` one of :data:`STYLES`.
The trigger span must be a substring of ``text`` at those offsets.

Sources (hand-written sentences and generator frames) are written in a small
markup: ``[words](type)`` or ``[words](type:modality)`` marks a trigger.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

EVENT_TYPES = ("attack", "claim", "rally", "visit", "meeting", "sanction", "military_action", "statement")
MODALITIES = ("actual", "planned", "negated", "conditional", "generic")
REGIONS = (
    "south_asia",
    "sahel",
    "nigeria",
    "somalia",
    "middle_east",
    "europe",
    "latin_america",
    "southeast_asia",
    "global",
)
STYLES = ("headline", "dateline", "body", "caption", "quote", "background")
SOURCES = ("generated", "handwritten")
SPLITS = ("train", "test")

_MARK = re.compile(r"\[([^\[\]]+)\]\(([a-z_]+)(?::([a-z]+))?\)")


def parse_markup(marked: str) -> tuple[str, list[dict[str, Any]]]:
    """Plain text and its events from ``[trigger](type:modality)`` markup.

    Returns ``(text, events)`` with each event as in the schema (character
    offsets into the plain text). Unknown types or modalities raise ValueError.
    """
    out: list[str] = []
    events: list[dict[str, Any]] = []
    pos = 0
    length = 0
    for m in _MARK.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        words, etype, modality = m.group(1), m.group(2), m.group(3) or "actual"
        if etype not in EVENT_TYPES or modality not in MODALITIES:
            raise ValueError(f"bad markup {m.group(0)!r} in {marked!r}")
        events.append(
            {
                "type": etype,
                "modality": modality,
                "trigger": {"start": length, "end": length + len(words), "text": words},
            }
        )
        out.append(words)
        length += len(words)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "[" in text and "](" in text:
        raise ValueError(f"unparsed markup in {marked!r}")
    return text, events


def actual_types(record: dict[str, Any]) -> set[str]:
    """The event types a sentence states as having happened (the classifier's labels)."""
    return {e["type"] for e in record["events"] if e["modality"] == "actual"}


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """All records of one JSONL file."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> None:
    """Write records one per line (UTF-8, keys in schema order)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def record_errors(rec: dict[str, Any]) -> Iterator[str]:
    """Schema violations of one record (empty when it is valid)."""
    rid = rec.get("id", "?")
    for key, kind in (("id", str), ("text", str), ("events", list), ("region", str), ("style", str)):
        if not isinstance(rec.get(key), kind):
            yield f"{rid}: field {key!r} missing or not {kind.__name__}"
            return
    if not rec["text"].strip():
        yield f"{rid}: empty text"
    if "{" in rec["text"] or "}" in rec["text"]:
        yield f"{rid}: unfilled {{slot}} in text"
    for key, allowed in (
        ("region", REGIONS),
        ("style", STYLES),
        ("source", SOURCES),
        ("split", SPLITS),
    ):
        if rec.get(key) not in allowed:
            yield f"{rid}: {key}={rec.get(key)!r} not in {allowed}"
    for ev in rec["events"]:
        if ev.get("type") not in EVENT_TYPES:
            yield f"{rid}: event type {ev.get('type')!r}"
        if ev.get("modality") not in MODALITIES:
            yield f"{rid}: modality {ev.get('modality')!r}"
        trig = ev.get("trigger") or {}
        start, end = trig.get("start"), trig.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(rec["text"])):
            yield f"{rid}: bad trigger offsets {trig}"
        elif rec["text"][start:end] != trig.get("text"):
            yield f"{rid}: trigger text {trig.get('text')!r} != {rec['text'][start:end]!r}"


def corpus_stats(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts: sentences, eventless share, actual events per type, modalities, regions, styles, sources."""
    per_type: Counter[str] = Counter()
    modality: Counter[str] = Counter()
    for rec in records:
        for ev in rec["events"]:
            modality[ev["modality"]] += 1
            if ev["modality"] == "actual":
                per_type[ev["type"]] += 1
    eventless = sum(1 for r in records if not r["events"])
    return {
        "sentences": len(records),
        "eventless": eventless,
        "eventless_share": round(eventless / max(1, len(records)), 3),
        "actual_events_per_type": dict(sorted(per_type.items())),
        "modality": dict(sorted(modality.items())),
        "region": dict(sorted(Counter(r["region"] for r in records).items())),
        "style": dict(sorted(Counter(r["style"] for r in records).items())),
        "source": dict(sorted(Counter(r.get("source") for r in records).items())),
        "split": dict(sorted(Counter(r.get("split") for r in records).items())),
    }


def validate(
    records: list[dict[str, Any]], *, min_per_type: int = 200, min_eventless: float = 0.25
) -> list[str]:
    """All problems of a corpus: record errors, duplicate ids or texts, coverage below the floors."""
    problems = [err for rec in records for err in record_errors(rec)]
    ids = Counter(r.get("id") for r in records)
    problems += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    texts = Counter((r.get("text") or "").strip().lower() for r in records)
    problems += [f"duplicate text {t[:60]!r}" for t, n in texts.items() if n > 1]
    if problems:
        return problems
    stats = corpus_stats(records)
    for etype in EVENT_TYPES:
        n = stats["actual_events_per_type"].get(etype, 0)
        if n < min_per_type:
            problems.append(f"{etype}: {n} actual events < {min_per_type}")
    if stats["eventless_share"] < min_eventless:
        problems.append(f"eventless share {stats['eventless_share']} < {min_eventless}")
    for region in REGIONS[:-1]:
        if stats["region"].get(region, 0) == 0:
            problems.append(f"no sentence from region {region}")
    for style in STYLES:
        if stats["style"].get(style, 0) == 0:
            problems.append(f"no sentence of style {style}")
    return problems


def main() -> None:
    """``python -m nexus.training.corpus FILE...``: validate files, print statistics, exit 1 on problems."""
    import sys

    records = [r for arg in sys.argv[1:] for r in read_jsonl(Path(arg))]
    problems = validate(records)
    print(json.dumps(corpus_stats(records), indent=1))
    for p in problems:
        print("PROBLEM", p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()

"""Throughput of the full extraction against raw spaCy, measured in the same run.

Usage: python benchmarks/throughput.py [INPUT ...] [--repeat N] [--rounds R] [--mixed N]
       [--batch-size B] [--cpu]

Two streams, each timed against the same spaCy model with all its components
(tok2vec, tagger, parser, lemmatizer, NER) run with ``nlp.pipe`` over the same
texts at the same batch size as Nexus:

(a) **security news**: the INPUTs (default: the bundled examples) repeated
    ``--repeat`` times, every one a security report;
(b) **mixed stream**: ``--mixed`` documents, about 15 % security reports (the
    bundled examples and the security documents of the triage corpus's held-back
    split, ``training/triage/corpus/test.jsonl``) and 85 % other news (that
    split's sports, markets, weather, culture ... articles, written from
    templates the triage classifier never saw in training), shuffled with a fixed seed.

For each stream the ratio (raw time / Nexus time, so above 1 is faster than
raw spaCy) is what to watch, not the absolute numbers, which depend on the
machine. The runs alternate for ``--rounds`` rounds, raw spaCy first in odd
rounds and Nexus first in even ones, and the fastest of each counts, so a burst
of load on a shared machine or a warm cache does not decide the ratio
(both wall and CPU time are measured; ``--cpu`` makes the process's CPU time
the headline ratio, steadier when other jobs hold the cores). The
mixed stream also reports how many documents triage skipped and the events
Nexus found per off-topic article, with triage on and (once, untimed) off.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections.abc import Callable
from pathlib import Path

from spacy.language import Language

from nexus.extract.pipeline import Extractor, load_base_model
from nexus.ingest import IngestFailure, iter_documents
from nexus.model import Document, Extraction

ROOT = Path(__file__).resolve().parent.parent
TRIAGE_TEST = ROOT / "training" / "triage" / "corpus" / "test.jsonl"
SECURITY_SHARE = 0.15


def load(inputs: list[str], repeat: int) -> list[Document]:
    """The documents of ``inputs``, repeated ``repeat`` times under distinct ids."""
    docs = [d for d in iter_documents(inputs) if not isinstance(d, IngestFailure)]
    return [d.model_copy(update={"id": f"{d.id}-{i}"}) for i in range(repeat) for d in docs]


def mixed_stream(size: int, examples: list[Document], seed: int = 0) -> tuple[list[Document], set[str]]:
    """``size`` documents, :data:`SECURITY_SHARE` of them security reports; returns ``(docs, off-topic ids)``.

    News articles on any subject run to similar lengths, so each off-topic article
    joins held-back articles of one topic until it is as long as a security report
    drawn at random: the security share is then about the same in documents and in words.
    """
    rng = random.Random(seed)
    records = [json.loads(line) for line in TRIAGE_TEST.read_text(encoding="utf-8").splitlines() if line]
    security = [r["text"] for r in records if r["label"] == "security" and r["text"].count(". ") >= 2]
    security += [d.text for d in examples]
    by_topic: dict[str, list[str]] = {}
    for r in records:
        if r["label"] == "other":
            by_topic.setdefault(r["topic"], []).append(r["text"])
    topics = sorted(by_topic)
    n_security = round(size * SECURITY_SHARE)
    texts = [("sec", rng.choice(security)) for _ in range(n_security)]
    for _ in range(size - n_security):
        topic, target = rng.choice(topics), len(rng.choice(security))
        parts: list[str] = []
        while sum(len(p) for p in parts) < target:
            parts.append(rng.choice(by_topic[topic]))
        texts.append(("oth", " ".join(parts)))
    rng.shuffle(texts)
    docs = [Document(id=f"{kind}-{i}", text=text) for i, (kind, text) in enumerate(texts)]
    return docs, {d.id for d in docs if d.id.startswith("oth")}


#: Whether the ratio a run reports is of CPU time (``--cpu``: this process's CPU time, which on
#: a machine other jobs load is not stretched by waiting for a core) or of wall time; both are
#: measured in every round and printed.
USE_CPU = False


def timed(run: Callable[[list[Document]], object], docs: list[Document]) -> tuple[float, float]:
    """``(wall seconds, CPU seconds)`` of one run."""
    wall, cpu = time.perf_counter(), time.process_time()
    run(docs)
    return time.perf_counter() - wall, time.process_time() - cpu


def report(label: str, elapsed: float, docs: list[Document]) -> None:
    words = sum(len(d.text.split()) for d in docs)
    print(f"  {label:30} {len(docs) / elapsed:8.1f} docs/s {words / elapsed:10.0f} words/s ({elapsed:.2f} s)")


def compare(name: str, docs: list[Document], raw: Language, extractor: Extractor, rounds: int) -> float:
    """Alternating timed rounds of raw spaCy and Nexus on ``docs``; prints and returns raw/Nexus
    (of CPU time with ``--cpu``, else of wall time; each the fastest round)."""
    batch = extractor.batch_size
    runs: dict[str, Callable[[list[Document]], object]] = {
        "raw": lambda ds: list(raw.pipe((d.text for d in ds), batch_size=batch)),
        "nexus": lambda ds: list(extractor.extract_many(ds)),
    }
    times: dict[str, list[tuple[float, float]]] = {"raw": [], "nexus": []}
    for r in range(rounds):
        order = ("raw", "nexus") if r % 2 == 0 else ("nexus", "raw")
        for key in order:
            times[key].append(timed(runs[key], docs))
    which = 1 if USE_CPU else 0
    raw_s, nexus_s = (min(t[which] for t in times[k]) for k in ("raw", "nexus"))
    other_ratio = min(t[1 - which] for t in times["raw"]) / min(t[1 - which] for t in times["nexus"])
    words = sum(len(d.text.split()) for d in docs)
    print(f"({name}) {len(docs)} documents, {words} words, batch size {batch}")
    report("raw spaCy-sm (all components)", raw_s, docs)
    report("nexus extract (full)", nexus_s, docs)
    ratio = raw_s / nexus_s
    clock, other = ("CPU", "wall") if USE_CPU else ("wall", "CPU")
    print(
        f"  throughput ratio nexus/raw: {ratio:.2f} ({clock} time; {other} time {other_ratio:.2f}; "
        f"fastest of {rounds} rounds each, order alternating)"
    )
    return ratio


def off_topic_events(extractions: list[Extraction], off_topic: set[str]) -> tuple[int, float]:
    """``(skipped documents, events per off-topic article)``."""
    skipped = sum(1 for x in extractions if x.skipped is not None)
    events = sum(len(x.events) for x in extractions if x.document.id in off_topic)
    return skipped, events / max(1, len(off_topic))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", default=[str(ROOT / "examples")])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--mixed", type=int, default=400, help="documents in the mixed stream (0: skip it)")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--cpu", action="store_true", help="time CPU time of this process, not wall time")
    args = parser.parse_args()
    if args.cpu:
        global USE_CPU
        USE_CPU = True
    examples = load(args.inputs, 1)
    security = load(args.inputs, args.repeat)
    raw = load_base_model()
    extractor = Extractor(batch_size=args.batch_size)
    extractor.extract(security[0])  # warm caches (geocoder, gazetteer, triage model) outside the timing
    list(raw.pipe(d.text for d in security[:2]))
    ratios = {"security": compare("a: security news", security, raw, extractor, args.rounds)}
    if args.mixed and TRIAGE_TEST.is_file():
        docs, off_topic = mixed_stream(args.mixed, examples)
        ratios["mixed"] = compare("b: mixed stream, 15 % security", docs, raw, extractor, args.rounds)
        skipped, per_article = off_topic_events(list(extractor.extract_many(docs)), off_topic)
        untriaged = Extractor(batch_size=args.batch_size, triage=False)
        _, per_article_off = off_topic_events(list(untriaged.extract_many(docs)), off_topic)
        print(
            f"  triage skipped {skipped} of {len(docs)} documents ({len(off_topic)} off-topic); "
            f"events per off-topic article: {per_article:.3f} (triage off: {per_article_off:.3f})"
        )
    print("ratios nexus/raw: " + ", ".join(f"{k} {v:.2f}" for k, v in ratios.items()))


if __name__ == "__main__":
    main()

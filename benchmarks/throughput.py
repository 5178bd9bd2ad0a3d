"""Throughput of the full extraction against raw spaCy, measured in the same run.

Usage: python benchmarks/throughput.py [INPUT ...] [--repeat N] [--rounds R]

The baseline is the same spaCy model with all its components (tok2vec,
tagger, parser, lemmatizer, NER) run with ``nlp.pipe`` over the same texts;
the ratio (full / raw) is what to watch, not the absolute numbers, which
depend on the machine. Defaults to the bundled examples repeated 20 times.
The two runs alternate for ``--rounds`` rounds and the fastest of each counts,
so a burst of load on a shared machine does not decide the ratio.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from nexus.extract.pipeline import Extractor, load_base_model
from nexus.ingest import IngestFailure, iter_documents
from nexus.model import Document


def load(inputs: list[str], repeat: int) -> list[Document]:
    docs = [d for d in iter_documents(inputs) if not isinstance(d, IngestFailure)]
    return [d.model_copy(update={"id": f"{d.id}-{i}"}) for i in range(repeat) for d in docs]


def timed(run: Callable[[list[Document]], object], docs: list[Document]) -> float:
    start = time.perf_counter()
    run(docs)
    return time.perf_counter() - start


def report(label: str, elapsed: float, docs: list[Document]) -> None:
    words = sum(len(d.text.split()) for d in docs)
    print(f"{label:28} {len(docs) / elapsed:8.1f} docs/s {words / elapsed:10.0f} words/s ({elapsed:.2f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", default=[str(Path(__file__).parent.parent / "examples")])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    docs = load(args.inputs, args.repeat)
    raw = load_base_model()
    extractor = Extractor()
    extractor.extract(docs[0])  # warm caches (geocoder, gazetteer) outside the timing
    list(raw.pipe(d.text for d in docs[:2]))
    print(f"{len(docs)} documents, {sum(len(d.text.split()) for d in docs)} words")
    raw_times, full_times = [], []
    for _ in range(args.rounds):
        raw_times.append(timed(lambda ds: list(raw.pipe(d.text for d in ds)), docs))
        full_times.append(timed(lambda ds: list(extractor.extract_many(ds)), docs))
    raw_s, full_s = min(raw_times), min(full_times)
    report("raw spaCy (all components)", raw_s, docs)
    report("nexus extract (full)", full_s, docs)
    print(f"throughput ratio full/raw: {raw_s / full_s:.2f} (fastest of {args.rounds} rounds each)")


if __name__ == "__main__":
    main()

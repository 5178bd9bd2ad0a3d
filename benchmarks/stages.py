"""CPU time per stage of the full extraction, against raw spaCy in the same run.

Usage: python benchmarks/stages.py [INPUT ...] [--repeat N] [--rounds R] [--batch-size B]

The security stream of ``throughput.py`` (the INPUTs, default the bundled examples,
repeated ``--repeat`` times) goes through the pipeline stage by stage, as
``Extractor.extract_many`` runs it: every component over all Docs (``pipe`` in
batches where it has one), then ``prepare_batch`` and ``to_extraction`` per batch,
the main steps of those two timed on their own. Each stage's figure is the fastest
of ``--rounds`` rounds, printed in seconds and as a share of raw spaCy's CPU time on
the same texts (all its components, ``nlp.pipe`` at the same batch size): the
ratio of ``throughput.py`` is about raw / (spaCy's components + Nexus's own work).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from nexus.extract import assemble
from nexus.extract.pipeline import Extractor, load_base_model, with_filed_date
from nexus.extract.tokens import release
from nexus.ingest import IngestFailure, iter_documents
from nexus.model import Document

ROOT = Path(__file__).resolve().parent.parent

#: Steps inside ``prepare_batch`` and ``to_extraction`` timed on their own: (module, function, label).
STEPS = (
    (assemble, "_prepare", "prepare: entity places, dates"),
    (assemble, "keep_rule_mentions", "prepare: rule event mentions"),
    (assemble.learned, "prescore", "prepare: learned model scores"),
    (assemble, "extract_events", "finish: events"),
    (assemble, "attach_casualties", "finish: casualty figures"),
    (assemble, "extract_relations", "finish: relations"),
    (assemble, "_event", "finish: event records"),
    (assemble, "_relation", "finish: relation records"),
)


class Clock:
    """CPU seconds per label, summed over a round."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}

    def add(self, label: str, seconds: float) -> None:
        self.spent[label] = self.spent.get(label, 0.0) + seconds

    def run(self, label: str, work: Callable[[], Any]) -> Any:
        start = time.process_time()
        try:
            return work()
        finally:
            self.add(label, time.process_time() - start)

    def wrap(self, owner: Any, name: str, label: str) -> None:
        """Time every call of ``owner.name`` under ``label`` (the stages call it through ``owner``)."""
        inner = getattr(owner, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            return self.run(label, lambda: inner(*args, **kwargs))

        setattr(owner, name, timed)


def one_round(extractor: Extractor, documents: list[Document], clock: Clock) -> None:
    """The stream through the pipeline stage by stage, each stage's time added to ``clock``."""
    size = extractor.batch_size
    docs: list[Doc] = clock.run("tokenizer, triage", lambda: [extractor._doc(d) for d in documents])
    clock.run("tokenizer, triage", lambda: extractor._triaged(docs))
    for name, proc in extractor.nlp.pipeline:
        if hasattr(proc, "pipe"):
            docs = clock.run(name, lambda proc=proc, docs=docs: list(proc.pipe(docs, batch_size=size)))
        else:
            docs = clock.run(name, lambda proc=proc, docs=docs: [proc(d) for d in docs])
    for lo in range(0, len(docs), size):
        ready = [
            (d, with_filed_date(d, x))
            for d, x in zip(docs[lo : lo + size], documents[lo : lo + size], strict=True)
        ]
        clock.run("prepare_batch (all)", lambda ready=ready: assemble.prepare_batch(ready))
        for doc, document in ready:
            clock.run(
                "to_extraction (all)",
                lambda d=doc, x=document: assemble.to_extraction(d, x, extractor.version),
            )
            release(doc)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", default=[str(ROOT / "examples")])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()
    found = [d for d in iter_documents(args.inputs) if not isinstance(d, IngestFailure)]
    documents = [d.model_copy(update={"id": f"{d.id}-{i}"}) for i in range(args.repeat) for d in found]
    raw = load_base_model()
    extractor = Extractor(batch_size=args.batch_size, triage=False)
    clock = Clock()
    for owner, name, label in STEPS:
        clock.wrap(owner, name, label)
    spacy_names = set(raw.pipe_names)
    one_round(extractor, documents[:5], clock)  # warm caches outside the timing
    best: dict[str, float] = {}
    raw_best = float("inf")
    for _ in range(args.rounds):
        start = time.process_time()
        list(raw.pipe((d.text for d in documents), batch_size=args.batch_size))
        raw_best = min(raw_best, time.process_time() - start)
        clock.spent = {}
        one_round(extractor, documents, clock)
        for label, seconds in clock.spent.items():
            best[label] = min(best.get(label, float("inf")), seconds)
    steps = {label for _, _, label in STEPS}
    total = sum(v for k, v in best.items() if k not in steps)
    in_spacy = sum(v for k, v in best.items() if k in spacy_names)
    print(
        f"{len(documents)} documents, batch size {args.batch_size}, fastest of {args.rounds} rounds (CPU s)"
    )
    print(f"  raw spaCy {raw_best:.3f}  nexus {total:.3f}  ratio {raw_best / total:.2f}")
    own = total - in_spacy
    print(f"  spaCy components in nexus {in_spacy:.3f}; own work {own:.3f} ({own / raw_best:.2f} of raw)")
    for label, seconds in sorted(best.items(), key=lambda kv: -kv[1]):
        kind = "spaCy" if label in spacy_names else "step " if label in steps else "nexus"
        print(f"  {kind} {label:34} {seconds:7.3f}  {seconds / raw_best:5.3f} of raw")


if __name__ == "__main__":
    main()

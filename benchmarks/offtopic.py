"""Every event Nexus finds in the off-topic articles of the mixed stream, with its sentence.

Usage: python benchmarks/offtopic.py [--mixed N] [--no-triage] [--scores] [--json] [--split FILE]

Builds the same mixed stream as ``benchmarks/throughput.py --mixed N`` (the held-back split of
the triage corpus, same seed), extracts it once (untimed) and prints, for each off-topic article
that triage lets through, its triage score and each event: type, trigger and the sentence it
rests on. ``--scores`` also lists the off-topic articles that pass triage with no event, and
``--no-triage`` parses every article (what the rule stages make of other news unfiltered).
The last line gives skipped documents and events per off-topic article. This is a diagnostic
for the triage and detection stages, not a place to tune them: the stream is the triage
corpus's held-back split.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import throughput
from throughput import ROOT, load, mixed_stream

from nexus.extract import triage
from nexus.extract.pipeline import Extractor


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mixed", type=int, default=400)
    parser.add_argument("--no-triage", action="store_true", help="parse every article")
    parser.add_argument("--scores", action="store_true", help="also list passed articles without events")
    parser.add_argument(
        "--split", help="the triage corpus file to draw the stream from (default: test split)"
    )
    parser.add_argument("--json", action="store_true", help="one JSON line per event instead of text")
    args = parser.parse_args()
    if args.split:
        throughput.TRIAGE_TEST = Path(args.split)
    examples = load([str(ROOT / "examples")], 1)
    docs, off_topic = mixed_stream(args.mixed, examples)
    extractor = Extractor(triage=not args.no_triage)
    extractions = list(extractor.extract_many([d for d in docs if d.id in off_topic]))
    texts = {d.id: d.text for d in docs}
    by_type: Counter[str] = Counter()
    skipped = events = passed = 0
    for x in extractions:
        if x.skipped is not None:
            skipped += 1
            continue
        passed += 1
        if not x.events and not args.scores:
            continue
        score = triage.score_texts([texts[x.document.id]])[0]
        if not args.json:
            head = texts[x.document.id][:100].replace("\n", " / ")
            print(f"\n## {x.document.id} score={score:.3f} events={len(x.events)} | {head}")
        for e in x.events:
            events += 1
            by_type[e.type] += 1
            if args.json:
                row = {"doc": x.document.id, "score": round(score, 3), "type": e.type, "trigger": e.trigger}
                print(json.dumps(row | {"sentence": e.evidence.sentence}, ensure_ascii=False))
            else:
                print(f"  {e.type:16} trigger={e.trigger!r:14} | {e.evidence.sentence}")
    print(
        f"\noff-topic articles {len(off_topic)}, skipped {skipped}, passed {passed}, events {events} "
        f"({events / max(1, len(off_topic)):.3f} per article); by type: {dict(by_type.most_common())}"
    )


if __name__ == "__main__":
    main()

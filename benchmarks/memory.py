"""Peak memory of extraction by workload: 100 / 1,000 / 10,000 documents, one 1 MB and one 5 MB document.

Usage: python benchmarks/memory.py [--docs 100 1000 10000] [--mb 1 5] [--stream mixed|security]

Each workload runs in a fresh process (peak RSS is per process): it loads the
pipeline, notes the RSS, extracts, and reports the peak RSS, the growth over
the loaded pipeline, and the time. Document counts stream through
``Extractor.extract_many`` (results are counted, not kept, as ``nexus ingest``
does); the documents come from the benchmark's mixed stream (15 % security, see
``throughput.py``) or, with ``--stream security``, from the bundled examples
repeated. A long document is the bundled examples' texts repeated to the size
(see ``long_document.py``). Memory should stay flat in the number of documents
and bounded in the length of one document (windows).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXAMPLES = str(HERE.parent / "examples")


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def run_one(kind: str, amount: float, stream: str) -> dict[str, float]:
    """One workload in this process: ``kind`` "docs" (``amount`` documents) or "mb" (one document)."""
    sys.path.insert(0, str(HERE))
    from long_document import build_text
    from throughput import load, mixed_stream

    from nexus.extract.pipeline import Extractor
    from nexus.model import Document, content_id

    extractor = Extractor()
    examples = load([EXAMPLES], 1)
    extractor.extract(examples[0])
    if kind == "docs":
        count = int(amount)
        if stream == "mixed":
            docs, _ = mixed_stream(count, examples)
        else:
            docs = load([EXAMPLES], count // len(examples) + 1)[:count]
    else:
        text = build_text([EXAMPLES], amount)
        docs = [Document(id=content_id(text), text=text)]
    loaded = _rss_mb()
    start = time.perf_counter()
    events = skipped = 0
    for extraction in extractor.extract_many(docs):
        events += len(extraction.events)
        skipped += extraction.skipped is not None
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"loaded_mb": loaded, "peak_mb": peak, "seconds": elapsed, "events": events, "skipped": skipped}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", nargs="*", type=int, default=[100, 1000, 10000])
    parser.add_argument("--mb", nargs="*", type=float, default=[1.0, 5.0])
    parser.add_argument("--stream", choices=("mixed", "security"), default="mixed")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(run_one(args.child[0], float(args.child[1]), args.stream)))
        return
    print(
        f"{'workload':>22} {'loaded MB':>10} {'peak MB':>8} {'growth MB':>10} {'seconds':>8} {'skipped':>8}"
    )
    jobs = [("docs", float(n), f"{n} documents ({args.stream})") for n in args.docs]
    jobs += [("mb", mb, f"one {mb:g} MB document") for mb in args.mb]
    for kind, amount, label in jobs:
        done = subprocess.run(
            [sys.executable, __file__, "--stream", args.stream, "--child", kind, str(amount)],
            check=True,
            capture_output=True,
            text=True,
        )
        row = json.loads(done.stdout.strip().splitlines()[-1])
        print(
            f"{label:>22} {row['loaded_mb']:10.0f} {row['peak_mb']:8.0f} "
            f"{row['peak_mb'] - row['loaded_mb']:10.0f} {row['seconds']:8.1f} {row['skipped']:8.0f}",
            flush=True,
        )


if __name__ == "__main__":
    main()

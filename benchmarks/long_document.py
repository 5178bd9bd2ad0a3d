"""Time and peak memory of extracting one long document, by size: is it bounded and linear?

Usage: python benchmarks/long_document.py [--sizes 0.5 1 2 5] [INPUT ...]

Each size runs in a fresh process (peak RSS is per process), on one document
made of the bundled examples' texts repeated until it reaches that many
megabytes (UTF-8). Prints seconds, seconds per MB and peak RSS; the
per-megabyte time should stay flat as the size grows, and the peak RSS should
stay well under 1.5 GB at 5 MB, because long documents are extracted in
sentence-aligned windows (see ``nexus.extract.pipeline``).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

MB = 1024 * 1024
EXAMPLES = str(Path(__file__).parent.parent / "examples")


def build_text(inputs: list[str], size: float) -> str:
    from nexus.ingest import IngestFailure, iter_documents

    texts = [d.text.strip() for d in iter_documents(inputs) if not isinstance(d, IngestFailure)]
    target = int(size * MB)
    parts: list[str] = []
    total, i = 0, 0
    while total < target:
        chunk = texts[i % len(texts)] + "\n\n"
        parts.append(chunk)
        total += len(chunk.encode("utf-8"))
        i += 1
    return "".join(parts)


def run_one(inputs: list[str], size: float) -> dict[str, float]:
    """Extract one document of ``size`` MB in this process; time and peak RSS."""
    from nexus.extract.pipeline import Extractor
    from nexus.model import Document, content_id

    extractor = Extractor()
    text = build_text(inputs, size)
    document = Document(id=content_id(text), text=text)
    start = time.perf_counter()
    extraction = extractor.extract(document)
    elapsed = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "mb": len(text.encode("utf-8")) / MB,
        "seconds": elapsed,
        "peak_rss_mb": peak_kb / 1024,
        "entities": len(extraction.entities),
        "events": len(extraction.events),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", default=[EXAMPLES])
    parser.add_argument("--sizes", nargs="+", type=float, default=[0.5, 1.0, 2.0, 5.0])
    parser.add_argument("--child", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(run_one(args.inputs, args.child)))
        return
    print(f"{'MB':>6} {'seconds':>8} {'s/MB':>7} {'peak RSS MB':>12} {'entities':>9} {'events':>7}")
    for size in args.sizes:
        done = subprocess.run(
            [sys.executable, __file__, "--child", str(size), *args.inputs],
            check=True,
            capture_output=True,
            text=True,
        )
        row = json.loads(done.stdout.strip().splitlines()[-1])
        print(
            f"{row['mb']:6.2f} {row['seconds']:8.1f} {row['seconds'] / row['mb']:7.1f} "
            f"{row['peak_rss_mb']:12.0f} {row['entities']:9.0f} {row['events']:7.0f}"
        )


if __name__ == "__main__":
    main()

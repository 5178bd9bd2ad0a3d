"""Time and peak memory of extracting one long document, by size: is it bounded and linear?

Usage: python benchmarks/long_document.py [--sizes 0.5 1 2 5] [--kinds examples dense] [INPUT ...]

Each size runs in a fresh process (peak RSS is per process), on one document
of that many megabytes (UTF-8) of each kind:

- ``examples``: the bundled examples' texts (or INPUT's) repeated;
- ``dense``: an invented, event-dense text: paragraphs of short reports, each
  telling several attacks, arrests and strikes with figures and places (many
  events and entity mentions per window, the case that made a window's
  reference resolution grow with the square of its mentions).

Prints CPU seconds (process time, so other load on the machine counts little),
seconds per MB and peak RSS; the per-megabyte time should stay flat as the
size grows (the last column, the ratio to the kind's first size, near 1), and
the peak RSS well under 1.5 GB at 5 MB, because long documents are extracted
in sentence-aligned windows (see ``nexus.extract.pipeline``). Lazily built
tables (the city table) are loaded before the clock starts.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

MB = 1024 * 1024
EXAMPLES = str(Path(__file__).parent.parent / "examples")


#: Invented places and groups of the event-dense text.
_TOWNS = ("Varenk", "Oshtal", "Mirabad", "Kelsa", "Dunmore Flats", "Tarquin", "Sel Amra", "Boruvka")
_GROUPS = ("the Crimson Dawn Movement", "the Eastern Shield Brigade", "Harakat al-Nur", "the Free Hills Army")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def dense_text(size: float, seed: int = 7) -> str:
    """``size`` MB of invented event-dense paragraphs (several happenings each, see the module doc)."""
    rng = random.Random(seed)
    target = int(size * MB)
    parts: list[str] = []
    total = 0
    while total < target:
        town, other, third = rng.sample(_TOWNS, 3)
        group = rng.choice(_GROUPS)
        paragraph = (
            f"Gunmen killed {rng.randint(2, 30)} people and wounded {rng.randint(1, 40)} others in an attack "
            f"on a market in {town} on {rng.choice(_DAYS)}, officials said. {group[0].upper()}{group[1:]} "
            f"said it carried out the attack. Later, a roadside bomb hit an army truck near {other}, "
            f"killing {rng.randint(1, 9)} soldiers. Police arrested {rng.randint(2, 12)} suspects in "
            f"{third} the next day, and an air strike on a hideout outside {town} killed "
            f"{rng.randint(3, 20)} militants, the military said.\n\n"
        )
        parts.append(paragraph)
        total += len(paragraph.encode("utf-8"))
    return "".join(parts)


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


def run_one(inputs: list[str], size: float, kind: str = "examples") -> dict[str, float]:
    """Extract one document of ``size`` MB of ``kind`` in this process; CPU time and peak RSS."""
    from nexus.extract import geocode
    from nexus.extract.pipeline import Extractor
    from nexus.model import Document, content_id

    extractor = Extractor()
    geocode.city_table()  # built on first use when its cache is stale: not the document's cost
    extractor.extract(
        Document(id="warm-up", text="A bomb killed two people in Varenk on Monday, police said.")
    )
    text = dense_text(size) if kind == "dense" else build_text(inputs, size)
    document = Document(id=content_id(text), text=text)
    start = time.process_time()
    extraction = extractor.extract(document)
    elapsed = time.process_time() - start
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
    parser.add_argument("--kinds", nargs="+", choices=("examples", "dense"), default=["examples", "dense"])
    parser.add_argument("--child", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--kind", default="examples", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(run_one(args.inputs, args.child, args.kind)))
        return
    print(
        f"{'kind':>9} {'MB':>6} {'CPU s':>8} {'s/MB':>7} {'peak RSS MB':>12} "
        f"{'entities':>9} {'events':>7} {'ratio':>6}"
    )
    for kind in args.kinds:
        first = None
        for size in args.sizes:
            done = subprocess.run(
                [sys.executable, __file__, "--child", str(size), "--kind", kind, *args.inputs],
                check=True,
                capture_output=True,
                text=True,
            )
            row = json.loads(done.stdout.strip().splitlines()[-1])
            per_mb = row["seconds"] / row["mb"]
            first = first or per_mb
            print(
                f"{kind:>9} {row['mb']:6.2f} {row['seconds']:8.1f} {per_mb:7.1f} {row['peak_rss_mb']:12.0f} "
                f"{row['entities']:9.0f} {row['events']:7.0f} {per_mb / first:6.2f}"
            )


if __name__ == "__main__":
    main()

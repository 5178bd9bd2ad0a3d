"""Whether a change leaves ``nexus extract``'s output byte-identical, on all documents or a sample.

Usage: python benchmarks/same_output.py record INPUT REFERENCE_DIR [--every N]
       python benchmarks/same_output.py check INPUT REFERENCE_DIR [--every N]

Speed work must not change what is extracted. ``record`` runs ``nexus extract`` (the CLI of the
package this interpreter imports, in a subprocess) on INPUT, a JSONL file of documents, and keeps
its files in REFERENCE_DIR; ``check``, run after the change, extracts the same documents into a
temporary folder and compares every ``<id>.json`` with the reference byte for byte (the run report,
which holds timings, is left out). It prints the documents whose output differs and exits 1 when
any does, 0 when all are the same. ``--every N`` takes every N-th document of INPUT only (the
same ones in both commands), for a quick look on a sample; a full comparison uses N = 1.

A typical round: ``record`` on the code before the change (a worktree of main), ``check`` on the
branch, for the development reports and the annotated pages (``make_input.py`` of the evaluation
scripts turns a gold folder into INPUT).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

#: The file ``nexus extract --out`` writes beside the documents (timings and counts, not output).
RUN_REPORT = "run-report.json"


def sample(source: Path, every: int, target: Path) -> int:
    """Every ``every``-th non-blank line of the JSONL ``source`` (the first included) into ``target``."""
    lines = [line for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    kept = lines[::every]
    target.write_text("".join(line + "\n" for line in kept), encoding="utf-8")
    return len(kept)


def extract(source: Path, out_dir: Path) -> None:
    """``nexus extract SOURCE --out OUT_DIR`` with this interpreter's package; raises on failure."""
    command = [sys.executable, "-c", "from nexus.cli import main; main()", "extract", str(source)]
    subprocess.run([*command, "--out", str(out_dir)], check=True, stdout=subprocess.DEVNULL)


def outputs(folder: Path) -> dict[str, bytes]:
    """File name -> bytes of every document output in ``folder`` (the run report left out)."""
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.json")) if p.name != RUN_REPORT}


def differences(reference: dict[str, bytes], new: dict[str, bytes]) -> list[str]:
    """The file names whose bytes differ, or that only one side holds, sorted."""
    return sorted(name for name in reference.keys() | new.keys() if reference.get(name) != new.get(name))


def main() -> None:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=formatter)
    parser.add_argument("mode", choices=["record", "check"])
    parser.add_argument("input", type=Path, help="documents, one JSON object a line")
    parser.add_argument("reference", type=Path, help="where `record` keeps the output `check` compares with")
    parser.add_argument("--every", type=int, default=1, help="take every N-th document only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "input.jsonl"
        count = sample(args.input, max(1, args.every), source)
        if args.mode == "record":
            args.reference.mkdir(parents=True, exist_ok=True)
            extract(source, args.reference)
            print(f"recorded {len(outputs(args.reference))} outputs of {count} documents in {args.reference}")
            return
        new_dir = Path(tmp) / "out"
        extract(source, new_dir)
        changed = differences(outputs(args.reference), outputs(new_dir))
    for name in changed:
        print(f"differs: {name}")
    print(f"{count} documents, {len(changed)} outputs differ")
    sys.exit(1 if changed else 0)


if __name__ == "__main__":
    main()

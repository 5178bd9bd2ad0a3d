"""Copy a trained pipeline into the package and record its checksums.

``python -m nexus.training.package TRAINED_DIR`` replaces
``src/nexus/extract/learned_model/`` with the trained pipeline (minus
spaCy's run-specific metadata), then writes ``SHA256SUMS`` (one
``<sha256>  <relative path>`` line per file) that :func:`nexus.extract.learned.verify_model`
checks at load time.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
from pathlib import Path

from nexus.extract.learned import CHECKSUMS, MODEL_DIR


def install_model(trained: Path, dest: Path, *, name: str, description: str) -> dict[str, str]:
    """Copy the trained pipeline ``trained`` to ``dest`` (replacing it), rewrite its ``meta.json``
    as ours and write ``SHA256SUMS`` (one ``<sha256>  <relative path>`` line per file, as
    :func:`nexus.extract.shipped.altered_files` reads it); returns ``{relative path: sha256}``."""
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(trained, dest)
    meta_path = dest / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(name=name, version="0.1.0", description=description, author="Nexus", license="Apache-2.0")
    for key in ("performance", "requirements", "url", "email", "sources"):
        meta.pop(key, None)
    meta_path.write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    sums = {
        str(p.relative_to(dest)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(dest.rglob("*"))
        if p.is_file() and p.name != CHECKSUMS.name
    }
    (dest / CHECKSUMS.name).write_text("".join(f"{d}  {n}\n" for n, d in sums.items()), encoding="utf-8")
    return sums


def package(trained: Path, dest: Path = MODEL_DIR) -> dict[str, str]:
    """Install ``trained`` at ``dest``; returns ``{relative path: sha256}``."""
    return install_model(
        trained,
        dest,
        name="event_types",
        description="Nexus learned event detection: sentence-level event types (trained by `make train`)",
    )


def main() -> None:
    """Package the pipeline named on the command line and print the checksums."""
    for name, digest in package(Path(sys.argv[1])).items():
        print(digest, name)


if __name__ == "__main__":
    main()

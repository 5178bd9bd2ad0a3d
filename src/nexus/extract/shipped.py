"""Trained weights shipped inside the package, checked against their ``SHA256SUMS``.

Each model folder (``learned_model/``, ``triage_model/``) holds a ``SHA256SUMS`` file with
one ``<sha256>  <relative path>`` line per file, written by ``nexus.training.package``.
"""

from __future__ import annotations

import hashlib
from pathlib import Path


def checked_files(model_dir: Path) -> dict[str, str]:
    """Relative path -> sha256 hex digest, as listed in ``model_dir/SHA256SUMS``."""
    sums: dict[str, str] = {}
    for line in (model_dir / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        if line.strip():
            digest, name = line.split(maxsplit=1)
            sums[name.strip()] = digest
    return sums


def altered_files(model_dir: Path) -> list[str]:
    """Files of the model in ``model_dir`` missing or whose sha256 differs (empty when intact)."""
    bad = []
    for name, digest in checked_files(model_dir).items():
        path = model_dir / name
        if not path.is_file() or hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            bad.append(name)
    return bad

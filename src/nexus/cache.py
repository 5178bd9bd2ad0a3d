"""An on-disk cache for data Nexus derives from files: parsed ontology tables, the city index.

Deriving them costs seconds per process (YAML parsing, a 170k-row gazetteer);
loading the result costs milliseconds. Each entry is keyed by a fingerprint
of everything it is derived from (the Nexus version, a format number, the
bytes or the size and modification time of the source files), so a changed
source yields a new key and the entry is rebuilt; entries left behind by
older keys are removed when the new one is written.

The cache is never required. It lives in ``$NEXUS_CACHE`` if set, else
``$XDG_CACHE_HOME/nexus``, else ``~/.cache/nexus``; ``NEXUS_CACHE=off``
turns it off. An unreadable, truncated or foreign entry is rebuilt, and a
folder that cannot be written only costs the rebuild next time: neither
ever stops an extraction. Entries are pickles, so the folder is created
private to the user (mode 0700), like the rest of ``~/.cache``; point
``NEXUS_CACHE`` only at a folder no one else can write.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from nexus import __version__

T = TypeVar("T")

#: Bumped when the layout of every entry changes; each caller adds its own format number too.
CACHE_FORMAT = 1
_OFF = frozenset({"off", "0", "no", "false", "none"})
_MAGIC = "nexus-cache"


def cache_dir() -> Path | None:
    """The folder cached data goes in, or None when caching is turned off (``NEXUS_CACHE=off``)."""
    configured = os.environ.get("NEXUS_CACHE")
    if configured is not None:
        if configured.strip().lower() in _OFF or not configured.strip():
            return None
        return Path(configured).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg and Path(xdg).is_absolute() else Path.home() / ".cache"
    return base / "nexus"


def fingerprint(*parts: bytes | str) -> str:
    """A hex sha256 of the Nexus version, the cache format and ``parts`` (text or bytes), in order."""
    digest = hashlib.sha256(f"{_MAGIC}/{__version__}/{CACHE_FORMAT}".encode())
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


def file_stamp(path: Path) -> str:
    """``path size mtime`` of a large source file: changes when the file is replaced or edited.

    Hashing a 30 MB table on every start would cost what the cache saves;
    packages install data files whole, so size and modification time suffice.
    """
    try:
        stat = path.stat()
    except OSError:
        return f"{path} missing"
    return f"{path} {stat.st_size} {stat.st_mtime_ns}"


def entry_path(name: str, key: str, suffix: str = ".pickle") -> Path | None:
    """Where the entry ``name`` with fingerprint ``key`` lives (None when caching is off)."""
    folder = cache_dir()
    if folder is None:
        return None
    return folder / f"{_safe(name)}-{key[:24]}{suffix}"


def load_or_build(name: str, key: str, build: Callable[[], T]) -> T:
    """The cached value of ``name`` for fingerprint ``key``, else ``build()`` (then cached).

    A missing, corrupt or mismatched entry is rebuilt and rewritten; a write
    that fails (read-only home, full disk) is ignored. ``build`` must return
    something picklable.
    """
    path = entry_path(name, key)
    if path is None:
        return build()
    found = _read(path, key)
    if found is not None:
        value: T = found[0]
        return value
    value = build()
    write_atomically(path, lambda handle: pickle.dump((_MAGIC, key, value), handle, pickle.HIGHEST_PROTOCOL))
    remove_stale(path)
    return value


def _read(path: Path, key: str) -> tuple[Any] | None:
    """``(value,)`` when ``path`` holds a sound entry for ``key``, else None (missing, corrupt, other key)."""
    try:
        with path.open("rb") as handle:
            loaded = pickle.load(handle)
    except FileNotFoundError:
        return None
    except Exception:  # truncated, garbage, written by an incompatible version: rebuild
        return None
    if not (isinstance(loaded, tuple) and len(loaded) == 3 and loaded[0] == _MAGIC and loaded[1] == key):
        return None
    return (loaded[2],)


def write_atomically(path: Path, write: Callable[[Any], None]) -> bool:
    """Write ``path`` through ``write(binary handle)`` into a temporary file, then rename it into place.

    Readers never see a half-written entry, and two processes building the
    same entry at once both succeed. Returns whether the entry was written.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with tmp.open("wb") as handle:
            write(handle)
        tmp.replace(path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        return False
    return True


def remove_stale(current: Path) -> None:
    """Delete the other entries of the same name (older fingerprints) beside ``current``."""
    stem = current.name[: current.name.rfind("-") + 1]
    for other in _siblings(current.parent, stem, current.suffix):
        if other != current:
            with contextlib.suppress(OSError):
                other.unlink()


def _siblings(folder: Path, stem: str, suffix: str) -> Iterable[Path]:
    try:
        return [p for p in folder.iterdir() if p.name.startswith(stem) and p.name.endswith(suffix)]
    except OSError:
        return []


def _safe(name: str) -> str:
    """A file-name-safe form of an entry name (``ontology-actors.yaml``)."""
    return "".join(c if c.isalnum() or c in "._" else "_" for c in name.replace("-", "_"))

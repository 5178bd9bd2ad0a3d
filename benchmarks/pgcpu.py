"""CPU seconds a local PostgreSQL server has used, for benchmarks that share the machine with it.

``server_cpu(url)`` connects to the server at ``url``, finds its postmaster
(the parent of the backend serving the connection) and adds up, from
``/proc``, the user and system time of the postmaster, of its children that
have ended (``cutime``/``cstime``: backends of finished connections) and of
its live children (backends, checkpointer, WAL writer ...). The difference
between two readings is the server's CPU time in between, whichever
connections did the work. ``None`` when the server is not on this machine
(no ``/proc`` entry for its postmaster) or cannot be reached.
"""

from __future__ import annotations

import os
from pathlib import Path

_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _stat(pid: int) -> list[str] | None:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text.rsplit(")", 1)[1].split()  # fields from the state on (the name may hold spaces)


def postmaster_pid(url: str) -> int | None:
    """The pid of the postmaster serving ``url`` when it runs here, else None."""
    from sqlalchemy import create_engine, text

    try:
        engine = create_engine(url)
        try:
            with engine.connect() as connection:
                backend = int(connection.execute(text("SELECT pg_backend_pid()")).scalar_one())
                fields = _stat(backend)  # while the backend lives: it ends with the connection
        finally:
            engine.dispose()
    except Exception:  # unreachable, or not PostgreSQL
        return None
    return int(fields[1]) if fields else None


def server_cpu(postmaster: int | None) -> float | None:
    """CPU seconds used so far by the postmaster ``postmaster`` and all its children."""
    if postmaster is None:
        return None
    own = _stat(postmaster)
    if own is None:
        return None
    # utime, stime, cutime, cstime are fields 14-17 of stat (11-14 once the pid and name are cut)
    total = sum(int(own[i]) for i in (11, 12, 13, 14))
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        fields = _stat(int(entry.name))
        if fields is not None and int(fields[1]) == postmaster:
            total += int(fields[11]) + int(fields[12])
    return total / _TICKS

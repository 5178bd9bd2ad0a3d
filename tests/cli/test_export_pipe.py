"""``nexus export ... -`` into a reader that stops early (``| head``) ends without an error message."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import nexus
from nexus.store.samples import sample_corpus


def test_a_closed_pipe_is_not_reported_as_a_write_error(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    with nexus.open(url) as kb:
        kb.ingest(sample_corpus())
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from nexus.cli import main; main()",
            "export",
            "--db",
            url,
            "-f",
            "graphml",
            "-",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before the first byte is written
    stderr = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert "Broken pipe" not in stderr and "error" not in stderr.lower(), stderr
    assert "Traceback" not in stderr

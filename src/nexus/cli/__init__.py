"""Command-line interface: ``nexus COMMAND``. Each module registers its commands."""

from __future__ import annotations

from nexus.cli import (
    correct_cmd,  # noqa: F401
    doctor_cmd,  # noqa: F401  (registers commands)
    event_cmd,  # noqa: F401
    export_cmd,  # noqa: F401
    extract_cmd,  # noqa: F401
    kb_cmd,  # noqa: F401
    serve_cmd,  # noqa: F401
)
from nexus.cli.app import app


def main() -> None:
    app()


__all__ = ["app", "main"]

"""The REST API and the web UI it serves: ``create_app(db, token=...)``."""

from __future__ import annotations

from nexus.api.app import create_app

__all__ = ["create_app"]

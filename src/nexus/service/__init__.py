"""The library pipeline service: read, extract and store documents in one call.

``run_ingest`` is what ``nexus ingest``, the API's ``POST /api/documents``
and the distributed runner all call. It reads the inputs, skips what the
store already holds, extracts the rest through a *runner* (in this process,
in forked worker processes with ``jobs``, or on a Dask cluster with
``nexus.service.dask.DaskRunner``) and stores the extractions in batches,
reporting each document's outcome to an optional progress callback and
returning a typed ``RunSummary``.

Nothing heavy loads on import: spaCy when an extractor is built, Dask only in
``nexus.service.dask``.
"""

from __future__ import annotations

from nexus.service.ingest import (
    ChunkOutcome,
    ExtractFailed,
    ExtractSkipped,
    ForkRunner,
    InProcessRunner,
    Problem,
    ProgressEvent,
    Runner,
    RunSummary,
    chunked,
    extract_chunk,
    run_ingest,
    warm_up,
)

__all__ = [
    "ChunkOutcome",
    "ExtractFailed",
    "ExtractSkipped",
    "ForkRunner",
    "InProcessRunner",
    "Problem",
    "ProgressEvent",
    "RunSummary",
    "Runner",
    "chunked",
    "extract_chunk",
    "run_ingest",
    "warm_up",
]

"""Distributed extraction on Dask: workers extract, this process stores.

``DaskRunner`` is a ``Runner`` for ``run_ingest``: it cuts the documents into
partitions of ``partition_size``, sends each to the cluster as one task
(documents as JSON), and gives back the extractions in input order, keeping
at most ``window`` partitions in flight so memory stays flat. Each worker
builds its extractor once (``worker_extractor``: a per-process cache) and
returns the extractions as JSON, the contract model, so the client needs
nothing but the data to store them.

Only the client writes, through ``KnowledgeBase.ingest`` in batches, in
input order, so the guarantees of a single-process run hold: a worker killed
mid-task loses nothing (the scheduler runs its tasks again elsewhere, or, if
they keep failing, each document of the partition is tried alone and only the
one that fails is reported), and a client killed mid-batch loses only that
uncommitted batch, which a re-run redoes (documents already stored are
skipped before extraction; nothing is stored twice).

``dask_runner(address=...)`` connects to a running scheduler
(``tcp://host:port``; every worker needs ``nexus-osint`` installed);
``dask_runner(workers=N)`` starts a ``LocalCluster`` of N single-threaded
worker processes for the run.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from typing import TYPE_CHECKING, Any

from nexus.errors import NexusError
from nexus.model import Document, Extraction
from nexus.service.ingest import ChunkOutcome, ExtractFailed, ExtractSkipped, chunked, extract_chunk, ordered

if TYPE_CHECKING:
    from nexus.extract.pipeline import Extractor

#: Builds the extractor on a worker (called once per worker process and key).
ExtractorFactory = Callable[[], "Extractor"]
#: A partition's result on the wire: per document ``{"extraction": ...}``, ``{"failed": reason}``
#: or ``{"skipped": reason}``.
Row = dict[str, Any]

#: Documents per task: small enough to balance two workers on a short run, large enough for nlp.pipe.
DEFAULT_PARTITION = 8
#: Dask settings for the local clusters we start. Its periodic bookkeeping (a stack sample every
#: 10 ms on each worker, a system monitor every 0.5 s, event-loop ticks every 20 ms, memory checks
#: every 0.1 s, also in the nanny) costs each process 2-4 % of a core when idle, taken from
#: extraction on a busy machine; it feeds the dashboard. Memory limits are still enforced, each second.
QUIET_LOCAL_CLUSTER: dict[str, Any] = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
}
#: Documents queued or running per worker (the default window). The client stores between
#: pulls, a whole batch at a time; the queue must outlast that or the workers wait on it.
IN_FLIGHT_PER_WORKER = 128


class DistributedError(NexusError):
    """The Dask cluster could not be reached or started."""

    code = "E400"


# -- on the workers ----------------------------------------------------------------------------

#: Extractors built in this process, by factory key (a worker process builds each once).
_EXTRACTORS: dict[str, Any] = {}
_LOADS = 0


def default_factory() -> Extractor:
    """The standard extraction pipeline."""
    from nexus.extract.pipeline import Extractor

    return Extractor()


def worker_extractor(factory: ExtractorFactory, key: str) -> Any:
    """The extractor ``factory`` builds, built once per process and ``key`` (then cached)."""
    global _LOADS
    found = _EXTRACTORS.get(key)
    if found is None:
        found = _EXTRACTORS[key] = factory()
        _LOADS += 1
    return found


def extractor_loads() -> int:
    """How many extractors this process has built (one per worker is the promise)."""
    return _LOADS


def _preload(factory: ExtractorFactory, key: str) -> int:
    worker_extractor(factory, key)
    return _LOADS


def extract_partition(
    payload: list[dict[str, Any]], factory: ExtractorFactory = default_factory, key: str = "default"
) -> list[Row]:
    """The task a worker runs: documents (as JSON) in, one row per document out (see ``Row``)."""
    extractor = worker_extractor(factory, key)
    documents = [Document.model_validate(item) for item in payload]
    rows: list[Row] = []
    for outcome in extract_chunk(extractor, documents):
        if isinstance(outcome, Extraction):
            rows.append({"extraction": outcome.model_dump(mode="json")})
        elif isinstance(outcome, ExtractSkipped):
            rows.append({"skipped": outcome.reason})
        else:
            rows.append({"failed": outcome.reason})
    return rows


# -- on the client -----------------------------------------------------------------------------


def _decode(document: Document, row: Row) -> ChunkOutcome:
    if "extraction" in row:
        return Extraction.model_validate(row["extraction"])
    if "skipped" in row:
        return ExtractSkipped(document, str(row["skipped"]))
    return ExtractFailed(document, str(row.get("failed", "no result from the worker")))


def _payload(documents: list[Document]) -> list[dict[str, Any]]:
    return [document.model_dump(mode="json") for document in documents]


class DaskRunner:
    """Extracts on the workers of a Dask ``client``; outcomes come back in input order.

    ``factory`` builds the extractor on each worker (default: the standard
    ``Extractor``; it must be importable there), ``key`` names it in the
    worker's cache. ``window`` bounds the partitions in flight (default:
    ``IN_FLIGHT_PER_WORKER`` documents' worth per worker, at least three partitions).
    """

    def __init__(
        self,
        client: Any,
        *,
        factory: ExtractorFactory = default_factory,
        key: str = "default",
        partition_size: int = DEFAULT_PARTITION,
        window: int = 0,
    ) -> None:
        self.client = client
        self.factory = factory
        self.key = key
        self.partition_size = max(1, partition_size)
        self.window = window

    def preload(self) -> dict[str, int]:
        """Build the extractor on every worker now (in parallel), not on its first task.

        Returns how many extractors each worker (by address) has built.
        """
        loads: dict[str, int] = self.client.run(_preload, self.factory, self.key)
        return loads

    def _workers(self) -> int:
        return max(1, len(self.client.scheduler_info().get("workers", {})))

    def _submit(self, documents: list[Document]) -> Any:
        return self.client.submit(extract_partition, _payload(documents), self.factory, self.key, pure=False)

    def _collect(self, documents: list[Document], future: Any) -> list[ChunkOutcome]:
        try:
            rows: list[Row] = future.result()
        except Exception as exc:  # the task kept failing (workers killed on it): one by one
            rows = self._one_by_one(documents, exc)
        finally:
            future.release()
        return [_decode(document, row) for document, row in zip(documents, rows, strict=True)]

    def _one_by_one(self, documents: list[Document], error: BaseException) -> list[Row]:
        if len(documents) == 1:
            return [{"failed": f"extraction failed on the cluster: {type(error).__name__}: {error}"}]
        futures = [self._submit([document]) for document in documents]
        rows: list[Row] = []
        for future in futures:
            try:
                rows.extend(future.result())
            except Exception as exc:
                rows.append({"failed": f"extraction failed on the cluster: {type(exc).__name__}: {exc}"})
            finally:
                future.release()
        return rows

    def run(self, documents: Iterable[Document]) -> Iterator[ChunkOutcome]:
        """Outcomes in input order, extracted on the cluster."""
        window = self.window or self._workers() * max(3, -(-IN_FLIGHT_PER_WORKER // self.partition_size))
        yield from ordered(chunked(documents, self.partition_size), self._submit, self._collect, window)

    def close(self) -> None:
        """Nothing to release (the client belongs to the caller; see ``dask_runner``)."""


def installed_version() -> str | None:
    """The installed ``nexus-osint`` version here (None when run from a source tree)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("nexus-osint")
    except PackageNotFoundError:
        return None


def check_workers(client: Any) -> None:
    """Raise ``DistributedError`` naming the workers whose installed ``nexus-osint`` is missing or
    differs from this one (checked when connecting to a scheduler: its workers are not ours)."""
    expected = installed_version()
    versions = client.get_versions(packages=["nexus-osint"])
    found = {
        address: (info.get("packages") or {}).get("nexus-osint")
        for address, info in (versions.get("workers") or {}).items()
    }
    wrong = {address: got for address, got in found.items() if got != expected}
    if wrong:
        listed = ", ".join(f"{a} ({v or 'not installed'})" for a, v in sorted(wrong.items()))
        raise DistributedError(f"Dask workers without nexus-osint {expected} (install it there): {listed}")


@contextmanager
def dask_runner(
    address: str | None = None,
    *,
    workers: int | None = None,
    partition_size: int = DEFAULT_PARTITION,
    window: int = 0,
    factory: ExtractorFactory = default_factory,
    timeout: float = 30.0,
) -> Iterator[DaskRunner]:
    """A ``DaskRunner`` on the scheduler at ``address``, or on a ``LocalCluster`` of ``workers``
    single-threaded processes started for the block (and stopped after it).

    Raises ``DistributedError`` when Dask is not installed or the scheduler
    cannot be reached.
    """
    try:
        import distributed
    except ImportError as exc:
        raise DistributedError(
            "Dask is not installed; install it with: pip install 'nexus-osint[dask]'"
        ) from exc
    if (address is None) == (workers is None):
        raise DistributedError("give either a scheduler address or a number of local workers")
    dist: Any = distributed  # untyped: keep mypy's strictness to our own code
    with ExitStack() as stack:
        cluster: Any = None
        try:
            if address is not None:
                client = dist.Client(address, timeout=timeout)
            else:
                import dask

                # for the cluster's life: its scheduler runs here, and a worker the nanny
                # starts again (after a crash) takes this process's config then
                stack.enter_context(dask.config.set(QUIET_LOCAL_CLUSTER))
                cluster = dist.LocalCluster(
                    n_workers=max(1, workers or 1),
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address="127.0.0.1:0",  # a free port, never a clash with another cluster
                    silence_logs=logging.CRITICAL,  # task errors reach us as exceptions; no log noise
                )
                client = dist.Client(cluster, timeout=timeout)
        except (OSError, TimeoutError) as exc:
            if cluster is not None:
                cluster.close()
            raise DistributedError(
                f"could not reach the Dask scheduler at {address or 'a local cluster'}: {exc}"
            ) from None
        try:
            if address is not None:
                check_workers(client)
            yield DaskRunner(client, factory=factory, partition_size=partition_size, window=window)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()

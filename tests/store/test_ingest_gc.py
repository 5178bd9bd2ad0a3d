"""``Store.ingest`` keeps what survives a batch out of the cyclic collector's passes, only for the run."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from nexus.model import Extraction
from nexus.store import Store, open_store
from nexus.store.devlike import devlike_extraction


@pytest.fixture()
def store() -> Iterator[Store]:
    with open_store("sqlite://") as opened:
        yield opened


@pytest.fixture(autouse=True)
def _unfrozen() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_the_heap_is_frozen_between_batches_and_unfrozen_after_the_run(store: Store) -> None:
    seen: list[int] = []
    summary = store.ingest(
        (devlike_extraction(i) for i in range(6)),
        batch_size=2,
        on_result=lambda _r: seen.append(gc.get_freeze_count()),
    )
    assert summary.added == 6
    assert seen[:2] == [0, 0]  # the first batch runs before anything is frozen
    assert all(count > 0 for count in seen[2:])  # later batches: the earlier ones' survivors are frozen
    assert gc.get_freeze_count() == 0


def test_a_failing_run_unfreezes_too(store: Store) -> None:
    def extractions() -> Iterator[Extraction]:
        yield from (devlike_extraction(i) for i in range(4))
        raise RuntimeError("input broke")

    with pytest.raises(RuntimeError, match="input broke"):
        store.ingest(extractions(), batch_size=2)
    assert gc.get_freeze_count() == 0


def test_a_callers_frozen_heap_is_left_frozen(store: Store) -> None:
    gc.freeze()
    frozen = gc.get_freeze_count()
    store.ingest((devlike_extraction(i) for i in range(4)), batch_size=2)
    # not unfrozen, and nothing more frozen (objects freed meanwhile leave the count)
    assert 0 < gc.get_freeze_count() <= frozen

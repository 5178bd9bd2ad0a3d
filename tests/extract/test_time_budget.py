"""The per-document time budget of the rule stages (``pipeline.time_budget``): it stops a block
that runs too long, and leaves the process's ``SIGALRM`` handler and timer as it found them."""

from __future__ import annotations

import signal
import threading
import time
from types import FrameType

import pytest

from nexus.errors import ExtractionTimeout
from nexus.extract import pipeline
from nexus.extract.pipeline import Extractor, time_budget
from nexus.model import Document, Extraction

pytestmark = pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="no POSIX interval timers")


def _spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_a_block_past_its_budget_raises_naming_it_and_leaves_no_timer() -> None:
    before = signal.getsignal(signal.SIGALRM)
    stop = pytest.raises(ExtractionTimeout, match=r"doc-7: the rule stages ran longer than 0\.05 s")
    with stop, time_budget(0.05, "doc-7"):
        _spin(5)
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_a_block_within_its_budget_puts_back_the_handler_and_the_outer_timer() -> None:
    fired: list[int] = []

    def outer(signum: int, frame: FrameType | None) -> None:
        fired.append(signum)

    previous = signal.signal(signal.SIGALRM, outer)
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.3)
        with time_budget(10, "doc"):
            _spin(0.05)
        assert signal.getsignal(signal.SIGALRM) is outer
        left, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 0 < left < 0.3  # what was left of it, not the budget's 10 s
        _spin(0.5)
        assert fired == [signal.SIGALRM]  # the outer timer still expires, into its own handler
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_an_outer_timer_due_inside_the_block_fires_on_the_way_out() -> None:
    fired: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda signum, frame: fired.append(signum))
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.05)
        with time_budget(10, "doc"):
            _spin(0.2)
        _spin(0.1)
        assert fired == [signal.SIGALRM]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("seconds", [None, 0])
def test_no_budget_sets_no_timer(seconds: float | None) -> None:
    before = signal.getsignal(signal.SIGALRM)
    with time_budget(seconds, "doc"):
        assert signal.getsignal(signal.SIGALRM) is before
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_outside_the_main_thread_the_block_runs_unbounded() -> None:
    seen: list[object] = []

    def run() -> None:
        with time_budget(0.01, "doc"):
            _spin(0.05)
            seen.append(signal.getitimer(signal.ITIMER_REAL))

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    assert seen == [(0.0, 0.0)]


def test_each_window_of_a_long_document_has_the_budget(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pipeline.to_extraction

    def to_extraction(doc: object, filed: Document, version: str) -> Extraction:
        if "circular" in filed.text:  # a rule that never ends on this window
            _spin(5)
        return real(doc, filed, version)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "to_extraction", to_extraction)
    monkeypatch.setattr(pipeline, "WINDOW_CHARS", 300)
    monkeypatch.setattr(extractor, "time_budget_s", 0.2)
    text = "Gunmen attacked a police post in Khost on Tuesday, killing four officers.\n\n" * 6
    text += "Gunmen opened fire on a circular road in Kohat, killing four.\n\n"
    with pytest.raises(ExtractionTimeout, match=r"long-doc \(characters \d+-\d+\)"):
        extractor.extract(Document(id="long-doc", text=text))

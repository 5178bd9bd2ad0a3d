"""User-facing errors keep their message and details across a process boundary (``--jobs`` workers)."""

import pickle

from nexus.errors import ExtractionTimeout, IngestError, StoreError


def test_an_error_from_a_worker_process_reads_as_it_was_raised() -> None:
    for error in (
        ExtractionTimeout("report-17: the rule stages ran longer than 120 s"),
        StoreError("cannot open the store"),
    ):
        back = pickle.loads(pickle.dumps(error))
        assert type(back) is type(error)
        assert str(back) == str(error) and str(back).count(f"[{error.code}]") == 1


def test_a_read_error_keeps_its_origin_and_reason_when_pickled() -> None:
    back = pickle.loads(pickle.dumps(IngestError("feed.jsonl:4", "broken JSON line")))
    assert isinstance(back, IngestError)
    assert (back.origin, back.reason) == ("feed.jsonl:4", "broken JSON line")
    assert str(back) == "[E100] feed.jsonl:4: broken JSON line"

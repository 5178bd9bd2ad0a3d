"""A repeated document id within one run is said, never silently overwritten."""

from __future__ import annotations

from nexus.ingest import IngestFailure, unique_ids
from nexus.model import Document


def doc(doc_id: str, text: str, origin: str) -> Document:
    return Document(id=doc_id, text=text, origin=origin)


def test_the_same_document_twice_is_read_once_and_the_copy_is_a_notice() -> None:
    first = doc("w-9", "Raiders burned a granary near Tolvek on Friday.", "a/report.txt")
    again = doc("w-9", "Raiders burned a granary near Tolvek on Friday.", "b/report-copy.txt")
    items = list(unique_ids([first, again]))
    assert items[0] is first
    copy = items[1]
    assert isinstance(copy, IngestFailure)
    assert copy.skipped  # a notice, not a failure
    assert copy.origin == "b/report-copy.txt"
    assert "a/report.txt" in copy.reason


def test_another_text_under_a_used_id_fails_and_the_first_is_kept() -> None:
    first = doc("batch-3", "Militia fighters shelled Orsk Dam on Monday.", "feed.jsonl:1")
    clash = doc("batch-3", "A drone struck a depot outside Velna.", "feed.jsonl:7")
    other = doc("batch-4", "Police defused a device at Marrow station.", "feed.jsonl:8")
    items = list(unique_ids([first, clash, other]))
    assert items[0] is first and items[2] is other
    failure = items[1]
    assert isinstance(failure, IngestFailure)
    assert not failure.skipped
    assert failure.origin == "feed.jsonl:7"
    assert "batch-3" in failure.reason and "feed.jsonl:1" in failure.reason


def test_read_failures_pass_through_untouched() -> None:
    broken = IngestFailure("x.json", "missing 'text'")
    assert list(unique_ids([broken])) == [broken]


def test_two_files_whose_words_differ_only_in_spacing_are_read_once() -> None:
    from nexus.model import content_id

    wrapped = "Raiders burned a granary\nnear Tolvek on Friday.\n"
    one_line = "Raiders burned a granary near Tolvek on Friday."
    first = doc(content_id(wrapped), wrapped, "wrapped.txt")
    second = doc(content_id(one_line), one_line, "one-line.txt")
    assert first.id == second.id
    items = list(unique_ids([first, second]))
    assert items[0] is first
    copy = items[1]
    assert isinstance(copy, IngestFailure) and copy.skipped
    assert "wrapped.txt" in copy.reason

"""Inputs that used to end a whole batch: each now gets its own outcome, and the rest is read.

Deep nesting, lone surrogates, cut-off stdin streams, invisible-only text,
empty corpus files and non-UTF-8 encodings (issue 13, items 1, 3, 4 and 5).
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from nexus.ingest import IngestFailure, iter_documents
from nexus.ingest.readers import sniff_format
from nexus.model import Document

DEEP = "[" * 100_000 + "]" * 100_000


def _read(*paths: Path | str) -> list[Document | IngestFailure]:
    return list(iter_documents([str(p) for p in paths]))


def _docs(items: list[Document | IngestFailure]) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def _failures(items: list[Document | IngestFailure]) -> dict[str, str]:
    return {i.origin: i.reason for i in items if isinstance(i, IngestFailure) and not i.skipped}


def _line(**fields: object) -> str:
    return json.dumps(fields, ensure_ascii=False)


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


# ------------------------------------------------------------------ deep nesting (item 1)


def test_deeply_nested_json_file_is_one_failure_and_the_batch_goes_on(tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text(DEEP, encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("A convoy was ambushed near Tank on Sunday.", encoding="utf-8")
    items = _read(deep, good)
    assert [d.origin for d in _docs(items)] == [str(good)]
    assert "nested too deeply" in _failures(items)[str(deep)]


def test_deeply_nested_jsonl_line_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        "\n".join([_line(id="one", text="First report."), DEEP, _line(id="three", text="Third report.")]),
        encoding="utf-8",
    )
    items = _read(path)
    assert [d.id for d in _docs(items)] == ["one", "three"]
    assert "nested too deeply" in _failures(items)[f"{path}:2"]


def test_deeply_nested_value_inside_a_record_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    inner = '{"id": "x", "text": "Hi.", "extra": ' + DEEP + "}"
    path.write_text(inner + "\n" + _line(id="ok", text="Fine.") + "\n", encoding="utf-8")
    items = _read(path)
    assert [d.id for d in _docs(items)] == ["ok"]
    assert f"{path}:1" in _failures(items)


def test_deeply_nested_stdin_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, DEEP.encode())
    [failure] = _read("-")
    assert isinstance(failure, IngestFailure)
    assert failure.origin == "<stdin>"
    assert "nested too deeply" in failure.reason


# ------------------------------------------------------------------ lone surrogates (item 3)


def test_lone_surrogate_in_text_becomes_a_replacement_character(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "s1", "text": "Shelling in Idlib \\udc80 left two dead."}\n', encoding="utf-8")
    [doc] = _read(path)
    assert isinstance(doc, Document)
    assert doc.text == "Shelling in Idlib \ufffd left two dead."
    doc.text.encode("utf-8")  # storable and printable


def test_lone_surrogate_in_id_fails_that_line_only(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"id": "bad-\\ud834", "text": "One."}\n' + _line(id="fine", text="Two.") + "\n", encoding="utf-8"
    )
    items = _read(path)
    assert [d.id for d in _docs(items)] == ["fine"]
    assert "lone surrogate" in _failures(items)[f"{path}:1"]


def test_lone_surrogate_in_metadata_is_repaired(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text('{"text": "Body.", "title": "Head \\udfff line", "outlet": "\\ud800"}', encoding="utf-8")
    [doc] = _read(path)
    assert isinstance(doc, Document)
    assert doc.title == "Head \ufffd line"


# ------------------------------------------------------------------ stdin sniffing (item 4)


def test_stdin_jsonl_with_a_cut_off_last_line_reports_that_line(monkeypatch: pytest.MonkeyPatch) -> None:
    whole = [_line(id=f"r{i}", text=f"Report number {i}.") for i in range(3)]
    cut = _line(id="r3", text="This line was cut")[:-6]
    _stdin(monkeypatch, ("\n".join([*whole, cut])).encode())
    items = _read("-")
    assert [d.id for d in _docs(items)] == ["r0", "r1", "r2"]
    assert _failures(items)["<stdin>:4"].startswith("invalid JSON")


def test_stdin_pretty_printed_json_is_read_as_json(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, json.dumps([{"id": "p", "text": "Pretty."}], indent=2).encode())
    [doc] = _read("-")
    assert isinstance(doc, Document)
    assert (doc.id, doc.text) == ("p", "Pretty.")


def test_stdin_broken_json_is_not_stored_as_text(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, b'{\n  "id": "q",\n  "text": "never closed"\n')
    [failure] = _read("-")
    assert isinstance(failure, IngestFailure)
    assert failure.reason.startswith("invalid JSON")


@pytest.mark.parametrize(
    ("head", "fmt"),
    [
        (b"[Reuters] Gunmen stormed a hotel.", "text"),
        (b"{sic} the statement read", "text"),
        (b'[{"text": "x"}]', "json"),
        (b'{\n "text": "x"\n}', "json"),
        (b"[[[[", "json"),
    ],
)
def test_sniffing_json_against_text(head: bytes, fmt: str) -> None:
    assert sniff_format(head) == fmt


# ------------------------------------------------------------------ empty and invisible (item 5)


@pytest.mark.parametrize("text", ["\u200b\u200b", "\ufeff \u200d\n\u2060", "\u00ad\u200e"])
def test_invisible_only_text_is_an_empty_document(tmp_path: Path, text: str) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(_line(id="z", text=text) + "\n" + _line(id="y", text="Visible.") + "\n", "utf-8")
    items = _read(path)
    assert [d.id for d in _docs(items)] == ["y"]
    assert _failures(items)[f"{path}:1"].startswith("empty document")


def test_invisible_only_text_file(tmp_path: Path) -> None:
    path = tmp_path / "zw.txt"
    path.write_text("\u200b\u200c\u200d", encoding="utf-8")
    assert _failures(_read(path))[str(path)].startswith("empty document")


@pytest.mark.parametrize("content", [b"", b"\n\n  \n"])
def test_empty_jsonl_file_says_so(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_bytes(content)
    assert _failures(_read(path)) == {str(path): "empty document (no JSON lines)"}


def test_empty_json_list_says_so(tmp_path: Path) -> None:
    path = tmp_path / "empty.json"
    path.write_text("[]", encoding="utf-8")
    assert _failures(_read(path))[str(path)].startswith("empty document")


# ------------------------------------------------------------------ encodings (item 5)

TEXT = "Attack near the café in Kandahar: “three” dead, officials said.\nSecond paragraph follows here."


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_text_files_are_read(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(TEXT.encode(codec))
    [doc] = _read(path)
    assert isinstance(doc, Document), doc
    assert doc.text == TEXT


def test_cp1252_text_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(TEXT.encode("cp1252"))
    [doc] = _read(path)
    assert isinstance(doc, Document)
    assert doc.text == TEXT


def test_utf16_jsonl_file_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "wide.jsonl"
    path.write_bytes((_line(id="w1", text=TEXT) + "\n" + _line(id="w2", text="Two.") + "\n").encode("utf-16"))
    items = _read(path)
    assert [d.id for d in _docs(items)] == ["w1", "w2"]
    assert _docs(items)[0].text == TEXT


def test_utf16_html_and_stdin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(f"<html><body><p>{TEXT}</p></body></html>".encode("utf-16"))
    [doc] = _read(page)
    assert isinstance(doc, Document)
    assert "Kandahar" in doc.text
    _stdin(monkeypatch, TEXT.encode("utf-16"))
    [doc] = _read("-")
    assert isinstance(doc, Document)
    assert doc.text == TEXT


def test_real_binary_is_still_binary(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01\x02\x03" * 4)
    assert _failures(_read(path)) == {str(path): "binary file"}

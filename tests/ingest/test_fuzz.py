"""Fuzzing the readers: random bytes, JSON and markup mixed with good documents.

For any mix: no exception escapes, every good document comes out, every
input gets an outcome (a document or a failure) naming where it came from,
and every document is storable (its text and id are valid UTF-8). Kept small
(a few dozen examples) so that it runs in seconds.
"""

from __future__ import annotations

import io
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nexus.ingest import IngestFailure, iter_documents
from nexus.model import Document

GOOD = [
    {"id": "good-1", "text": "A suicide bomber struck a rally in Bajaur, killing 11 people."},
    {"id": "good-2", "text": "Security forces said they had arrested three suspects in Peshawar."},
]
GOOD_TEXT = "Insurgents fired rockets at an air base near Kandahar overnight.\n"

FUZZ = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# Any code point, lone surrogates included (JSON can carry them as \\u escapes).
any_text = st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=40)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | any_text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(any_text, inner, max_size=4),
    max_leaves=12,
)
records = st.fixed_dictionaries(
    {},
    optional={
        "id": json_values,
        "text": any_text | json_values,
        "published": json_values | st.sampled_from(["2024-02-30", "2024-01-05", "yesterday", ""]),
        "title": json_values,
        "url": json_values,
        "outlet": json_values,
    },
)
deep = st.integers(min_value=1_000, max_value=60_000).map(lambda n: "[" * n + "]" * n)
json_documents = st.one_of(
    json_values.map(lambda v: json.dumps(v)),
    records.map(lambda r: json.dumps(r)),
    st.lists(records, max_size=4).map(lambda rs: json.dumps(rs)),
    deep,
)
tags = st.sampled_from(["p", "div", "html", "body", "rss", "feed", "item", "entry", "script", "title", "a"])
markup = st.recursive(
    any_text.map(lambda t: t.replace("<", " ")),
    lambda inner: st.tuples(tags, st.lists(inner, max_size=3)).map(
        lambda pair: f"<{pair[0]}>{''.join(pair[1])}</{pair[0]}>"
    ),
    max_leaves=10,
)


def _encode(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


bad_files = st.lists(
    st.tuples(
        st.sampled_from([".txt", ".json", ".jsonl", ".html", ".xml", ".md", ".dat"]),
        st.one_of(
            st.binary(max_size=600),
            json_documents.map(_encode),
            st.lists(json_documents, max_size=4).map(lambda lines: _encode("\n".join(lines))),
            markup.map(_encode),
            any_text.map(lambda t: t.encode("utf-16", "surrogatepass")),
        ),
    ),
    min_size=1,
    max_size=4,
)


def _check(items: list[Document | IngestFailure], root: str) -> list[Document]:
    documents = [i for i in items if isinstance(i, Document)]
    for item in items:
        assert item.origin is not None and item.origin.startswith(root), item
    for document in documents:
        document.text.encode("utf-8")  # storable: no lone surrogate survives
        document.id.encode("utf-8")
        assert document.text.strip()
    return documents


@given(bad_files)
@FUZZ
def test_random_files_mixed_with_good_ones(files: list[tuple[str, bytes]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "good.jsonl").write_text("\n".join(json.dumps(r) for r in GOOD) + "\n", encoding="utf-8")
        (root / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
        bad_paths = []
        for index, (suffix, content) in enumerate(files):
            path = root / f"bad-{index}{suffix}"
            path.write_bytes(content)
            bad_paths.append(str(path))
        items = list(iter_documents([folder]))
        documents = _check(items, folder)
        ids = {d.id for d in documents}
        assert {"good-1", "good-2"} <= ids
        assert any(d.text == GOOD_TEXT for d in documents)
        for path in bad_paths:  # every input has an outcome naming it
            assert any(i.origin is not None and i.origin.startswith(path) for i in items), path


@given(st.one_of(st.binary(max_size=800), json_documents.map(_encode), markup.map(_encode)))
@FUZZ
def test_random_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    items = list(iter_documents(["-"]))
    assert items  # stdin always gets an outcome
    _check(items, "<stdin>")


@given(st.lists(records, min_size=1, max_size=6))
@FUZZ
def test_random_jsonl_records_each_get_their_own_outcome(rows: list[dict[str, Any]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mixed.jsonl"
        lines = [json.dumps(r) for r in rows]
        lines.insert(len(lines) // 2, json.dumps(GOOD[0]))
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        items = list(iter_documents([path]))
        _check(items, str(path))
        assert len(items) == len(lines)  # one outcome per line
        assert "good-1" in {i.id for i in items if isinstance(i, Document)}

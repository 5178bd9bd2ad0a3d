"""The annotated-pages corpus is valid, and its validator names each fault and its page."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from nexus.training.corpus import EVENT_TYPES
from nexus.training.pages import page_errors, pages_stats, read_pages, validate

PAGES = Path(__file__).resolve().parents[2] / "training" / "pages"

_PAGE: dict[str, Any] = {
    "id": "t-example",
    "source": {"outlet": "Lakeside Wire", "published": "2025-02-03", "url": None},
    "text": "Gunmen of the Ridge Front killed four people in Ostra on Sunday, police said.",
    "entities": [
        {"name": "Ridge Front", "type": "ORG", "subtype": "armed_group", "aliases": ["RF"]},
        {"name": "Ostra", "type": "PLACE", "subtype": "city", "aliases": []},
    ],
    "events": [
        {
            "type": "attack",
            "date": "2025-02-02",
            "date_precision": "day",
            "place": "Ostra",
            "country": "XX",
            "lat": 1.5,
            "lon": 30.25,
            "actors": ["RF"],
            "killed": {"value": 4, "qualifier": "exact"},
            "evidence": "Gunmen of the Ridge Front killed four people in Ostra on Sunday, police said.",
            "hedged": False,
            "attributed_to": "police",
        }
    ],
    "relations": [
        {
            "source": "Ridge Front",
            "type": "based_in",
            "target": "Ostra",
            "evidence": "Gunmen of the Ridge Front killed four people in Ostra on Sunday",
            "hedged": False,
        }
    ],
}


def test_shipped_pages_are_valid_and_cover_every_event_type() -> None:
    pages = read_pages(PAGES)
    assert validate(pages) == []
    stats = pages_stats(pages)
    assert stats["pages"] >= 60 and stats["events"] >= 500
    assert set(stats["events_per_type"]) == set(EVENT_TYPES)
    assert stats["outlets"] >= 0.9 * stats["pages"]  # outlets vary as on real news


def test_a_valid_page_has_no_errors() -> None:
    assert list(page_errors(_PAGE)) == []


@pytest.mark.parametrize(
    ("path", "value", "reason"),
    [
        (("events", 0, "evidence"), "Gunmen killed five people.", "evidence is not a substring"),
        (("events", 0, "actors"), ["Hill Front"], "actor 'Hill Front' is no entity"),
        (("events", 0, "date"), "2025-02", "does not have precision 'day'"),
        (("events", 0, "killed"), {"value": 4, "qualifier": "roughly"}, "qualifier 'roughly'"),
        (("events", 0, "type"), "riot", "type 'riot'"),
        (("events", 0, "lat"), 123.0, "lat 123.0 is out of range"),
        (("relations", 0, "target"), "Ostra district", "target 'Ostra district' is no entity"),
        (("relations", 0, "type"), "rivalry", "type 'rivalry'"),
        (("entities", 0, "subtype"), "gang", "subtype 'gang'"),
        (("source", "published"), "3 Feb 2025", "source.published"),
    ],
)
def test_each_fault_is_named_with_its_page(path: tuple[Any, ...], value: Any, reason: str) -> None:
    page = copy.deepcopy(_PAGE)
    node: Any = page
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    errors = list(page_errors(page))
    assert len(errors) == 1 and errors[0].startswith("t-example: ") and reason in errors[0]


def test_a_page_without_text_is_one_error() -> None:
    page = {**copy.deepcopy(_PAGE), "text": "  "}
    assert list(page_errors(page)) == ["t-example: no text"]


def test_duplicate_ids_and_broken_files_are_reported(tmp_path: Path) -> None:
    assert validate([_PAGE, copy.deepcopy(_PAGE)]) == ["t-example: id used by 2 pages"]
    (tmp_path / "a.json").write_text(json.dumps(_PAGE), encoding="utf-8")
    (tmp_path / "b.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match=r"b\.json: not JSON"):
        read_pages(tmp_path)


def test_read_pages_leaves_the_files_of_a_held_out_split_unopened(tmp_path: Path) -> None:
    (tmp_path / "q1-kept.json").write_text('{"id": "q1-kept", "text": "x"}', encoding="utf-8")
    (tmp_path / "zz9-held.json").write_text("not json at all", encoding="utf-8")  # would raise if read
    assert [p["id"] for p in read_pages(tmp_path, skip_prefixes=("zz9",))] == ["q1-kept"]

"""``benchmarks/kb_clusters.py`` counts each event report for the incident it tells.

An invented set: an attack on Velmora and, the same day, a smaller one on Dantrel, a village
nearby; a week later Velmora is hit again. An outlet's article on the first attack also tells
the Dantrel one; its event report for Dantrel, rightly linked to Dantrel's KB event, counts for
Dantrel, not as a second KB event of Velmora's first attack holding two incidents.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "kb_clusters.py"

EXPECT = {
    "xq-velmora-2031-04-02": {"type": "attack", "date": "2031-04-02", "killed": 12},
    "near-xq-dantrel-2031-04-02": {"type": "attack", "date": "2031-04-02", "killed": 2},
    "near-xq-velmora-2031-04-09": {"type": "attack", "date": "2031-04-09", "killed": 3},
}
INCIDENT_OF = {
    "a1": "xq-velmora-2031-04-02",
    "a2": "xq-velmora-2031-04-02",
    "b1": "near-xq-dantrel-2031-04-02",
    "c1": "near-xq-velmora-2031-04-09",
}


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("kb_clusters_under_test", BENCHMARK)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _row(doc: str, event: str, day: str | None, place: str | None, kind: str = "attack") -> tuple:
    return (doc, event, kind, {"kind": "same"}, day, place, "attacked")


ROWS = [
    _row("a1", "kb-1", "2031-04-02", "Velmora"),
    _row("a1", "kb-2", "2031-04-02", "Dantrel village"),  # "in a separate attack the same day"
    _row("a2", "kb-1", "2031-04-01", "Velmóra"),  # dated a day early, spelt with an accent
    _row("b1", "kb-2", "2031-04-02", "Dantrel"),
    _row("c1", "kb-3", "2031-04-09", "Velmora"),
    _row("c1", "kb-1", "2031-04-02", "Velmora"),  # the week-old attack recalled, joined to it
]


def test_an_event_of_another_incident_counts_for_that_incident(bench: ModuleType) -> None:
    honest = bench.key_events(ROWS, INCIDENT_OF, EXPECT)
    assert set(honest["xq-velmora-2031-04-02"]) == {"kb-1"}
    assert set(honest["near-xq-dantrel-2031-04-02"]) == {"kb-2"}
    assert set(honest["near-xq-velmora-2031-04-09"]) == {"kb-3"}
    assert bench.label_counts(honest, EXPECT) == {
        "kb_events_by_label": 3,
        "split_by_label": 0,
        "merged_events_by_label": 0,
    }


def test_counting_by_label_keeps_the_old_figures(bench: ModuleType) -> None:
    by_label = bench.key_events(ROWS, INCIDENT_OF, EXPECT, honest=False)
    assert set(by_label["xq-velmora-2031-04-02"]) == {"kb-1", "kb-2"}
    assert set(by_label["near-xq-velmora-2031-04-09"]) == {"kb-1", "kb-3"}
    assert bench.label_counts(by_label, EXPECT) == {
        "kb_events_by_label": 5,
        "split_by_label": 2,
        "merged_events_by_label": 2,
    }


@pytest.mark.parametrize(
    ("label", "day", "place", "told", "kind"),
    [
        # the other incident's day and town: counted there
        ("xq-velmora-2031-04-02", "2031-04-02", "Dantrel", "near-xq-dantrel-2031-04-02", "attack"),
        # its own town a day off: its own incident still fits better than the other's day alone
        ("near-xq-dantrel-2031-04-02", "2031-04-03", "Dantrel", "near-xq-dantrel-2031-04-02", "attack"),
        # no town named, or a date only to the month: the label
        ("xq-velmora-2031-04-02", "2031-04-02", "Orvan province", "xq-velmora-2031-04-02", "attack"),
        ("near-xq-velmora-2031-04-09", "2031-04", "Velmora", "near-xq-velmora-2031-04-09", "attack"),
        # the town of two incidents: the day decides
        ("near-xq-velmora-2031-04-09", "2031-04-02", "Velmora", "xq-velmora-2031-04-02", "attack"),
        ("xq-velmora-2031-04-02", "2031-04-09", "Velmora", "near-xq-velmora-2031-04-09", "attack"),
        # the other incident's town a day off, its own town not named: the other
        ("near-xq-dantrel-2031-04-02", "2031-04-01", "Velmora", "xq-velmora-2031-04-02", "attack"),
        # placed nowhere: the one incident of that very day, when its own is two days off or more
        ("xq-velmora-2031-04-02", "2031-04-09", None, "near-xq-velmora-2031-04-09", "attack"),
        ("near-xq-velmora-2031-04-09", "2031-04-08", None, "near-xq-velmora-2031-04-09", "attack"),
        # placed nowhere on a day two incidents share: the label
        ("near-xq-velmora-2031-04-09", "2031-04-02", None, "near-xq-velmora-2031-04-09", "attack"),
        # another type than the other incident's key type: the label
        ("xq-velmora-2031-04-02", "2031-04-02", "Dantrel", "xq-velmora-2031-04-02", "claim"),
    ],
)
def test_told_incident(
    bench: ModuleType, label: str, day: str, place: str | None, told: str, kind: str
) -> None:
    assert bench.told_incident(label, kind, day, place, EXPECT) == told


def test_names_town_reads_the_id_whatever_the_spelling(bench: ModuleType) -> None:
    assert bench.names_town("near-xq-dantrel-2031-04-02", "Dantrél, Orvan")
    assert bench.names_town("xq-sidi-bel-2031-01-01", "Sidi Bel")  # short words read whole
    assert not bench.names_town("xq-sidi-bel-2031-01-01", "Bel Air")
    assert not bench.names_town("xq-velmora-2031-04-02", None)

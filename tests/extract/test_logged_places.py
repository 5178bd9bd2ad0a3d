"""The place a logged row's place cell names, even where the recogniser tagged no place there."""

from __future__ import annotations

from nexus.extract.entities import EntityCluster, Mention
from nexus.extract.logged_places import cell_place

TEXT = (
    "Traders fled Brackwater last week.\n"
    "DAY | SITE | WHAT | DEAD\n"
    "4 Jun | Brackwater, old quay | A grenade hit a fish stall | 1\n"
    "6 Jun | Tollin Reach | Guards seized two boats | 0\n"
)


def _cluster(kind: str, word: str, *starts: int) -> EntityCluster:
    cluster = EntityCluster(type=kind)
    for start in starts:
        cluster.add(Mention(start=start, end=start + len(word), text=word, sent_start=0))
    return cluster


def _cell(word: str, after: int = 0) -> tuple[int, int]:
    start = TEXT.index(word, after)
    end = TEXT.index(" |", start)
    return start, end


def test_a_bare_cell_is_the_place_the_text_names_elsewhere() -> None:
    town = _cluster("PLACE", "Brackwater", TEXT.index("Brackwater"))  # the cell's mention untagged
    cell = _cell("Brackwater", TEXT.index("4 Jun"))
    assert cell_place(TEXT, cell, [cell], [town]) is town


def test_a_name_written_only_in_place_cells_becomes_a_place() -> None:
    cell = _cell("Tollin Reach")
    reach = _cluster("ORG", "Tollin Reach", cell[0])
    assert cell_place(TEXT, cell, [cell], [reach]) is reach
    assert reach.type == "PLACE"


def test_a_name_also_written_outside_the_place_cells_keeps_its_type() -> None:
    cell = _cell("Tollin Reach")
    reach = _cluster("ORG", "Tollin Reach", cell[0], TEXT.index("Traders"))
    assert cell_place(TEXT, cell, [cell], [reach]) is None
    assert reach.type == "ORG"


def test_a_place_tagged_in_the_cell_comes_first() -> None:
    cell = _cell("Brackwater", TEXT.index("4 Jun"))
    town = _cluster("PLACE", "Brackwater", TEXT.index("Brackwater"))
    quay = _cluster("PLACE", "old quay", TEXT.index("old quay"))
    assert cell_place(TEXT, cell, [cell], [town, quay]) is quay

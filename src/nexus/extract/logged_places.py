"""The place a logged row's place cell names ("date | location | incident | killed").

A row's place cell names a place even when the entity recogniser did not tag the name there:
a bare one-word cell ("Lakeside") that the text names as a place elsewhere is that place, and a
name written only in place cells ("Norvale", tagged as an organisation) is a place by the
column it stands in.
"""

from __future__ import annotations

import re

from nexus.extract.entities import EntityCluster
from nexus.extract.geocode import fold

#: Where a place cell's leading name ends: "Lakeside, central market", "Norvale (revision)".
_NAME_END = re.compile(r"[,;(]")


def cell_place(
    text: str, cell: tuple[int, int], place_cells: list[tuple[int, int]], clusters: list[EntityCluster]
) -> EntityCluster | None:
    """The place the cell ``text[cell[0]:cell[1]]`` names: the PLACE entity with the cell's first
    mention, else the PLACE entity written as the cell's leading name ("Lakeside, central
    market": Lakeside), else an entity of another type whose every mention stands in one of the
    log's ``place_cells`` (character spans) and that the cell's leading name writes, which is then
    typed PLACE. None when the cell names no entity."""
    lo, hi = cell
    named = [
        (min(m.start for m in c.mentions if lo <= m.start < hi), c)
        for c in clusters
        if c.type == "PLACE" and any(lo <= m.start < hi for m in c.mentions)
    ]
    if named:
        return min(named, key=lambda pair: pair[0])[1]
    lead = fold(_NAME_END.split(text[lo:hi], maxsplit=1)[0])
    if not lead:
        return None
    for cluster in clusters:
        if cluster.type == "PLACE" and lead in cluster.forms:
            return cluster
    for cluster in clusters:
        if cluster.type == "PLACE" or lead not in cluster.forms:
            continue
        if all(any(a <= m.start < b for a, b in place_cells) for m in cluster.mentions):
            cluster.type = "PLACE"
            return cluster
    return None

"""A branch whose own name opens with its parent's name: "Islamic State X Province".

``relations.gazetteer_ties`` ties a gazetteer branch to its parent (``actors.yaml`` ``part_of``)
only where one sentence names the two close together: named apart, a report may tell of the two
as strangers or rivals. A branch whose name itself opens with the parent's name ("Y Sahel
Province" of "Y", "Y-Somalia") says the tie wherever it is written, so the parent needs only be
named somewhere in the report.
"""

from __future__ import annotations

import re

from nexus.extract.entities import EntityCluster

__all__ = ["name_opens_with_parent"]


def _words(form: str) -> str:
    return " ".join(re.sub(r"[-‐–]", " ", form.casefold()).split())


def name_opens_with_parent(part: EntityCluster, parent: EntityCluster) -> bool:
    """Whether a form of the part's name is a form of the parent's name with more words after it."""
    parents = {_words(f) for f in parent.forms.values()} | {_words(parent.name)}
    parts = {_words(f) for f in part.forms.values()} | {_words(part.name)}
    return any(p.startswith(f"{q} ") for p in parts for q in parents if q)

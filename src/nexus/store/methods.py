"""An event's means summarised over its reports: the means most reports give, and every one given.

Each report stores the means its own sentence names (``event_reports.method``:
explosives, firearms, a vehicle ...; NULL when the sentence names none). An
event shows the means most of its current reports give; a tie goes to the
category the lexicon (``ontology/methods.yaml``) lists first, the same
precedence extraction uses when one clause names several means (``nexus.ontology.methods``,
so that reading the store never loads the NLP pipeline).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from nexus import ontology


def method_names() -> tuple[str, ...]:
    """Every means category, in the lexicon's order of precedence (``OntologyError`` if malformed)."""
    return tuple(m.name for m in ontology.methods())


def method_name(value: str) -> str | None:
    """The category ``value`` names (any case, surrounding space ignored), or None if it names none."""
    key = value.strip().lower()
    return next((name for name in method_names() if name.lower() == key), None)


def summarize_methods(values: Iterable[str | None]) -> tuple[str | None, list[str]]:
    """``(main, all)`` for the means the reports of one event give (``None`` for a report naming none).

    ``main`` is the means most reports give (ties: the lexicon's order; a
    category the lexicon no longer lists ranks after those it does, then by
    name), None when no report names one. ``all`` is every distinct means, in
    that same order: ``["firearms", "explosives", "firearms", None]`` ->
    ``("firearms", ["firearms", "explosives"])``.
    """
    counts = Counter(v for v in values if v)
    if not counts:
        return None, []
    rank = {name: i for i, name in enumerate(method_names())}
    ordered = sorted(counts, key=lambda m: (-counts[m], rank.get(m, len(rank)), m))
    distinct = sorted(counts, key=lambda m: (rank.get(m, len(rank)), m))
    return ordered[0], distinct

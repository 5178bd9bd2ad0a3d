"""A force's name read as a place (``"a Q Levies post ... two men of the Q Levies"``).

:func:`named_as_owner_only` decides, for a cluster whose name closes with a word of a force's
members or unit (``force_member_heads`` of entities.yaml), whether its mentions that do not stand
before a post or people noun still never set it as a scene: none comes right after a preposition
of place (``locative_preps`` or ``way_preps``), so the cluster is the force, not a place.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from nexus import ontology


@cache
def _words(key: str) -> frozenset[str]:
    words: list[str] = ontology.table("entities.yaml").get(key, [])
    return frozenset(words)


@cache
def _scene_preps() -> frozenset[str]:
    """The prepositions of place (``locative_preps``) and of a way (``way_preps``)."""
    return _words("locative_preps") | _words("way_preps")


def after_a_scene_prep(span: Span) -> bool:
    """Whether a preposition of place or of a way (:func:`_scene_preps`) comes right before
    ``span``, a determiner ("in the X") skipped. ``span``: a mention's tokens."""
    doc, k = span.doc, span.start - 1
    if k >= 0 and doc[k].lower_ in ("the", "a", "an"):
        k -= 1
    return k >= 0 and doc[k].lower_ in _scene_preps()


def named_as_owner_only(spans: list[Span], owning: list[bool]) -> bool:
    """Whether mentions ``spans`` (with ``owning[i]`` true where mention ``i`` stands before a
    post or people noun it holds) name a force and never a place: at least half own a post or
    people, the name closes with a ``force_member_heads`` word ("Levies", "Rangers"), and no other
    mention comes right after a preposition of place or of a way. Lists of one length; False when empty."""
    if not spans or len(spans) != len(owning) or 2 * sum(owning) < len(spans):
        return False
    if any(s.text.split()[-1] not in _words("force_member_heads") for s in spans):
        return False
    return not any(not own and after_a_scene_prep(s) for s, own in zip(spans, owning, strict=True))

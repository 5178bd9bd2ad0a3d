"""A nearby site named as a conjunct of the scene: one doing's further target, not another place.

"killed 11 farmers in neighbouring X" tells another happening than the one just told (the
``other_place_modifiers`` of ``coreference.yaml`` mark it distinct); "jets struck the port of X
and the nearby Y terminal" names two sites of one strike: the modifier follows "and" (and an
article), so the place is a further object of the same verb, not a scene set apart.
"""

from __future__ import annotations

#: Words that join a further site to the scene just named ("A and the nearby B").
_JOINERS = frozenset({"and", "&"})
_ARTICLES = frozenset({"the", "a", "an"})


def conjoined_site(words_before: list[str]) -> bool:
    """Whether the lower-cased words before a place, ending with its modifier ("nearby"), join
    it to another site as a conjunct: "... and the nearby" (True), "... in neighbouring"
    (False). ``words_before`` must end with the modifier; an empty list is False."""
    rest = words_before[:-1]
    if rest and rest[-1] in _ARTICLES:
        rest = rest[:-1]
    return bool(rest) and rest[-1] in _JOINERS

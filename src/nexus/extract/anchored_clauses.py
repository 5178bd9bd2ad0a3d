"""A clause dated from the happening told before it: "later that year its men burned a granary".

The time phrase (an ``anchored_expressions`` pattern of ``ontology/coreference.yaml``) hangs on
the clause's own verb: the clause tells another happening than the one its day counts from, even
in the same sentence ("In 2019 the band looted a clinic in X; the next day its men shelled a
ferry"), so the two are not merged as one telling.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from nexus import ontology


@cache
def _pattern() -> re.Pattern[str]:
    """The anchored expressions that move off the day told before: a month or a year counted
    from it ("later that month"), or a day offset ("the next day"); not "the same night", "hours
    later", which go on with the one happening."""
    items = ontology.table("coreference.yaml")["anchored_expressions"]
    moved = [item["pattern"] for item in items if item["unit"] != "day" or int(item["days"]) != 0]
    return re.compile(r"(?:" + "|".join(moved) + r")", re.I)


def dated_from_the_one_before(trigger: Token) -> bool:
    """Whether a verb trigger carries, as its own modifier, a time phrase counted off the
    happening told before ("later that month", "the next day", "that same year")."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    for child in trigger.children:
        if child.dep_ not in ("npadvmod", "advmod", "prep"):
            continue
        words = child.doc[child.left_edge.i : child.right_edge.i + 1].text
        if _pattern().fullmatch(words):
            return True
    return False

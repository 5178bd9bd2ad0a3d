"""A happening told "N days earlier" in an "in which" clause is counted from the happening told
before it, however the parse hangs the clause; a person noun tagged an adjective ("an
operative") still counts one victim."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from nexus.extract.casualties import find_casualties

PUBLISHED = "2025-02-14"


def test_an_in_which_clause_after_a_count_of_days_is_dated_from_the_happening_before(extract: Any) -> None:
    text = (
        "Police said a car bomb killed six soldiers at a checkpoint near Gao on Monday. That blast "
        "followed another two days earlier in which gunmen killed five traders outside Ansongo."
    )
    days = {e.place.name: e.date.iso for e in extract(text, published=PUBLISHED).events if e.place and e.date}
    assert days.get("Ansongo") == "2025-02-08"


@pytest.mark.parametrize(
    "text",
    [
        "A Somali sniper killed an al-Shabaab operative fleeing on foot near Baidoa on Monday.",
    ],
)
def test_a_person_noun_tagged_an_adjective_is_one_victim(nlp: Language, text: str) -> None:
    sent = next(iter(nlp(text).sents))
    assert [m.count.value for m in find_casualties(sent) if m.kind == "killed"] == [1]

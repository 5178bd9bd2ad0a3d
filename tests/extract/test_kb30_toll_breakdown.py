"""A toll followed by its breakdown set off by spaced hyphens is counted once (session 30).

Wire copy typed without dashes writes "Thirteen troops - ten soldiers and three gendarmes - died":
the groups after the hyphen break the total down and are not further victims.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from nexus.extract.casualties import _a_dash, find_casualties


def killed(nlp: Language, text: str) -> list[int]:
    mentions = find_casualties(next(iter(nlp(text).sents)))
    return [m.count.value for m in mentions if m.kind == "killed" and not m.part]


def test_a_breakdown_after_a_spaced_hyphen_is_not_added_to_the_total(nlp: Language) -> None:
    text = (
        "Thirteen troops - ten soldiers and three gendarmes - died in the assault on the garrison, "
        "the ministry said."
    )
    assert killed(nlp, text) == [13]


def test_a_breakdown_after_an_em_dash_is_still_one_toll(nlp: Language) -> None:
    text = "Thirteen troops \u2014 ten soldiers and three gendarmes \u2014 died in the assault on the post."
    assert killed(nlp, text) == [13]


def test_two_groups_listed_without_a_total_are_still_summed(nlp: Language) -> None:
    text = "The assault on the garrison near Kulob killed ten soldiers and three gendarmes."
    assert killed(nlp, text) == [13]


@pytest.mark.parametrize(
    ("text", "index", "dash"),
    [
        ("Ten guards - four of them cooks - died.", 2, True),
        ("Twenty-two guards died.", 1, False),
        ("Ten guards -- four of them cooks -- died.", 2, True),
        ("Ten guards: four cooks and six drivers.", 2, True),
    ],
)
def test_a_hyphen_is_a_dash_only_between_spaces(nlp: Language, text: str, index: int, dash: bool) -> None:
    token = nlp(text)[index]
    assert _a_dash(token) is dash

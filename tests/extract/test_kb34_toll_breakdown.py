"""A risen toll followed by its breakdown is counted once, also when the parser hangs both numbers on
the breakdown's first noun ("has risen to nine -- eight rangers and a cook"): the mark between the
two numbers sets the list off as the total's parts (session 34)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from nexus.extract.casualties import find_casualties


def killed(nlp: Language, text: str) -> list[int]:
    mentions = find_casualties(next(iter(nlp(text).sents)))
    return [m.count.value for m in mentions if m.kind == "killed" and not m.part]


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "The toll from Monday's mine blast near Ostrava Pass has risen to nine -- eight rangers "
            "and the cook of the patrol -- a park official said on Wednesday.",
            9,
        ),
        (
            "A ranger died of his wounds on Tuesday, bringing the toll among the park staff to seven: "
            "six rangers and the cook.",
            7,
        ),
    ],
)
def test_a_total_and_its_breakdown_hung_on_one_noun_are_one_toll(
    nlp: Language, text: str, total: int
) -> None:
    # the total once, never the total and its parts added (twice the total)
    assert total in killed(nlp, text) and 2 * total not in killed(nlp, text)


def test_groups_that_do_not_add_up_to_the_first_are_still_summed(nlp: Language) -> None:
    text = "Raiders killed nine rangers, four herders and a cook near Ostrava Pass on Monday."
    assert killed(nlp, text) == [14]

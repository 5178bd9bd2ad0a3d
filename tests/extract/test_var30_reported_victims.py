"""One person whose death a relative clause of belief reports ("X, who the party said had been
shot dead", "X, an organiser it believes was murdered") is a victim counted as one."""

from __future__ import annotations

import pytest
from spacy.language import Language

from nexus.extract.casualties import find_casualties


def killed(nlp: Language, text: str) -> list[int]:
    sent = next(iter(nlp(text).sents))
    return [m.count.value for m in find_casualties(sent) if m.kind == "killed" and not m.part]


@pytest.mark.parametrize(
    "text",
    [
        "The union buried its organiser Peter Okello, who colleagues believe was gunned down by riot police "
        "outside Gulu last week.",
        "The movement honoured its treasurer Samir Haddad, who relatives say had been murdered by "
        "soldiers near Tyre.",
    ],
)
def test_who_of_a_belief_clause_is_one_person_killed(nlp: Language, text: str) -> None:
    assert killed(nlp, text) == [1]


def test_a_person_noun_whose_reported_clause_tells_a_killing_is_one_victim(nlp: Language) -> None:
    text = (
        "The party mourned the loss of Hamid Rasuli, a veteran organiser it believes was murdered by "
        "security agents in Peshawar."
    )
    assert killed(nlp, text) == [1]


def test_who_said_a_killing_happened_is_the_speaker_not_a_victim(nlp: Language) -> None:
    text = (
        "The tribal elder Ahmed Sultani, who said four herders had been killed near Zhob, left the meeting."
    )
    assert killed(nlp, text) == [4]

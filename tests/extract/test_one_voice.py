"""One act of speaking, one statement: a release that condemns and then "calls on" in its own
voice ("We call on ..."), a quotation that goes on ('... said: "... We appeal to ..."'), words
the statement is named again for ("The statement demanded ...") and two verbs of one sentence
with the same pronoun and tense ("We deplore ..., and we urge ...") make one statement. Two
speakers stay two statements, and so does "we" after a statement reported in the past tense,
or one pronoun in two tenses. Invented reports, whole pipeline.
"""

from __future__ import annotations

from typing import Any

import pytest


def _statements(extract: Any, text: str) -> list[Any]:
    return [e for e in extract(text, published="2025-09-18").events if e.type == "statement"]


@pytest.mark.parametrize(
    "text",
    [
        # a release in its own voice
        "The Embassies of Portugal and Chile strongly condemn the shelling of markets in the Vorena "
        "valley.\n\nSchools and clinics are not military targets.\n\nWe call on the armed forces to "
        "stop the shelling at once. We call on all governments to halt the sale of artillery shells "
        "to the army.",
        # a quotation that goes on
        "Talking to the press in Korvelo on Monday night, the district police superintendent, Anselm "
        'Brutka, condemned the raid: "Every sweep leaves the gangs less room in these hills. We call on '
        'the men still hiding in the forest to give up their guns."',
        # the statement named again
        'The Hadra Council said in a Tuesday statement that it "rejects the lies spread about the '
        'fighting in Olmaro". The statement demanded an investigation by the regional bloc.',
    ],
)
def test_one_act_of_speaking_told_in_several_sentences_is_one_statement(extract: Any, text: str) -> None:
    assert len(_statements(extract, text)) == 1


def test_two_verbs_with_one_pronoun_in_one_sentence_are_one_statement(extract: Any) -> None:
    text = (
        'The interior minister, Talia Verron, told reporters: "We condemn the killing of the two '
        'rangers at Pessac Lake, and we demand that the gang hand over the men who did it."'
    )
    assert len(_statements(extract, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # two speakers, one after the other
        "The governor of Lamarra condemned the ambush on the convoy near Tesk on Monday. The opposition "
        "leader, Piet Hallom, accused the army of leaving the road unguarded.",
        # a statement reported in the past, then "we" outside any quotation: another voice
        "The Embassies of Portugal and Chile condemned the shelling of markets in the Vorena valley on "
        "Monday.\n\nWe call on the armed forces to stop the shelling at once.",
    ],
)
def test_other_speakers_and_other_days_stay_apart(extract: Any, text: str) -> None:
    assert len(_statements(extract, text)) == 2


def test_one_pronoun_in_two_tenses_tells_two_occasions(extract: Any) -> None:
    text = (
        '"We condemned the burning of the Kelmo depot last winter and we condemn the burning of the Kelmo '
        'school today," a message to the residents of Ostrava Nova read.'
    )
    assert len(_statements(extract, text)) == 2


def test_one_pronoun_in_one_tense_is_one_speaker(extract: Any) -> None:
    text = (
        "We condemn the burning of the Kelmo school in Ostrava Nova, and we demand that the arsonists be "
        "handed to the police."
    )
    assert len(_statements(extract, text)) == 1

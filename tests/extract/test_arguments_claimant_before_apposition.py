"""A claimant named with an apposition before the claiming verb ("the X Front (XF), the Y
movement's wing in Z, claimed the raid") is the claim's actor and the attack's, even when the
parser hangs the name on the commas and leaves the verb with no subject. Invented groups; the
sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest


def _names(event: Any) -> set[str]:
    return {a.name if hasattr(a, "name") else str(a) for a in event.actors}


def _by_type(extraction: Any, kind: str) -> list[Any]:
    return [e for e in extraction.events if e.type == kind]


_ATTACK = "Gunmen on motorcycles stormed a police post at Tindara on Sunday, killing four officers. "


@pytest.mark.parametrize(
    ("claim", "claimant"),
    [
        (
            "On Sunday evening, the Harakat Sayf al-Sahra (HSS), the Crescent Brotherhood's wing in "
            "the south, claimed the assault through its media arm.",
            "Harakat Sayf al-Sahra",
        ),
        (
            "Late on Sunday, the Sable Front (SF), an offshoot of the Crescent Brotherhood, claimed the "
            "assault on its messaging channel.",
            "Sable Front",
        ),
    ],
)
def test_a_claimant_before_its_apposition_is_the_claim_and_attack_actor(
    extract: Any, claim: str, claimant: str
) -> None:
    extraction = extract(_ATTACK + claim, published="2025-09-02")
    claims = _by_type(extraction, "claim")
    attacks = _by_type(extraction, "attack")
    assert claims and claimant in _names(claims[0])
    assert attacks and claimant in _names(attacks[0])


def test_a_group_denying_after_its_apposition_is_no_claimant(extract: Any) -> None:
    text = _ATTACK + (
        "On Monday, the Sable Front (SF), an offshoot of the Crescent Brotherhood, denied any role "
        "in the assault."
    )
    extraction = extract(text, published="2025-09-02")
    assert not _by_type(extraction, "claim")
    assert all("Sable Front" not in _names(e) for e in _by_type(extraction, "attack"))


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Any:
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)


# "On Monday, the Sable Front (SF), the Brotherhood's wing, claimed the raid, saying it had killed
# 20 soldiers ." with the name and its apposition hung on the commas (as the parser sometimes
# leaves a long group name)
_WORDS = ["On", "Monday", ",", "the", "Sable", "Front", "(", "SF", ")", ","]
_WORDS += ["the", "Brotherhood", "'s", "wing", ",", "claimed", "the", "raid", ","]
_WORDS += ["saying", "it", "had", "killed", "20", "soldiers", "."]
_HEADS = [15, 0, 15, 7, 7, 7, 7, 2, 7, 15, 11, 13, 11, 9, 9, 15, 17, 15, 15]
_HEADS += [15, 22, 22, 19, 24, 22, 15]
_DEPS = ["prep", "pobj", "punct", "det", "compound", "compound", "punct", "prep", "punct", "punct"]
_DEPS += ["det", "poss", "case", "prep", "punct", "ROOT", "det", "dobj", "punct"]
_DEPS += ["advcl", "nsubj", "aux", "ccomp", "nummod", "dobj", "punct"]
_POS = ["ADP", "PROPN", "PUNCT", "DET", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "PUNCT"]
_POS += ["DET", "PROPN", "PART", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT"]
_POS += ["VERB", "PRON", "AUX", "VERB", "NUM", "NOUN", "PUNCT"]


def test_a_subjectless_verb_after_an_apposition_takes_the_name_opening_the_clause() -> None:
    from nexus.extract.arguments import _stranded_subject

    doc = _parsed(_WORDS, _HEADS, _DEPS, _POS)
    assert [t.text for t in _stranded_subject(doc[15])] == ["SF"]


def test_a_subjectless_verb_after_a_time_phrase_alone_has_no_stranded_subject() -> None:
    from nexus.extract.arguments import _stranded_subject

    words = ["On", "Monday", ",", "claimed", "the", "raid", "."]
    doc = _parsed(
        words,
        [3, 0, 3, 3, 5, 3, 3],
        ["prep", "pobj", "punct", "ROOT", "det", "dobj", "punct"],
        ["ADP", "PROPN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT"],
    )
    assert _stranded_subject(doc[3]) == []


def test_the_speaker_of_a_saying_clause_is_the_name_before_the_apposition() -> None:
    from nexus.extract.casualties import _speaker

    doc = _parsed(_WORDS, _HEADS, _DEPS, _POS)
    speaker = _speaker(doc[19])
    assert speaker is not None and speaker.text == "SF"


def test_an_official_toll_stays_when_the_claimant_boasts_a_larger_one(extract: Any) -> None:
    text = (
        "Gunmen attacked an army camp at Tindara on Monday, killing six soldiers, the army said. "
        "On Monday evening, the Sable Front (SF), an offshoot of the Crescent Brotherhood, claimed "
        "the assault, saying it had killed 25 soldiers."
    )
    attacks = _by_type(extract(text, published="2025-09-02"), "attack")
    assert attacks and attacks[0].killed is not None and attacks[0].killed.value == 6


def test_a_claim_of_another_incident_is_not_carried_to_the_attack(extract: Any) -> None:
    text = _ATTACK + (
        "In March, the Sable Front (SF), an offshoot of the Crescent Brotherhood, claimed a bombing "
        "of a bus depot in Kelafo that killed nine people."
    )
    extraction = extract(text, published="2025-09-02")
    tindara = [e for e in _by_type(extraction, "attack") if e.killed is not None and e.killed.value == 4]
    assert tindara and "Sable Front" not in _names(tindara[0])

"""False events from wordings that only restate, source or attribute a happening (whole pipeline).

A report names its source ("according to a statement from ..."), says what is held to be so
("officials say ..."), puts a background attack down to its doer ("an attack police blamed
on ..."), or judges and claims a happening it told before ("denounced the killings on
Friday", "claimed the ambush, saying its men had ..."): none of these is a new event.
Nor are the two verbs of one speaker's words, or the one journey told twice in a sentence.
"""

from __future__ import annotations

from typing import Any


def _of_type(extraction: Any, etype: str) -> list[Any]:
    return [e for e in extraction.events if e.type == etype]


def _summary(extraction: Any) -> list[tuple[str, str | None, str]]:
    return [(e.type, e.date and e.date.iso, e.trigger) for e in extraction.events]


def test_the_source_of_a_toll_is_no_statement(extract: Any) -> None:
    text = (
        "Militants stormed a police post in Garoua on Monday, killing four officers, according to "
        "a statement from the regional governor's office."
    )
    extraction = extract(text, published="2024-05-08")
    assert len(_of_type(extraction, "attack")) == 1, _summary(extraction)
    assert _of_type(extraction, "statement") == [], _summary(extraction)


def test_what_officials_say_in_general_is_background(extract: Any) -> None:
    text = (
        "Gunmen killed three traders at a cattle market in Birnin Gwari on Sunday. "
        "The gang is believed to be linked to Jamaat Nasr al-Din, security officials say."
    )
    extraction = extract(text, published="2024-05-08")
    assert _of_type(extraction, "statement") == [], _summary(extraction)


def test_a_named_speaker_saying_it_on_a_day_still_states(extract: Any) -> None:
    text = (
        "Gunmen killed three traders at a cattle market in Birnin Gwari on Sunday. "
        "The state governor, Abubakar Tanko Yero, said on Monday that the gang was funded by "
        "sponsors abroad and would be hunted down."
    )
    extraction = extract(text, published="2024-05-08")
    assert len(_of_type(extraction, "statement")) == 1, _summary(extraction)


def test_blame_inside_a_background_attack_is_its_actor(extract: Any) -> None:
    text = (
        "Gunmen killed four farmers near Kajuru on Tuesday. In March last year, a roadside bomb "
        "killed nine soldiers in Kauru, an attack the army blamed on Jamaat Nasr al-Din."
    )
    extraction = extract(text, published="2024-05-08")
    assert _of_type(extraction, "statement") == [], _summary(extraction)
    older = [e for e in _of_type(extraction, "attack") if e.date is not None and e.date.iso == "2023-03"]
    assert older, _summary(extraction)
    assert "Jamaat Nasr al-Din" in older[0].actors


def test_blame_as_a_main_verb_is_a_statement(extract: Any) -> None:
    text = (
        "A roadside bomb killed nine soldiers near Kauru on Tuesday. The army blamed Jamaat Nasr al-Din "
        "for the bombing on Wednesday."
    )
    extraction = extract(text, published="2024-05-09")
    assert len(_of_type(extraction, "statement")) == 1, _summary(extraction)


def test_condemning_the_attack_on_a_later_day_is_no_second_attack(extract: Any) -> None:
    text = (
        "Gunmen killed seven worshippers at a church in Kafanchan on Sunday. "
        "The bishops' conference denounced the killings on Wednesday, urging the faithful to stay calm."
    )
    extraction = extract(text, published="2024-03-14")
    attacks = _of_type(extraction, "attack")
    assert len(attacks) == 1, _summary(extraction)
    assert attacks[0].date is not None and attacks[0].date.iso == "2024-03-10"
    statements = _of_type(extraction, "statement")
    assert [s.date.iso for s in statements if s.date is not None] == ["2024-03-13"], _summary(extraction)


def test_a_claim_retelling_the_attack_adds_no_attack(extract: Any) -> None:
    text = (
        "Militants attacked an army checkpoint near Tal Afar on Monday night, killing five soldiers. "
        "The group claimed the ambush on Tuesday in a message on its Telegram channel, saying its "
        'men had "struck a column of soldiers".'
    )
    extraction = extract(text, published="2024-05-08")
    assert len(_of_type(extraction, "attack")) == 1, _summary(extraction)
    assert len(_of_type(extraction, "claim")) == 1, _summary(extraction)


def test_a_clause_before_the_claim_keeps_its_attack(extract: Any) -> None:
    text = (
        "Troops raided a camp near Komanda on Monday. In May last year, a bomb exploded at a market "
        "in Mongbwalu, killing 11 traders; the Islamic State claimed the attack."
    )
    extraction = extract(text, published="2024-05-08")
    older = [e for e in _of_type(extraction, "attack") if e.date is not None and e.date.iso == "2023-05"]
    assert older, _summary(extraction)


def test_one_speaker_saying_and_calling_is_one_statement(extract: Any) -> None:
    text = (
        "A gunman shot dead a guard at a checkpoint near Jericho on Monday. Late on Monday the "
        "Al-Karama Battalion said in a leaflet that the gunman had belonged to its ranks and called "
        'the killing "revenge for the raids".'
    )
    extraction = extract(text, published="2024-05-07")
    statements = _of_type(extraction, "statement")
    assert len(statements) == 1, _summary(extraction)
    assert statements[0].date is not None and statements[0].date.iso == "2024-05-06"


def test_a_journey_told_twice_in_one_sentence_is_one_visit(extract: Any) -> None:
    text = (
        "The Italian envoy, Marco Bellini, was received by the governor in Sfax on Tuesday, "
        "the first leg of a three-day trip to North Africa."
    )
    extraction = extract(text, published="2024-05-08")
    assert len(_of_type(extraction, "visit")) <= 1, _summary(extraction)


def test_a_contrasting_speaker_states_beside_a_meeting(extract: Any) -> None:
    text = (
        "The defence council held talks in Arequipa on Friday about the ambush, whereas Interior "
        "Minister Ana Ruiz said she would deploy more troops and punish those responsible."
    )
    extraction = extract(text, published="2024-05-06")
    assert len(_of_type(extraction, "statement")) == 1, _summary(extraction)
    assert len(_of_type(extraction, "meeting")) == 1, _summary(extraction)


def test_the_grounds_of_a_sanction_are_no_statement(extract: Any) -> None:
    text = (
        "In Washington on Thursday, the US Treasury imposed sanctions on three traders it accused of "
        "laundering money for the militants."
    )
    extraction = extract(text, published="2024-05-10")
    assert len(_of_type(extraction, "sanction")) == 1, _summary(extraction)
    assert _of_type(extraction, "statement") == [], _summary(extraction)


def test_the_grounds_of_an_arrest_are_no_statement(extract: Any) -> None:
    text = (
        "Police said they had arrested four men in Kajuru on Monday whom they accused of "
        "selling fuel to the bandits."
    )
    extraction = extract(text, published="2024-05-08")
    assert len(_of_type(extraction, "military_action")) == 1, _summary(extraction)
    assert _of_type(extraction, "statement") == [], _summary(extraction)


def test_an_accusation_of_its_own_still_states(extract: Any) -> None:
    text = "On Thursday the interior minister accused the traders of laundering money for the bandits."
    extraction = extract(text, published="2024-05-10")
    assert len(_of_type(extraction, "statement")) == 1, _summary(extraction)


def test_a_place_in_a_peace_process_is_no_meeting(extract: Any) -> None:
    text = (
        "The front quit talks with the government in 2022, and a splinter faction has stayed in "
        "talks with the authorities since then."
    )
    extraction = extract(text, published="2024-05-08")
    assert _of_type(extraction, "meeting") == [], _summary(extraction)


def test_talks_held_on_a_day_are_a_meeting(extract: Any) -> None:
    text = "Government negotiators and the front held talks in Sfax on Monday about a ceasefire."
    extraction = extract(text, published="2024-05-08")
    assert len(_of_type(extraction, "meeting")) == 1, _summary(extraction)

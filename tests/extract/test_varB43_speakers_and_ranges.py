"""Session 43, varB: set-off speakers of a fronted phrase, ranges tagged as dates, threat cues."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from nexus.extract.casualties import find_casualties
from nexus.extract.set_off_speakers import mend_set_off_speakers
from nexus.extract.triage import count_cues


def _statements(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type == "statement"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "In an audio clip passed to reporters, Tarek Vollan, who called himself the second in "
            'command of the Red Dawn Brigade and a cousin of its founder, said: "Our men will '
            'burn every outpost on the plateau."',
            "Tarek Vollan",
        ),
        (
            "Talking to a provincial newspaper over a crackling line, Omar Dessalew, who claimed to "
            "lead a unit of the Harar Liberation Front and whose brother died in prison, said: "
            '"No convoy will cross the pass again."',
            "Omar Dessalew",
        ),
    ],
)
def test_a_set_off_speaker_after_a_fronted_phrase_speaks(extract: Any, text: str, speaker: str) -> None:
    statements = _statements(extract(text))
    assert statements
    assert speaker in statements[0].actors


def test_the_mend_leaves_a_verb_with_its_own_subject_alone(extractor: Any) -> None:
    doc = extractor.nlp(
        "In a letter to Ilse Varga, the mayor of a border town, the minister said the road would reopen."
    )
    said = next(t for t in doc if t.lower_ == "said")
    subjects = [c.text for c in said.children if c.dep_ == "nsubj"]
    assert subjects == ["minister"]
    assert mend_set_off_speakers(doc) == 0


def test_a_named_person_inside_the_fronted_phrase_without_a_description_stays_there(extractor: Any) -> None:
    doc = extractor.nlp("Speaking beside Ilse Varga on Monday, said the envoy, the talks had stalled.")
    assert mend_set_off_speakers(doc) == 0


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Gunships raked a rebel camp near Ostrova Ridge on Monday, killing between 21 and 26 fighters, "
         "the army said.", "between 21 and 26 fighters", 21),
        ("Artillery fire on the hill fort killed from 9 to 12 militiamen overnight, a colonel said.",
         "9 to 12 militiamen", 9),
    ],
)  # fmt: skip
def test_a_counted_range_of_people_is_a_toll_even_when_tagged_as_a_date(
    nlp: Language, text: str, phrase: str, value: int
) -> None:
    doc = nlp(text)
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase), label="DATE")
    assert span is not None
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [span]
    mentions = find_casualties(next(iter(doc.sents)))
    assert [(m.kind, m.count.value, m.count.qualifier) for m in mentions] == [("killed", value, "at_least")]


def test_a_year_range_is_still_no_toll(nlp: Language) -> None:
    text = "Between 2011 and 2016 fighters of the front killed no one in the valley, the report said."
    mentions = find_casualties(next(iter(nlp(text).sents)))
    assert all(m.count.value not in (2011, 2016) for m in mentions)


def test_a_quoted_threat_naming_a_battalion_reaches_the_classifier(extractor: Any) -> None:
    doc = extractor.nlp.make_doc('"Any battalion sent up our valley will be sent back in pieces," he said.')
    assert count_cues(doc) >= 1


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Sierra Verde Cartel chief Hernando Ospiral Quintos and its treasurer were charged on Monday.",
         "Hernando Ospiral Quintos"),
        ("The court summoned Harar Front commander Qadir Naemi Baluchzai and two of his bodyguards.",
         "Qadir Naemi Baluchzai"),
    ],
)  # fmt: skip
def test_a_name_after_a_role_noun_runs_up_to_a_conjunction(extract: Any, text: str, person: str) -> None:
    names = {e.name for e in extract(text).entities if e.type == "PERSON"}
    assert person in names


def _place_names(extraction: Any, etype: str = "attack") -> list[str | None]:
    return [e.place.name if e.place else None for e in extraction.events if e.type == etype]


@pytest.mark.parametrize(
    ("text", "country", "neighbour"),
    [
        ("Five guards were shot dead on Monday during a raid on a depot near the border with Eritrea, "
         "Ethiopia's army said on Tuesday.", "Ethiopia", "Eritrea"),
        ("Kyrgyzstan's interior ministry said gunmen had killed four border guards at a checkpoint a "
         "short drive from the Tajikistan border.", "Kyrgyzstan", "Tajikistan"),
        ("Close to the frontier with Uganda, six rangers died when poachers ambushed their patrol, "
         "Kenya's wildlife service reported.", "Kenya", "Uganda"),
    ],
)  # fmt: skip
def test_the_speaking_state_not_the_neighbour_of_the_border_is_the_place(
    extract: Any, text: str, country: str, neighbour: str
) -> None:
    places = _place_names(extract(text))
    assert country in places
    assert neighbour not in places


def test_people_slain_tell_an_attack(extract: Any) -> None:
    text = "Four forest rangers were slain by poachers at a river crossing in Tsavo on Friday."
    assert _place_names(extract(text)) == ["Tsavo"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Officers from the Central Office for the Prevention of Arms Smuggling were sent to Dori on Friday.",
         "Central Office for the Prevention of Arms Smuggling"),
        ("Teams from the Regional Office for the Protection of Witnesses have also been sent to Maradi.",
         "Regional Office for the Protection of Witnesses"),
    ],
)  # fmt: skip
def test_a_state_body_is_named_with_its_remit(extract: Any, text: str, body: str) -> None:
    names = {e.name for e in extract(text).entities if e.type == "ORG"}
    assert body in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guards shot and wounded a woman who had stabbed four shoppers at a mall on Sunday.",
         [("injured", 4)]),
        ("Police shot dead a teenager who had knifed two ticket inspectors at the depot.",
         [("attackers_killed", 1), ("injured", 2)]),
        ("Police shot dead a teenager who had been sleeping in the depot.", [("killed", 1)]),
    ],
)  # fmt: skip
def test_one_who_harmed_others_is_no_victim_of_the_force_that_stopped_them(
    nlp: Language, text: str, expected: list[tuple[str, int]]
) -> None:
    mentions = find_casualties(next(iter(nlp(text).sents)))
    assert sorted((m.kind, m.count.value) for m in mentions) == expected

"""Tolls (session 30): attackers counted in a phrase the tagger reads as a quantity ('neutralised
forty assailants'); a counted subject whose passive verb the parser hung inside the subject's own
relative clause ('Two raiders who scaled the wall once the mine went off were gunned down'); people
taken off a vehicle or singled out and then shot, who are killed, not hurt; those who 'fell in line
of duty' died; a second named victim led by a rank the tagger left untagged ('Corporal A and Private
B of the 4th Brigade') is counted; and 'three of the wounded ...' counts some of the hurt, so its
figure is a floor."""

from __future__ import annotations

import pytest
from spacy.language import Language

from nexus.extract.casualties import find_casualties


def figures(nlp: Language, text: str) -> list[tuple[str, int, str]]:
    """(kind, value, qualifier) of every figure of the text's sentences."""
    doc = nlp(text)
    return [(m.kind, m.count.value, m.count.qualifier) for s in doc.sents for m in find_casualties(s)]


# --------------------------------------------------------------------------- attackers as a quantity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Commandos managed to neutralise forty assailants near the dam.",
            ("attackers_killed", 40, "exact"),
            id="managed-to-neutralise",
        ),
        pytest.param(
            "The garrison succeeded in neutralising sixty raiders before dawn.",
            ("attackers_killed", 60, "exact"),
            id="succeeded-in",
        ),
        pytest.param(
            "Air cover allowed the troops to eliminate about fifty insurgents in the hills.",
            ("attackers_killed", 50, "approx"),
            id="allowed-to-eliminate-about",
        ),
        pytest.param(
            "The brigade said it neutralised about twelve (12) terrorists during the sweep.",
            ("attackers_killed", 12, "approx"),
            id="bracketed-numeral",
        ),
    ],
)
def test_attackers_read_as_a_quantity_are_counted(
    nlp: Language, text: str, expected: tuple[str, int, str]
) -> None:
    assert expected in figures(nlp, text)


def test_a_quantity_of_goods_is_still_no_toll(nlp: Language) -> None:
    assert figures(nlp, "The raiders seized forty tonnes of grain and burned two lorries.") == []


# --------------------------------------------------------------------------- the verb in the clause


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Three assailants who tried to climb into the depot after the explosion were shot dead "
            "by guards.",
            ("attackers_killed", 3, "exact"),
            id="after-the-explosion",
        ),
        pytest.param(
            "Three gunmen who stormed the gate after the blast were killed by soldiers, the army said.",
            ("attackers_killed", 3, "exact"),
            id="loose-before-said",
        ),
        pytest.param(
            "Two attackers who ran towards the barracks after the explosion were gunned down by sentries, "
            "police said.",
            ("attackers_killed", 2, "exact"),
            id="second-subject-of-said",
        ),
        pytest.param(
            "Five herders who fled before the raid were killed in the bush near Lokichar.",
            ("killed", 5, "exact"),
            id="before-the-raid",
        ),
    ],
)
def test_passive_verb_inside_the_subjects_clause(
    nlp: Language, text: str, expected: tuple[str, int, str]
) -> None:
    assert expected in figures(nlp, text)


def test_a_clause_with_a_person_subject_keeps_its_own_victims(nlp: Language) -> None:
    # the clause's own subject is a person: the noun before it is not the one killed
    found = figures(nlp, "The two brothers who ran the shop said after the soldiers were killed they fled.")
    assert ("killed", 2, "exact") not in found


# --------------------------------------------------------------------------- executions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In October, nine pilgrims travelling on a minibus to Lumbo were dragged out and shot "
            "near Tessit.",
            ("killed", 9, "exact"),
            id="dragged-out-and-shot",
        ),
        pytest.param(
            "Last year six labourers were pulled off a lorry and shot in the Chagai hills.",
            ("killed", 6, "exact"),
            id="pulled-off-and-shot",
        ),
        pytest.param(
            "Gunmen stopped a van near Kuldara, singled out four teachers and shot them.",
            ("killed", 4, "exact"),
            id="singled-out-shot-them",
        ),
        pytest.param(
            "Armed men lined up eight herders and shot them, witnesses said.",
            ("killed", 8, "exact"),
            id="lined-up-shot-them",
        ),
        pytest.param(
            "Two nurses were taken off the ambulance and shot by the roadside.",
            ("killed", 2, "exact"),
            id="taken-off-and-shot",
        ),
    ],
)
def test_people_taken_away_and_shot_are_killed(
    nlp: Language, text: str, expected: tuple[str, int, str]
) -> None:
    found = figures(nlp, text)
    assert expected in found
    assert not any(kind == "injured" for kind, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Two traders were shot near the market in Rumbek on Friday.", id="plain-shot"),
        pytest.param(
            "Three students were pulled off a bus and shot in the legs by the kidnappers.",
            id="shot-in-the-legs",
        ),
        pytest.param("Police shot four protesters who had blocked the bridge at Kisoro.", id="active-shot"),
    ],
)
def test_a_shooting_without_a_removal_or_with_a_wound_is_hurt(nlp: Language, text: str) -> None:
    found = figures(nlp, text)
    assert not any(kind == "killed" for kind, _, _ in found), found


# --------------------------------------------------------------------------- the line of duty


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Three policemen fell in line of duty when raiders hit a roadblock outside Tank.",
            ("killed", 3, "exact"),
            id="fell",
        ),
        pytest.param(
            "Two rangers died in line of duty during a clash with poachers in Garamba.",
            ("killed", 2, "exact"),
            id="died",
        ),
    ],
)
def test_the_line_of_duty_is_a_death(nlp: Language, text: str, expected: tuple[str, int, str]) -> None:
    assert expected in figures(nlp, text)


def test_falling_in_line_is_no_death(nlp: Language) -> None:
    assert figures(nlp, "Two smaller parties fell in line with the coalition after talks in Harare.") == []


# --------------------------------------------------------------------------- named victims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Corporal Daniel Okello and Private Moses Wafula of the 4th Brigade were killed.",
            ("killed", 2, "exact"),
            id="killed",
        ),
        pytest.param(
            "Staff Sergeant Ines Duarte and Private Joel Matavele of the marine battalion fell in "
            "line of duty, and a third marine was hurt by shrapnel.",
            ("killed", 2, "exact"),
            id="line-of-duty",
        ),
        pytest.param(
            "Constable Arjun Rawat and Constable Vikas Negi of the reserve police were injured in the blast.",
            ("injured", 2, "exact"),
            id="injured",
        ),
    ],
)
def test_a_second_ranked_name_counts(nlp: Language, text: str, expected: tuple[str, int, str]) -> None:
    assert expected in figures(nlp, text)


def test_a_name_and_a_unit_count_one(nlp: Language) -> None:
    # 'the Kivu Brigade' is a unit, not a second person
    assert ("killed", 1, "exact") in figures(
        nlp, "Colonel Jean Bahati and the Kivu Brigade were ambushed; Bahati was killed."
    )


# --------------------------------------------------------------------------- some of the hurt


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Gunmen killed five traders at a market in Zinder on Tuesday. "
            "Three of the wounded remain in critical condition.",
            ("injured", 3, "at_least"),
            id="remain-in-critical-condition",
        ),
        pytest.param(
            "Raiders killed four herders near Bor on Sunday. "
            "Three of the injured, all herders, were then airlifted to hospital in Juba.",
            ("injured", 3, "at_least"),
            id="airlifted-to-hospital",
        ),
        pytest.param(
            "A bomb hit a ferry landing in Mopti on Friday. "
            "Two of the wounded, both boatmen, were later flown to hospital in Sevare.",
            ("injured", 2, "at_least"),
            id="flown-to-hospital",
        ),
    ],
)
def test_some_of_the_hurt_are_a_floor(nlp: Language, text: str, expected: tuple[str, int, str]) -> None:
    assert expected in figures(nlp, text)


def test_a_whole_count_of_the_hurt_stays_exact(nlp: Language) -> None:
    found = figures(nlp, "Gunmen killed five traders in Zinder on Tuesday. Nine people were wounded.")
    assert ("injured", 9, "exact") in found

"""Tolls: one person hurt and then dead counts once, as killed; counted companions of a victim
('died with three aides', 'along with four of his bodyguards') and a counted part joined to the
verb ('killed a judge and two of his guards') are more victims of the same cue."""

from __future__ import annotations

from typing import Any

import pytest

from nexus.extract.casualties import find_casualties


def figure(count: Any) -> tuple[int, str] | None:
    return None if count is None else (count.value, count.qualifier)


def violent(extraction: Any) -> Any:
    (event,) = [e for e in extraction.events if e.type in ("attack", "military_action")]
    return event


def killed_in(nlp: Any, text: str) -> list[tuple[str, int]]:
    doc = nlp(text)
    return [(m.kind, m.count.value) for s in doc.sents for m in find_casualties(s) if not m.part]


# --------------------------------------------------------------------------- hurt, then dead


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Gunmen shot a 40-year-old headmaster outside his school in Gulu on Monday. "
            "He died in hospital the next morning.",
            id="pronoun-next-sentence",
        ),
        pytest.param(
            "A trader was shot in the stomach by a passing motorcyclist in the Kasese market on "
            "Friday. He died of the wounds on Saturday, his brother said.",
            id="died-of-his-wounds",
        ),
        pytest.param(
            "Unknown attackers stabbed a priest at the door of his parish in Lyon on Sunday. "
            "The priest died hours later in hospital.",
            id="definite-noun-again",
        ),
        pytest.param(
            "A police sergeant was wounded when a grenade landed beside his patrol car in Mardan on "
            "Thursday. He succumbed to his injuries on Friday.",
            id="succumbed",
        ),
        pytest.param(
            "Gunmen shot a councillor in the chest as he walked out of a mosque in Kano on Wednesday. "
            "He was rushed to hospital, where he died.",
            id="died-in-a-relative-clause",
        ),
        pytest.param(
            "A sniper wounded a nurse at a checkpoint in Aleppo on Saturday. "
            "The nurse died of her wounds two days later.",
            id="she-of-her-wounds",
        ),
        pytest.param(
            "Assailants on a motorbike shot a journalist in Tegucigalpa on Thursday night. She died in "
            "the operating theatre early on Friday, her editor said.",
            id="she-next-sentence",
        ),
        pytest.param(
            "Gunmen shot a tribal elder in Wana on Monday. The elder, who had survived two earlier "
            "attempts on his life, died of those wounds late on Wednesday.",
            id="definite-noun-with-a-relative-clause",
        ),
        pytest.param(
            "A soldier was injured in a roadside blast near Kidal on Monday and died two days later, "
            "the army said.",
            id="same-sentence",
        ),
    ],
)
def test_one_person_hurt_then_dead_is_killed_only(extract: Any, text: str) -> None:
    event = violent(extract(text))
    assert figure(event.killed) == (1, "exact")
    assert event.injured is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Gunmen shot a farmer in the leg near Bauchi on Monday. He is in a stable condition, a "
            "doctor said.",
            id="survived",
        ),
        pytest.param(
            "A bomb wounded a teacher in Kenema on Monday, police said. He was discharged from "
            "hospital on Tuesday.",
            id="discharged",
        ),
        pytest.param(
            "An explosion at a bus stop in Kharkiv injured a woman on Tuesday. Her son said she was "
            "recovering.",
            id="recovering",
        ),
    ],
)
def test_one_person_hurt_who_lives_stays_injured(extract: Any, text: str) -> None:
    event = violent(extract(text))
    assert event.killed is None
    assert figure(event.injured) == (1, "exact")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Gunmen shot dead two herders near Yola on Monday. A third herder was shot in the arm and "
            "flown to a clinic. The second herder was found dead in a gully on Tuesday.",
            id="the-second-is-not-the-third",
        ),
        pytest.param(
            "A bomb wounded a guard at the gate of a hotel in Garowe on Friday. Another guard died in "
            "the blast.",
            id="another-guard",
        ),
    ],
)
def test_another_person_dead_leaves_the_hurt_one_injured(extract: Any, text: str) -> None:
    event = violent(extract(text))
    assert figure(event.injured) == (1, "exact")


def test_a_hurt_person_who_died_leaves_the_others_told_with_him(extract: Any) -> None:
    event = violent(
        extract(
            "Gunmen wounded a magistrate and two of his guards outside a court in Lokoja on Monday. "
            "The magistrate died before reaching a clinic."
        )
    )
    assert figure(event.killed) == (1, "exact")
    assert figure(event.injured) == (2, "exact")


# --------------------------------------------------------------------------- counted companions


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        pytest.param(
            "A local commander was killed along with four of his bodyguards when a car bomb exploded "
            "in Galkayo on Tuesday.",
            5,
            id="along-with-four-of-his",
        ),
        pytest.param(
            "The mayor died with three aides in an ambush outside Kindu on Friday, the governor said.",
            4,
            id="with-three-aides",
        ),
        pytest.param(
            "A district chief was killed with two other officials in a bombing in Kunar in May 2019.",
            3,
            id="with-two-other",
        ),
        pytest.param(
            "A customs officer was killed alongside two drivers when their car hit a mine near Ménaka "
            "on Monday.",
            3,
            id="alongside-two-drivers",
        ),
    ],
)
def test_counted_companions_of_a_victim_are_summed(extract: Any, text: str, killed: int) -> None:
    assert figure(violent(extract(text)).killed) == (killed, "exact")


def test_counted_companions_of_the_hurt_are_summed(extract: Any) -> None:
    event = violent(
        extract(
            "Police said a driver was wounded along with three passengers when a mine exploded under "
            "a minibus near Beni on Monday."
        )
    )
    assert figure(event.injured) == (4, "exact")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "A farmer was killed with two rifles found beside his body near Jos on Monday.",
            id="with-things",
        ),
        pytest.param(
            "The militants killed a village chief with three shots to the head in Tillabéri on Monday.",
            id="with-shots",
        ),
    ],
)
def test_things_counted_after_with_are_no_victims(extract: Any, text: str) -> None:
    assert figure(violent(extract(text)).killed) == (1, "exact")


def test_the_other_sides_dead_are_no_companions(nlp: Any) -> None:
    figures = killed_in(nlp, "A sergeant died with 12 militants in a fierce gunbattle near Gao on Sunday.")
    assert ("killed", 13) not in figures


def test_accomplices_killed_with_gunmen_are_attackers(nlp: Any) -> None:
    figures = killed_in(
        nlp, "Two gunmen were killed along with three of their accomplices in a shootout in Mombasa."
    )
    assert figures == [("attackers_killed", 5)]


# --------------------------------------------------------------------------- a counted part as an object


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Gunmen killed a judge and two of his guards in Kaduna on Monday.", ("killed", 3), id="killed"
        ),
        pytest.param(
            "Bandits murdered a pastor and three of his congregants near Takum on Sunday.",
            ("killed", 4),
            id="murdered",
        ),
        pytest.param(
            "The blast killed a customs officer and five of his colleagues at the border post.",
            ("killed", 6),
            id="the-blast",
        ),
    ],
)
def test_a_counted_part_joined_to_the_verb_is_a_second_object(
    nlp: Any, text: str, expected: tuple[str, int]
) -> None:
    assert killed_in(nlp, text) == [expected]


# --------------------------------------------------------------------------- two doers, two clauses


def of_type(extraction: Any, kind: str) -> Any:
    (event,) = [e for e in extraction.events if e.type == kind]
    return event


@pytest.mark.parametrize(
    ("text", "attack", "forces"),
    [
        pytest.param(
            "Gunmen shot a farmer near Wukari on Monday, and soldiers later killed two of the gunmen "
            "in a raid on their hideout, the army said.",
            None,
            (2, "exact"),
            id="shot-then-forces-killed",
        ),
        pytest.param(
            "Rebels attacked a base near Beni on Friday and troops killed 12 of them, a colonel told "
            "reporters.",
            None,
            (12, "exact"),
            id="attacked-then-forces-killed-them",
        ),
        pytest.param(
            "Insurgents ambushed a patrol near Mueda on Tuesday, and allied troops killed nine "
            "insurgents in the gunfight that followed.",
            None,
            (9, "exact"),
            id="ambushed-then-forces-killed",
        ),
        pytest.param(
            "A car bomb killed six people outside a courthouse in Bosaso on Sunday, and police shot "
            "dead two gunmen who ran towards the gate.",
            (6, "exact"),
            (2, "exact"),
            id="bomb-toll-and-forces-toll",
        ),
    ],
)
def test_a_killing_clause_with_its_own_doer_is_not_the_first_clause_cue(
    extract: Any, text: str, attack: tuple[int, str] | None, forces: tuple[int, str]
) -> None:
    ext = extract(text)
    assert figure(of_type(ext, "attack").killed) == attack
    assert figure(of_type(ext, "military_action").killed) == forces


def test_coordinated_cues_of_one_doer_stay_one_toll(extract: Any) -> None:
    event = violent(
        extract("Gunmen killed five soldiers and wounded eight in an ambush near Damboa on Monday.")
    )
    assert figure(event.killed) == (5, "exact")
    assert figure(event.injured) == (8, "exact")


# --------------------------------------------------------------------------- a part beside the counted noun

_LEAD = (
    "Militiamen raided a settlement of displaced families outside Mahagi on Sunday, killing nine "
    "people, officials said. "
)


@pytest.mark.parametrize(
    "recalled",
    [
        pytest.param(
            "On March 3, 2021, at least 30 civilians, most of them women, were killed at the Kiri site, "
            "north of Bunia, in a raid blamed on the ADF.",
            id="part-read-as-a-clause-after-a-fronted-date",
        ),
        pytest.param(
            "On March 3, 2021, at least 30 civilians, most of them women, were killed at the Kiri site, "
            "north of Bunia, by ADF fighters.",
            id="part-read-as-a-clause-with-an-agent",
        ),
        pytest.param(
            "On 3 March 2021, at least 30 displaced farmers, most of them women, were killed when raiders "
            "overran the Kiri site north of Bunia.",
            id="part-as-an-apposition",
        ),
    ],
)
def test_a_recalled_toll_with_its_part_goes_to_the_recalled_happening(extract: Any, recalled: str) -> None:
    events = extract(_LEAD + recalled).events
    (then,) = [e for e in events if e.date is not None and e.date.iso.startswith("2021")]
    assert figure(then.killed) == (30, "at_least")

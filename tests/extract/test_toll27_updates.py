"""Which of a report's tolls is current: a rise told before its figure, an early count told
by its noun, a toll the parser gave to a verb of saying, and a lone victim told 'later'."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from nexus.extract.casualties import find_casualties


def figure(count: Any) -> tuple[int, str] | None:
    return None if count is None else (count.value, count.qualifier)


def violent(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type in ("attack", "military_action")]


def killed_in(nlp: Language, text: str) -> list[tuple[str, int]]:
    doc = nlp(text)
    return [(m.kind, m.count.value) for s in doc.sents for m in find_casualties(s)]


# --------------------------------------------------------------------------- a rise told first


@pytest.mark.parametrize(
    ("rise", "killed"),
    [
        pytest.param("By Saturday the toll had climbed.", (16, "exact"), id="told-rise-makes-the-update"),
        pytest.param("The toll is expected to climb.", (11, "at_least"), id="forecast-makes-no-update"),
    ],
)
def test_figure_after_a_rise_told_without_it_is_the_update(
    extract: Any, rise: str, killed: tuple[int, str]
) -> None:
    ext = extract(
        "Rebels on motorcycles overran a militia post outside Garango at dawn on Thursday and killed "
        f"at least eleven defenders, residents said. {rise} On state radio, a ministry spokeswoman "
        "said that 16 of the defenders were dead and 9 were wounded."
    )
    (raid,) = violent(ext)
    assert figure(raid.killed) == killed


# --------------------------------------------------------------------------- an early count


def test_count_called_first_by_its_noun_is_an_early_count(extract: Any) -> None:
    ext = extract(
        "Bandits shot dead at least 21 miners at a gold pit near Maru on Monday night, the state "
        "police said. The initial tally, which a nurse read out to families late on Tuesday at the "
        "clinic gate, was 15 dead. Rescuers dug six more bodies out of the pit later that day."
    )
    (raid,) = violent(ext)
    assert figure(raid.killed) == (21, "at_least")


# --------------------------------------------------------------------------- the toll as an object


def test_toll_read_as_the_object_of_a_verb_of_saying_keeps_its_figure(nlp: Language) -> None:
    found = killed_in(
        nlp,
        "A provincial spokesman tells AFP the number of dead in this morning's car bomb has "
        "risen to 14, as three of those hurt passed away in the night.",
    )
    assert ("killed", 14) in found


# --------------------------------------------------------------------------- a lone victim told later


def test_one_victim_told_later_is_not_a_new_count_of_the_hurt(extract: Any) -> None:
    ext = extract(
        "A guard was killed and three cleaners were hurt when a parcel bomb blew up in a bus depot "
        "in Jinja on Monday. Medics at first listed a single injured cleaner, but a nurse later said "
        "a second cleaner was being treated for burns."
    )
    (blast,) = violent(ext)
    assert figure(blast.injured) == (3, "exact")


# --------------------------------------------------------------------------- two tolls put at figures


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry put the dead at 31 and the wounded at 12.",
        "Late on Sunday the governor's office, after a second search of the ruins, put the dead at "
        "18 and the wounded at 12, most of them children.",
    ],
)
def test_second_toll_put_at_a_figure_keeps_its_own_kind(nlp: Language, sentence: str) -> None:
    found = killed_in(nlp, sentence)
    assert ("injured", 12) in found
    assert ("killed", 12) not in found


# --------------------------------------------------------------------------- the wounded of another operation


def test_soldiers_hurt_in_a_pursuit_on_another_day_are_the_pursuits(extract: Any) -> None:
    ext = extract(
        "Gunmen on motorcycles killed 19 herders at a cattle market in Tondibia on Saturday, the "
        "government said. The army said in a communique on Tuesday that soldiers chasing the gunmen "
        "had killed 12 militants in the bush near Filingue on Monday. A military spokesman said "
        "three soldiers were lightly wounded."
    )
    market = next(e for e in violent(ext) if e.type == "attack")
    pursuit = next(e for e in violent(ext) if e.type == "military_action")
    assert figure(market.injured) is None
    assert figure(pursuit.injured) == (3, "exact")


# --------------------------------------------------------------------------- found harmed


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("A shopkeeper was found knifed to death behind his kiosk on Monday.", 1),
        ("Two herders were found shot dead beside a dry well.", 2),
        ("Four fishermen were discovered hacked to death on the shore.", 4),
    ],
)
def test_victims_found_killed_are_counted(nlp: Language, sentence: str, count: int) -> None:
    assert killed_in(nlp, sentence) == [("killed", count)]


def test_things_found_hidden_are_no_victims(nlp: Language) -> None:
    assert killed_in(nlp, "The rifles were found hidden under a haystack.") == []


# --------------------------------------------------------------------------- companions


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("The movement's founder was killed along with four other commanders in a raid.", 5),
        ("A police inspector was killed with three other officers at a roadblock.", 4),
    ],
)
def test_victim_killed_with_other_named_companions_counts_them_all(
    nlp: Language, sentence: str, count: int
) -> None:
    assert killed_in(nlp, sentence) == [("killed", count)]


# --------------------------------------------------------------------------- a part read apart


def test_group_after_among_them_is_a_part_not_summed_with_the_next_clause(extractor: Any) -> None:
    doc = extractor.nlp(
        "The count rose to eleven on Friday, among them three boys who sold bread at the gate, and "
        "no fewer than 20 were being treated for burns, a nurse said."
    )
    mentions = [m for s in doc.sents for m in find_casualties(s)]
    totals = [(m.kind, m.count.value) for m in mentions if not m.part]
    assert ("injured", 20) in totals
    assert ("injured", 23) not in totals

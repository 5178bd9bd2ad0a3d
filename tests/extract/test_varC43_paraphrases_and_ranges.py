"""Session 43, varC: violent paraphrases read through a misparse, ranges with their noun hung as a
conjunct or tagged as a date, and people who burned to death."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from nexus.extract.casualties import find_casualties


def _figures(nlp: Language, text: str) -> list[tuple[str, int, str, bool]]:
    mentions = find_casualties(next(iter(nlp(text).sents)))
    return [(m.kind, m.count.value, m.count.qualifier, m.aggregate) for m in mentions if not m.part]


def _attacks(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type == "attack"]


@pytest.mark.parametrize(
    "text",
    [
        "Bandits on camels set barns ablaze and cut down fleeing herders in Zorvik on Monday night.",
        "Masked raiders torched a granary and cut down screaming traders at the Pellor fair on Sunday.",
    ],
)
def test_people_cut_down_as_they_run_are_attacked(extract: Any, text: str) -> None:
    assert _attacks(extract(text))


def test_cutting_down_on_costs_is_no_attack(extract: Any) -> None:
    text = "Farmers in Zorvik cut down rising costs by sharing tractors, the cooperative said on Monday."
    assert not _attacks(extract(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Monday's truck bombing near a bus depot in Velmora left between 12 and 17 shoppers dead.",
            [("killed", 12, "at_least", False)],
        ),
        (
            "A lorry bomb beside a grain market in Velmora left between 27 and 31 farmers dead.",
            [("killed", 27, "at_least", False)],
        ),
        (
            "Between 20 and 24 villagers were killed between January 2023 and March 2024, a monitor said.",
            [("killed", 20, "at_least", True)],
        ),
    ],
)
def test_a_range_left_dead_is_one_incidents_floor(
    nlp: Language, text: str, expected: list[tuple[str, int, str, bool]]
) -> None:
    assert _figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine passengers burned to death on Monday after gunmen halted a coach and set it on fire.", 9),
        ("Four pilgrims burned to death when their tent caught fire near the shrine at Ostrel.", 4),
    ],
)
def test_people_who_burned_to_death_are_the_dead(nlp: Language, text: str, expected: int) -> None:
    assert [(k, v) for k, v, _, _ in _figures(nlp, text)] == [("killed", expected)]


def test_a_crowd_that_burned_two_men_to_death_is_not_counted(nlp: Language) -> None:
    text = "An angry crowd of 200 burned two men to death outside the market in Ostrel."
    assert [(k, v) for k, v, _, _ in _figures(nlp, text)] == [("killed", 2)]


def _parsed(nlp: Language, rows: list[tuple[str, str, str, str, int, str]], ents: list[str]) -> Any:
    """A Doc with the parse given row by row: (word, lemma, pos, tag, head index, dep)."""
    from spacy.tokens import Doc

    doc = Doc(
        nlp.vocab,
        words=[r[0] for r in rows],
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        tags=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        deps=[r[5] for r in rows],
        ents=ents,
    )
    return doc


def test_a_participle_read_as_a_clause_leaves_its_noun_the_verbs_object(nlp: Language) -> None:
    from nexus.extract.triggers import _object_lemmas

    # "... and cut down fleeing herders", the participle parsed as the verb's clause
    rows = [
        ("Raiders", "raider", "NOUN", "NNS", 1, "nsubj"),
        ("cut", "cut", "VERB", "VBD", 1, "ROOT"),
        ("down", "down", "ADP", "RP", 1, "prt"),
        ("fleeing", "flee", "VERB", "VBG", 1, "xcomp"),
        ("herders", "herder", "NOUN", "NNS", 3, "dobj"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ]
    doc = _parsed(nlp, rows, ["O"] * 6)
    assert {"herder", "herders", "down"} <= _object_lemmas(doc[1])
    # a participle with its own particle is a clause of its own: "cut down, running off the fields"
    rows[3] = ("running", "run", "VERB", "VBG", 1, "xcomp")
    rows.insert(4, ("off", "off", "ADP", "RP", 3, "prt"))
    rows[5] = ("fields", "field", "NOUN", "NNS", 3, "dobj")
    rows[6] = (".", ".", "PUNCT", ".", 1, "punct")
    doc = _parsed(nlp, rows, ["O"] * 7)
    assert "fields" not in _object_lemmas(doc[1])


def test_a_range_of_counts_tagged_as_a_date_spans_no_period(nlp: Language) -> None:
    from nexus.extract.casualties import _is_aggregate

    rows = [
        ("Blasts", "blast", "NOUN", "NNS", 1, "nsubj"),
        ("left", "leave", "VERB", "VBD", 1, "ROOT"),
        ("between", "between", "ADP", "IN", 1, "prep"),
        ("27", "27", "NUM", "CD", 2, "pobj"),
        ("and", "and", "CCONJ", "CC", 3, "cc"),
        ("31", "31", "NUM", "CD", 3, "conj"),
        ("farmers", "farmer", "NOUN", "NNS", 3, "conj"),
        ("dead", "dead", "ADJ", "JJ", 1, "oprd"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ]
    ents = ["O", "O", "O", "B-DATE", "I-DATE", "I-DATE", "O", "O", "O"]
    assert not _is_aggregate(_parsed(nlp, rows, ents)[7])
    years = [("2021" if r[0] == "27" else "2023" if r[0] == "31" else r[0], *r[1:]) for r in rows]
    assert _is_aggregate(_parsed(nlp, years, ents)[7])


def test_a_verb_read_as_its_objects_modifier_keeps_the_objects_plural_form(nlp: Language) -> None:
    from nexus.extract.triggers import _object_lemmas

    # "Attackers on scooters sprayed bullets at ...", the verb parsed as the modifier of "bullets"
    rows = [
        ("Attackers", "attacker", "NOUN", "NNS", 3, "npadvmod"),
        ("sprayed", "spray", "VERB", "VBD", 2, "amod"),
        ("bullets", "bullet", "NOUN", "NNS", 0, "appos"),
        ("said", "say", "VERB", "VBD", 3, "ROOT"),
    ]
    assert {"bullet", "bullets"} <= _object_lemmas(_parsed(nlp, rows, ["O"] * 4)[1])


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "An army bombing raid on a hideout near Porvalo on Tuesday killed 15 insurgents, a major said.",
            15,
        ),
        (
            "Between 8 and 11 separatists died in a navy bombing raid on their camp near Porvalo on Tuesday.",
            8,
        ),
    ],
)
def test_a_bombing_raid_is_one_happening_of_the_state(extract: Any, text: str, killed: int) -> None:
    violent = [e for e in extract(text).events if e.type in ("attack", "military_action")]
    assert [e.type for e in violent] == ["military_action"]
    assert violent[0].killed is not None and violent[0].killed.value == killed


def test_a_suicide_bombing_attack_stays_one_attack(extract: Any) -> None:
    text = "A suicide bombing attack on a police post in Porvalo on Tuesday killed six officers."
    assert [e.type for e in extract(text).events if e.type in ("attack", "military_action")] == ["attack"]

"""Casualty figures on real-page shapes: a bare toll told right after a happening, a happening
read two ways, the place a toll names, and victims named without a number.  Invented reports
(places, names, numbers and wording of our own)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from nexus.extract.casualties import find_casualties
from nexus.extract.events import EventDraft
from nexus.extract.tolls import _causes, attach_casualties


def _violent(ext: Any) -> list[Any]:
    return [e for e in ext.events if e.type in ("attack", "military_action")]


def _at(ext: Any, place: str) -> list[Any]:
    return [e for e in _violent(ext) if e.place is not None and e.place.name == place]


def _value(count: Any) -> int | None:
    return None if count is None else count.value


def test_a_bare_toll_after_a_clash_is_the_clash_and_no_event_of_its_own(extract: Any) -> None:
    ext = extract(
        "Rebels clashed with a rival militia near the village of Kapoeta on Sunday, elders said. "
        "Nine fighters were killed, a county commissioner told reporters."
    )
    (clash,) = _at(ext, "Kapoeta")
    assert _value(clash.killed) == 9
    assert len(_violent(ext)) == 1  # the toll's verb told the clash again, not a second happening


def test_a_bare_toll_placed_in_another_town_is_not_folded_into_the_clash(extract: Any) -> None:
    ext = extract(
        "Rebels clashed with a rival militia near the village of Kapoeta on Sunday, elders said. "
        "Nine fighters were killed in Torit, a county commissioner told reporters."
    )
    (clash,) = _at(ext, "Kapoeta")
    assert clash.killed is None


def test_a_toll_with_a_day_of_its_own_is_not_taken_as_the_last_happenings(extract: Any) -> None:
    ext = extract(
        "Rebels clashed with a rival militia near the village of Kapoeta on Sunday, elders said. "
        "Four fighters were killed on Wednesday, a county commissioner told reporters."
    )
    (clash,) = _at(ext, "Kapoeta")
    assert clash.killed is None


def test_forces_hurt_in_an_operation_at_another_town_are_the_operations(extract: Any) -> None:
    ext = extract(
        "Armed men raided a customs post in Maradi before dawn on Sunday and shot dead three "
        "officers, police said. By evening, troops had surrounded a farm in the village of Zinder "
        "and killed seven of the raiders, the army said. Three soldiers were hurt in the shootout, "
        "a spokesman added."
    )
    (raid,) = [e for e in _violent(ext) if e.type == "attack"]
    (operation,) = [e for e in _violent(ext) if e.type == "military_action"]
    assert (_value(raid.killed), _value(raid.injured)) == (3, None)
    assert (_value(operation.killed), _value(operation.injured)) == (7, 3)


def test_a_capital_fronted_before_the_teller_does_not_place_the_toll(extract: Any) -> None:
    ext = extract(
        "In Lilongwe, the defence ministry said troops had killed 14 militants in an air and ground "
        "operation around Tahoua on Monday. Separately, a bomb at a market in Agadez killed three "
        "people on Tuesday."
    )
    (operation,) = [e for e in _violent(ext) if e.type == "military_action"]
    assert _value(operation.killed) == 14


def test_a_strike_read_also_as_an_attack_carries_its_toll_both_ways(nlp: Language) -> None:
    doc = nlp(
        "A drone struck an army post near Galkayo on Friday, killing three soldiers and wounding six, "
        "officials said."
    )
    sent = next(iter(doc.sents))
    struck = next(t for t in doc if t.lower_ == "struck")
    killing = next(t for t in doc if t.lower_ == "killing")
    strike = EventDraft(type="military_action", trigger=struck, sent=sent, mentions=[struck])
    attack = EventDraft(type="attack", trigger=killing, sent=sent, mentions=[killing])  # its own verb only
    attach_casualties(doc, [strike, attack])
    for draft in (strike, attack):
        assert [c.value for c in draft.casualties["killed"]] == [3]
        assert [c.value for c in draft.casualties["injured"]] == [6]


def test_a_capture_told_with_a_killing_takes_its_toll(extract: Any) -> None:
    ext = extract(
        "A bomb exploded at a bus station in Galkayo on Thursday, killing six people, police said. "
        "The blast came two days after government troops captured the town of Dhusamareb, in "
        "fighting in which the army said 17 militants were killed."
    )
    (capture,) = [e for e in _violent(ext) if e.type == "military_action"]
    assert _value(capture.killed) == 17


def test_the_town_of_the_hospital_where_the_wounded_died_places_no_toll(extract: Any) -> None:
    ext = extract(
        "Gunmen attacked a checkpoint near Kousseri on Thursday, killing three soldiers and wounding "
        "four, officials said. Two of the wounded later died in hospital in Garoua, bringing the "
        "number of dead to five. In 2019, militants stormed a market in Garoua, killing 12 people."
    )
    (checkpoint,) = _at(ext, "Kousseri")
    (market,) = _at(ext, "Garoua")
    assert (_value(checkpoint.killed), _value(checkpoint.injured)) == (5, 2)
    assert _value(market.killed) == 12


def test_a_strike_that_killed_owns_its_toll_when_the_parser_misses_the_relative_clause(nlp: Language) -> None:
    doc = nlp(
        "The ambush came three days after an air strike that, according to the military, killed a "
        "rebel commander and two of his aides near Kapoeta."
    )
    killed = next(t for t in doc if t.lower_ == "killed")
    strike = next(t for t in doc if t.lower_ == "strike")
    ambush = next(t for t in doc if t.lower_ == "ambush")
    assert _causes(strike, killed)
    assert not _causes(ambush, killed)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one victim named twice (a title, then an apposition) and then another: two victims
        (
            "Gunmen shot dead a traditional chief, the Mwami of Kalehe, and his driver as they drove home.",
            [("killed", 2)],
        ),
        ("Gunmen killed a local ruler, the Sultan of Kafin, and his bodyguard on Sunday.", [("killed", 2)]),
        ("Both attackers, a man and a woman, were killed by police.", [("attackers_killed", 2)]),
        # person nouns
        ("Gunmen shot dead a health vaccinator and his escort near Moyale on Friday.", [("killed", 2)]),
        ("Raiders hacked to death a sarpanch in a hamlet near Kapoeta.", [("killed", 1)]),
        # those who got away hurt
        ("A second bus driver escaped with a gunshot wound to his leg.", [("injured", 1)]),
        ("Three others escaped with minor injuries, police said.", [("injured", 3)]),
        ("Two others escaped with their lives, police said.", []),
        # 'both' alone as the subject
        ("Both died in hospital on Sunday.", [("killed", 2)]),
        ("Both sides suffered losses.", []),
        # the parser makes 'believed' the main verb; the passive after it is the figure's
        ("Three men believed to be smugglers were killed when a drone hit their truck.", [("killed", 3)]),
        ("Two porters thought to be couriers were wounded in the raid.", [("injured", 2)]),
        # a fatal-only verb with a degree of harm: hurt, not killed (and no figure for things)
        (
            "Two porters were killed and a watchman was badly burned, the company said.",
            [("killed", 2), ("injured", 1)],
        ),
        ("Three traders were severely beaten by the crowd.", [("injured", 3)]),
        ("Four lorries were badly burned in the blast.", []),
        # a second object the parser joined to the verb is listed with the first
        ("A bomber struck the court, killing the judge and at least four other people.", [("killed", 5)]),
        ("Gunmen killed two guards and at least three other villagers.", [("killed", 5)]),
        ("Troops killed the commander and arrested six fighters.", [("killed", 1), ("arrested", 6)]),
    ],
)
def test_victims_named_without_a_number_of_their_own(nlp: Language, sentence: str, expected: list) -> None:
    sent = next(iter(nlp(sentence).sents))
    assert [(m.kind, m.count.value) for m in find_casualties(sent)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nurses at the district clinic counted six bodies that night. On Friday the figure rose to ten.",
            [[("killed", 6)], [("killed", 10)]],
        ),
        (
            "Doctors said 20 people were wounded. By Saturday the number had risen to 31.",
            [[("injured", 20)], [("injured", 31)]],
        ),
        ("Thousands fled the fighting. By Saturday the number had risen to 31,000.", [[], []]),
    ],
)
def test_a_bare_figure_raised_takes_the_kind_counted_just_before(
    nlp: Language, text: str, expected: list
) -> None:
    sents = list(nlp(text).sents)
    assert [[(m.kind, m.count.value) for m in find_casualties(s)] for s in sents] == expected


def test_both_alone_counts_a_pair(extract: Any) -> None:
    ext = extract(
        "Police cornered the two gunmen in a farmhouse near Moyale on Tuesday, and both died in the "
        "gunfight that followed, officials said."
    )
    (raid,) = _violent(ext)
    assert _value(raid.killed) == 2


def test_a_relative_clause_hung_on_the_toll_does_not_change_its_kind(nlp: Language) -> None:
    text = (
        "By Sunday the toll had risen to more than 60, according to an elder reached by telephone, "
        "who said dozens more were wounded."
    )
    sent = next(iter(nlp(text).sents))
    assert [(m.kind, m.count.value) for m in find_casualties(sent)] == [("killed", 61), ("injured", 24)]


def test_bodies_counted_by_a_later_time_update_the_first_toll(extract: Any) -> None:
    ext = extract(
        "A jet bombed a cattle market near Yambio on Monday, killing at least nine people, residents "
        "said. By Tuesday evening, rescuers had pulled 16 bodies from the rubble, a volunteer said."
    )
    (strike,) = _violent(ext)
    assert _value(strike.killed) == 16

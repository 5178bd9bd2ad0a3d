"""How many were killed and hurt when a toll is told in parts, in words echoed in digits
("five (05) soldiers"), with an idiom of falling in combat, or as a kin group ("a family of six")."""

from __future__ import annotations

from typing import Any

import pytest

from nexus.extract.casualties import find_casualties
from nexus.extract.numeral_echoes import blank_numeral_echoes


def figure(count: Any) -> tuple[int, str] | None:
    return None if count is None else (count.value, count.qualifier)


def tolls(extraction: Any) -> list[tuple[str, tuple[int, str] | None, tuple[int, str] | None]]:
    return [(e.type, figure(e.killed), figure(e.injured)) for e in extraction.events if e.killed or e.injured]


def found(nlp: Any, text: str) -> list[tuple[str, int, str]]:
    doc = nlp(text)
    return [
        (m.kind, m.count.value, m.count.qualifier)
        for s in doc.sents
        for m in find_casualties(s)
        if not m.part and m.kind in {"killed", "injured", "hostages"}
    ]


# --------------------------------------------------------------------------- numerals echoed in digits


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        pytest.param("seven (07) rangers", "seven      rangers", id="padded-digits"),
        pytest.param("about forty (40) rebels", "about forty      rebels", id="after-a-qualifier"),
        pytest.param("twenty-one (21) miners", "twenty-one      miners", id="hyphenated-words"),
        pytest.param("one hundred and six (106) men", "one hundred and six       men", id="long-number"),
        pytest.param("eight(8) porters", "eight    porters", id="no-space-before-bracket"),
    ],
)
def test_a_bracketed_echo_of_number_words_is_blanked(text: str, blanked: str) -> None:
    out = blank_numeral_echoes(text)
    assert out == blanked
    assert len(out) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("seven (including two officers) were hurt", id="an-aside"),
        pytest.param("a camp some three (3.5) miles away", id="another-number"),
        pytest.param("the ruling under Article (12) of the charter", id="no-number-words"),
        pytest.param("the Front (FLNC) said nine (8) had died", id="digits-that-differ"),
        pytest.param("no brackets here at all", id="plain"),
    ],
)
def test_a_bracket_that_is_no_echo_is_left(text: str) -> None:
    assert blank_numeral_echoes(text) == text


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        pytest.param(
            "Insurgents overran a customs post near Tessit on Saturday. Nine (09) customs officers died "
            "and fourteen (14) were hurt, among them two (02) in a grave state, the ministry said.",
            (9, "exact"),
            (14, "exact"),
            id="killed-and-wounded-echoed",
        ),
        pytest.param(
            "Insurgents overran a customs post near Tessit on Saturday. The ministry said the toll of the "
            "assault had risen to eleven (11) officers killed and thirteen (13) wounded.",
            (11, "exact"),
            (13, "exact"),
            id="risen-toll-echoed",
        ),
        pytest.param(
            "Insurgents overran a customs post near Tessit on Saturday, killing six (6) officers and a "
            "driver, the ministry said.",
            (7, "exact"),
            None,
            id="parts-echoed",
        ),
    ],
)
def test_a_toll_echoed_in_digits_is_the_attack_toll(
    extract: Any, text: str, killed: tuple[int, str], injured: tuple[int, str] | None
) -> None:
    assert tolls(extract(text)) == [("attack", killed, injured)]


def test_an_echoed_count_of_fighters_killed_is_the_strike_toll(extract: Any) -> None:
    ext = extract(
        "Air force jets bombed an insurgent convoy east of Menaka on Sunday, killing some forty (40) "
        "fighters, the general staff said."
    )
    assert tolls(ext) == [("military_action", (40, "approx"), None)]


# --------------------------------------------------------------------------- fell in combat


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Three reservists fell in combat near the ridge before the relief column arrived.",
            [("killed", 3, "exact")],
            id="in-combat",
        ),
        pytest.param(
            "Seven marines fell in action while holding the pier against the raiders.",
            [("killed", 7, "exact")],
            id="in-action",
        ),
        pytest.param(
            "Five border policemen fell on that field, the interior minister told parliament.",
            [("killed", 5, "exact")],
            id="field-of-honour",
        ),
        pytest.param(
            "Two wardens fell in battle and six others were wounded by shrapnel.",
            [("killed", 2, "exact"), ("injured", 6, "exact")],
            id="with-the-wounded",
        ),
        pytest.param("A mortar round fell on a field behind the school without exploding.", [], id="a-shell"),
        pytest.param("Prices fell in the weeks after the blockade was lifted.", [], id="prices"),
        pytest.param("Two climbers fell from the cliff path near the pass.", [], id="a-fall"),
    ],
)
def test_those_who_fell_in_combat_are_killed(
    nlp: Any, text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert found(nlp, text) == expected


# --------------------------------------------------------------------------- a family of N


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Raiders on horseback shot dead a family of seven in a hamlet outside the town.",
            [("killed", 7, "exact")],
            id="object-shot-dead",
        ),
        pytest.param(
            "The militia massacred a family of five as they slept.",
            [("killed", 5, "exact")],
            id="object-massacred",
        ),
        pytest.param(
            "A family of three was killed when the drone hit their car on the coastal road.",
            [("killed", 3, "exact")],
            id="passive-subject",
        ),
        pytest.param(
            "A household of eleven died when their roof collapsed under shelling.",
            [("killed", 11, "exact")],
            id="household",
        ),
        pytest.param(
            "Kidnappers seized a family of four from their farm at dawn.",
            [("hostages", 4, "exact")],
            id="hostages",
        ),
        pytest.param(
            "The gunmen killed two families of six each in the raid.",
            [("killed", 2, "exact")],
            id="families-counted-not-their-size",
        ),
    ],
)
def test_a_family_of_n_counts_n(nlp: Any, text: str, expected: list[tuple[str, int, str]]) -> None:
    assert found(nlp, text) == expected


# --------------------------------------------------------------------------- tolls told in parts


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        pytest.param(
            "Gunmen raided a ferry landing near Lokoja on Sunday, killing three boatmen and two traders.",
            (5, "exact"),
            None,
            id="two-counted-groups",
        ),
        pytest.param(
            "Two rangers and a tracker were killed when poachers ambushed a patrol in Garamba on Sunday.",
            (3, "exact"),
            None,
            id="counted-and-single",
        ),
        pytest.param(
            "A parked van blew up by a courthouse in Mosul on Sunday, killing four guards, a judge and "
            "two clerks.",
            (7, "exact"),
            None,
            id="three-parts",
        ),
        pytest.param(
            "Militiamen burned a bus near Bunia on Sunday, killing a trader and her two sons.",
            (3, "exact"),
            None,
            id="a-mother-and-her-sons",
        ),
        pytest.param(
            "A grenade was thrown into a tea shop in Srinagar on Sunday, killing one man; eleven others "
            "were hurt.",
            (1, "exact"),
            (11, "exact"),
            id="others-hurt-after-killing",
        ),
        pytest.param(
            "A grenade was thrown into a tea shop in Srinagar on Sunday, killing two men. Doctors at the "
            "district hospital treated 16 wounded.",
            (2, "exact"),
            (16, "exact"),
            id="treated-wounded",
        ),
    ],
)
def test_parts_of_a_toll_are_summed(
    extract: Any, text: str, killed: tuple[int, str], injured: tuple[int, str] | None
) -> None:
    (toll,) = tolls(extract(text))
    assert toll[1:] == (killed, injured)


# ----------------------------------------------------------------- victims read as the next clause's subject


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Four gunmen flagged down a lorry by the weighbridge, then shot dead its driver and a passenger, "
            "a trader who hid in the ditch told our reporter.",
            [("killed", 2, "exact")],
            id="victims-read-as-the-teller",
        ),
        pytest.param(
            "Raiders beheaded six charcoal burners sleeping beside their kilns on the hillside.",
            [("killed", 6, "exact")],
            id="victims-with-a-participle",
        ),
        pytest.param(
            "The patrol killed two smugglers hauling fuel across the lake, the navy said.",
            [("killed", 2, "exact")],
            id="victims-then-the-source",
        ),
        pytest.param(
            "The sniper wounded a medic and three stretcher-bearers, a nurse at the field post said.",
            [("injured", 4, "exact")],
            id="wounded-then-the-source",
        ),
        pytest.param(
            "Troops were killed and residents fled the town, the mayor said.",
            [],
            id="no-figure",
        ),
    ],
)
def test_victims_the_parser_made_the_next_subject_are_the_verb_object(
    nlp: Any, text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert found(nlp, text) == expected


# --------------------------------------------------------------------------- a happening told as repeated


def aggregates(nlp: Any, text: str) -> list[tuple[str, int, bool]]:
    doc = nlp(text)
    return [(m.kind, m.count.value, m.aggregate) for s in doc.sents for m in find_casualties(s)]


@pytest.mark.parametrize(
    ("text", "aggregate"),
    [
        pytest.param(
            "Rockets hit a riverside market twice this week, killing no fewer than 19 traders.",
            True,
            id="twice-this-week",
        ),
        pytest.param(
            "Militia gunboats raked the fishing harbour three times in four days, killing 31 people.",
            True,
            id="three-times-in-days",
        ),
        pytest.param(
            "Warplanes repeatedly bombed the oasis town over the past month, killing 57 civilians.",
            True,
            id="repeatedly-over-a-month",
        ),
        pytest.param(
            "Artillery pounded the hill village twice on Sunday morning, killing eight herders.",
            False,
            id="twice-in-one-day",
        ),
        pytest.param(
            "A gunman shot the tax collector twice in the chest last week, killing him.",
            False,
            id="a-victim-shot-twice",
        ),
        pytest.param(
            "A drone hit a petrol station on the ring road this week, killing four attendants.",
            False,
            id="once-this-week",
        ),
    ],
)
def test_a_toll_of_a_happening_repeated_over_days_is_a_total(nlp: Any, text: str, aggregate: bool) -> None:
    told = [t for t in aggregates(nlp, text) if t[0] == "killed"]
    assert any(t[2] for t in told) == aggregate
    assert told or not aggregate


# --------------------------------------------------------------------------- 'shot X, killing him'


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        pytest.param(
            "Two men on a scooter shot a shopkeeper near the bus terminal in Quetta on Sunday, killing him.",
            (1, "exact"),
            id="killing-him",
        ),
        pytest.param(
            "A sniper shot a nurse crossing the square in Aleppo on Sunday, killing her.",
            (1, "exact"),
            id="killing-her",
        ),
        pytest.param(
            "Masked men stabbed three students near a hostel in Eldoret on Sunday, killing them.",
            (3, "exact"),
            id="killing-them",
        ),
    ],
)
def test_the_shot_who_die_in_a_trailing_killing_are_killed(
    extract: Any, text: str, killed: tuple[int, str]
) -> None:
    assert tolls(extract(text)) == [("attack", killed, None)]


# --------------------------------------------------------------------------- 'the killing of X and Y'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Villagers marched in protest at the murder of a cattle herder and his two nephews up there.",
            [("killed", 3, "exact")],
            id="murder-of-a-list",
        ),
        pytest.param(
            "Mourners gathered after the deaths of two nurses and a porter at the clinic.",
            [("killed", 3, "exact")],
            id="deaths-of-a-list",
        ),
        pytest.param(
            "The killing of a forest guard and the arrest of three loggers angered the district.",
            [("killed", 1, "exact")],
            id="another-happening-listed",
        ),
    ],
)
def test_a_list_after_the_killing_of_is_summed(
    nlp: Any, text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert [f for f in found(nlp, text) if f[0] == "killed"] == expected


# --------------------------------------------------------------------------- a senior figure


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "An air raid on a pickup in the desert killed a key figure in the Ansar movement.",
            [("killed", 1, "exact")],
            id="key-figure",
        ),
        pytest.param(
            "Commandos shot dead a prominent figure of the smuggling ring during the night raid.",
            [("killed", 1, "exact")],
            id="prominent-figure",
        ),
        pytest.param(
            "Officials said the figure of those killed in the raid was not yet known.",
            [],
            id="a-figure-as-a-number",
        ),
    ],
)
def test_a_ranked_figure_is_one_person(nlp: Any, text: str, expected: list[tuple[str, int, str]]) -> None:
    assert found(nlp, text) == expected

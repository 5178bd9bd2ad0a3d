"""Casualty figures: number parsing and the cue-linked figures of a sentence."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Span

from nexus.extract.casualties import CasualtyMention, find_casualties, parse_number

_ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]  # fmt: skip
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_words(n: int, *, joiner: str = "-", use_and: bool = True) -> str:
    """English words for 1 <= n < 1,000,000, as a reporter would write them."""
    if n >= 1000:
        head, rest = divmod(n, 1000)
        words = f"{number_words(head, joiner=joiner, use_and=use_and)} thousand"
        if rest:
            glue = " and " if use_and and rest < 100 else " "
            words += glue + number_words(rest, joiner=joiner, use_and=use_and)
        return words
    if n >= 100:
        head, rest = divmod(n, 100)
        words = f"{_ONES[head]} hundred"
        if rest:
            words += (" and " if use_and else " ") + number_words(rest, joiner=joiner, use_and=use_and)
        return words
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    return _TENS[tens] + (joiner + _ONES[ones] if ones else "")


def first_sentence(nlp: Language, text: str) -> Span:
    return next(iter(nlp(text).sents))


def figures(nlp: Language, text: str) -> list[tuple[str, int, str]]:
    mentions = find_casualties(first_sentence(nlp, text))
    return [(m.kind, m.count.value, m.count.qualifier) for m in mentions if not m.part]


# --------------------------------------------------------------------------- parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("26", (26, "exact")),
        ("1,200", (1200, "exact")),
        ("twenty-six", (26, "exact")),
        ("twenty six", (26, "exact")),
        ("Twenty-Six", (26, "exact")),
        ("three", (3, "exact")),
        ("a dozen", (12, "exact")),
        ("two dozen", (24, "exact")),
        ("half a dozen", (6, "exact")),
        ("a hundred", (100, "exact")),
        ("one hundred and fifteen", (115, "exact")),
        ("one hundred twenty-six", (126, "exact")),
        ("2.5 million", (2_500_000, "exact")),
        ("dozens", (24, "at_least")),
        ("scores", (40, "at_least")),
        ("hundreds", (200, "at_least")),
        ("thousands", (2000, "at_least")),
        ("tens of thousands", (20_000, "at_least")),
        ("at least 24", (24, "at_least")),
        ("more than 20", (21, "at_least")),
        ("over 20", (21, "at_least")),
        ("over a dozen", (13, "at_least")),
        ("about 30", (30, "approx")),
        ("nearly 100", (100, "approx")),
        ("around 40", (40, "approx")),
        ("almost 50", (50, "approx")),
        ("approximately 60", (60, "approx")),
        ("roughly 70", (70, "approx")),
        ("some 80", (80, "approx")),
        ("close to 90", (90, "approx")),
        ("up to 20", (20, "at_most")),
        ("as many as 20", (20, "at_most")),
        ("fewer than 10", (9, "at_most")),
    ],
)
def test_parse_number_reads_numerals_words_and_qualifiers(text: str, expected: tuple[int, str]) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ["", "people", "twenty twenty", "six twenty", "1.5", "at least", "several"])
def test_parse_number_rejects_what_is_not_a_number(text: str) -> None:
    assert parse_number(text) is None


def test_more_than_twenty_is_twenty_one_at_least() -> None:
    assert parse_number("more than 20") == (21, "at_least")


def test_dozens_is_twenty_four_at_least() -> None:
    assert parse_number("dozens") == (24, "at_least")


_QUALIFIERS = {
    "at least": ("at_least", 0),
    "more than": ("at_least", 1),
    "over": ("at_least", 1),
    "about": ("approx", 0),
    "nearly": ("approx", 0),
    "around": ("approx", 0),
    "almost": ("approx", 0),
    "approximately": ("approx", 0),
    "roughly": ("approx", 0),
    "some": ("approx", 0),
    "close to": ("approx", 0),
    "up to": ("at_most", 0),
    "as many as": ("at_most", 0),
}


@given(n=st.integers(min_value=1, max_value=5000))
def test_digits_round_trip(n: int) -> None:
    assert parse_number(str(n)) == (n, "exact")
    assert parse_number(f"{n:,}") == (n, "exact")


@given(
    n=st.integers(min_value=1, max_value=999_999), joiner=st.sampled_from(["-", " "]), use_and=st.booleans()
)
def test_number_words_round_trip(n: int, joiner: str, use_and: bool) -> None:
    assert parse_number(number_words(n, joiner=joiner, use_and=use_and)) == (n, "exact")


@given(n=st.integers(min_value=1, max_value=5000), phrase=st.sampled_from(sorted(_QUALIFIERS)))
def test_qualifier_phrases_set_qualifier_and_offset(n: int, phrase: str) -> None:
    qualifier, offset = _QUALIFIERS[phrase]
    assert parse_number(f"{phrase} {n}") == (n + offset, qualifier)


@given(n=st.integers(min_value=1, max_value=5000))
def test_more_than_n_is_n_plus_one(n: int) -> None:
    assert parse_number(f"more than {n}") == (n + 1, "at_least")


# --------------------------------------------------------------------------- find_casualties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("26 people were killed in the attack.", [("killed", 26, "exact")]),
        ("Gunmen opened fire on the bus, killing 26.", [("killed", 26, "exact")]),
        ("The gunmen killed at least 26 people near the town.", [("killed", 26, "at_least")]),
        ("The attack claimed the lives of 26 people.", [("killed", 26, "exact")]),
        ("The blast claimed 14 lives.", [("killed", 14, "exact")]),
        ("The bombing left more than 20 injured.", [("injured", 21, "at_least")]),
        ("The blast left nine people dead.", [("killed", 9, "exact")]),
        ("There were 26 dead and 17 wounded.", [("killed", 26, "exact"), ("injured", 17, "exact")]),
        ("The death toll rose to 137 on Sunday.", [("killed", 137, "exact")]),
        ("The toll climbed to 77 by Thursday.", [("killed", 77, "exact")]),
        ("The number of people killed has risen to 120.", [("killed", 120, "exact")]),
        ("At least 40 people were injured in the explosion.", [("injured", 40, "at_least")]),
        ("Dozens wounded as bomb hits market", [("injured", 24, "at_least")]),
        ("Five soldiers were killed in the ambush.", [("killed", 5, "exact")]),
        ("Three attackers were killed by troops.", [("attackers_killed", 3, "exact")]),
        ("Security forces killed four militants in a raid.", [("attackers_killed", 4, "exact")]),
        ("The car bomb exploded, injuring 14.", [("injured", 14, "exact")]),
        ("Two police officers died and 12 others were hurt.",
         [("killed", 2, "exact"), ("injured", 12, "exact")]),
        ("24 killed in Kabul blast", [("killed", 24, "exact")]),
        ("26 civilians, including a foreigner, were killed.", [("killed", 26, "exact")]),
        ("Twenty-six civilians died at the meadow.", [("killed", 26, "exact")]),
        ("One hundred and fifteen people lost their lives.", [("killed", 115, "exact")]),
        ("The explosion killed some 30 people.", [("killed", 30, "approx")]),
        ("Nearly 100 people were killed, officials said.", [("killed", 100, "approx")]),
        ("Up to 40 people may have been wounded.", [("injured", 40, "at_most")]),
        ("Scores of villagers were killed.", [("killed", 40, "at_least")]),
        ("Hundreds of people were injured in the blasts.", [("injured", 200, "at_least")]),
        ("Twelve people are missing after the flood of the river.", [("missing", 12, "exact")]),
        ("The hijackers held 155 hostages.", [("hostages", 155, "exact")]),
        ("The kidnappers took 20 passengers hostage.", [("hostages", 20, "exact")]),
        ("The blast killed a dozen people and wounded over a dozen.",
         [("killed", 12, "exact"), ("injured", 13, "at_least")]),
        ("The strike killed 77 people and wounded 255.",
         [("killed", 77, "exact"), ("injured", 255, "exact")]),
        ("The devices exploded, killing 12 people, and wounding about 2,800.",
         [("killed", 12, "exact"), ("injured", 2800, "approx")]),
    ],
)  # fmt: skip
def test_casualty_figures(nlp: Language, text: str, expected: list[tuple[str, int, str]]) -> None:
    assert figures(nlp, text) == expected


def test_victim_groups_listed_in_one_clause_are_summed(nlp: Language) -> None:
    sent = first_sentence(nlp, "84 Malian soldiers and 47 Wagner fighters were killed in the clashes.")
    [mention] = find_casualties(sent)
    assert (mention.kind, mention.count.value) == ("killed", 131)
    assert mention.count.text == "84 Malian soldiers and 47 Wagner fighters"


def test_summed_qualifier_is_at_least_when_one_part_is(nlp: Language) -> None:
    text = "The rebels killed at least 20 soldiers and 5 policemen."
    assert figures(nlp, text) == [("killed", 25, "at_least")]


def test_subset_of_a_counted_group_is_not_counted_again(nlp: Language) -> None:
    text = "The blast killed 12 people, two of them children."
    assert figures(nlp, text) == [("killed", 12, "exact")]


def test_killers_counted_as_subject_are_not_victims(nlp: Language) -> None:
    text = "Three gunmen killed 26 people near the town."
    assert figures(nlp, text) == [("killed", 26, "exact")]


def test_no_one_killed_gives_no_figure(nlp: Language) -> None:
    assert figures(nlp, "No one was killed in the attack.") == []


def test_mention_offsets_cover_the_qualified_number(nlp: Language) -> None:
    doc = nlp("Officials said more than 20 people were injured.")
    [mention] = find_casualties(next(iter(doc.sents)))
    assert isinstance(mention, CasualtyMention)
    assert doc.text[mention.start_char : mention.end_char] == "more than 20"
    assert mention.count.text == "more than 20"


def test_figure_the_sentence_supersedes_is_marked_earlier(nlp: Language) -> None:
    text = "The bombing killed 25 people, up from 20 dead in the first count."
    found = find_casualties(first_sentence(nlp, text))
    assert [(m.count.value, m.earlier) for m in found] == [(25, False), (20, True)]


@pytest.mark.parametrize(
    "text",
    [
        "A 26-year-old man was arrested at the scene.",
        "Nearly 100 foreign militants attended the rally.",
        "The group has carried out at least 134 attacks since 2019.",
        "Iran fired more than 300 drones and missiles at Israel.",
        "The attack took place at 10:30 on April 22, 2025.",
        "The government paid $26,000 to each of the families.",
        "The hospital has 300 staff and 120 beds.",
        "The convoy was ambushed 15 kilometres from the border.",
        "In 2008, militants attacked the city.",
        "The 26 victims were buried on Friday.",
        "The Group of 20 condemned the bombing.",
    ],
)
def test_numbers_that_are_not_casualties_are_ignored(nlp: Language, text: str) -> None:
    assert [m for m in find_casualties(first_sentence(nlp, text)) if m.kind != "arrested"] == []


def test_arrest_counts_come_back_as_arrested(nlp: Language) -> None:
    assert figures(nlp, "Police arrested 12 suspects after the raid.") == [("arrested", 12, "exact")]


@settings(max_examples=30, deadline=None)
@given(n=st.integers(min_value=1, max_value=5000), phrase=st.sampled_from(sorted(_QUALIFIERS)))
def test_qualified_killed_sentence_reads_the_figure(nlp: Language, n: int, phrase: str) -> None:
    qualifier, offset = _QUALIFIERS[phrase]
    text = f"{phrase.capitalize()} {n} people were killed in the attack."
    assert figures(nlp, text) == [("killed", n + offset, qualifier)]


@settings(max_examples=30, deadline=None)
@given(n=st.integers(min_value=2, max_value=999))
def test_number_words_in_a_sentence_read_the_figure(nlp: Language, n: int) -> None:
    text = f"The bombing killed {number_words(n)} people."
    assert figures(nlp, text) == [("killed", n, "exact")]


def test_killed_or_wounded_is_a_combined_figure_and_not_reported(nlp: Language) -> None:
    assert figures(nlp, "The militants killed or wounded hundreds of soldiers.") == []


def test_toll_rising_from_one_figure_to_another_keeps_the_new_one(nlp: Language) -> None:
    found = find_casualties(first_sentence(nlp, "The death toll rose from 60 to 115 on Saturday."))
    current = [(m.kind, m.count.value) for m in found if not m.earlier]
    assert current == [("killed", 115)]
    assert [m.count.value for m in found if m.earlier] == [60]


# --------------------------------------------------------------------------- ranges, idiom, single victims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed 12 to 15 villagers in the raid.", [("killed", 12, "at_least")]),
        ("Between 60 and 70 passengers were wounded.", [("injured", 60, "at_least")]),
        ("Two or three guards died in the fire.", [("killed", 2, "at_least")]),
        ("An assailant fatally stabbed three commuters on a train.", [("killed", 3, "exact")]),
        ("A teenager stabbed six shoppers at a market.", [("injured", 6, "exact")]),
        ("A priest was stabbed to death.", [("killed", 1, "exact")]),
        ("Soldiers killed a rebel commander near the border.", [("killed", 1, "exact")]),
        ("Ahmed Karimi was martyred in the blast.", [("killed", 1, "exact")]),
        ("A policewoman was wounded.", [("injured", 1, "exact")]),
        ("Nine policemen embraced martyrdom in the ambush.", [("killed", 9, "exact")]),
        ("Four insurgents were neutralised by troops.", [("attackers_killed", 4, "exact")]),
        ("Bandits opened fire, killing four policemen and a shepherd.", [("killed", 5, "exact")]),
        ("The ambush killed eight people, six soldiers and two porters.", [("killed", 8, "exact")]),
        ("The blast wounded 30 people, among them four children.", [("injured", 30, "exact")]),
        ("Militants have killed several hundred people in the district.", [("killed", 300, "at_least")]),
        ("Gunmen shot dead Ali Hassan, 52, at his shop.", [("killed", 1, "exact")]),
        ("Raiders tied up four men and killed them.", [("killed", 4, "exact")]),
        ("A spokesman said both victims died in hospital.", [("killed", 2, "exact")]),
        (
            "A sniper killed two men and seriously wounded a third.",
            [("killed", 2, "exact"), ("injured", 1, "exact")],
        ),
    ],
)
def test_ranges_idiom_and_single_victims(
    nlp: Language, text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("several hundred", (300, "at_least")), ("a few dozen", (24, "at_least")), ("several", None)],
)
def test_vague_multipliers_give_a_floor(text: str, expected: tuple[int, str] | None) -> None:
    assert parse_number(text) == expected


def test_rise_from_a_figure_marks_it_earlier(nlp: Language) -> None:
    found = find_casualties(first_sentence(nlp, "The toll has risen to 35 from 24."))
    assert [(m.count.value, m.earlier) for m in found] == [(35, False), (24, True)]


def test_earlier_counts_joined_by_and_are_both_earlier(nlp: Language) -> None:
    text = "The attack killed 18 and wounded 40, up from 11 dead and 25 wounded earlier."
    found = find_casualties(first_sentence(nlp, text))
    assert [(m.kind, m.count.value, m.earlier) for m in found] == [
        ("killed", 18, False),
        ("injured", 40, False),
        ("killed", 11, True),
        ("injured", 25, True),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Bandits have killed more than 300 people in the region since January.",
        "The toll from five days of shelling rose to 61.",
        "The three bombings killed 40 people.",
        "Militants have killed 90 people in the district this year.",
        "More than 40 people have been killed in the past week in the county.",
    ],
)
def test_totals_over_many_incidents_are_aggregate(nlp: Language, text: str) -> None:
    (mention,) = find_casualties(first_sentence(nlp, text))
    assert mention.aggregate


def test_one_incidents_toll_is_not_aggregate(nlp: Language) -> None:
    (mention,) = find_casualties(first_sentence(nlp, "The bombing killed 40 people on Monday."))
    assert not mention.aggregate


def test_claimants_figure_is_marked_claimed(nlp: Language) -> None:
    text = "The group claimed that its fighters killed 70 soldiers."
    (claimed,) = find_casualties(first_sentence(nlp, text))
    (reported,) = find_casualties(first_sentence(nlp, "Police said 12 people were killed."))
    assert claimed.claimed and not reported.claimed


def test_also_killed_is_additive(nlp: Language) -> None:
    (mention,) = find_casualties(first_sentence(nlp, "A guard was also killed."))
    assert mention.additive and mention.count.value == 1


def test_a_states_claim_about_its_operation_is_not_a_claimants_figure(nlp: Language) -> None:
    text = "The army claimed to have killed 50 militants in the operation."
    (mention,) = find_casualties(first_sentence(nlp, text))
    assert not mention.claimed and mention.count.value == 50


def test_toll_counted_since_the_attack_is_the_attacks(nlp: Language) -> None:
    text = "At least 30 people have died in hospital since the attack."
    (mention,) = find_casualties(first_sentence(nlp, text))
    assert not mention.aggregate


@pytest.mark.parametrize(
    "text",
    [
        "The toll from a week of fighting in the city has risen to 50.",
        "Bandits have killed more than 1,000 people in the state so far this year.",
    ],
)
def test_running_totals_over_a_span_are_aggregate(nlp: Language, text: str) -> None:
    (mention,) = find_casualties(first_sentence(nlp, text))
    assert mention.aggregate


def test_hyphenated_range_keeps_the_lower_bound(nlp: Language) -> None:
    text = "Rockets hit a market, killing 30-35 people."
    assert figures(nlp, text) == [("killed", 30, "at_least")]


def test_toll_between_two_dates_is_aggregate(nlp: Language) -> None:
    text = "More than 900 people were killed in the state between March 2022 and June 2023."
    (mention,) = find_casualties(first_sentence(nlp, text))
    assert mention.aggregate


def test_days_of_fighting_in_one_clash_are_not_a_running_total(nlp: Language) -> None:
    text = "Rebels said they had killed 60 soldiers in two days of fighting near the town."
    (mention,) = find_casualties(first_sentence(nlp, text))
    assert not mention.aggregate and mention.count.value == 60


# --------------------------------------------------------------------------- victim lists and qualifiers


def test_named_leader_and_vague_group_of_his_men_are_summed(nlp: Language) -> None:
    text = "Soldiers killed the rebel commander Idris Kano and dozens of his men near the river."
    assert figures(nlp, text) == [("killed", 25, "at_least")]


def test_victim_who_died_with_others_counts_them_too(nlp: Language) -> None:
    text = "The governor, Ahmed Bello, died with at least four others when a car bomb exploded."
    assert figures(nlp, text) == [("killed", 5, "at_least")]


def test_companions_after_a_counted_object_are_summed(nlp: Language) -> None:
    text = "The gunmen killed a village chief along with three others on Sunday."
    assert figures(nlp, text) == [("killed", 4, "exact")]


def test_people_in_critical_condition_are_a_floor_of_the_injured(nlp: Language) -> None:
    text = "Doctors reported 12 bodies and five patients in serious condition at the clinic."
    assert ("injured", 5, "at_least") in figures(nlp, text)


def test_gapped_clause_keeps_the_second_figure_exact(nlp: Language) -> None:
    # the floor of 'at least nine were killed' is the dead's; the 40 injured are told as counted
    text = "Officials said at least nine people were killed and 40 injured in the blast."
    assert figures(nlp, text) == [("killed", 9, "at_least"), ("injured", 40, "exact")]


def test_a_clause_with_its_own_verb_keeps_an_exact_figure(nlp: Language) -> None:
    text = "The bomber killed at least nine people and wounded 40 others."
    assert figures(nlp, text) == [("killed", 9, "at_least"), ("injured", 40, "exact")]


def test_a_group_announcing_its_martyr_is_not_claiming_a_kill(nlp: Language) -> None:
    text = "Hezbollah said its commander was martyred in a drone strike near Tyre."
    (mention,) = find_casualties(first_sentence(nlp, text))
    assert not mention.claimed and mention.count.value == 1


def test_a_group_reporting_what_others_killed_is_not_claiming(nlp: Language) -> None:
    text = "The rebels say the air raids killed 40 villagers near the camp."
    (mention,) = find_casualties(first_sentence(nlp, text))
    assert not mention.claimed


def test_a_group_claiming_victims_without_a_killer_is_still_a_claim(nlp: Language) -> None:
    text = "The group claimed that 60 soldiers were killed in the assault on the base."
    (mention,) = find_casualties(first_sentence(nlp, text))
    assert mention.claimed


def test_part_figures_are_marked_and_never_summed(nlp: Language) -> None:
    text = "The shelling killed 50 people, among them 12 children at a school in Ma'arat."
    mentions = find_casualties(first_sentence(nlp, text))
    assert [(m.count.value, m.part) for m in mentions] == [(50, False), (12, True)]


def test_a_name_after_a_rank_is_one_victim(nlp: Language) -> None:
    doc = nlp("Constable Suresh Das was hit by a bullet and succumbed in hospital.")
    found = [(m.kind, m.count.value) for s in doc.sents for m in find_casualties(s)]
    assert found == [("killed", 1)]


def test_wounded_people_who_later_died_are_dead_not_wounded(nlp: Language) -> None:
    assert figures(nlp, "Four wounded pilgrims later died in hospital.") == [("killed", 4, "exact")]
    assert figures(nlp, "Four wounded pilgrims were taken to hospital.") == [("injured", 4, "exact")]


@pytest.mark.parametrize(
    "text",
    [
        "No fewer than eleven traders were killed when the bomb went off.",
        "No less than eleven traders were killed when the bomb went off.",
    ],
)
def test_no_fewer_than_is_a_floor_not_a_negation(nlp: Language, text: str) -> None:
    assert figures(nlp, text) == [("killed", 11, "at_least")]


def test_no_before_the_victims_still_negates(nlp: Language) -> None:
    assert figures(nlp, "No passengers were killed when the bomb went off.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed a catechist on Sunday.",
        "Bandits shot dead a vigilante near the market.",
        "A gendarme was killed in the ambush.",
    ],
)
def test_one_victim_named_by_a_role_counts_one(nlp: Language, text: str) -> None:
    assert figures(nlp, text) == [("killed", 1, "exact")]


# --- attackers who die by their own hand are attackers_killed, never victims ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three suicide bombers blew themselves up outside the stadium gates.", 3),
        ("A suicide bomber blew himself up near the police academy.", 1),
        ("The lone gunman later killed himself in a stairwell.", 1),
    ],
)
def test_self_inflicted_deaths_of_attackers(nlp: Language, text: str, expected: int) -> None:
    found = [(m.kind, m.count.value) for s in nlp(text).sents for m in find_casualties(s)]
    assert found == [("attackers_killed", expected)]


def test_bombers_who_blew_themselves_up_add_no_victims(nlp: Language) -> None:
    text = "Two bombers blew themselves up at a bus depot, killing nine commuters."
    found = sorted((m.kind, m.count.value) for s in nlp(text).sents for m in find_casualties(s))
    assert found == [("attackers_killed", 2), ("killed", 9)]


def test_a_tally_of_targets_struck_is_no_toll(nlp: Language) -> None:
    text = "Jets struck 19 further positions near Dohuk overnight, raising the ministry's tally to 52."
    assert [m for s in nlp(text).sents for m in find_casualties(s)] == []


def test_a_tally_beside_the_dead_is_a_toll(nlp: Language) -> None:
    text = "Rescuers pulled three more bodies from the rubble, bringing the tally to 52."
    found = [(m.kind, m.count.value) for s in nlp(text).sents for m in find_casualties(s)]
    assert ("killed", 52) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forty-odd herders were killed in the raid.", [("killed", 40, "at_least")]),
        ("The shelling left 60-plus dead in the village.", [("killed", 60, "at_least")]),
        ("A score of pilgrims were injured in the stampede after the blast.", [("injured", 20, "exact")]),
        ("A half-dozen rangers were killed in the ambush.", [("killed", 6, "exact")]),
        ("Some 70-odd fishermen died when the boats were shelled.", [("killed", 70, "approx")]),
    ],
)  # fmt: skip
def test_number_words_with_suffixes_and_articles(
    nlp: Language, text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert figures(nlp, text) == expected


def test_a_pair_named_in_apposition_is_not_counted_again(nlp: Language) -> None:
    text = 'Both attackers, a man and a woman, were "neutralised" by gendarmes after a long gunfight.'
    assert figures(nlp, text) == [("attackers_killed", 2, "exact")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An assailant knifed five shoppers, one fatally, outside a bakery.",
         [("injured", 4, "exact"), ("killed", 1, "exact")]),
        ("Six pupils were stabbed, two fatally, at the school gate.",
         [("injured", 4, "exact"), ("killed", 2, "exact")]),
    ],
)  # fmt: skip
def test_the_dead_told_in_apposition_to_the_stabbed(
    nlp: Language, text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert figures(nlp, text) == expected


def test_a_gapped_figure_parsed_as_an_adverb_is_read(nlp: Language) -> None:
    text = "Four were critically hurt and seven slightly injured."
    assert figures(nlp, text) == [("injured", 4, "exact"), ("injured", 7, "exact")]


def test_a_clause_of_its_own_after_an_earlier_toll_is_current(nlp: Language) -> None:
    text = (
        "The Red Crescent said the toll had risen from an initial 18 as more bodies were recovered "
        "from burnt houses, and that more than 60 people were wounded, 12 of them seriously."
    )
    sent = first_sentence(nlp, text)
    hurt = [m for m in find_casualties(sent) if m.kind == "injured"]
    assert [(m.count.value, m.earlier) for m in hurt] == [(61, False)]


# ------------------------------------------------------- area tallies, yardsticks, the dead retold


@pytest.mark.parametrize(
    "text",
    [
        "Aid agencies say more than 4,500 villagers have been killed in the province and many displaced.",
        "Over 700 civilians have died across the region, a monitoring group says.",
        "According to the UN, some 1,800 people have been killed in the country.",
    ],
)
def test_a_perfect_counted_over_a_whole_area_is_aggregate(nlp: Language, text: str) -> None:
    mentions = [m for m in find_casualties(first_sentence(nlp, text)) if m.kind == "killed"]
    assert mentions and all(m.aggregate for m in mentions)


@pytest.mark.parametrize(
    "text",
    [
        "At least 14 people have been killed in the district after gunmen stormed a wedding.",
        "Nine soldiers have been killed in the region in an ambush on Tuesday, the army said.",
        "Twelve people have been killed in the Kafue district, police said.",
    ],
)
def test_a_perfect_with_its_incident_named_is_that_incidents_toll(nlp: Language, text: str) -> None:
    mentions = [m for m in find_casualties(first_sentence(nlp, text)) if m.kind == "killed"]
    assert mentions and not any(m.aggregate for m in mentions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last spring, insurgents set fire to a chapel in Velmora during a night service, killing more "
         "than 30 worshippers, one of the deadliest attacks in the country this year.", 31),
        ("Bandits raided a cattle market near Ostrava Hill on Friday, killing 27 traders, the worst "
         "massacre in the district this decade.", 27),
        ("Militants attacked a bus in Karsin on Sunday, killing at least 18 passengers, one of the "
         "bloodiest ambushes in the region this year.", 18),
    ],
)  # fmt: skip
def test_a_superlative_apposition_ranks_the_attack_and_counts_no_one(
    nlp: Language, text: str, expected: int
) -> None:
    mentions = [m for m in find_casualties(first_sentence(nlp, text)) if m.kind == "killed"]
    assert [(m.count.value, m.aggregate) for m in mentions] == [(expected, False)]


def _second_sentence_kinds(nlp: Language, text: str) -> list[str]:
    sents = list(nlp(text).sents)
    assert len(sents) >= 2
    return [m.kind for m in find_casualties(sents[1])]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed a district chief in Moroto on Wednesday. The chief was shot outside his office.",
        "The headmaster of a school in Bakoro was killed on Monday. The headmaster was stabbed at the gate.",
        "A policeman was shot dead near Ilembe on Sunday. He was shot in the head as he left a shop.",
    ],
)
def test_a_victim_told_dead_before_is_not_also_wounded(nlp: Language, text: str) -> None:
    assert "injured" not in _second_sentence_kinds(nlp, text)


def test_another_victim_shot_after_a_killing_is_still_wounded(nlp: Language) -> None:
    text = "Gunmen killed a district chief in Moroto on Wednesday. The driver was shot in the leg."
    assert _second_sentence_kinds(nlp, text) == ["injured"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four constables of the Armed Police Battalion (APB) and their driver were killed on Thursday "
         "afternoon when rebels set off a mine near Dorla village.", [("killed", 5, "exact")]),
        ("Nine guards of the Forest Protection Unit (FPU) and their driver were killed on Saturday "
         "evening when bandits detonated a bomb on the road.", [("killed", 10, "exact")]),
        ("Three riflemen of the Frontier Corps (FC) and their driver were wounded on Friday morning "
         "when militants triggered a bomb near the checkpoint.", [("injured", 4, "exact")]),
    ],
)  # fmt: skip
def test_groups_parsed_as_two_subjects_of_one_verb_are_summed(
    nlp: Language, text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert figures(nlp, text) == expected


# ------------------------------------------------------------- session 9: qualifiers, toll changes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 14 killed, 30 injured in Gusau market blast",
            [("killed", 14, "at_least"), ("injured", 30, "at_least")],
        ),
        (
            "About 20 dead and 45 hurt as lorry bomb hits Beni checkpoint",
            [("killed", 20, "approx"), ("injured", 45, "approx")],
        ),
    ],
)
def test_a_bare_second_figure_of_a_headline_shares_the_qualifier(
    nlp: Language, text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert figures(nlp, text) == expected


def test_a_second_figure_with_its_own_verb_and_noun_stays_exact(nlp: Language) -> None:
    text = "The blast left at least eight traders dead and 19 others wounded."
    assert figures(nlp, text) == [("killed", 8, "at_least"), ("injured", 19, "exact")]


@pytest.mark.parametrize(
    "text",
    [
        "On Friday the provincial government revised the death toll up to 31.",
        "The death toll from the ambush has gone up to 31 from 22, medics said.",
    ],
)
def test_up_to_of_a_toll_change_is_the_new_figure_not_a_ceiling(nlp: Language, text: str) -> None:
    assert ("killed", 31, "exact") in figures(nlp, text)


def test_up_to_before_a_victim_count_is_still_a_ceiling(nlp: Language) -> None:
    assert figures(nlp, "Raiders killed up to 18 herders near the river.") == [("killed", 18, "at_most")]


def test_a_descriptor_the_tagger_reads_as_a_noun_still_counts(nlp: Language) -> None:
    text = "The shelling of the camp left nine dead and 26 hurt."
    assert figures(nlp, text) == [("killed", 9, "exact"), ("injured", 26, "exact")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thirty-one people were killed and one hundred and six injured in the blast.",
            [("killed", 31, "exact"), ("injured", 106, "exact")],
        ),
        (
            "Twelve guards were killed and two hundred and forty wounded in the assault.",
            [("killed", 12, "exact"), ("injured", 240, "exact")],
        ),
    ],
)
def test_a_long_number_in_words_after_a_killing_verb_is_its_own_figure(
    nlp: Language, text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert figures(nlp, text) == expected


def test_shot_dead_still_reads_as_killed(nlp: Language) -> None:
    assert figures(nlp, "Police said two guards were shot dead at the gate.") == [("killed", 2, "exact")]


def test_a_second_clause_with_its_own_auxiliary_keeps_an_exact_figure(nlp: Language) -> None:
    text = "At least nine herders were kidnapped and four were injured during the raid on Tuesday."
    assert ("injured", 4, "exact") in figures(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The number of people killed in the market bombing in Garoua has climbed from 12 to 20, police said.",
        "The death toll from Sunday's ambush near Tessit jumped from nine to 17 on Tuesday.",
    ],
)
def test_a_toll_changed_from_one_figure_to_another_keeps_the_new_one(nlp: Language, text: str) -> None:
    mentions = find_casualties(first_sentence(nlp, text))
    current = [(m.kind, m.count.value) for m in mentions if not m.earlier]
    assert current == [("killed", 20 if "20" in text else 17)]
    assert any(m.earlier for m in mentions)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed a hotel in Bosaso, killing four guards — a sergeant and three watchmen.",
        "The ambush killed five rangers: a warden and four scouts, the park said.",
    ],
)
def test_a_list_after_a_dash_breaks_the_counted_group_down(nlp: Language, text: str) -> None:
    expected = 4 if "four guards" in text else 5
    assert figures(nlp, text) == [("killed", expected, "exact")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In May, two women and four children were abducted from a camp near Tamu and later found dead.",
            [("killed", 6, "exact")],
        ),
        ("Five traders were kidnapped near the border and later released.", [("hostages", 5, "exact")]),
    ],
)
def test_hostages_later_found_dead_are_the_dead(
    nlp: Language, text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert figures(nlp, text) == expected


def test_a_toll_told_before_a_groups_claim_of_the_attack_is_no_claimed_figure(extract: Any) -> None:
    text = (
        "In March last year, a bomb went off at a market in Bunia, killing at least 11 traders; "
        "the Islamic State claimed that bombing too."
    )
    attacks = [e for e in extract(text, published="2025-06-14").events if e.type == "attack"]
    assert attacks and attacks[0].killed is not None and attacks[0].killed.value == 11


@pytest.mark.parametrize(
    "text",
    [
        "Baran Dicle, a veteran commander of the front, fell victim to an assassination by Chad near Abeche, "
        "the group said.",
        "Two of our fighters were killed in an air strike by Ruritanian jets near Kolo, the group said.",
    ],
)
def test_a_group_reporting_its_own_dead_killed_by_another_is_not_claiming(nlp: Language, text: str) -> None:
    mentions = find_casualties(first_sentence(nlp, text))
    assert mentions and not any(m.claimed for m in mentions)


def test_a_group_killing_by_its_own_fighters_is_still_a_claim(nlp: Language) -> None:
    text = "The group said 30 soldiers were killed by its fighters in the raid on the base."
    (mention,) = find_casualties(first_sentence(nlp, text))
    assert mention.claimed


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A fourth constable died on Friday of injuries he received in the blast at the market.", 4),
        ("The second woman died later in the provincial hospital, a nurse said.", 2),
    ],
)
def test_an_ordinal_victim_who_died_gives_the_count_so_far(nlp: Language, text: str, value: int) -> None:
    (mention,) = find_casualties(first_sentence(nlp, text))
    assert (mention.kind, mention.count.value) == ("killed", value)


@pytest.mark.parametrize(
    "text",
    [
        "The toll had been put at three on Monday but climbed to seven on Tuesday when an injured miner "
        "died.",
        "Officials told the radio that the death toll rose to seven overnight when a wounded guard died of "
        "his injuries.",
    ],
)
def test_a_death_that_explains_a_rise_is_counted_in_the_new_toll(nlp: Language, text: str) -> None:
    mentions = find_casualties(first_sentence(nlp, text))
    assert [m.count.value for m in mentions if m.kind == "killed"][-1] == 7
    assert all(m.count.value != 1 for m in mentions)


def test_the_number_of_people_killed_rising_is_the_toll(nlp: Language) -> None:
    text = (
        "The number of villagers killed when armed herders raided Dorowa hamlet late on Friday has risen "
        "to 14, officials said on Sunday."
    )
    mentions = [m for m in find_casualties(first_sentence(nlp, text)) if m.kind == "killed"]
    assert [m.count.value for m in mentions] == [14]


def test_a_capitalised_acronym_read_as_is_does_not_make_the_verb_passive(nlp: Language) -> None:
    text = "Late on Friday, IS fighters killed six shepherds near the oasis of Wadi Tarf."
    mentions = find_casualties(first_sentence(nlp, text))
    assert [(m.kind, m.count.value) for m in mentions] == [("killed", 6)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Five guards were killed, and three others remain in hospital in Kerou.", 3),
        ("Four others remain in a critical condition, a doctor said.", 4),
        ("Six others remain under treatment at the clinic, officials said.", 6),
        ("By Friday, nine people were being treated at the regional hospital.", 9),
    ],
)
def test_those_still_in_care_are_the_hurt(nlp: Language, text: str, value: int) -> None:
    mentions = find_casualties(first_sentence(nlp, text))
    assert ("injured", value) in [(m.kind, m.count.value) for m in mentions]


def test_a_sentence_is_read_once_per_doc_and_each_caller_gets_its_own_list(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nexus.extract import casualties

    reads: list[str] = []
    read = casualties.sentence_casualties

    def counted(sent: Span) -> list[CasualtyMention]:
        reads.append(sent.text)
        return read(sent)

    monkeypatch.setattr(casualties, "sentence_casualties", counted)
    text = "Raiders killed nine herders near Tessit on Monday. Four soldiers were wounded."
    doc = nlp(text)
    first, second = list(doc.sents)
    once = find_casualties(first)
    assert [(m.kind, m.count.value) for m in once] == [("killed", 9)]
    once.clear()  # (the caller's own list)
    again = find_casualties(first)
    assert [(m.kind, m.count.value) for m in again] == [("killed", 9)]
    assert [(m.kind, m.count.value) for m in find_casualties(second)] == [("injured", 4)]
    assert reads == [first.text, second.text]
    fresh = nlp(text)  # another Doc: read anew, alike
    assert find_casualties(next(iter(fresh.sents))) == again
    assert len(reads) == 3


@pytest.mark.parametrize(
    "text",
    [
        "Two more people have died after Saturday's market bombing in Kelmo, a doctor said, as the town "
        "was hit by another explosion on Sunday.",
        "A fifth soldier died following last week's ambush near Dastra, the army said, as troops came "
        "under fire in a fresh raid.",
    ],
)
def test_the_dead_of_a_dying_verb_go_to_the_happening_it_died_after(text: str) -> None:
    from nexus.extract.pipeline import Extractor
    from nexus.ingest.readers import document_from_record

    doc = document_from_record({"id": "d", "text": text, "published": "2026-05-12"}, "fixture")
    events = [e for e in Extractor().extract(doc).events if e.type in ("attack", "military_action")]
    with_toll = [e for e in events if e.killed is not None]
    assert len(events) == 2 and len(with_toll) == 1
    assert (with_toll[0].trigger or "").lower() in ("bombing", "ambush")

"""Dates anchored to another happening or to a fronted period, dateline forms, and mentions
that tell no happening (violence paid for, a happening another party confirms)."""

from __future__ import annotations

from typing import Any

from nexus.extract.funded_violence import paid_for_by_words


def test_a_fronted_month_on_a_claim_dates_the_happening_it_tells(extract: Any, attack_rows: Any) -> None:
    text = (
        "Last March, the front said its cell had carried out a bombing at a ferry pier in Mombasa "
        "that killed 11 people."
    )
    assert attack_rows(extract(text, published="2025-09-10")) == [("2025-03", "Mombasa", 11)]


def test_before_the_month_was_over_counts_from_the_happening_before(extract: Any, attack_rows: Any) -> None:
    text = (
        "In 2021, the militia bombed a fuel depot in Goma in May, killing six workers. Before the "
        "month was over, its fighters had raided a police post in Beni, killing two officers."
    )
    assert ("2021-05", "Beni", 2) in attack_rows(extract(text, published="2025-09-10"))


def test_a_clause_dated_later_that_month_is_another_happening_in_one_sentence(
    extract: Any, attack_rows: Any
) -> None:
    text = (
        "In June 2023, its gunmen torched the Kivu Hills refugee settlement, killing nine people; "
        "later that month they ambushed a bus near Butembo, killing four passengers."
    )
    told = attack_rows(extract(text, published="2025-09-10"))
    assert len(told) == 2
    assert {killed for _, _, killed in told} == {9, 4}
    assert all(day == "2023-06" for day, _, _ in told)


def test_a_dateline_set_off_by_a_middle_dot_dates_the_report(extract: Any, attack_rows: Any) -> None:
    text = (
        "Tue 3 June 2025 · Gunmen killed six fishermen at a landing site in Kainji on Sunday, "
        "a police spokesman said."
    )
    assert attack_rows(extract(text, published=None)) == [("2025-06-01", "Kainji", 6)]


def test_an_ambush_on_a_road_to_a_town_is_not_in_the_dateline_city(extract: Any, attack_rows: Any) -> None:
    text = (
        "Niamey : Nine travellers were killed on Friday when bandits ambushed a lorry on the road "
        "to Tessa, a local official said."
    )
    told = attack_rows(extract(text, published="2025-07-04"))
    assert len(told) == 1
    assert told[0][1] != "Niamey"


def test_violence_money_is_channelled_into_is_a_kind_not_a_happening(extract: Any, attack_rows: Any) -> None:
    text = "The ministry said the ring funnels ransom money into the kidnappings and bombings of rival gangs."
    assert attack_rows(extract(text, published="2025-07-04")) == []


def test_a_misread_funding_verb_before_a_plural_is_found_by_its_words(extractor: Any) -> None:
    doc = extractor.nlp("Officials said the trusts channelled cash into raids on border posts.")
    raids = next(t for t in doc if t.lower_ == "raids")
    assert paid_for_by_words(raids, ["fund"], ["channel into"])
    assert not paid_for_by_words(raids, ["fund"], ["pay for"])


def test_a_happening_an_army_confirmed_is_not_the_armys_action(extract: Any) -> None:
    text = (
        "Two guards were shot dead at a depot outside Kasese on Monday, an attack the Uganda "
        "People's Defence Force later confirmed."
    )
    events = extract(text, published="2025-07-04").events
    assert [e.type for e in events if e.type in ("attack", "military_action")] == ["attack"]
    assert not any(e.actors for e in events if e.type == "attack")

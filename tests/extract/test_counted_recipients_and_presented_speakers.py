"""Relations and statements told in less common shapes: help given "to a number of" groups with
a list after, groups "among the militias that X backs", a trade word as a group's title, a
speaker who presents himself in an office, "declared that" with a position, and a body's name
with "and" inside."""

from __future__ import annotations

from typing import Any


def _actor_names(result: Any, event: Any) -> set[str]:
    names = {e.id: e.name for e in result.entities}
    return {names.get(a, a) for a in event.actors}


def test_help_to_a_number_of_groups_goes_to_each_listed_member(relation_triples: Any) -> None:
    rels = relation_triples(
        "Iran sends money to a number of movements across the wider region, among them "
        "Hezbollah in Lebanon and the Houthis in Yemen, according to a panel of experts."
    )
    assert ("Iran", "cooperation", "Hezbollah") in rels
    assert ("Hezbollah", "based_in", "Lebanon") in rels


def test_groups_among_the_militias_a_state_backs(relation_triples: Any) -> None:
    rels = relation_triples(
        "Hezbollah in Lebanon and the Houthis in Yemen are among the movements that Iran supports."
    )
    assert ("Iran", "cooperation", "Hezbollah") in rels or ("Hezbollah", "cooperation", "Iran") in rels
    assert ("Hezbollah", "based_in", "Lebanon") in rels
    assert ("Houthis", "based_in", "Yemen") in rels


def test_a_trade_word_is_a_title_of_the_group(relation_triples: Any) -> None:
    rels = relation_triples(
        "Prosecutors charged al-Shabaab bomb-maker Farid Qoorlow with three counts of murder on Monday."
    )
    assert any(s == "Farid Qoorlow" and t == "al-Shabaab" and k == "affiliation" for s, k, t in rels)


def test_a_speaker_who_presents_himself_in_an_office_makes_a_statement(extract: Any) -> None:
    result = extract(
        '"Not one truck will pass this bridge again," said Musa Kindo, who described himself as '
        "a commander of Ansaroul Islam, in an audio note sent to reporters."
    )
    assert [e for e in result.events if e.type == "statement"]


def test_a_private_speaker_told_by_a_relative_clause_makes_none(extract: Any) -> None:
    result = extract(
        '"We will not leave our fields," said Musa Kindo, who grows millet near the river, '
        "speaking to reporters on Sunday."
    )
    assert not [e for e in result.events if e.type == "statement"]


def test_declared_that_with_a_position_is_a_statement(extract: Any) -> None:
    result = extract(
        "Defence Minister Ilse Varnholm declared on Monday that those who planted the device "
        "would be punished."
    )
    statements = [e for e in result.events if e.type == "statement"]
    assert statements and "Ilse Varnholm" in _actor_names(result, statements[0])


def test_a_body_named_with_and_inside(extract: Any) -> None:
    result = extract("After a closed sitting, the Justice and Security Council said the talks would resume.")
    assert "Justice and Security Council" in {e.name for e in result.entities}

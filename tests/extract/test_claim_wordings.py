"""Claims of responsibility told beside the attack they claim: each gives a ``claim`` event of its
own, with the claimant as actor, and the older attack a background claim recalls stays apart from
the report's own claim. Invented groups; the sentences are our own."""

from __future__ import annotations

from typing import Any


def _claims(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type == "claim"]


def _names(event: Any) -> set[str]:
    return {a.name if hasattr(a, "name") else str(a) for a in event.actors}


def test_a_relative_claim_hung_past_a_superlative_is_a_claim_of_the_attack(extract: Any) -> None:
    text = (
        "In March 2016, at least 40 soldiers were killed in an assault on an army base near "
        "Gao, the deadliest in the region's history, which the Sable Front later claimed."
    )
    claims = _claims(extract(text, published="2025-10-02"))
    assert len(claims) == 1 and claims[0].date is None


def test_a_claim_parsed_as_a_clause_with_days_later_is_still_a_claim(extract: Any) -> None:
    text = (
        "Gunmen killed five guards at a depot near Tessalit on Monday. "
        "The Sable Front claimed the attack days later."
    )
    claims = _claims(extract(text, published="2025-10-02"))
    assert len(claims) == 1 and "Sable Front" in _names(claims[0])


def test_a_pronoun_claim_of_an_older_attack_does_not_join_an_older_one_of_another_year(extract: Any) -> None:
    text = (
        "On August 3, a bomb damaged a lorry near Kidal, and the Sable Front later claimed it. "
        "The region has seen raids since May 2012, when gunmen killed 30 people in Aguelhok in "
        "an assault claimed by the Sable Front."
    )
    claims = _claims(extract(text, published="2025-10-02"))
    assert len(claims) == 2


def test_a_group_saying_in_a_dated_statement_that_its_fighters_stormed_a_post_claims_it(extract: Any) -> None:
    text = (
        "The Sable Front said in a statement dated Friday that its fighters had stormed an army "
        "post near Menaka two days earlier, killing eight soldiers."
    )
    claims = _claims(extract(text, published="2025-10-05"))
    assert len(claims) == 1 and "Sable Front" in _names(claims[0])


def test_a_group_misread_as_an_apposition_of_the_place_before_it_still_claims(extract: Any) -> None:
    text = (
        "Meanwhile in Upper Nile, the Sable Front rebel group said its fighters ambushed an army "
        "convoy near Renk on Friday, killing five soldiers."
    )
    claims = _claims(extract(text, published="2025-10-05"))
    assert len(claims) == 1 and "Sable Front" in _names(claims[0])


def test_a_group_saying_its_artillery_shelled_positions_claims_the_shelling(extract: Any) -> None:
    text = (
        "On Sunday the Sable Front said its artillery had shelled army positions around Ansongo, "
        "killing three soldiers."
    )
    claims = _claims(extract(text, published="2025-10-06"))
    assert len(claims) == 1 and "Sable Front" in _names(claims[0])


def test_a_claim_naming_no_place_is_placed_where_the_attack_it_claims_was(extract: Any) -> None:
    text = (
        "MOPTI, Oct 7 - Gunmen killed six soldiers at a checkpoint near Douentza on Monday, the army "
        "said. The Sable Front claimed the attack in a message posted on Telegram on Tuesday."
    )
    claims = _claims(extract(text, published="2025-10-07"))
    assert len(claims) == 1 and claims[0].place is not None and claims[0].place.name == "Douentza"


def test_a_claim_of_an_older_strike_told_in_its_sentence_is_not_placed_at_the_report_s_attack(
    extract: Any,
) -> None:
    text = (
        "Gunmen killed four traders at a market in Gao on Monday. The umbrella claimed the drone "
        "strike that killed three US soldiers at an outpost in Niger in January 2024."
    )
    claims = _claims(extract(text, published="2025-10-08"))
    assert claims and all(c.place is None or c.place.name != "Gao" for c in claims)

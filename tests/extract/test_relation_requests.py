"""Help given at another's request (``nexus.extract.relation_requests``): the doer of a deed done
"at Y's request" or "at the invitation of Y" cooperates with Y."""

from __future__ import annotations

from typing import Any


def coop(a: str, b: str) -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), "cooperation")


def test_troops_sent_at_a_states_request_make_the_two_states_partners(relations: Any) -> None:
    text = "Kenya flew 300 police officers to Haiti last year at the request of Haiti's interim council."
    assert coop("Kenya", "Haiti") in relations(text)


def test_an_arrest_by_one_states_police_at_anothers_request_makes_them_partners(relations: Any) -> None:
    text = (
        "France and Spain signed a police accord in 2019. A Moroccan man was held in Perpignan by "
        "French gendarmes at Spain's request and sent to Madrid a week later."
    )
    assert coop("France", "Spain") in relations(text)


def test_the_government_that_asked_is_the_state_named_before_it(relations: Any) -> None:
    text = "Soldiers from Kenya, posted in Somalia at the government's invitation since 2012, retook a town."
    assert coop("Kenya", "Somalia") in relations(text)


def test_a_deed_whose_doer_is_not_told_ties_no_one(relations: Any) -> None:
    text = "France and Spain signed a police accord in 2019. A man was held at Spain's request."
    assert coop("France", "Spain") not in relations(text)

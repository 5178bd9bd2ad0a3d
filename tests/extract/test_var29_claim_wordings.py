"""Claims and recalled attacks in other wordings: a group that "took" or "assumed" responsibility
claims (a minister who takes responsibility for a lapse does not); "among the attacks it cited was
a 2021 bombing" tells the bombing with its own year, the plural being only its kind."""

from __future__ import annotations

from typing import Any


def _events(extract: Any, text: str) -> list[tuple[str, str | None, str | None]]:
    found = extract(text, published="2025-03-04").events
    return [(e.type, e.date.iso if e.date else None, e.place.name if e.place else None) for e in found]


def test_took_responsibility_is_a_claim(extract: Any) -> None:
    text = "The order says the movement took responsibility for a bombing at a bus depot in Quetta in 2021."
    found = _events(extract, text)
    assert ("claim", "2021", "Quetta") in found, found
    assert ("attack", "2021", "Quetta") in found, found


def test_assumed_responsibility_is_a_claim_with_its_group(extract: Any) -> None:
    text = "Al-Shabaab assumed responsibility for Saturday's ambush on a convoy near Baidoa."
    found = extract(text, published="2025-03-04").events
    claims = [e for e in found if e.type == "claim"]
    assert claims and claims[0].date is not None and claims[0].date.iso == "2025-03-01", found


def test_a_minister_taking_responsibility_claims_nothing(extract: Any) -> None:
    text = "The interior minister took responsibility for the security lapse at the airport."
    found = _events(extract, text)
    assert not [e for e in found if e[0] == "claim"], found


def test_the_member_of_an_among_list_keeps_its_own_year(extract: Any) -> None:
    text = (
        "Canada listed the movement on Monday.\n\n"
        "Among the attacks the notice cited was a 2021 bombing of a police academy in Gwoza."
    )
    found = _events(extract, text)
    attacks = [e for e in found if e[0] == "attack"]
    assert attacks == [("attack", "2021", "Gwoza")], found


def test_a_predicate_noun_after_its_subject_still_restates_it(extract: Any) -> None:
    text = (
        "Militants set off a truck bomb by a hotel in Garowe on Friday. "
        "The blast was the worst attack in years."
    )
    found = _events(extract, text)
    assert len([e for e in found if e[0] == "attack"]) == 1, found

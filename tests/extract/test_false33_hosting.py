"""A host's guest must be someone named or an office holder for "hosted" to tell a visit."""

from __future__ import annotations

from typing import Any


def _types(extraction: Any) -> list[str]:
    return [e.type for e in extraction.events]


def test_harbouring_fighters_is_no_visit(extract: Any) -> None:
    text = (
        "Two brothers were charged on Friday. They allegedly hosted the gang's fighters in a "
        "rented house in Kisumu for a month, prosecutors said."
    )
    extraction = extract(text, published="2025-04-26")
    assert "visit" not in _types(extraction), _types(extraction)


def test_talks_hosted_by_a_state_are_no_visit(extract: Any) -> None:
    text = (
        "Talks between the government and the rebels, hosted by Tanzania in Arusha, have stalled since June."
    )
    extraction = extract(text, published="2025-04-26")
    assert "visit" not in _types(extraction), _types(extraction)


def test_hosting_a_named_president_is_still_a_visit(extract: Any) -> None:
    extraction = extract("On Tuesday Ghana hosted President Tinubu in Accra.", published="2025-04-26")
    assert "visit" in _types(extraction), _types(extraction)


def test_hosting_a_delegation_is_still_a_visit(extract: Any) -> None:
    extraction = extract("On Tuesday Ghana hosted a delegation from Togo in Accra.", published="2025-04-26")
    assert "visit" in _types(extraction), _types(extraction)


def test_a_guest_told_before_hosted_is_a_visit(extract: Any) -> None:
    text = (
        "Last year, militia delegations repeatedly travelled to Chad, including a trip to a camp near "
        "Abeche, where they were hosted at an army base."
    )
    extraction = extract(text, published="2025-04-26")
    assert "visit" in _types(extraction), _types(extraction)

"""A place named only as an office's area ("the Governor of X State") is no happening's scene
while the sentence names another place."""

from __future__ import annotations

from typing import Any

from nexus.extract.office_areas import names_an_office


def _token(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


def test_the_area_of_a_governor_or_commissioner_names_an_office(nlp: Any) -> None:
    doc = nlp("The Governor of Lurrow State toured the burnt shops with the Tessel district commissioner.")
    assert names_an_office(_token(doc, "State"))
    assert names_an_office(_token(doc, "Tessel"))


def test_a_place_visited_or_a_residence_names_no_office(nlp: Any) -> None:
    doc = nlp("Gunmen fired on the Lurrow governor's residence before the mayor visited Kembleton.")
    assert not names_an_office(_token(doc, "Lurrow"))
    assert not names_an_office(_token(doc, "Kembleton"))


def test_a_visit_by_a_governor_takes_the_town_visited(extract: Any) -> None:
    text = (
        "We are thankful for the visit of the Governor of Nasarawa State, Mr Idris Okolo, to the "
        "wounded in Keffi on Sunday evening."
    )
    visits = [e for e in extract(text, published="2025-06-10").events if e.type == "visit"]
    assert visits and visits[0].place is not None and visits[0].place.name == "Keffi"


def test_a_governor_visiting_their_own_area_keeps_it(extract: Any) -> None:
    text = "The Governor of Nasarawa State, Mr Idris Okolo, toured the state on Sunday evening."
    visits = [e for e in extract(text, published="2025-06-10").events if e.type == "visit"]
    assert all(v.place is None or v.place.name == "Nasarawa State" for v in visits)

"""One measure, one sanction: a designation told again bare ("Today's designations", "the
individuals designated") is the designation told before; a designation with its own object
on another day stays apart. Invented reports, whole pipeline.
"""

from __future__ import annotations

from typing import Any


def _sanctions(extract: Any, text: str) -> list[Any]:
    return [e for e in extract(text, published="2025-09-18").events if e.type == "sanction"]


def test_a_designation_retold_bare_is_the_one_designation(extract: Any) -> None:
    text = (
        "The Treasury of Norland today designated two financiers of the Red Dune Brigade as terrorists.\n\n"
        "The individuals designated are listed below. Today's designations follow months of work by "
        "investigators."
    )
    assert len(_sanctions(extract, text)) == 1


def test_a_designation_of_another_day_stays_apart(extract: Any) -> None:
    text = (
        "The Treasury of Norland today designated two financiers of the Red Dune Brigade as terrorists.\n\n"
        "Norland first designated the Red Dune Brigade itself in March 2019."
    )
    assert len(_sanctions(extract, text)) == 2


def test_a_bare_designation_of_another_day_stays_apart(extract: Any) -> None:
    text = (
        "The Treasury of Norland on Monday designated two financiers of the Red Dune Brigade as "
        "terrorists.\n\nToday's designations follow months of work by investigators."
    )
    assert len(_sanctions(extract, text)) == 2

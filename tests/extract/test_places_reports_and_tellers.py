"""A nameless settlement an attack struck is named later by the news told from it ("figures from
the village of X", "reports of the toll from X"), not by where the news was heard ("reporters in Y
who reached a witness were told ...")."""

from __future__ import annotations

from typing import Any


def attack_places(extraction: Any) -> list[str | None]:
    return [e.place.name if e.place else None for e in extraction.events if e.type == "attack"]


def test_figures_from_the_village_of_a_name_place_the_nameless_hamlet(extract: Any) -> None:
    text = (
        "Militants stormed a hamlet in north-east Chad on Friday, leaving an unclear number dead.\n\n"
        "Figures from the village of Kurvedi did not agree: a nurse counted four bodies, while a farmer "
        "spoke of nine."
    )
    assert attack_places(extract(text, published="2026-05-10")) == ["Kurvedi"]


def test_reports_of_the_toll_from_a_name_place_the_nameless_community(extract: Any) -> None:
    text = (
        "Rebels raided a farming community in south-west Chad on Friday, leaving several people dead.\n\n"
        "Reports of the toll from Kurvedi differed: a teacher counted five bodies, while a trader said as "
        "many as eight."
    )
    assert attack_places(extract(text, published="2026-05-10")) == ["Kurvedi"]


def test_where_reporters_heard_the_news_does_not_name_the_market(extract: Any) -> None:
    text = (
        "Nine traders were killed in Talmora on Sunday after gunmen opened fire on a market. Reporters in "
        "Vessik who reached a witness by telephone were told that the gunmen had also torched shops."
    )
    assert attack_places(extract(text, published="2026-05-10")) == ["Talmora"]

"""A sentence opened by "Two months later," or "A year later," is dated from the happening told
before it, counted in months or years (coreference._anchor), as "Two days later," is in days."""

from __future__ import annotations

from typing import Any


def _dates(extraction: Any) -> list[str | None]:
    return [e.date.iso if e.date else None for e in extraction.events if e.type == "attack"]


def test_months_later_counts_months_from_the_happening_before(extract: Any) -> None:
    text = (
        "In October 2027, gunmen shot dead a judge outside the courthouse in Tarvane. Three months "
        "later, a car bomb exploded outside the tax office in Pellam, killing four clerks."
    )
    dates = _dates(extract(text, published="2029-05-02"))
    assert "2027-10" in dates
    assert "2028-01" in dates


def test_a_year_later_counts_a_year(extract: Any) -> None:
    text = (
        "In March 2025, rebels burned the grain depot at Osk. A year later, rebels ambushed a "
        "convoy on the Osk road, killing six drivers."
    )
    dates = _dates(extract(text, published="2029-05-02"))
    assert any(d and d.startswith("2026") for d in dates)
    assert not any(d and d.startswith("2029") for d in dates)

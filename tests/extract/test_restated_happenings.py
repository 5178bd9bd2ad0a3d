"""Happenings told again in a later clause or sentence ("condemned both attacks", "..., in which a
woman was killed", "Hours after the verdict, ..."): not new events, and not dated by the wrong
day (events.py, coreference.py), through the pipeline. Invented places and groups throughout."""

from __future__ import annotations

from typing import Any


def _dates(extract: Any, text: str, published: str, kind: str) -> list[str | None]:
    return [
        e.date.iso if e.date else None for e in extract(text, published=published).events if e.type == kind
    ]


def test_both_attacks_condemned_in_a_dated_statement_are_no_third_attack(extract: Any) -> None:
    # published Wednesday 2025-06-11: the Wednesday is the statement's, "both attacks" the two told
    text = (
        "Gunmen killed six traders at a market in Pelu on Monday, police said. In a separate incident "
        "on Sunday, bandits killed two farmers at Soro village. The regional governor, Amos Telik, "
        "condemned both attacks in a statement on Wednesday."
    )
    assert sorted(str(d) for d in _dates(extract, text, "2025-06-11", "attack")) == [
        "2025-06-08",
        "2025-06-09",
    ]


def test_a_clause_opening_with_in_which_is_read_as_relative_whatever_its_label(extractor: Any) -> None:
    from nexus.extract.events import _opens_with_which
    from nexus.model import Document

    text = "A judge ordered him held over a knife attack on Saturday, in which a woman was killed."
    doc, _ = extractor.parse(Document(id="which", text=text))
    killed = next(t for t in doc if t.lower_ == "killed")
    ordered = next(t for t in doc if t.lower_ == "ordered")
    assert _opens_with_which(killed) and not _opens_with_which(ordered)


def test_a_day_written_out_wins_over_hours_after_a_happening_told_before(extract: Any) -> None:
    # published Friday 2026-02-06: the verdict and the ban were both on Thursday February 5
    text = (
        "The court in Velmar on Thursday jailed a man for 12 years for plotting a bombing, after he was "
        "arrested in March last year in Kessa. Hours after the verdict, the interior minister announced a "
        "ban on the Orvan Youth League, and police searched 14 properties in Velmar on Thursday morning."
    )
    assert _dates(extract, text, "2026-02-06", "sanction") == ["2026-02-05"]

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


def test_a_spokesperson_right_after_a_dated_statement_spoke_with_it(extract: Any) -> None:
    # published Wednesday 2025-06-11: the command's statement and its spokesman's words, Monday June 9
    text = (
        "Gunmen killed two soldiers near Bantal late on Saturday, the army said. In a statement on Monday, "
        "the rebels' western command claimed responsibility for the attack and condemned the army for "
        'harassing farmers. Its spokesman, Ka Joren Dalit, called the soldiers "hired guns of the landlords."'
    )
    events = extract(text, published="2025-06-11").events
    (called,) = [e for e in events if e.type == "statement" and e.trigger == "called"]
    assert called.date is not None and called.date.iso == "2025-06-09"


def test_a_spokesperson_in_a_new_paragraph_does_not_take_the_day_before(extract: Any) -> None:
    text = (
        "In a statement on Monday, the rebels' western command claimed responsibility for the attack on "
        "the Bantal post and condemned the army for harassing farmers.\n"
        'Its spokesman, Ka Joren Dalit, called the soldiers "hired guns of the landlords."'
    )
    events = extract(text, published="2025-06-11").events
    (called,) = [e for e in events if e.type == "statement" and e.trigger == "called"]
    assert called.date is None or called.date.iso != "2025-06-09"


def test_the_same_day_after_a_dated_statement_is_the_statement_s_day(extract: Any) -> None:
    # published Friday 2025-01-17: the governor spoke on Thursday January 16, the raid "the same day"
    text = (
        "Separatists stormed a gendarmerie post in Kolbe late on Tuesday, killing four gendarmes. On Monday, "
        'armed men had set fire to a school in Ranta, about 10 km east of Kolbe. "These criminals will find '
        'no refuge here," the governor, Paul Mbeyolo, said on Thursday during a visit to Kolbe. The same '
        "day, troops raided a rebel camp in the Tamba forest, killing six fighters, the defence ministry "
        "said on Thursday evening."
    )
    assert _dates(extract, text, "2025-01-17", "military_action") == ["2025-01-16"]


def test_days_later_opening_a_sentence_without_a_comma_counts_from_the_happening_before(extract: Any) -> None:
    text = (
        "Rebels seized the town of Darvo in Oskar province on May 3, residents said. Two days later the "
        "army struck rebel positions around Darvo, killing nine fighters."
    )
    assert _dates(extract, text, "2025-06-10", "military_action") == ["2025-05-05"]

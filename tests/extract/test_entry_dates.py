"""The date heading an entry of a round-up or a brief dates the entry's happenings (entry_dates.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from spacy.language import Language

from nexus.extract.dates import find_doc_dates
from nexus.extract.entry_dates import dated_entries

# (2026-03-15 is a Sunday: the week's Monday is the 9th, its Saturday the 14th)
_PUBLISHED = "2026-03-15"

_ROUND_UP = """The Lakeside Ledger | Sunday Review
THE WEEK ON THE NORTHERN SHORE
By Staff Reporter | Sunday, March 15, 2026

Here is how the week unfolded on the northern shore, day by day.

TUESDAY | Kessoum
Gunmen stormed a fishing camp outside Kessoum, killing four fishermen, the police said.

THURSDAY
The interior minister flew into Barandi and met the regional governor.
Hundreds of traders marched through the market of Barandi to demand more patrols.

LOOKING BACK
The shore has known worse years.
"""

_NUMBERED_LOG = """Shore Watch Digest
WEEKLY LOG, 2 TO 8 MARCH 2026
Released on 15 March 2026

1. Monday 2 March - Kessoum (Lower Shore)
Gunmen set fire to a fishing camp near Kessoum before dawn and shot dead two fishermen, the police said.

2) Wednesday 4 March - Barandi
Armed men ambushed a minibus on the coast road outside Barandi, killing three passengers.
"""

_BRIEF = """Shore Monitoring Network
MONTHLY BRIEF - NORTHERN SHORE, FEBRUARY 2026
Released on 6 March 2026

1. INCIDENTS
4 February - Kessoum. Armed men raided the village at dawn and killed three herders.

Barandi, 17 February. Gunmen stopped a minibus near the ferry landing and shot two traders dead.

2. TRENDS
Raids have grown more frequent since the rains ended.
"""


def _events(extraction: Any, kind: str) -> list[tuple[str | None, str]]:
    return [(e.date.iso if e.date else None, e.evidence) for e in extraction.events if e.type == kind]


def test_a_weekday_heading_dates_its_entry(extract: Any) -> None:
    found = extract(_ROUND_UP, published=_PUBLISHED)
    attacks = [iso for iso, _ in _events(found, "attack")]
    assert attacks == ["2026-03-10"]


def test_a_heading_alone_dates_every_line_to_the_next_title(extract: Any) -> None:
    found = extract(_ROUND_UP, published=_PUBLISHED)
    assert {iso for iso, _ in _events(found, "visit")} == {"2026-03-12"}
    assert {iso for iso, _ in _events(found, "rally")} == {"2026-03-12"}


def test_a_labelled_entry_dates_its_paragraph(extract: Any) -> None:
    found = extract(_BRIEF, published="2026-03-06")
    assert sorted(iso or "" for iso, _ in _events(found, "attack")) == ["2026-02-04", "2026-02-17"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_ROUND_UP, [("TUESDAY", "2026-03-10"), ("THURSDAY", "2026-03-12")]),
        (_BRIEF, [("4 February", "2026-02-04"), ("Barandi, 17 February", "2026-02-17")]),
        (_NUMBERED_LOG, [("1. Monday 2 March", "2026-03-02"), ("2) Wednesday 4 March", "2026-03-04")]),
    ],
)
def test_entry_headings_are_found(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    entries = dated_entries(doc, find_doc_dates(doc, date.fromisoformat(_PUBLISHED)))
    assert [
        (text[e.start :].startswith(label), e.date.iso)
        for e, (label, _) in zip(entries, expected, strict=True)
    ] == [(True, iso) for _, iso in expected]


def test_a_numbered_items_heading_dates_its_paragraph(extract: Any) -> None:
    found = extract(_NUMBERED_LOG, published=_PUBLISHED)
    assert sorted(iso or "" for iso, _ in _events(found, "attack")) == ["2026-03-02", "2026-03-04"]


def test_a_section_title_ends_a_heading_alone(nlp: Language) -> None:
    doc = nlp(_ROUND_UP)
    entries = dated_entries(doc, find_doc_dates(doc, date.fromisoformat(_PUBLISHED)))
    assert _ROUND_UP[entries[-1].end :].startswith("LOOKING BACK")


@pytest.mark.parametrize(
    "text",
    [
        # one dated line is no series of entries
        "KESSOUM, March 12 - Gunmen killed four fishermen.\n\nTHURSDAY\nThe minister flew into Barandi.\n",
        # section titles with no date head no entry
        "BACKGROUND\nGunmen killed four fishermen on Tuesday.\n\nREACTIONS\nThe minister came.\n",
        # a sentence opened by a weekday is no label
        "On Tuesday, gunmen killed four fishermen.\nOn Thursday, the minister flew into Barandi.\n",
        # numbered paragraphs that open with a sentence are no labels
        "1. On Tuesday gunmen killed four fishermen.\n2. On Thursday the minister flew into Barandi.\n",
        # a verb between the date and the words: a clause, not a place
        "Police said Tuesday: four fishermen were killed.\nOfficials said Thursday: the minister came.\n",
    ],
)
def test_no_entries_without_a_series_of_dated_labels(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert dated_entries(doc, find_doc_dates(doc, date.fromisoformat(_PUBLISHED))) == []


def test_a_weekday_in_wire_copy_stays_anchored_to_publication(extract: Any) -> None:
    text = (
        "KESSOUM, March 15 (Shore Wire) - Gunmen killed four fishermen at a camp outside Kessoum on "
        "Wednesday, police said.\nThe interior minister flew into Barandi on Friday and met the governor."
    )
    found = extract(text, published=_PUBLISHED)
    assert [iso for iso, _ in _events(found, "attack")] == ["2026-03-11"]
    assert [iso for iso, _ in _events(found, "visit")] == ["2026-03-13"]


def test_an_entry_does_not_join_the_months_summary(extract: Any) -> None:
    text = _BRIEF.replace(
        "1. INCIDENTS\n",
        "SUMMARY\nIn February, gunmen killed 14 people in raids on villages of the shore.\n\n1. INCIDENTS\n",
    )
    found = extract(text, published="2026-03-06")
    tolls = {(e.date.iso, e.killed.value) for e in found.events if e.type == "attack" and e.date and e.killed}
    assert tolls == {("2026-02", 14), ("2026-02-04", 3), ("2026-02-17", 2)}


_LOG = """INCIDENT LOG
Monday 2 March - Ambush near Kessoum
Gunmen ambushed a patrol outside Kessoum on Monday evening, killing two soldiers.
Thursday 5 March - Raid in Barandi
Troops raided a compound in Barandi on Thursday and detained three men.
"""


def test_a_weekday_in_a_dated_entry_is_the_one_nearest_its_date(extract: Any) -> None:
    # published a week after the entries: "on Monday" alone would be 9 March
    found = extract(_LOG, published="2026-03-09")
    assert [iso for iso, _ in _events(found, "attack")] == ["2026-03-02"]
    assert [iso for iso, _ in _events(found, "military_action")] == ["2026-03-05"]


def test_a_weekday_and_its_day_make_one_heading(nlp: Language) -> None:
    doc = nlp(_LOG)
    entries = dated_entries(doc, find_doc_dates(doc, date(2026, 3, 9)))
    assert [e.date.iso for e in entries] == ["2026-03-02", "2026-03-05"]


def test_a_date_does_not_run_across_a_line_break() -> None:
    from nexus.extract.dates import find_dates

    found = find_dates("Wednesday 4 March\n17:45 - Shots were heard near the market.", date(2026, 3, 9))
    assert [d.span.text for d in found if "March" in d.span.text] == ["4 March"]


def test_a_place_with_its_weekday_in_brackets_opens_an_entry(nlp: Language) -> None:
    text = (
        "Key incidents\n"
        "Kessoum, Lakeside district (Tuesday). Gunmen shot dead two fishermen at the landing.\n"
        "Route N12, Barandi (Thursday). A bus hit a mine, killing its driver.\n"
        "14:20 (Friday). The curfew was lifted.\n"
    )
    doc = nlp(text)
    entries = dated_entries(doc, find_doc_dates(doc, date.fromisoformat(_PUBLISHED)))
    assert [(text[e.start : e.start + 7], e.date.iso) for e in entries] == [
        ("Kessoum", "2026-03-10"),
        ("Route N", "2026-03-12"),
    ]


def test_a_live_blogs_posts_stay_under_their_days_heading(nlp: Language) -> None:
    text = (
        "Live updates from our desk.\n"
        "Thursday 12 March\n"
        "18:05 - Curfew extended\n"
        "The governor extended the curfew in Barandi.\n"
        "Tuesday 10 March\n"
        "09:15 - Blast near the market\n"
        "A bomb killed two porters in Kessoum.\n"
    )
    doc = nlp(text)
    entries = dated_entries(doc, find_doc_dates(doc, date.fromisoformat(_PUBLISHED)))
    assert [(e.date.iso, text[e.start : e.end].count("\n")) for e in entries] == [
        ("2026-03-12", 3),
        ("2026-03-10", 3),
    ]


def test_a_weekday_in_an_entry_is_never_after_publication(nlp: Language) -> None:
    from nexus.extract.entry_dates import weekdays_of_their_entries

    text = (
        "Tuesday 10 March | Kessoum\n"
        "Gunmen killed four fishermen; on Wednesday the police found a fifth body.\n"
        "Thursday 12 March | Barandi\n"
        "Mourners buried the men killed in Saturday's raid.\n"
    )
    doc = nlp(text)
    published = date(2026, 3, 13)  # a Friday: the Saturday nearest the 12th is still to come
    moved = weekdays_of_their_entries(doc, find_doc_dates(doc, published), published)
    days = {d.span.text.strip(): d.value.iso for d in moved}
    assert (days["on Wednesday"], days["Saturday"]) == ("2026-03-11", "2026-03-07")


def test_an_earlier_happening_told_again_keeps_its_own_day(extract: Any) -> None:
    text = (
        "Wednesday 11 March\n"
        "Gunmen stormed a fishing camp outside Kessoum overnight on Monday, killing four fishermen.\n"
        "Thursday 12 March\n"
        "A rebel faction claimed the Kessoum attack in a statement.\n"
    )
    found = extract(text, published=_PUBLISHED)
    assert [iso for iso, _ in _events(found, "attack")] == ["2026-03-09"]


def test_a_later_speakers_own_day_is_kept_in_an_entry(extract: Any) -> None:
    text = _ROUND_UP.replace(
        "killing four fishermen, the police said.\n",
        "killing four fishermen, the police said.\n"
        "Speaking on Saturday, the governor condemned the killings at the camp.\n",
    )
    found = extract(text, published=_PUBLISHED)
    assert [iso for iso, _ in _events(found, "attack")] == ["2026-03-10"]
    assert "2026-03-14" in {iso for iso, _ in _events(found, "statement")}

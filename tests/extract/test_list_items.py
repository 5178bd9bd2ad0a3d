"""A list page's items are reports of their own: briefs opened by a dateline, numbered items
headed in capitals (list_items.py, page.py, entry_dates.py)."""

from __future__ import annotations

from typing import Any

from nexus.extract.page import parse_page

# (2027-02-18 is a Thursday)
_BRIEFS = "\n\n".join(
    [
        "Lakeland Briefs | Thursday 18 February 2027\nTarn Wire — regional desk",
        "Short items from our stringers around the lakes.",
        "**ORVANE, Veldmark, Feb 17 (TW)** — Gunmen attacked a ferry landing in Orvane late on"
        " Tuesday, killing five boatmen, the port authority said. The attackers fled in two canoes,"
        " a harbour guard said.",
        "**KELDRA, Veldmark, Feb 15 (TW)** — Rebels kidnapped three surveyors from a road camp near"
        " Keldra on Sunday, the works ministry said. A joint statement by two unions condemned the"
        " kidnapping.",
        "Tags: Veldmark | lakes\n",
    ]
)

_BLOTTER = "\n\n".join(
    [
        "THE MORROW GAZETTE\nPolice Notes",
        "POLICE NOTES: a petrol bomb, a stolen tractor and a girl taken\n"
        "Our weekly digest of what came before the stations of Morrow.\n"
        "Compiled by Staff Reporter | Monday, March 8, 2027",
        "1. TRACTOR TAKEN. Thieves drove off a tractor from a farm at Pellow on Monday night, the"
        " owner said. Police have registered a case.",
        "2. PETROL BOMB AT THE DEPOT. Unknown men threw a petrol bomb at a police post near the"
        " Morrow bus depot on Wednesday. Two constables and a vendor were hurt, police said.",
        "3. GIRL TAKEN IN QUILLBY, FOUND IN DARNE. A 12-year-old girl was seized by two men in a van"
        " in Quillby on Friday evening, her family said. On Saturday police found her unharmed in a"
        " house in Darne and arrested both men.\n",
    ]
)

_NUMBERED_RELEASE = """PRESS RELEASE
Eastern Range Command
Saturday 6 March 2027

1. On Friday 5 March 2027, a patrol of the Eastern Range Command came under fire near Hollin Ford.
2. In the pursuit that followed, troops killed two attackers and seized a rifle.
"""


def test_briefs_opened_by_a_dateline_are_items() -> None:
    layout = parse_page(_BRIEFS)
    assert len(layout.items) == 2
    assert [_BRIEFS[s:e] for s, e in layout.labels] == ["ORVANE", "KELDRA"]
    opening = _BRIEFS[layout.openings[0][0] : layout.openings[0][1]]
    assert opening.startswith("**ORVANE") and opening.rstrip().endswith("—")
    assert layout.zone_at(layout.openings[1][0]) == "label"
    assert layout.item_at(_BRIEFS.index("Rebels kidnapped")) == 1


def test_numbered_items_headed_in_capitals_are_items() -> None:
    layout = parse_page(_BLOTTER)
    assert len(layout.items) == 3
    assert all(s == e for s, e in layout.labels)  # a heading names no place label of its own
    heading = _BLOTTER.index("PETROL BOMB AT THE DEPOT")
    assert layout.zone_at(heading) == "headline"  # heading words: no sentence of the report
    assert layout.zone_at(_BLOTTER.index("Unknown men threw")) == "body"


def test_numbered_paragraphs_without_headings_are_no_items() -> None:
    assert parse_page(_NUMBERED_RELEASE).items == ()


def test_blotter_items_are_separate_happenings(extract: Any) -> None:
    x = extract(_BLOTTER, published="2027-03-08")
    attacks = [e for e in x.events if e.type == "attack"]
    bomb = next(e for e in attacks if "petrol bomb" in e.evidence.sentence)
    # "on Wednesday" in a page of Monday 8 March: the 3rd, not the day of publication
    assert bomb.date is not None and bomb.date.iso == "2027-03-03"
    # the girl seized in the next item is her own happening, never a target of the bombing
    assert not any("girl" in t for t in bomb.targets)
    assert any("Quillby" in e.evidence.sentence for e in attacks if e is not bomb)
    assert not any(e.evidence.sentence.startswith("GIRL TAKEN") for e in x.events)


def test_a_brief_dates_what_it_tells_undated_by_its_dateline(extract: Any) -> None:
    x = extract(_BRIEFS, published="2027-02-18")
    kidnap = next(e for e in x.events if "kidnapped three surveyors" in e.evidence.sentence)
    assert kidnap.date is not None and kidnap.date.iso == "2027-02-14"  # the Sunday before the 15th
    condemned = [e for e in x.events if e.type == "statement" and "condemned" in e.evidence.sentence]
    assert condemned and all(e.date is not None and e.date.iso == "2027-02-15" for e in condemned)
    ferry = [e for e in x.events if e.type == "attack" and e.place is not None and e.place.name == "Orvane"]
    assert len(ferry) == 1 and ferry[0].killed is not None and ferry[0].killed.value == 5


_TWO_BRIEFS = "\n\n".join(
    [
        "Lakes Digest | Thursday 10 June 2027\nNorvic Wire — regional desk",
        "Short items from our correspondents.",
        "**PELLAR, Norvic, June 8 (NW)** — A parcel bomb exploded at the coach yard of Pellar on Monday,"
        " killing four passengers, the provincial police said.",
        "**ASHGROVE, Norvic, June 9 (NW)** — Gunmen opened fire on a market. Three traders were"
        " wounded, a hospital official said.\n",
    ]
)


def test_an_undated_happening_of_a_brief_never_joins_the_brief_above(extract: Any) -> None:
    x = extract(_TWO_BRIEFS, published="2027-06-10")
    attacks = sorted((e for e in x.events if e.type == "attack"), key=lambda e: e.evidence.start)
    assert len(attacks) == 2
    bomb, market = attacks
    assert bomb.killed is not None and bomb.killed.value == 4 and bomb.injured is None
    assert market.place is not None and market.place.name == "Ashgrove"  # the brief's dateline
    assert market.date is not None and market.date.iso == "2027-06-09"
    assert market.injured is not None and market.injured.value == 3
    # the dateline anchors the brief but is no part of its sentences, nor an actor
    assert not any("**" in e.evidence.sentence or "Norvic" in e.actors for e in x.events)

"""A page's recaps ("To recap: ...", a "Where things stand" heading over bullets) repeat its
entries: they are read as a standfirst and add no event of their own."""

from __future__ import annotations

from typing import Any

from nexus.extract.page import parse_page
from nexus.extract.recaps import recap_spans

LIVE = """Live: market bombing in Gao, curfew declared

Sahel Morning live desk | Friday 6 March 2026

21:10 - We are closing this page for tonight. To recap: a car bomb killed eleven people at the
cattle market in Gao this morning; soldiers arrested two suspects near Bourem in the afternoon.

18:30 - The army said soldiers had arrested two men suspected of helping the bombers at a
checkpoint outside Bourem this afternoon.

09:15 - A car bomb exploded at the cattle market in Gao shortly after 8am on Friday, killing
eleven people and wounding 23, the regional health director told us.
"""

HEADING = """Live: rangers ambushed near Kidal

Desert Wire live | Tuesday 10 March 2026

19:45 | Where things stand
- Gunmen killed four rangers in an ambush east of Kidal on Tuesday.
- Two attackers were detained by a patrol.
We are ending our coverage here.

16:20 | Patrol detains two
A patrol detained two of the attackers near the village of Essouk this afternoon, a security
source said.

11:05 | Ambush east of Kidal
Gunmen opened fire on a ranger vehicle on the track east of Kidal on Tuesday morning, killing
four rangers, a local official said.
"""


def _zone_text(page: str, kind: str) -> list[str]:
    return [page[z.start_char : z.end_char].strip() for z in parse_page(page).zones if z.kind == kind]


def test_inline_recap_label_opens_a_standfirst_to_the_line_end() -> None:
    standfirst = _zone_text(LIVE, "standfirst")
    assert any(s.startswith("To recap: a car bomb killed eleven") for s in standfirst)
    # the sentence before the label is the entry's own text
    assert not any("closing this page" in s for s in standfirst)


def test_heading_with_an_entry_time_covers_its_bullets_only() -> None:
    standfirst = " ".join(_zone_text(HEADING, "standfirst"))
    assert "Gunmen killed four rangers" in standfirst
    assert "Two attackers were detained" in standfirst
    assert "ending our coverage" not in standfirst
    assert "track east of Kidal" not in standfirst


def test_a_plain_colon_in_prose_is_no_recap() -> None:
    lines = [(0, 62, "The minister said this week: we will not negotiate with them.")]
    assert recap_spans(lines) == []
    lines = [(0, 47, "This week: two raids, one arrest, a new curfew.")]
    assert recap_spans(lines) == [(0, 47)]


def test_recap_label_is_not_read_as_a_dateline() -> None:
    page = "Weekly security letter\n\nTHIS WEEK: raids near Mopti and a curfew in Sevare.\n\n" + LIVE
    assert _zone_text(page, "dateline") == []
    assert any(s.startswith("THIS WEEK:") for s in _zone_text(page, "standfirst"))


def test_recap_adds_no_second_bombing(extract: Any) -> None:
    x = extract(LIVE, published="2026-03-06")
    bombings = [e for e in x.events if e.type == "attack"]
    assert len(bombings) == 1
    assert bombings[0].killed is not None and bombings[0].killed.value == 11
    # the entry that tells the bombing is its evidence, not the closing recap
    assert "To recap" not in bombings[0].evidence.sentence
    arrests = [e for e in x.events if e.type == "military_action"]
    assert arrests and all("To recap" not in e.evidence.sentence for e in arrests)


def test_heading_bullets_add_no_second_ambush(extract: Any) -> None:
    x = extract(HEADING, published="2026-03-10")
    ambushes = [e for e in x.events if e.type == "attack"]
    assert len(ambushes) == 1
    assert ambushes[0].killed is not None and ambushes[0].killed.value == 4


BRIEF = """Lakeside Monitor - Monthly Brief No. 9

1. On 4 May, gunmen shot dead two fishermen on the shore near Baga, residents said.

Contact: desk@lakesidemonitor (we do not name our sources).
Previous brief: No. 8, April 2026 - Curfews lifted as markets reopen in Monguno
Previous reports:
- Alert: three traders abducted on the Gubio road (22 April 2026)
"""


def test_links_to_a_briefs_other_issues_are_teasers() -> None:
    teasers = _zone_text(BRIEF, "teaser")
    assert any(t.startswith("Previous brief:") for t in teasers)
    assert any(t.startswith("- Alert: three traders abducted") for t in teasers)


def test_a_briefs_other_issues_add_no_event(extract: Any) -> None:
    x = extract(BRIEF, published="2026-05-10")
    assert not any("Previous" in e.evidence.sentence or "Alert:" in e.evidence.sentence for e in x.events)
    assert not any(e.type == "sanction" for e in x.events)


DIGEST = """Hill Country Security Digest | Issue 40

FRIDAY 6 NOVEMBER
Gunmen shot dead a shopkeeper in the market of Dera Bugti on Friday evening, police said.

IN NUMBERS
7 - shops torched in the district this month, by our count.
2 - roads closed to night traffic since the spring.

HEADLINES
1. A shopkeeper is killed in Dera Bugti.
2. Night traffic stays banned on two roads.
"""


def test_tallies_and_headlines_under_their_heading_are_a_recap() -> None:
    standfirst = " ".join(_zone_text(DIGEST, "standfirst"))
    assert "7 - shops torched" in standfirst and "2 - roads closed" in standfirst
    assert "1. A shopkeeper is killed" in standfirst and "2. Night traffic" in standfirst
    assert "Gunmen shot dead a shopkeeper" not in standfirst


def test_a_list_keeps_the_form_of_its_first_line() -> None:
    lines = [
        (0, 10, "Key points"),
        (11, 30, "- Two men arrested"),
        (31, 42, "1. OVERVIEW"),
        (43, 80, "1.1 The district saw three raids in May."),
    ]
    assert recap_spans(lines) == [(0, 10), (11, 30)]


def test_tallies_add_no_event(extract: Any) -> None:
    x = extract(DIGEST, published="2026-11-07")
    assert not any("shops torched" in e.evidence.sentence for e in x.events)
    assert not any(e.evidence.sentence.startswith(("1.", "2.")) for e in x.events)


REVIEW = """Riverlands Security Review No. 4

Summary
Violence along the northern river picked up in October: gunmen killed traders near Lowa and \
troops answered with a sweep of the Ituna hills, while talks in the provincial capital stalled.

1. Incidents
On 9 October, gunmen shot dead four traders on the road outside Lowa, local officials said.
"""


def test_a_summary_heading_over_prose_makes_its_paragraph_a_recap() -> None:
    standfirst = " ".join(_zone_text(REVIEW, "standfirst"))
    assert "Violence along the northern river" in standfirst
    assert "shot dead four traders" not in standfirst


def test_what_we_know_over_prose_is_a_first_report_not_a_recap() -> None:
    page = REVIEW.replace("\nSummary\n", "\n07:30\nWhat we know so far\n")
    assert not any("Violence along the northern river" in s for s in _zone_text(page, "standfirst"))

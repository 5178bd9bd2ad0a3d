"""Links to other stories ("Also read: ...") tell nothing of the report they sit in."""

from __future__ import annotations

from typing import Any

from nexus.extract.page import parse_page

PAGE = """Gunmen kill five at checkpoint in Borno

MAIDUGURI - Five members of a civilian militia were killed on Sunday when gunmen attacked their
checkpoint near Konduga, a local official said on Monday.

See also: Yobe - Three farmers killed in Geidam

The attackers escaped into the forest, the official said.

Read more: Soldiers kill seven insurgents in Sambisa
"""


def test_teaser_lines_are_their_own_zone() -> None:
    layout = parse_page(PAGE)
    teasers = [PAGE[z.start_char : z.end_char] for z in layout.zones if z.kind == "teaser"]
    assert len(teasers) == 2
    assert teasers[0].startswith("See also:") and teasers[1].startswith("Read more:")


def test_teasers_add_no_event_and_no_figure(extract: Any) -> None:
    x = extract(PAGE, published="2025-06-02")
    violent = [e for e in x.events if e.type in ("attack", "military_action")]
    assert len(violent) == 1
    assert violent[0].killed is not None and violent[0].killed.value == 5
    assert violent[0].place is not None and violent[0].place.name == "Konduga"


CLOSING_TEASER = """Niger: nine gendarmes killed in attack near Malian border

NIAMEY - At least nine gendarmes were killed in an attack by armed men on their post in the Tera
department on Thursday, the interior ministry said on Friday.

The assailants came on motorcycles and burned a pick-up before fleeing, a local source said.

Read also: Burkina - Two customs officers killed in Seytenga
"""


def test_closing_teaser_figure_is_not_added_to_the_report_toll(extract: Any) -> None:
    x = extract(CLOSING_TEASER, published="2025-06-06")
    attacks = [e for e in x.events if e.type == "attack"]
    assert len(attacks) == 1
    assert attacks[0].killed is not None and attacks[0].killed.value == 9

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


OUTLET_TEASERS = """Two police officers shot dead at checkpoint in Kebbi

BIRNIN KEBBI - Gunmen shot dead two police officers at a checkpoint outside Argungu on Saturday
night, a police spokesman said on Sunday.

Also on The Harbour Post: Navy arrests eight suspected pirates off Bonny Island

Listen: Our weekly security podcast on the north-west

The attackers fled with the officers' rifles, the spokesman said.

More from Kebbi
Soldiers kill 14 bandits in Shanga forest
Governor opens new market in Yauri

Trending
Ferry capsizes on Niger river, 20 missing
"""


def test_outlet_lead_ins_bare_headings_and_the_links_under_them_are_teasers() -> None:
    layout = parse_page(OUTLET_TEASERS)
    teasers = [OUTLET_TEASERS[z.start_char : z.end_char].strip() for z in layout.zones if z.kind == "teaser"]
    assert any(t.startswith("Also on The Harbour Post:") for t in teasers)
    assert any(t.startswith("Listen:") for t in teasers)
    assert "More from Kebbi" in teasers and "Trending" in teasers
    assert "Soldiers kill 14 bandits in Shanga forest" in teasers
    assert "Ferry capsizes on Niger river, 20 missing" in teasers
    assert layout.zone_at(OUTLET_TEASERS.index("The attackers fled")) == "body"


def test_links_under_a_bare_heading_add_no_event(extract: Any) -> None:
    x = extract(OUTLET_TEASERS, published="2025-08-11")
    assert [e.type for e in x.events if e.type in ("attack", "military_action")] == ["attack"]
    attack = next(e for e in x.events if e.type == "attack")
    assert attack.killed is not None and attack.killed.value == 2


def test_a_prose_line_opening_with_more_from_stays_body() -> None:
    text = (
        "Blast hits fuel depot in Sokoto\n\n"
        "SOKOTO - A blast hit a fuel depot in Sokoto on Monday, killing three workers.\n\n"
        "More from the depot's owners was expected later, a company official said on Tuesday."
    )
    layout = parse_page(text)
    assert layout.zone_at(text.index("More from the depot")) == "body"


def test_read_and_pipe_separated_outlet_teasers() -> None:
    text = (
        "Gunmen kill three at checkpoint near Rajouri\n\n"
        "RAJOURI - Gunmen killed three members of a village defence group at a checkpoint near "
        "Thanamandi on Sunday night, police said.\n\n"
        "READ: Two soldiers hurt in blast along the border fence\n\n"
        "ALSO ON VALLEY LEDGER | Police attach property of two militants in Poonch\n\n"
        "Read the statement in full on the police website, officials said on Monday.\n"
    )
    layout = parse_page(text)
    assert layout.zone_at(text.index("READ: Two")) == "teaser"
    assert layout.zone_at(text.index("ALSO ON VALLEY")) == "teaser"
    assert layout.zone_at(text.index("Read the statement")) == "body"

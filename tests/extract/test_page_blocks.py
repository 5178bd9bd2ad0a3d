"""Blocks of a page that tell no news of their own: a company's standing text and contact lines,
a written question's lettered items, embedded post cards and a podcast's show notes."""

from __future__ import annotations

from typing import Any

from nexus.extract.page import parse_page

RELEASE = """Harbourline Freight: incident at the Velmora depot

VELMORA, 4 March 2026 - Harbourline Freight Ltd reports that two of its drivers were wounded
when gunmen fired on a fuel tanker leaving its Velmora depot on Tuesday night. Both are in
stable condition at the district hospital.

The Company has suspended night convoys on the Velmora road until further notice.

About Harbourline Freight Ltd
Harbourline Freight is a logistics group that moved goods to 40 ports last year. For more
information, visit the Company's website.

Forward-looking statements
This release holds statements about future convoys that are subject to risks.

Media contact:
Orla Finnick, Head of Communications, press@harbourline.example
"""

QUESTION = """HOUSE OF DELEGATES
WRITTEN QUESTION NO. 88

Will the Minister of the Interior be pleased to state:
(a) the number of attacks on rural clinics in Tarsel province since January;
(b) the number of nurses killed or abducted in such attacks; and
(c) whether the Government has raised the guard at the clinics?

ANSWER
(a) and (b): Gunmen raided the clinic at Omberly on 9 February 2026 and abducted two nurses.
"""

POSTS = """Ferry guards fire on raiders off Quillon Point

By Desk Staff | 12 May 2026

QUILLON, 12 May - Coast guards fired on three speedboats that tried to board a ferry off
Quillon Point early on Monday, the maritime police said.

[Embedded post]
Quillon Maritime Police @QuillonMarPol · Posted at 06:12
"Our patrol repelled an attempt to board the MV Serin at dawn. No injuries. More to follow."
842 reposts · 1,960 likes

Passengers filmed the boats racing away toward the open sea.
"""

PODCAST = """The Coastline Hour, Episode 40: "A raid at Pelham Ford"
Published 2 June 2026 · 24 min · Coastline Audio
Show notes: Raiders burned the grain store at Pelham Ford and what the county is doing about it.

[00:10] HOST: Welcome back. Tell us what happened at Pelham Ford.

[00:14] GUEST: On Sunday night about twenty raiders burned the grain store at Pelham Ford and
killed a watchman, the county sheriff told me.
"""


def _kinds(text: str) -> dict[str, str]:
    layout = parse_page(text)
    return {text[z.start_char : z.end_char].strip()[:40]: z.kind for z in layout.zones}


def test_a_company_about_block_and_its_contact_lines_are_boilerplate() -> None:
    layout = parse_page(RELEASE)
    at = RELEASE.index
    assert layout.zone_at(at("Harbourline Freight is a logistics")) == "boilerplate"
    assert layout.zone_at(at("visit the Company's website")) == "boilerplate"
    assert layout.zone_at(at("This release holds statements")) == "boilerplate"
    assert layout.zone_at(at("Orla Finnick")) == "boilerplate"
    assert layout.zone_at(at("two of its drivers were wounded")) == "body"
    assert layout.zone_at(at("The Company has suspended")) == "body"


def test_the_release_tells_one_attack_and_no_visit(extract: Any) -> None:
    extraction = extract(RELEASE, published="2026-03-04")
    types = [e.type for e in extraction.events]
    assert "visit" not in types
    assert types.count("attack") == 1


def test_a_questions_lettered_items_are_asked_not_told() -> None:
    layout = parse_page(QUESTION)
    for item in ("(a) the number of attacks", "(b) the number of nurses", "(c) whether the Government"):
        assert layout.zone_at(QUESTION.index(item)) == "asked", item
    # the answer's items assert: they stay in the body
    assert layout.zone_at(QUESTION.index("Gunmen raided the clinic")) == "body"


def test_a_question_about_killings_makes_no_event(extract: Any) -> None:
    extraction = extract(QUESTION, published="2026-03-20")
    evidence = [e.evidence.sentence for e in extraction.events]
    assert not any("nurses killed" in s for s in evidence)
    assert any("Gunmen raided the clinic" in s for s in evidence)


def test_an_embedded_post_card_is_an_embed_zone() -> None:
    layout = parse_page(POSTS)
    assert layout.zone_at(POSTS.index("[Embedded post]")) == "embed"
    assert layout.zone_at(POSTS.index("Our patrol repelled")) == "embed"
    assert layout.zone_at(POSTS.index("842 reposts")) == "embed"
    assert layout.zone_at(POSTS.index("Passengers filmed")) == "body"


def test_a_post_card_repeating_the_story_adds_no_second_event(extract: Any) -> None:
    extraction = extract(POSTS, published="2026-05-12")
    assert not any("repelled" in e.evidence.sentence for e in extraction.events)


def test_show_notes_recap_the_episode() -> None:
    layout = parse_page(PODCAST)
    assert layout.zone_at(PODCAST.index("Raiders burned the grain store")) == "standfirst"
    assert layout.zone_at(PODCAST.index("about twenty raiders")) == "body"


def test_show_notes_and_the_transcript_tell_one_raid(extract: Any) -> None:
    extraction = extract(PODCAST, published="2026-06-02")
    attacks = [e for e in extraction.events if e.type == "attack"]
    assert len(attacks) == 1
    assert "Show notes" not in attacks[0].evidence.sentence


def test_an_about_heading_in_the_news_is_no_boilerplate_without_its_name_below() -> None:
    text = (
        "Clinic raid in Omberly\n\nOMBERLY, 3 May 2026 - Gunmen raided a clinic on Friday.\n\n"
        "About the raiders\nWitnesses said the gunmen came on motorbikes from the hills.\n\n"
        + "The clinic reopened on Saturday morning under guard. "
        * 8
    )
    assert parse_page(text).zone_at(text.index("Witnesses said")) == "body"

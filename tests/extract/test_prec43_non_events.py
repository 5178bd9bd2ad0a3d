"""Sentences that tell no happening of their own: a crowd's demand told inside its march, a trend
in how often attacks occur, an operation said to be still going on, a custom dated "every Friday",
and the claim a fact-check weighs."""

from __future__ import annotations

from typing import Any

from nexus.extract.page import parse_page


def _kinds(extraction: Any) -> list[tuple[str, str]]:
    return [(e.type, e.trigger) for e in extraction.events]


def test_a_demand_joined_to_a_marchers_object_is_the_march(extract: Any) -> None:
    text = (
        "On Friday about 300 fishermen marched through Port Varela, carrying pictures of the two "
        "crewmen killed at sea and demanding naval escorts."
    )
    kinds = _kinds(extract(text, published="2026-03-12"))
    assert ("rally", "marched") in kinds
    assert not [k for k in kinds if k[0] == "statement"], kinds


def test_a_demand_after_a_quoted_banner_is_the_march(extract: Any) -> None:
    text = (
        "On Monday some 200 teachers marched along the main street of Sorin, carrying banners that "
        'read "Let us teach in peace" and demanding that the ministry post guards at schools.'
    )
    kinds = _kinds(extract(text, published="2026-03-12"))
    assert kinds == [("rally", "marched")], kinds


def test_a_named_speaker_demanding_at_a_march_is_still_a_statement(extract: Any) -> None:
    text = (
        "Governor Ilse Marov demanded on Monday that the army send more troops to Sorin, after "
        "teachers marched through the town."
    )
    kinds = _kinds(extract(text, published="2026-03-12"))
    assert ("statement", "demanded") in kinds, kinds


def test_a_rise_in_attacks_is_a_trend_not_an_attack(extract: Any) -> None:
    text = "Orvania has seen a steady increase in attacks in its southern districts since 2022."
    assert _kinds(extract(text, published="2026-03-12")) == []


def test_an_attack_in_a_district_is_still_told(extract: Any) -> None:
    text = "Gunmen carried out an attack in the southern district of Orvania on Monday, killing three."
    kinds = _kinds(extract(text, published="2026-03-12"))
    assert [k for k in kinds if k[0] == "attack"], kinds


def test_an_operation_still_going_on_tells_no_new_one(extract: Any) -> None:
    assert _kinds(extract("The search operation is continuing in the hills around Karvo.")) == []
    assert _kinds(extract("Search operations continue in the forest near Karvo, police said.")) == []


def test_fighting_that_continued_until_dawn_is_told(extract: Any) -> None:
    text = "Fighting continued until dawn on Sunday around Karvo, killing four soldiers."
    kinds = _kinds(extract(text, published="2026-03-12"))
    assert [k for k in kinds if k[0] in ("attack", "military_action")], kinds


def test_a_custom_every_monday_is_no_happening(extract: Any) -> None:
    text = "Every Monday, our desk rounds up the week's violence in the Lowlands."
    assert _kinds(extract(text, published="2026-03-12")) == []


def test_a_past_raid_every_monday_is_told(extract: Any) -> None:
    text = "Every Monday last month, gunmen raided a cattle market near Sorin."
    kinds = _kinds(extract(text, published="2026-03-12"))
    assert ("attack", "raided") in kinds, kinds


FACT_CHECK = (
    "Fact check: No, rebels did not destroy the Dorsa bridge\n"
    "By Ana Ruiz | Veritas Desk | 12 March 2026\n"
    'CLAIM: "Rebels of the Hill Front destroyed the Dorsa bridge with explosives on Tuesday, '
    'killing 30 soldiers."\n'
    "OUR RATING: FALSE\n"
    "On Tuesday night, a small bomb damaged a guard hut beside the Dorsa bridge, wounding one "
    "soldier, the provincial police said. The bridge itself is intact.\n"
    "Claim 2: Photos of a collapsed bridge\n"
    "Misleading. The photos show a bridge in another province that fell into the river in a flood.\n"
)


def test_a_fact_checks_claim_lines_are_their_own_zone() -> None:
    layout = parse_page(FACT_CHECK)
    assert layout.zone_at(FACT_CHECK.index("CLAIM:")) == "checked"
    assert layout.zone_at(FACT_CHECK.index("Claim 2:")) == "checked"
    assert layout.zone_at(FACT_CHECK.index("On Tuesday night")) == "body"


def test_a_checked_claim_gives_no_event_and_no_figure(extract: Any) -> None:
    events = extract(FACT_CHECK, published="2026-03-12").events
    attacks = [e for e in events if e.type == "attack"]
    assert len(attacks) == 1, _kinds_of(events)
    assert attacks[0].killed is None
    assert attacks[0].injured is not None and attacks[0].injured.value == 1


def _kinds_of(events: list[Any]) -> list[tuple[str, str]]:
    return [(e.type, e.trigger) for e in events]


def test_our_correspondents_trip_is_no_visit(extract: Any) -> None:
    assert _kinds(extract("Our correspondent Maria Olsen travelled to Tarvel today.")) == []
    assert _kinds(extract("Our reporter visited the displaced families at Sorin on Monday.")) == []


def test_an_officials_trip_is_a_visit(extract: Any) -> None:
    kinds = _kinds(extract("The provincial governor travelled to Tarvel today and met the elders."))
    assert ("visit", "travelled") in kinds, kinds


def test_the_pace_of_attacks_is_a_trend(extract: Any) -> None:
    text = "The pace of its attacks on river towns has slowed this year."
    assert not [k for k in _kinds(extract(text, published="2026-03-12")) if k[0] == "attack"]

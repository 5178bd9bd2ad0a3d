"""Events a page tells once or not at all: a dated correction notice, an anaphor placed at a site
no gazetteer knows, operations only expected to go on, a measure only demanded."""

from __future__ import annotations

from typing import Any

from nexus.extract.page import parse_page


def _violent(extraction: Any) -> list[tuple[str, str]]:
    return [(e.type, e.trigger) for e in extraction.events if e.type in ("attack", "military_action")]


def test_a_correction_dated_before_its_colon_is_a_notice_about_the_page(extract: Any) -> None:
    text = (
        "KASESE, March 4 (Rwenzori Wire) - Rebels raided the village of Kitholhu on Sunday, killing "
        "nine people, local officials said.\n\n"
        "Correction, 4 March 2025, 09:15: An earlier version of this article said the raid on "
        "Kitholhu began on Saturday night. It began shortly before dawn on Sunday.\n"
    )
    layout = parse_page(text)
    assert layout.zone_at(text.index("Correction,")) == "notice"
    assert layout.zone_at(text.index("Rebels raided")) == "body"
    assert _violent(extract(text, published="2025-03-04")) == [("attack", "raided")]


def test_a_body_sentence_opening_with_the_label_word_stays_body() -> None:
    text = (
        "NAIROBI, March 4 (Rift Post) - Gunmen attacked a police post in Mandera on Sunday.\n\n"
        "Correction officers at the town's prison were put on alert, the county commissioner said.\n"
    )
    assert parse_page(text).zone_at(text.index("Correction officers")) == "body"


def test_the_attack_on_a_site_no_gazetteer_knows_is_the_attack_told_in_its_town(extract: Any) -> None:
    text = (
        "Gunmen attacked a Shia mosque in Mazar-i-Sharif on Friday, killing seven worshippers, police "
        "said. The attack on the Imam Hadi mosque in the city's western Karte Sakhi neighbourhood came "
        "shortly after 1 p.m., witnesses said."
    )
    extraction = extract(text, published="2025-06-14")
    attacks = [e for e in extraction.events if e.type == "attack"]
    assert len(attacks) == 1, _violent(extraction)
    assert attacks[0].killed is not None and attacks[0].killed.value == 7


def test_an_attack_in_another_known_town_stays_its_own(extract: Any) -> None:
    text = (
        "Gunmen attacked a Shia mosque in Mazar-i-Sharif on Friday, killing seven worshippers, police "
        "said. On Saturday, a bomb exploded at a market in Kunduz, killing two people."
    )
    attacks = [e for e in extract(text, published="2025-06-14").events if e.type == "attack"]
    assert len(attacks) == 2


def test_operations_only_expected_to_go_on_are_no_event(extract: Any) -> None:
    text = (
        "We expect drone operations in Gojjam to continue ahead of the harvest. The defence minister "
        "said in Bahir Dar that operations in the region would continue until the militia disarmed."
    )
    assert _violent(extract(text, published="2025-11-20")) == []


def test_an_operation_told_as_done_is_still_an_event(extract: Any) -> None:
    text = (
        "Security forces killed nine militants in an operation in the Tirah valley on Monday, the "
        "military said. Army operations continued in the valley on Tuesday."
    )
    extraction = extract(text, published="2025-11-20")
    assert ("military_action", "operation") in _violent(extraction), _violent(extraction)


def test_a_bracketed_caption_and_a_related_brief_are_page_furniture(extract: Any) -> None:
    text = (
        "MOGADISHU, Oct 30 (Benadir Centre) - Al-Shabaab fighters overran an army base near Bariire on "
        "Tuesday, killing five soldiers, officials said.\n"
        "[Picture: Somali soldiers at the scene of an earlier bomb attack on the Afgooye road. Photo/File]\n"
        "Troops retook the base on Wednesday, the army said.\n"
        "Related brief: Hiran after the offensive - who holds what (No. 11/2025)\n"
        "Related to the fighting, the governor said: the road stays closed.\n"
    )
    layout = parse_page(text)
    assert layout.zone_at(text.index("[Picture:")) == "caption"
    assert layout.zone_at(text.index("Related brief:")) == "teaser"
    assert layout.zone_at(text.index("Related to the fighting")) == "body"
    triggers = {e.trigger for e in extract(text, published="2025-10-30").events}
    assert "offensive" not in triggers and "attack" not in triggers, triggers


def test_a_measure_demanded_is_no_sanction_but_one_ordered_is(extract: Any, monkeypatch: Any) -> None:
    monkeypatch.setenv("NEXUS_EVENT_VERIFIER", "off")  # the rules' own reading
    demanded = (
        "Dozens of settlers rallied at the junction on Wednesday, demanding new checkpoints and the "
        "closure of roads used by Palestinian drivers."
    )
    assert "sanction" not in [e.type for e in extract(demanded, published="2026-02-19").events]
    ordered = "The government ordered the closure of the border crossing on Tuesday."
    assert "sanction" in [e.type for e in extract(ordered, published="2026-02-19").events]

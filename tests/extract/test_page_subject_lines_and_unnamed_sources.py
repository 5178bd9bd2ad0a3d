"""Lines that tell no new happening: a release's subject line over the paragraphs that tell it,
and a source's request to stay unnamed read as a demand."""

from __future__ import annotations

from typing import Any

import pytest

from nexus.extract.page import parse_page

_RELEASE = (
    "PRESS RELEASE\n"
    "Office of the District Police, Northfield\n"
    "Memo No. 88/PR, Dated: 03.05.2026\n\n"
    "{label} Three armed cadres killed in an exchange of fire near Korva; one constable injured.\n\n"
    "1. Acting on a tip-off, a joint team of the district police and the state's special task force "
    "searched the forest near Korva on 02.05.2026. The cadres opened fire on the team, and three "
    "of them were killed in the exchange of fire that followed. One constable was injured.\n"
)


@pytest.mark.parametrize("label", ["Subject:", "Sub:", "SUBJECT:", "Re:", "Ref:"])
def test_a_release_subject_line_is_its_headline(label: str) -> None:
    text = _RELEASE.format(label=label)
    layout = parse_page(text)
    assert layout.zone_at(text.index("Three armed cadres")) == "headline"
    assert layout.zone_at(text.index("Acting on a tip-off")) == "body"


@pytest.mark.parametrize(
    "line",
    [
        "Re-elected in March, the mayor said the town's police post would be reinforced.",
        "Subjected to heavy fire, the patrol withdrew to its base on Tuesday.",
        "Refugees fleeing the fighting reached the border town on Monday.",
    ],
)
def test_a_body_line_opening_with_a_label_word_but_no_colon_stays_body(line: str) -> None:
    text = "KORVA, May 3 (Northfield Post) - Gunmen attacked a police post on Sunday.\n\n" + line + "\n"
    assert parse_page(text).zone_at(text.index(line[:12])) == "body"


def test_the_subject_line_adds_no_event_of_its_own(extract: Any) -> None:
    extraction = extract(_RELEASE.format(label="Subject:"), published="2026-05-03")
    violent = [e for e in extraction.events if e.type in ("attack", "military_action")]
    assert violent, [(e.type, e.trigger) for e in extraction.events]
    assert not [e for e in violent if "Subject:" in e.evidence.sentence]


def test_a_real_attack_told_only_in_a_caption_like_line_still_counts(extract: Any) -> None:
    text = "Gunmen killed four farmers in the village of Tandi on Sunday night, local officials said.\n"
    attacks = [e for e in extract(text, published="2026-05-04").events if e.type == "attack"]
    assert len(attacks) == 1


@pytest.mark.parametrize(
    "text",
    [
        '"We hid in the storeroom until the shooting stopped," said the shopkeeper, who asked that '
        "his name be concealed.",
        '"Nobody will come out after dark now," a farmer from the area told the paper over the telephone, '
        "asking that his name be changed.",
        '"The men were waiting at the bridge," a driver said, asking that her identity not be published.',
        '"We will hunt them down," an officer said, asking not to be identified.',
        '"The convoy never reached the town," a police source said, requesting anonymity.',
    ],
)
def test_a_request_to_stay_unnamed_is_no_statement(extract: Any, text: str) -> None:
    extraction = extract(text, published="2026-05-04")
    assert not [e.trigger for e in extraction.events if e.type == "statement"]


@pytest.mark.parametrize(
    "text",
    [
        "The governor asked that the two groups be banned from the province.",
        "The interior minister urged the rebels to lay down their weapons and asked the army to hold "
        "its fire.",
    ],
)
def test_a_demand_of_a_party_stays_a_statement(extract: Any, text: str) -> None:
    extraction = extract(text, published="2026-05-04")
    assert [e.trigger for e in extraction.events if e.type == "statement"]


_FEATURE = (
    "The Lowland Review | Features\n"
    "A district that counts its dead in silence\n"
    "After a deadly raid on a police post and an ambush on a convoy, we put the questions of its "
    "residents to the district commissioner.\n"
    "{byline}\n\n"
    "Gunmen stormed a police post near Tarvo late on Monday, killing two constables. On Wednesday "
    "the army said troops had killed four militants in the hills east of the town.\n"
)


@pytest.mark.parametrize("byline", ["By Amina Kessler | The Lowland Review", "Interview by Amina Kessler"])
def test_sentences_between_headline_and_byline_are_the_standfirst(byline: str) -> None:
    text = _FEATURE.format(byline=byline)
    layout = parse_page(text)
    assert layout.zone_at(text.index("After a deadly raid")) == "standfirst"
    assert layout.zone_at(text.index("Gunmen stormed")) == "body"


def test_the_standfirst_adds_no_event_of_its_own(extract: Any) -> None:
    extraction = extract(_FEATURE.format(byline="By Amina Kessler"), published="2026-03-05")
    assert not [e for e in extraction.events if "After a deadly raid" in e.evidence.sentence]
    assert [e for e in extraction.events if e.type == "attack"]


def test_a_dated_lead_above_the_byline_stays_the_body(extract: Any) -> None:
    text = (
        "Court bans a youth movement as guards report a clash on the border\n"
        "Darvel: The Supreme Court on Tuesday banned the little-known Tavro movement as an extremist "
        "organisation, the prosecutor's office said.\n"
        "By Omar Nazari, Border Wire\n"
        "The prosecution argued that the movement had drawn in young recruits since 2023.\n"
    )
    assert parse_page(text).zone_at(text.index("The Supreme Court")) == "body"


def test_a_sentence_above_a_byline_with_no_headline_stays_the_body() -> None:
    text = (
        "Gunmen stormed a police post near Tarvo late on Monday, killing two constables.\n"
        "By Amina Kessler\n"
        "The post had been attacked twice before, residents said.\n"
    )
    assert parse_page(text).zone_at(text.index("Gunmen stormed")) == "body"


@pytest.mark.parametrize(
    "text",
    [
        "Each side accused the other of opening fire first.",
        "Both camps blamed each other for the collapse of the truce.",
        "The two militias accused one another of starting the shooting.",
    ],
)
def test_a_charge_traded_by_unnamed_sides_is_no_statement(extract: Any, text: str) -> None:
    extraction = extract(text, published="2026-05-04")
    assert not [e.trigger for e in extraction.events if e.type == "statement"]


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine accused each other of shelling the plant.",
        "The governor blamed the other faction for the killings.",
        "The army accused the rebels of opening fire first.",
    ],
)
def test_a_charge_by_a_named_party_stays_a_statement(extract: Any, text: str) -> None:
    extraction = extract(text, published="2026-05-04")
    assert [e.trigger for e in extraction.events if e.type == "statement"]

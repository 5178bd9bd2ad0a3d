"""Text about reporting and wording is no happening: source lines, glossary lines and glosses, a
paper sent up the chain, a headline another outlet printed and an outlet's own words in a press
review; the same words telling a happening still do."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from nexus.extract.page import parse_page
from nexus.extract.reference_lines import glossary_line, source_line
from nexus.extract.triggers import find_triggers


def types(nlp: Language, text: str) -> list[str]:
    return [etype for sent in nlp(text).sents for _, etype in find_triggers(sent)]


@pytest.mark.parametrize(
    "line",
    [
        "Source: audio message credited to the Dalvero Front, shared on its channel on 2 May 2026.",
        "Sources: phone calls with farmers near Omberly; two district officers.",
        "Via: the Tarsel regional radio",
    ],
)
def test_source_lines(line: str) -> None:
    assert source_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Sources said four guards died near Omberly.",
        "The source of the fire was a kitchen.",
        "Sourcing rules",
    ],
)
def test_no_source_lines(line: str) -> None:
    assert not source_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "RPG - rocket-propelled grenade",
        "KIA: killed in action",
        "SITREP = situation report",
        "VBIED – vehicle-borne improvised explosive device",
        "QRF - quick reaction force",
    ],
)
def test_glossary_lines(line: str) -> None:
    assert glossary_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "TARSEL – Raiders burned the grain store of Omberly on Sunday.",
        "OMBERLY - Omberly police killed two robbers",
        "NOTE: All times local",
        "UPDATE - Police arrested two men in Varnholt",
    ],
)
def test_no_glossary_lines(line: str) -> None:
    assert not glossary_line(line)


SITREP = """KORVA DISTRICT COMMAND
Daily situation summary

Raiders ambushed a supply column near Varnholt on 3 May 2026, killing two drivers.

Source: audio message credited to the Dalvero Front, shared on its channel on 4 May 2026.

Terms used above:
QRF - quick reaction force
KIA - killed in action
"""


def test_source_and_glossary_lines_are_reference_zones() -> None:
    layout = parse_page(SITREP)
    assert layout.zone_at(SITREP.index("Source: audio")) == "reference"
    assert layout.zone_at(SITREP.index("QRF - quick")) == "reference"
    assert layout.zone_at(SITREP.index("KIA - killed")) == "reference"
    assert layout.zone_at(SITREP.index("Raiders ambushed")) == "body"


def test_a_glossary_line_tells_no_killing(extract: Any) -> None:
    events = extract(SITREP, published="2026-05-05").events
    assert [e.type for e in events if "killed in action" in e.evidence.sentence] == []
    assert any(e.type == "attack" for e in events)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # a gloss spells out terms
        (
            'In the log, "EP" means enlisted men, while "KIA" stands for killed in action and "WIA" '
            "for hurt in action.",
            "attack",
        ),
        # a paper sent up the chain
        ("The signed report was sent to the brigade headquarters in Omberly on Tuesday evening.", "visit"),
        ("A copy of the letter was sent to the governor's office in Tarsel on Monday.", "visit"),
        # a headline another page printed
        (
            'The Tarsel Times led with a picture of the burned post and the headline "Rebels strike again '
            'in the hills".',
            "military_action",
        ),
    ],
)
def test_wording_and_papers_are_no_event(nlp: Language, text: str, etype: str) -> None:
    assert etype not in types(nlp, text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("A team of investigators was sent to Omberly on Tuesday.", "visit"),
        ("Rebels struck the police post at Omberly again on Monday, killing two guards.", "attack"),
        ("Gunmen killed two guards at the Varnholt depot on Sunday, police said.", "attack"),
    ],
)
def test_the_same_words_telling_a_happening_are_events(nlp: Language, text: str, etype: str) -> None:
    assert etype in types(nlp, text)


REVIEW = """VARNHOLT PRESS DIGEST
Press review

What the papers say about the Omberly raid

Gunmen raided a police post in Omberly on Tuesday night, killing five officers, the interior ministry said.

The Varnholt Daily counted seven dead and blamed "smugglers paid from abroad" for the raid.

The provincial governor, Ilse Marwen, blamed the Dalvero Front for the raid and vowed to hunt the gunmen down.
"""


def test_an_outlets_blame_in_a_press_review_is_no_statement(extract: Any) -> None:
    events = extract(REVIEW, published="2026-05-07").events
    told = {e.evidence.sentence: e.type for e in events}
    assert not any(t == "statement" and "Varnholt Daily" in s for s, t in told.items())
    assert any(t == "statement" and "Ilse Marwen" in s for s, t in told.items())
    assert any(t == "attack" for t in told.values())


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "The three regiments, which jointly guarded the ballot halls under the orders of the "
            "poll board, conducted themselves impeccably.",
            True,
        ),
        ("The wardens behaved with calm and courage throughout the count in Omberly.", True),
        ("Troops conducted raids on three farms near Omberly on Monday.", False),
        ("The guards, who shot two robbers at the depot, behaved with great courage.", False),
    ],
)
def test_a_verdict_on_conduct_tells_no_happening(nlp: Language, text: str, verdict: bool) -> None:
    from nexus.extract.reporting_text import conduct_verdict

    assert conduct_verdict(next(iter(nlp(text).sents))) is verdict


def test_the_pages_own_publisher_still_speaks_for_itself(extract: Any) -> None:
    text = (
        "The Tarsel Aid Network condemns in the strongest terms the raid on the village of Omberly "
        "on Sunday, in which gunmen killed four farmers."
    )
    events = extract(text, published="2026-03-12", outlet="Tarsel Aid Network").events
    assert "statement" in [e.type for e in events]

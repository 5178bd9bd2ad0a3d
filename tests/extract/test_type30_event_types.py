"""Event types when one sentence holds a second happening, or the doer is a private person (type30)."""

from __future__ import annotations

from typing import Any

import pytest


def _events(extraction: Any) -> list[tuple[str, str | None]]:
    return [(e.type, e.trigger) for e in extraction.events]


@pytest.mark.parametrize(
    "man",
    ["an Afghan man", "a Tunisian woman", "an Iraqi youth"],
)
def test_nationality_of_a_private_attacker_names_no_state(extract: Any, man: str) -> None:
    # the country is named elsewhere in the report, so the adjective could resolve to it
    text = (
        "Police in Rostock are questioning a suspect after a knife assault at a bus depot on Friday. "
        "Investigators are looking at contacts with a cell in Afghanistan, Tunisia and Iraq. "
        f"In June 2024, {man} stabbed a ticket inspector to death and hurt three passengers "
        "on a tram in Kassel."
    )
    extraction = extract(text, published="2026-02-09")
    stabbing = [e for e in extraction.events if e.trigger == "stabbed"]
    assert [e.type for e in stabbing] == ["attack"]
    assert stabbing[0].actors == []


def test_state_forces_named_by_nationality_still_act(extract: Any) -> None:
    text = "Kenyan troops raided a militant camp near Kolbio on Sunday, killing four fighters."
    found = _events(extract(text, published="2026-02-09"))
    assert ("military_action", "raided") in found


@pytest.mark.parametrize(
    "measure", ["a night curfew", "an overnight curfew on the coastal road", "curfews in two wards"]
)
def test_curfew_announced_beside_a_condemnation_is_a_sanction(extract: Any, measure: str) -> None:
    text = (
        "Gunmen burned two buses near Hola on Monday. "
        f"The county commissioner condemned the arson on Tuesday and announced {measure} for ten days."
    )
    found = [t for t, _ in _events(extract(text, published="2026-02-04"))]
    assert "statement" in found
    assert "sanction" in found


def test_curfew_only_threatened_is_no_sanction(extract: Any) -> None:
    text = (
        "Gunmen burned two buses near Hola on Monday. "
        "The county commissioner said he would announce a curfew if the arson went on."
    )
    found = [t for t, _ in _events(extract(text, published="2026-02-04"))]
    assert "sanction" not in found


def test_announced_toll_is_no_sanction(extract: Any) -> None:
    text = (
        "Gunmen burned two buses near Hola on Monday. The county commissioner announced the toll on Tuesday."
    )
    found = [t for t, _ in _events(extract(text, published="2026-02-04"))]
    assert "sanction" not in found


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        (
            "It has intensified bombing runs over Kachin since the KIA, which holds most of the "
            "border crossings, began a fresh offensive in March.",
            "began",
            "KIA",
        ),
        (
            "The navy has tightened patrols along the coast since the Houthis, who control the port, "
            "seized a cargo ship in May.",
            "seized",
            "Houthis",
        ),
        (
            "The government has kept the schools shut since the rebels, who hold the hills, "
            "attacked a bus last week.",
            "attacked",
            "rebels",
        ),
    ],
)
def test_since_clause_misread_as_a_phrase_keeps_its_own_subject(
    extractor: Any, text: str, verb: str, subject: str
) -> None:
    from nexus.extract.arguments import _subject_tokens

    doc = extractor.nlp(text)
    token = next(t for t in doc if t.text == verb)
    assert [t.text for t in _subject_tokens(token)] == [subject]


def test_true_conjunct_after_a_since_phrase_keeps_the_main_subject(extractor: Any) -> None:
    from nexus.extract.arguments import _subject_tokens

    doc = extractor.nlp("Police have patrolled the market since May and arrested nine men.")
    token = next(t for t in doc if t.text == "arrested")
    assert [t.text for t in _subject_tokens(token)] == ["Police"]


@pytest.mark.parametrize(
    "text",
    [
        "The army suffered its heaviest defeat in May 2020, when 40 soldiers were killed in a raid "
        "on a base near Tillia.",
        "The navy recalls June 2019 as its darkest month, when nine sailors were shot dead at a "
        "jetty near Bonny.",
    ],
)
def test_forces_killed_in_a_when_clause_are_no_doers(extract: Any, text: str) -> None:
    found = [e.type for e in extract(text, published="2026-03-04").events]
    assert "attack" in found
    assert "military_action" not in found


@pytest.mark.parametrize(("body", "pronoun"), [("court", "he"), ("tribunal", "she")])
def test_he_or_she_in_what_a_court_heard_is_no_court(extract: Any, body: str, pronoun: str) -> None:
    text = (
        "A driver, 41, was jailed for life at Leeds Crown Court on Tuesday for a car attack. "
        f"The {body} heard that {pronoun} struck five pedestrians outside a church in Harehills "
        "on the night of May 2, 2025."
    )
    events = extract(text, published="2026-03-04").events
    ramming = [e for e in events if e.trigger == "struck"]
    assert [e.type for e in ramming] == ["attack"]
    assert ramming[0].actors == []


def test_reduced_relative_read_as_a_clause_leaves_the_raid_to_its_doers(extract: Any) -> None:
    text = (
        "Honduras outlawed the two gangs, the cartel and its allies in 2022, after men linked to "
        "the cartel stormed a prison in Tela."
    )
    events = extract(text, published="2026-03-04").events
    storming = [e for e in events if e.trigger == "stormed"]
    assert [e.type for e in storming] == ["attack"]
    assert storming[0].actors == []

"""The means of violent events, read from their own phrase (``nexus.extract.methods``)."""

from __future__ import annotations

from typing import Any

import pytest

from nexus import ontology
from nexus.errors import OntologyError
from nexus.extract import methods


def _methods(extraction: Any) -> dict[str, str | None]:
    return {e.trigger: e.method for e in extraction.events if e.type in ("attack", "military_action")}


@pytest.mark.parametrize(
    ("text", "method"),
    [
        ("A roadside bomb killed three policemen near Khost on Monday.", "explosives"),
        ("Their patrol hit a landmine outside Mopti on Friday, killing two soldiers.", "explosives"),
        ("A suicide bomber blew himself up at a checkpoint in Bosaso on Tuesday.", "explosives"),
        ("Gunmen killed four traders at a livestock market in Bauchi on Sunday.", "firearms"),
        ("A teenager armed with a machete wounded two nuns at a convent in Nantes.", "melee"),
        ("A knife attack at a bus stop in Aarhus left one man dead.", "melee"),
        ("A man drove a van into shoppers on a high street in Leeds on Saturday.", "vehicle"),
        ("Fighters torched 30 houses in Djugu on Wednesday night.", "incendiary"),
        ("Bandits abducted 40 schoolgirls from a hostel in Kebbi on Thursday.", "kidnapping"),
        ("Military drones struck a convoy in eastern Mali on Monday.", "drone"),
        ("The army shelled rebel positions near Sake on Sunday.", "artillery"),
        ("Militants attacked a police post in Dera Ismail Khan on Friday.", None),
    ],
)
def test_the_means_comes_from_the_events_own_phrase(extract: Any, text: str, method: str | None) -> None:
    found = _methods(extract(text, published="2025-05-10"))
    assert found, text
    assert next(iter(found.values())) == method


def test_what_a_strike_hit_and_what_it_avenged_are_not_its_means(extract: Any) -> None:
    text = (
        "Jets struck depots of rockets and drones in Deir ez-Zor on Friday in retaliation for a drone "
        "attack on a base in Tanf."
    )
    found = {e.trigger: e.method for e in extract(text, published="2025-05-10").events}
    assert found.get("struck") == "airstrike"


@pytest.mark.parametrize(
    "entries",
    [[{"words": ["bomb"]}], [{"name": "vehicle", "phrases": ["drive"]}], []],
)
def test_a_malformed_lexicon_is_an_ontology_error(
    monkeypatch: pytest.MonkeyPatch, entries: list[Any]
) -> None:
    """A method without a name, a phrase that is not two words, an empty list: named errors."""
    ontology.methods.cache_clear()
    methods._methods.cache_clear()
    monkeypatch.setattr(ontology, "_load_yaml", lambda _filename: {"methods": entries})
    try:
        with pytest.raises(OntologyError, match=r"methods\.yaml"):
            methods.method_names()
    finally:
        monkeypatch.undo()
        ontology.methods.cache_clear()
        methods._methods.cache_clear()


def test_non_violent_events_have_no_means(extract: Any) -> None:
    extraction = extract("The minister visited Kabul on Monday and met the governor.", published="2025-05-10")
    assert all(e.method is None for e in extraction.events)

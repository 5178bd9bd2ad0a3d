"""Trigger licences met by words the parser hangs away from the verb (session 31, fresh pages):
a designation's category on the object, a force sent out, a month's year after "last"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from nexus.extract.triggers import classify_triggers, find_triggers


def types(nlp: Language, text: str) -> list[str]:
    return [etype for sent in nlp(text).sents for _, etype in find_triggers(sent)]


def modalities(nlp: Language, text: str) -> dict[str, str]:
    return {c.token.text: c.modality for sent in nlp(text).sents for c in classify_triggers(sent)}


@pytest.mark.parametrize(
    "text",
    [
        # the category hangs on the last of the listed objects
        "Chile declared the Black Hand, the Iron Wolves and nine other gangs terrorist organisations.",
        # the category is the object's "as" phrase
        "The cabinet classified eleven criminal groups as terrorist organisations last week.",
    ],
)
def test_a_designation_told_through_its_objects_is_a_sanction(nlp: Language, text: str) -> None:
    assert "sanction" in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The archive classified the letters as secret.",
        "Investigators classified the fire as arson.",
    ],
)
def test_classifying_things_is_no_sanction(nlp: Language, text: str) -> None:
    assert "sanction" not in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tactical squads were quickly deployed to Ostrava overnight, the commissioner said.",
        "The monitoring mission sent one patrol to the crossing at dawn.",
    ],
)
def test_a_force_sent_out_is_no_visit(nlp: Language, text: str) -> None:
    assert "visit" not in types(nlp, text)


def test_a_delegation_sent_is_still_a_visit(nlp: Language) -> None:
    assert "visit" in types(nlp, "The premier sent a delegation to the flooded valley on Friday.")


def test_arrests_in_a_month_of_last_year_are_one_happening(nlp: Language) -> None:
    text = "Four students were detained in raids in Ostrava and Brno in October last year."
    assert modalities(nlp, text)["detained"] == "actual"


def test_arrests_over_a_whole_year_stay_a_tally(nlp: Language) -> None:
    text = "Police detained 300 suspects in raids across the region last year."
    assert modalities(nlp, text)["detained"] == "generic"


@pytest.mark.parametrize(
    "text",
    [
        "Commandos engaged a band of Naxalites in the hills above Ranchi on Friday.",
        "Five rebels surrendered to the 9th Mountain Brigade near Wamena, handing over two rifles.",
        "A magistrate in Jaffna placed the two men on remand for a week.",
    ],
)
def test_arrests_and_engagements_told_with_other_verbs_are_military_actions(nlp: Language, text: str) -> None:
    assert "military_action" in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry placed an order for forty armoured vans.",
    ],
)
def test_placing_things_is_no_military_action(nlp: Language, text: str) -> None:
    assert "military_action" not in types(nlp, text)

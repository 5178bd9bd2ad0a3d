"""Event triggers of real page shapes: a count of incidents over a period is
no event; funeral processions and silent gatherings are rallies;
property attached is a sanction; a structure brought down by a device is an attack; an attack
in denied reports is none."""

from __future__ import annotations

import pytest
from spacy.language import Language

from nexus.extract.incident_tallies import in_incident_tally
from nexus.extract.triggers import find_triggers


def types(nlp: Language, text: str) -> list[str]:
    return [etype for sent in nlp(text).sents for _, etype in find_triggers(sent)]


@pytest.mark.parametrize(
    "text",
    [
        # the harm told inside the count's own clause
        "Our observers logged 14 security incidents in the Korvela district in May, in which nine people "
        "were killed.",
        "The monitor documented 37 armed incidents across Velmora in August, with 21 people killed and 30 "
        "wounded.",
        # a passive count over a span of dates
        "Eleven attacks were recorded in Ostrava county between 1 March and 30 June, in which six farmers "
        "died.",
        # the harm told in a clause joined to the count
        "We registered nine incidents in April; at least 12 villagers died in them.",
        "The centre counted 48 attacks in the region in 2024; in all, those raids killed 90 people.",
    ],
)
def test_a_count_of_incidents_over_a_period_is_no_event(nlp: Language, text: str) -> None:
    assert "attack" not in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # one day, or one incident: the happening is told
        "Police reported two attacks on Monday in which three people were killed.",
        "Rangers recorded one attack in the park in May, in which a guard was killed.",
        # a happening told apart, in a clause of its own time
        "The group recorded 30 attacks in March, after gunmen killed 12 people in Dalvero on 3 March.",
        # no counting verb
        "Gunmen killed seven people in two attacks on villages near Korvela in May.",
    ],
)
def test_a_happening_beside_or_without_a_count_is_told(nlp: Language, text: str) -> None:
    assert "attack" in types(nlp, text)


def test_only_the_harm_of_the_count_is_part_of_it(nlp: Language) -> None:
    doc = nlp("Monitors recorded 20 incidents in the province in June, in which 15 people were killed.")
    killed = next(t for t in doc if t.lower_ == "killed")
    recorded = next(t for t in doc if t.lower_ == "recorded")
    assert in_incident_tally(killed)
    assert not in_incident_tally(recorded)


def test_a_declaration_of_war_on_armed_groups_stays_a_statement(nlp: Language) -> None:
    text = "The president declared war on the gangs after the raid on the Korvela market."
    assert "statement" in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday, hundreds of villagers walked behind the three teachers' coffins to Dravec cemetery.",
        "Mourners walked behind the hearse through the centre of Korvela on Saturday.",
        "On Monday evening, about 400 people stood in silence outside the town hall of Dravec.",
    ],
)
def test_processions_and_silent_gatherings_are_rallies(nlp: Language, text: str) -> None:
    assert "rally" in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The children walked to school in Korvela on Monday.",
        "The former commander stood trial in Dravec in March.",
        "The envoy held talks with the governor of Korvela on Monday.",
        "The winner held up the trophy in front of the fans in Dravec.",
    ],
)
def test_walking_and_standing_elsewhere_are_no_rallies(nlp: Language, text: str) -> None:
    assert "rally" not in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police on Friday attached a house in Dravec belonging to a commander of the outlawed front.",
        "The agency confiscated the properties of two financiers of the militia in Korvela on Monday.",
    ],
)
def test_property_attached_or_confiscated_is_a_sanction(nlp: Language, text: str) -> None:
    assert "sanction" in types(nlp, text)


def test_a_file_attached_to_a_letter_is_no_sanction(nlp: Language) -> None:
    assert "sanction" not in types(nlp, "The lawyer attached a copy of the ruling to his letter on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday night a water tower near Dravec was brought down by two charges.",
        "A mobile phone mast outside Korvela was brought down by a bomb on Tuesday.",
    ],
)
def test_a_structure_brought_down_by_a_device_is_an_attack(nlp: Language, text: str) -> None:
    assert "attack" in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The coalition government was brought down by a scandal over party funds.",
        "The old tower in Dravec was brought down by the demolition crew on Monday.",
    ],
)
def test_other_things_brought_down_are_no_attack(nlp: Language, text: str) -> None:
    assert "attack" not in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The army spokesman denied reports on local radio that rebels had overrun a base near Dravec on "
        "Sunday.",
        "The governor denied reports that gunmen had stormed the prison in Korvela.",
    ],
)
def test_an_attack_in_denied_reports_is_no_event(nlp: Language, text: str) -> None:
    assert "attack" not in types(nlp, text)


def test_an_attack_beside_a_denial_of_something_else_is_told(nlp: Language) -> None:
    text = (
        "Rebels overran a base near Dravec on Sunday, and the army denied reports on local radio that it "
        "had fled."
    )
    assert "attack" in types(nlp, text)

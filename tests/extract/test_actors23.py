"""Who did it on page-shaped reports (session 22, second part): a group's branch named where the group is
given as the doer, a speaker's aside laying the attack of its own sentence at a group's door, unnamed
forces named in the next sentence or reported by a named unit, and doers told by a setting verb,
a fight's "between" sides or a "when" clause on an attack's date."""

from __future__ import annotations

from typing import Any


def _actors(extraction: Any, etype: str) -> list[list[str]]:
    return [e.actors for e in extraction.events if e.type == etype]


def _actors_on(extraction: Any, iso: str) -> list[list[str]]:
    return [e.actors for e in extraction.events if e.date and e.date.iso == iso]


def test_branch_named_after_its_group_in_a_claim_is_the_claimant(extract: Any) -> None:
    text = (
        "Fighters ambushed a police convoy outside Kolsi on Sunday, killing five officers. On Tuesday "
        "the Islamic State's Wilayat Zorlandia claimed responsibility for the ambush in a message on "
        "Telegram."
    )
    found = _actors(extract(text, published="2026-05-20"), "claim")
    assert found and found[0][0] == "Wilayat Zorlandia"


def test_branch_whose_name_begins_with_its_groups_did_the_raid(extract: Any) -> None:
    text = (
        "Militants raided Kolsi before dawn on Friday and killed six farmers. The Islamic State's news "
        "outlet reported on Saturday that militants of its Islamic State Zorland Province had carried "
        "out the raid."
    )
    found = _actors(extract(text, published="2026-05-20"), "attack")
    assert found and "Islamic State Zorland Province" in found[0]


def test_group_written_with_a_generic_word_is_no_branch_of_itself(extract: Any) -> None:
    text = (
        "Gunmen killed four villagers in Dandora on Monday. The Islamic State group said it was behind "
        "the shooting in a statement."
    )
    found = _actors(extract(text, published="2026-05-20"), "attack")
    assert found == [["Islamic State"]]


def test_speaker_accusing_a_group_of_firing_names_the_attacks_doer(extract: Any) -> None:
    text = (
        "Rockets hit a school in Kolsi on Friday, killing six children, the mayor told reporters, "
        "accusing the Zorland Liberation Army of firing them."
    )
    found = _actors(extract(text, published="2026-05-20"), "attack")
    assert found == [["Zorland Liberation Army"]]


def test_accusation_of_sheltering_names_no_doer(extract: Any) -> None:
    text = (
        "Gunmen killed nine villagers near Dandora on Monday, the governor said, accusing the "
        "Zorland Liberation Army of sheltering bandits."
    )
    found = _actors(extract(text, published="2026-05-20"), "attack")
    assert found == [[]]


def test_group_laying_siege_is_the_doer_of_the_siege(extract: Any) -> None:
    text = (
        "Gunmen killed nine villagers in Dandora on Monday. Back in 2018, Zorland Liberation Army "
        "fighters laid siege to Kolsi for a week, and at least 30 residents starved to death."
    )
    assert _actors_on(extract(text, published="2026-05-20"), "2018") == [["Zorland Liberation Army"]]


def test_named_side_of_a_firefight_that_erupted_is_its_doer(extract: Any) -> None:
    text = (
        "A firefight erupted on Thursday between commandos of the Rapid Action Battalion and a gang "
        "hiding in a warehouse in Kolsi."
    )
    found = _actors(extract(text, published="2026-05-20"), "military_action")
    assert found == [["Rapid Action Battalion"]]


def test_troops_the_brigade_named_before_reports_are_the_brigades(extract: Any) -> None:
    text = (
        "Militants attacked an outpost near Kolsi on Wednesday, according to the 4th Infantry Brigade. "
        "Troops killed two of the gunmen near Marat on Thursday, the brigade said."
    )
    found = _actors(extract(text, published="2026-05-20"), "military_action")
    assert found == [["4th Infantry Brigade"]]


def test_troops_the_army_reports_are_no_unit_named_before(extract: Any) -> None:
    text = (
        "Militants attacked an outpost near Kolsi on Wednesday, according to the 4th Infantry Brigade. "
        "Troops killed two of the gunmen near Marat on Thursday, the army said."
    )
    found = _actors(extract(text, published="2026-05-20"), "military_action")
    assert found and "4th Infantry Brigade" not in found[0]


def _parsed(extractor: Any, text: str) -> Any:
    from datetime import date

    from nexus.model import Document

    doc, _ = extractor.parse(Document(id="t23", text=text, outlet=None, published=date(2026, 5, 20)))
    return doc


def _state_operation(doc: Any, word: str, state: str) -> Any:
    from types import SimpleNamespace

    cluster = next(c for c in doc._.nexus_entities if c.name == state)
    trigger = next(t for t in doc if t.text == word)
    return SimpleNamespace(type="military_action", trigger=trigger, actors=[cluster])


_EXCHANGE = (
    "Two suspects died in an exchange of fire with security forces in Kolsi on Saturday, Moldova's "
    "interior ministry said. "
)


def test_unnamed_forces_the_next_sentence_names_are_that_force(extractor: Any) -> None:
    from nexus.extract import actor_carry

    doc = _parsed(
        extractor,
        _EXCHANGE + "Troops of the Moldovan National Army had cordoned off the block before dawn.",
    )
    mention = _state_operation(doc, "exchange", "Moldova")
    actor_carry._forces_named_next([mention])
    assert [a.name for a in mention.actors] == ["Moldovan National Army"]


def test_force_that_only_reports_in_the_next_sentence_is_not_the_doer(extractor: Any) -> None:
    from nexus.extract import actor_carry

    doc = _parsed(extractor, _EXCHANGE + "The Moldovan National Army said it would step up patrols.")
    mention = _state_operation(doc, "exchange", "Moldova")
    actor_carry._forces_named_next([mention])
    assert [a.name for a in mention.actors] == ["Moldova"]


def test_group_of_a_when_clause_on_an_attacks_date_did_it(extract: Any) -> None:
    text = (
        "Gunmen killed nine villagers in Dandora on Monday. Residents still remember the massacre at "
        "Kolsi on June 3, 2011, when Zorland Liberation Army gunmen went from house to house with "
        "machetes."
    )
    assert _actors_on(extract(text, published="2026-05-20"), "2011-06-03") == [["Zorland Liberation Army"]]


def test_person_of_a_when_clause_is_no_doer_of_the_attack(extractor: Any) -> None:
    from nexus.extract import arguments as A

    doc = _parsed(
        extractor,
        "Residents still remember the massacre at Kolsi on June 3, 2011, when Amina Wardere was "
        "governor of the province.",
    )
    massacre = next(t for t in doc if t.text == "massacre")
    assert A._when_clause_doers(massacre, A.cached_entity_index(doc)) == []

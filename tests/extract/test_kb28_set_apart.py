"""A happening a sentence sets apart from its own ("distinct from the raid on X", "unrelated to the
ambush", "a separate incident from the shooting") is another event: its target and town are not
the sentence's own happening's. A definite "the attack on X" later in the text names the happening
told at X, not the last one told. Texts, towns and figures are invented."""

from __future__ import annotations

from typing import Any

PUBLISHED = "2026-03-04"


def attacks(extraction: Any) -> list[Any]:
    return [e for e in extraction.events if e.type == "attack"]


def test_a_raid_distinct_from_the_sentences_killing_is_another_event(extract: Any) -> None:
    text = (
        "Three villagers were killed in Tarvo on Monday, officials said, in an attack distinct "
        "from the assault on Olbeck 15 kilometres away."
    )
    found = attacks(extract(text, published=PUBLISHED))
    killing = next(e for e in found if e.killed is not None)
    assert "Olbeck" not in killing.targets
    assert killing.place is not None and killing.place.name == "Tarvo"
    other = [e for e in found if e is not killing]
    assert len(other) == 1 and other[0].place is not None and other[0].place.name == "Olbeck"


def test_a_bombing_unrelated_to_an_ambush_keeps_its_own_target(extract: Any) -> None:
    text = (
        "Five traders died in a bombing at a bus depot in Kelvane, unrelated to the ambush on "
        "Rostow earlier that day, the governor said."
    )
    found = attacks(extract(text, published=PUBLISHED))
    bombing = next(e for e in found if e.killed is not None)
    assert bombing.targets == ["bus depot"]
    assert len(found) == 2


def test_a_separate_incident_from_a_raid_keeps_the_raid_apart(extract: Any) -> None:
    text = (
        "Two farmers were shot dead in Marsk on Sunday night, the sheriff reported, calling it a separate "
        "incident from the raid on the Pelvo village of Dunmore the same evening."
    )
    found = attacks(extract(text, published=PUBLISHED))
    shooting = next(e for e in found if e.killed is not None)
    assert shooting.targets == ["Two farmers"]
    assert len(found) == 2


def test_the_attack_on_a_town_told_later_names_that_towns_happening(extract: Any) -> None:
    text = (
        "Police sealed off the highway on Sunday after bandits stormed Dorvik on Thursday, killing "
        "11 traders. On the same night, gunmen attacked the nearby village of Ambray, killing three "
        "farmers, residents said. The governor said the raid on Dorvik, a market town of about "
        "30,000, had emptied its schools."
    )
    found = attacks(extract(text, published=PUBLISHED))
    village = next(e for e in found if e.place is not None and e.place.name == "Ambray")
    assert "Dorvik" not in village.targets

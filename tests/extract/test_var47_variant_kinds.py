"""Session 47 (var47): constructions of the case variants' fault kinds, in invented sentences.

* a town's name between a year and a happening noun, whatever the tagger read the word as
  ("since the 2012 X massacre": a place, and the older happening's own);
* a one-word name before "security forces" opening a sentence ("X security forces detained ..."):
  a group, the doer of the operation;
* meetings told by "sat down with" and by addressing elders or chiefs;
* figures or a toll "from" a place, or "from the village of" a place, name the nameless village
  an earlier sentence raided.
"""

from __future__ import annotations

from typing import Any


def _told(extraction: Any) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.type, e.date.iso if e.date else None, e.place.name if e.place else None) for e in extraction.events
    ]


def _entity_types(extraction: Any) -> dict[str, str]:
    return {e.name: e.type for e in extraction.entities}


def test_a_name_between_a_year_and_a_massacre_is_the_older_happenings_place(extract: Any) -> None:
    text = (
        "Raiders on horseback shot dead 14 herders close to Abeche on Friday, in the bloodiest "
        "raid the region has known since the 2012 Osrimbo massacre."
    )
    result = extract(text, published="2025-02-10")
    assert _entity_types(result).get("Osrimbo") == "PLACE", _entity_types(result)
    told = _told(result)
    assert ("attack", "2012", "Osrimbo") in told, told
    assert ("attack", "2025-02-07", "Abeche") in told, told


def test_a_plain_year_before_a_common_word_names_no_place(extract: Any) -> None:
    text = "Raiders shot dead 14 herders close to Abeche on Friday, a week after the 2024 Election riots."
    assert "Election" not in _entity_types(extract(text, published="2025-02-10"))


def test_a_name_before_security_forces_opening_a_sentence_is_the_doer(extract: Any) -> None:
    text = "Tervashi security forces arrested six smugglers in Abeche on Thursday, a police source said."
    result = extract(text, published="2025-02-10")
    operations = [e for e in result.events if e.type == "military_action"]
    assert operations, _told(result)
    assert any("Tervashi" in e.actors for e in operations), [e.actors for e in operations]


def test_an_english_word_before_security_forces_is_no_group(extract: Any) -> None:
    text = "Local security forces arrested six smugglers in Abeche on Thursday, a police source said."
    assert "Local" not in _entity_types(extract(text, published="2025-02-10"))


def test_sitting_down_with_elders_is_a_meeting_of_the_visitor(extract: Any) -> None:
    text = (
        "Defence Minister Halima Oduya travelled to Abeche on Monday to inspect the damaged garrison. "
        "Army officers told her about the fighting before she sat down with clan elders at the "
        "governor's residence."
    )
    result = extract(text, published="2025-02-11")
    meetings = [e for e in result.events if e.type == "meeting"]
    assert any("Halima Oduya" in e.actors for e in meetings), [(e.type, e.actors) for e in result.events]


def test_sitting_down_alone_is_no_meeting(extract: Any) -> None:
    text = "The accused sat down quietly in the dock of the Abeche court on Monday."
    assert not [e for e in extract(text, published="2025-02-11").events if e.type == "meeting"]


def test_addressing_chiefs_is_a_meeting(extract: Any) -> None:
    text = (
        "Interior Minister Boris Kalenda flew into Abeche on Tuesday, and he later addressed chiefs "
        "at the town hall."
    )
    result = extract(text, published="2025-02-12")
    meetings = [e for e in result.events if e.type == "meeting"]
    assert any("Boris Kalenda" in e.actors for e in meetings), [(e.type, e.actors) for e in result.events]


def test_figures_from_the_village_of_a_name_place_the_raid(extract: Any) -> None:
    text = (
        "Unidentified gunmen have attacked a farming settlement in eastern Chad, leaving several dead.\n\n"
        "Figures from the village of Tirenga were at odds: a teacher counted four bodies, while a "
        "herder said eleven had been killed."
    )
    told = _told(extract(text, published="2025-03-04"))
    assert any(t == "attack" and place == "Tirenga" for t, _, place in told), told


def test_the_toll_from_a_name_places_the_raid(extract: Any) -> None:
    text = (
        "Unidentified gunmen have attacked a farming settlement in eastern Chad, leaving several dead.\n\n"
        "The toll from Tirenga remained unclear, with a teacher counting four bodies and a herder eleven."
    )
    told = _told(extract(text, published="2025-03-04"))
    assert any(t == "attack" and place == "Tirenga" for t, _, place in told), told


def test_armed_men_rounding_up_and_shooting_villagers_is_an_attack(extract: Any) -> None:
    text = "In March 2018, armed fighters rounded up and shot scores of villagers near Abeche."
    told = _told(extract(text, published="2025-02-10"))
    assert ("attack", "2018-03", "Abeche") in told, told
    assert not any(t == "military_action" for t, _, _ in told), told


def test_soldiers_rounding_up_and_questioning_traders_is_the_states(extract: Any) -> None:
    text = "In March 2018, soldiers rounded up and questioned dozens of traders near Abeche."
    told = _told(extract(text, published="2025-02-10"))
    assert not any(t == "attack" for t, _, _ in told), told

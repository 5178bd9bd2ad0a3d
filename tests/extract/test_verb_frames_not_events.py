"""A trigger whose frame gives it an ordinary sense is no event, and the same construction with
its eventful sense stays one: "sat us down" (no meeting), imagery "captured" on a day (no
capture), "sanctioned payments" and passengers "ordered out" (no sanction), a numbered coach
that "had left" a town (no visit), a claim that "is that ..." (an assertion), and a gunfight
between armed bands with no state side (an attack, not a military action). Invented sentences,
whole pipeline.
"""

from __future__ import annotations

from typing import Any


def _types(extract: Any, text: str) -> list[str]:
    return [e.type for e in extract(text, published="2026-05-14").events]


def test_seating_someone_is_no_meeting(extract: Any) -> None:
    text = "The old ferryman at Oskarvik sat us down with a pot of coffee and a grave look."
    assert "meeting" not in _types(extract, text)


def test_sitting_down_with_elders_stays_a_meeting(extract: Any) -> None:
    text = "Governor Tamsin Orlé sat down with the elders of Oskarvik on Monday to discuss the raids."
    assert "meeting" in _types(extract, text)


def test_imagery_captured_on_a_day_is_no_capture(extract: Any) -> None:
    text = "Satellite imagery captured on 9 May shows new craters beside the depot at Oskarvik."
    assert "military_action" not in _types(extract, text)


def test_imagery_read_as_the_capturer_is_no_capture(extract: Any) -> None:
    text = "Footage captured on 9 May shows fresh craters by the depot, absent from an earlier pass on 2 May."
    assert "military_action" not in _types(extract, text)


def test_a_town_captured_on_a_day_stays_a_capture(extract: Any) -> None:
    text = "Government troops captured the depot at Oskarvik from the rebels on 9 May."
    assert "military_action" in _types(extract, text)


def test_sanctioned_payments_are_no_sanction(extract: Any) -> None:
    text = "The regional cabinet has sanctioned relief payments to the fishermen of Oskarvik after the storm."
    assert "sanction" not in _types(extract, text)


def test_sanctioned_financiers_stay_a_sanction(extract: Any) -> None:
    text = "The Treasury of Norland sanctioned two financiers of the Grey Tide movement on Monday."
    assert "sanction" in _types(extract, text)


def test_a_numbered_coach_that_left_a_town_is_no_visit(extract: Any) -> None:
    text = (
        "On 4 May, our coach number 9, which had left Oskarvik at dawn for Brenmoor, came under fire "
        "from gunmen outside Tull."
    )
    types = _types(extract, text)
    assert "visit" not in types and "attack" in types


def test_a_minister_who_left_for_a_town_stays_a_visit(extract: Any) -> None:
    text = (
        "Interior Minister Piet Amsel, who had left Oskarvik at dawn for Brenmoor, toured the "
        "damaged barracks."
    )
    assert "visit" in _types(extract, text)


def test_a_claim_that_is_a_thesis_is_no_claim(extract: Any) -> None:
    text = "The report's core claim is that the Grey Tide movement recruited fishermen on the coast in 2025."
    assert "claim" not in _types(extract, text)


def test_a_claim_of_an_attack_stays_a_claim(extract: Any) -> None:
    text = "The Grey Tide movement's claim of the bombing at Oskarvik came on Tuesday."
    assert "claim" in _types(extract, text)


def test_a_gunfight_between_armed_bands_is_an_attack(extract: Any) -> None:
    text = "On 3 May a fierce gunfight between armed families near the well at Oskarvik left four men dead."
    assert _types(extract, text) == ["attack"]


def test_a_gunfight_between_soldiers_and_armed_men_stays_military(extract: Any) -> None:
    text = (
        "On 3 May a fierce gunfight between soldiers and armed families near the well at Oskarvik "
        "left four men dead."
    )
    assert _types(extract, text) == ["military_action"]


def test_passengers_ordered_off_a_bus_are_no_measure(extract: Any) -> None:
    text = "Masked men halted the night bus outside Brenmoor, ordered the travellers off and burnt it."
    assert "sanction" not in _types(extract, text)


def test_diplomats_ordered_out_stay_a_measure(extract: Any) -> None:
    text = "The government of Norland ordered the envoys of Westmark out of the country on Monday."
    assert "sanction" in _types(extract, text)

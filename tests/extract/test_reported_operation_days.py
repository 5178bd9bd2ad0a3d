"""The day of a state's operation its forces report after the news (whole pipeline).

"Gunmen killed five on Monday ... The army said on Wednesday its troops had killed nine
insurgents": the army's operation is a follow-up of the news, told on the day it was reported,
not the day of the attack that opened the report; a verb conjoined to the reported clause
("had tracked the attackers ... and killed three") is reported on that day too.
"""

from __future__ import annotations

from typing import Any


def _actions(extraction: Any) -> list[tuple[str, str | None]]:
    return [(e.trigger, e.date and e.date.iso) for e in extraction.events if e.type == "military_action"]


def test_an_operation_the_army_reports_later_keeps_the_report_day(extract: Any) -> None:
    text = (
        "Gunmen killed five villagers in Chiure on Monday. The Mozambican army said on Wednesday "
        "that its troops had killed nine insurgents in the forest near Chiure."
    )
    extraction = extract(text, published="2024-06-06")
    assert [d for _, d in _actions(extraction)] == ["2024-06-05"], _actions(extraction)


def test_a_verb_conjoined_to_the_reported_clause_takes_the_report_day(extract: Any) -> None:
    text = (
        "Gunmen killed five villagers in Chiure on Monday. The Mozambican army said on Wednesday "
        "that its soldiers had tracked the attackers into the forest and killed three of them."
    )
    extraction = extract(text, published="2024-06-06")
    assert [d for _, d in _actions(extraction)] == ["2024-06-05"], _actions(extraction)


def test_the_attack_reported_later_keeps_the_news_day(extract: Any) -> None:
    text = (
        "Gunmen killed five villagers in Chiure on Monday night. Nine more people were killed "
        "in the raid, officials said on Wednesday."
    )
    extraction = extract(text, published="2024-06-06")
    attacks = [e for e in extraction.events if e.type == "attack"]
    assert [e.date.iso for e in attacks if e.date is not None] == ["2024-06-03"]

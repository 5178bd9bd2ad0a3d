"""A one-word name before "security forces" (entities, fighter_noun_qualifiers): a group and the
doer of the operation, also opening a sentence; an English word there names no group."""

from __future__ import annotations

from typing import Any


def _told(extraction: Any) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.type, e.date.iso if e.date else None, e.place.name if e.place else None) for e in extraction.events
    ]


def _entity_types(extraction: Any) -> dict[str, str]:
    return {e.name: e.type for e in extraction.entities}


def test_a_name_before_security_forces_opening_a_sentence_is_the_doer(extract: Any) -> None:
    text = "Tervashi security forces arrested six smugglers in Abeche on Thursday, a police source said."
    result = extract(text, published="2025-02-10")
    operations = [e for e in result.events if e.type == "military_action"]
    assert operations, _told(result)
    assert any("Tervashi" in e.actors for e in operations), [e.actors for e in operations]


def test_an_english_word_before_security_forces_is_no_group(extract: Any) -> None:
    text = "Local security forces arrested six smugglers in Abeche on Thursday, a police source said."
    assert "Local" not in _entity_types(extract(text, published="2025-02-10"))

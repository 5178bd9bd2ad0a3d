"""Names the NER cuts at a word before them: a nationality before a force's own name is no part
of it ("Kurdish Xyz forces": Xyz), and a parent body's acronym before an office whose acronym the
text defines is part of the office's name ("the UN Office for X (OX)")."""

from __future__ import annotations

from typing import Any

import pytest


def forms(extraction: Any) -> dict[str, Any]:
    return {form: e for e in extraction.entities for form in (e.name, *e.aliases)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kurdish Zeravani forces detained six men in Dohuk on Tuesday over a bombing.", "Zeravani"),
        ("Somali Tarabuun forces arrested four suspects near Kismayo on Friday.", "Tarabuun"),
    ],
)
def test_a_nationality_before_a_forces_name_is_left_out(extract: Any, text: str, name: str) -> None:
    ext = extract(text)
    ents = forms(ext)
    assert ents[name].type == "ORG"
    assert not any(n.endswith(f" {name}") for n in ents)
    action = next(e for e in ext.events if e.type == "military_action")
    assert name in action.actors


def test_a_nationality_alone_before_forces_names_no_group(extract: Any) -> None:
    ents = forms(extract("Kenyan forces detained six men near Garissa on Tuesday."))
    assert not any(e.type == "ORG" and "Kenyan" in n for n, e in ents.items())


@pytest.mark.parametrize(
    ("text", "office", "acronym"),
    [
        (
            "An official with the UN Office for Refugee Protection Affairs (ORPA) told reporters on "
            "Wednesday that 2,400 households had left Dalgo after the shelling.",
            "UN Office for Refugee Protection Affairs",
            "ORPA",
        ),
        (
            "The AU Mission for Border Monitoring (MBM) said on Friday that its patrol was fired on "
            "near Abyei.",
            "AU Mission for Border Monitoring",
            "MBM",
        ),
    ],
)
def test_a_parents_acronym_opens_a_defined_office_name(
    extract: Any, text: str, office: str, acronym: str
) -> None:
    ents = forms(extract(text))
    assert ents[office].name == office
    assert acronym in ents[office].aliases
    assert office.split()[0] not in ents or ents[office.split()[0]] is ents[office]


def test_a_parent_told_apart_by_a_comma_stays_its_own_name(extract: Any) -> None:
    ents = forms(
        extract(
            "The UN, the Office for Refugee Protection Affairs (ORPA) and the Red Crescent met in Kassala "
            "on Monday to discuss the camps."
        )
    )
    assert "Office for Refugee Protection Affairs" in ents
    assert "UN Office for Refugee Protection Affairs" not in ents

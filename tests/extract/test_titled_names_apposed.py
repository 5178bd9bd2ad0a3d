"""Persons named next to a role phrase set off by commas, or after one office noun (titled_names.py)."""

from __future__ import annotations

from typing import Any

import pytest

_LEAD = "Raiders burned a grain store at Velsk on Saturday night and shot two watchmen, farmers said."


def _people(extraction: Any) -> list[str]:
    return [e.name for e in extraction.entities if e.type == "PERSON"]


def _statement_actors(extraction: Any) -> list[str]:
    statements = [e for e in extraction.events if e.type == "statement"]
    assert statements
    return statements[0].actors


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        (
            "Ruritania's Minister of Communication, Ionel Bratucu, condemned on Tuesday what he called "
            '"a cowardly act".',
            "Ionel Bratucu",
        ),
        (
            '"Nobody will escape," Tamsu Okoro Vellim, a spokeswoman for the Ruritanian Interior Ministry, '
            "told the state radio on Monday, condemning the raid.",
            "Tamsu Okoro Vellim",
        ),
    ],
)
def test_a_name_set_off_by_commas_from_a_role_speaks(extract: Any, sentence: str, person: str) -> None:
    extraction = extract(f"{_LEAD} {sentence}")
    assert person in _people(extraction)
    assert person in _statement_actors(extraction)


def test_a_name_after_the_closing_quote_of_a_quotation_is_kept(extract: Any) -> None:
    text = f'{_LEAD} "They came at night," Ilidu Mabonde Tirro, the prefect of the district, said.'
    assert "Ilidu Mabonde Tirro" in _people(extract(text))


def test_a_governor_whose_name_holds_an_apostrophe_speaks(extract: Any) -> None:
    text = f"{_LEAD} Governor Musa Ba'aru Kandil condemned the killings and ordered the police to act."
    extraction = extract(text)
    assert "Musa Ba'aru Kandil" in _people(extraction)
    assert "Musa Ba'aru Kandil" in _statement_actors(extraction)


def test_a_bracketed_zone_inside_a_police_title_keeps_the_name(extract: Any) -> None:
    text = (
        f"{_LEAD} Speaking in Velsk on Sunday, Tarn Police Inspector General (Zone-IV) Chingbam Tomba "
        "condemned the killings."
    )
    assert "Chingbam Tomba" in _people(extract(text))


def test_a_place_set_off_by_commas_after_a_role_is_no_person(extract: Any) -> None:
    text = f"{_LEAD} The district administrator, Velsk District, said the watchmen were unarmed."
    assert "Velsk District" not in _people(extract(text))


def test_a_time_before_a_comma_and_a_role_is_no_person(extract: Any) -> None:
    text = f"{_LEAD} On Sunday, a spokesman for the regional police said patrols had been doubled."
    assert "On Sunday" not in _people(extract(text))

"""Numbers in words or figures with their qualifiers, read without the parser."""

from __future__ import annotations

import subprocess
import sys

import pytest

from nexus.numerals import parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("seventeen", (17, "exact")),
        ("two hundred and four", (204, "exact")),
        ("1,250", (1250, "exact")),
        ("at least 40", (40, "at_least")),
        ("more than 60", (61, "at_least")),
        ("a few hundred", (200, "at_least")),
        ("several hundred", (300, "at_least")),
        ("dozens", (24, "at_least")),
    ],
)
def test_numbers_and_qualifiers(text: str, expected: tuple[int, str]) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ["", "soldiers", "twelve soldiers", "six twenty"])
def test_what_is_not_only_a_number_gives_none(text: str) -> None:
    assert parse_number(text) is None


def test_reading_numbers_does_not_load_the_parser() -> None:
    probe = "import sys, nexus.numerals as n; n.parse_number('forty'); print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_casualty_stage_reads_numbers_with_the_same_reader() -> None:
    from nexus.extract import casualties

    assert casualties.parse_number is parse_number

import re

import pytest

from nexus.extract.doctext import whole_word_occurrences

CASES = [
    ("Velmar Front fighters met the Velmar Front-aligned men.", "Velmar Front"),
    ("KRF, KRF's and KRFx and xKRF and KRF_1 and -KRF and KRF", "KRF"),
    ("AAA AA AAAA AA", "AA"),
    ("Ostra Band ended; Ostra Bandits began. Ostra Band", "Ostra Band"),
    ("no such name here", "Tolvik"),
    ("Ünal Ünal-Bey Ünal", "Ünal"),
    ("٣Dorn Dorn٣ Dorn", "Dorn"),
]


@pytest.mark.parametrize(("text", "form"), CASES)
def test_whole_word_occurrences_are_the_lookaround_regex_matches(text: str, form: str) -> None:
    pattern = r"(?<![\w-])" + re.escape(form) + r"(?![\w-])"
    expected = [(m.start(), m.end()) for m in re.finditer(pattern, text)]
    assert list(whole_word_occurrences(text, form)) == expected


@pytest.mark.parametrize(("text", "form"), CASES)
def test_occurrences_without_ending_are_the_lookbehind_regex_matches(text: str, form: str) -> None:
    pattern = r"(?<![\w-])" + re.escape(form)
    expected = [(m.start(), m.end()) for m in re.finditer(pattern, text)]
    assert list(whole_word_occurrences(text, form, ending=False)) == expected

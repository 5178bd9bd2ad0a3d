"""The word opening a page zone begins a sentence that goes on past it."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        (
            "QUITO, Ecuador - Five al-Qadr guerrillas died in a gunfight with troops in Esmeraldas "
            "on Tuesday.",
            "Five al-Qadr guerrillas died",
        ),
        (
            "KANO, Nigeria - Six Boko Haram fighters were killed in a clash with vigilantes near Dikwa "
            "on Monday.",
            "Six Boko Haram fighters were killed",
        ),
    ],
)
def test_a_numeral_after_a_dateline_stays_with_its_noun(extractor: Any, text: str, opening: str) -> None:
    doc = extractor.nlp(text)
    assert any(s.text.startswith(opening) for s in doc.sents), [s.text for s in doc.sents]


def test_a_line_break_after_the_first_word_still_ends_it(extractor: Any) -> None:
    doc = extractor.nlp("Breaking\nTwo policemen were hurt in a grenade blast in Mardan on Monday.")
    assert [s.text.strip() for s in doc.sents][:1] == ["Breaking"]


def test_the_toll_of_a_clash_after_a_dateline_is_read(extract: Any) -> None:
    text = "LIMA, Peru - Four al-Sayf militants died in a firefight with marines near Iquitos on Sunday."
    events = [e for e in extract(text, published="2024-05-10").events if e.killed]
    assert [e.killed.value for e in events] == [4]

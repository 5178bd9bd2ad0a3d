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


def test_the_hold_keeps_a_hyphenated_name_and_leaves_a_bullet(extractor: Any) -> None:
    from nexus.extract.registry import line_breaks

    doc = line_breaks(
        extractor.nlp.make_doc(
            "Gunmen torch two lorries on the coast road\n"
            "KISMAYO, Somalia - Five al-Shabaab fighters died in a clash on Thursday."
        )
    )
    held = [t.text for t in doc if t.is_sent_start is False]
    assert {"al", "-", "Shabaab"} <= set(held)
    bullet = line_breaks(extractor.nlp.make_doc("Where things stand\n- Two rebels killed near Tovar."))
    assert not any(t.is_sent_start is False for t in bullet)


def test_only_the_body_after_a_dateline_is_held(extractor: Any) -> None:
    from nexus.extract.page import page_zones
    from nexus.extract.registry import line_breaks

    doc = line_breaks(
        extractor.nlp.make_doc(
            "Rebels overrun an army post in the north\n"
            "Five soldiers were killed when rebels overran a post near Tovar on Monday, officials said."
        )
    )
    assert all(z.kind != "dateline" for z in page_zones(doc))
    assert not any(t.is_sent_start is False for t in doc)

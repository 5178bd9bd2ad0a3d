"""Names after a long official title that the tagger misses (titled_names.py)."""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from nexus.extract.titled_names import titled_names


def _names(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)
    return [s.text for s in titled_names(doc, list(doc.ents))]


def test_name_after_a_capitalised_police_title_is_a_person(extract: Any) -> None:
    text = (
        "Deputy Inspector General of Police (Operations) Kuldeep Raj Sharma "
        "blamed a cross-border cell on Friday."
    )
    extraction = extract(text, published="2024-08-02")
    people = [e.name for e in extraction.entities if e.type == "PERSON"]
    assert "Kuldeep Raj Sharma" in people
    statements = [e for e in extraction.events if e.type == "statement"]
    assert statements and "Kuldeep Raj Sharma" in statements[0].actors


def test_bracketed_qualifier_inside_the_title(nlp: Language) -> None:
    text = (
        "Joint Commissioner of Police (Crime Branch) Harish Chandra Negi said the raid was planned for weeks."
    )
    assert _names(nlp, text) == ["Harish Chandra Negi"]


def test_headline_in_title_case_gives_no_name(nlp: Language) -> None:
    text = "Deputy Inspector General Of Police Says Border Fence Breached\nThe fence was cut overnight."
    assert _names(nlp, text) == []


def test_single_title_word_is_left_to_the_tagger(nlp: Language) -> None:
    assert _names(nlp, "Minister Asha Devi Kumari visited the camp on Sunday.") == []


def test_title_without_a_name_after_it_gives_nothing(nlp: Language) -> None:
    text = "The Director General of Police said the curfew would stay."
    assert _names(nlp, text) == []


def test_a_single_rank_before_a_name_and_of_gives_the_person(extract: Any) -> None:
    text = (
        "Officials said Constable Mohan Das of the Border Security Force's 78 Battalion was wounded "
        "when the firing began and died before dawn."
    )
    names = {e.name: e.type for e in extract(text).entities}
    assert names.get("Mohan Das") == "PERSON"


def test_a_lower_case_rank_after_a_capitalised_title_word_gives_the_person(extract: Any) -> None:
    names = {
        e.name: e.type
        for e in extract("Head constable Baldev Raj was wounded in the firing, police said.").entities
    }
    assert names.get("Baldev Raj") == "PERSON"


def test_two_names_after_a_lower_case_role_noun_are_a_person(extract: Any) -> None:
    text = "Regional spokesperson Irina Volkova said three civilians were killed in the shelling on Sunday."
    names = {e.name: e.type for e in extract(text).entities}
    assert names.get("Irina Volkova") == "PERSON"
    assert "Volkova" not in names


def test_a_hyphen_joined_surname_ends_the_name_not_the_hyphen(nlp: Language) -> None:
    """The tagger split the name (a place for the first word, a person for the rest): the
    whole run after the role noun is one person, the hyphenated surname one word of it."""
    from spacy.tokens import Span

    doc = nlp("Government spokesman Abdoul Kader Sawadogo-Tiendrebeogo said the road was open.")
    words = [t.text for t in doc]
    first = words.index("Abdoul")
    said = words.index("said")
    tagged = [Span(doc, first, first + 1, label="GPE"), Span(doc, first + 1, said, label="PERSON")]
    found = titled_names(doc, tagged)
    assert [s.text for s in found] == ["Abdoul Kader Sawadogo-Tiendrebeogo"]


def test_a_religious_honorific_stays_in_the_name(extract: Any) -> None:
    text = "Tehrik-e-Taliban commander Maulana Rafiq Durrani was named in the charge sheet filed in Quetta."
    extraction = extract(text, published="2024-04-22")
    names = [e.name for e in extraction.entities if e.type == "PERSON"]
    assert "Maulana Rafiq Durrani" in names

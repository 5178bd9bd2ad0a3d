"""Names a page signs (bylines, credit lines, photo credits) are persons: nexus.extract.signed_names."""

from __future__ import annotations

from typing import Any

import pytest

from nexus.extract.signed_names import _clause_names, _credit_names, _line_names


def _types(extraction: Any) -> dict[str, str]:
    return {e.name: e.type for e in extraction.entities}


def _no_outlet(name: str) -> bool:
    return name in ("Marsh Valley Gazette", "Tarvo Post")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Ilse Varga and Tomas Quill", ["Ilse Varga", "Tomas Quill"]),
        ("By Ilse Varga in Lindau and Tomas Quill in Perm", ["Ilse Varga", "Tomas Quill"]),
        ("(Reporting by Ilse Varga; Editing by Oren P. Dax)", ["Ilse Varga", "Oren P. Dax"]),
        ("Additional reporting by Mirela Santo Vaz in Kerbo.", ["Mirela Santo Vaz"]),
        ("By Tomas Quill, Lindau correspondent", ["Tomas Quill"]),
        ("Ilse Varga, Security Correspondent", ["Ilse Varga"]),
        ("Ilse Varga reporting", ["Ilse Varga"]),
        ("Ilse Varga and Tomas Quill", ["Ilse Varga", "Tomas Quill"]),
        ("Author: Dr Ilse Varga, Senior Fellow", ["Dr Ilse Varga"]),
        ("Ilse Varga, Senior Fellow, Kerbo Policy Institute", ["Ilse Varga"]),
        (
            "Reporting: Ilse Varga and Tomas Quill; edited by Oren Dax",
            ["Ilse Varga", "Tomas Quill", "Oren Dax"],
        ),
    ],
)
def test_a_signing_line_gives_its_names(line: str, names: list[str]) -> None:
    assert [name for _, name in _line_names(line, lenient=False)] == names


@pytest.mark.parametrize(
    "line",
    [
        "By Monday, the count of dead stood at twelve.",
        "By nightfall the army had retaken the Kerbo bridge and the market.",
        "Reporting by our correspondent",
        "Ilse Varga",  # one name alone on a line signs nothing
        "Security review",
    ],
)
def test_prose_and_lone_names_are_no_signing_line(line: str) -> None:
    assert _line_names(line, lenient=False) == []


def test_a_byline_by_the_layout_keeps_its_names_among_other_pieces() -> None:
    assert [n for _, n in _clause_names("By Ilse Varga, 3 May", lenient=True) or []] == ["Ilse Varga"]
    assert _clause_names("By Ilse Varga, 3 May", lenient=False) is None


def test_the_offsets_point_at_the_names() -> None:
    line = "(Reporting by Ilse Varga in Lindau; editing by Tomas Quill)"
    for at, name in _line_names(line, lenient=False):
        assert line[at : at + len(name)] == name


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Mourners walk to the cemetery. (Tarvo Post/Ansel Korrin)", ["Ansel Korrin"]),
        ("Photo: Ansel Korrin/Tarvo Post", ["Ansel Korrin"]),
        ("Photograph: Marsh Valley Gazette/Ansel Korrin", ["Ansel Korrin"]),
        ("Riot police at the gate. (Tarvo Post/Archive)", []),
    ],
)
def test_a_photo_credit_gives_its_photographer(line: str, names: list[str]) -> None:
    found = _credit_names(line, _no_outlet)
    assert [n for _, n in found] == names
    assert all(line[at : at + len(n)] == n for at, n in found)


def test_a_credit_line_signs_persons_after_the_story(extract: Any) -> None:
    text = (
        "LINDAU, May 3 (Tarvo Post) - Gunmen shot dead four policemen at a checkpoint outside Kerbo "
        "on Friday, officials said.\n"
        "(Reporting by Ilse Varga in Lindau and Tomas Quill in Kerbo; Editing by Oren P. Dax)\n"
    )
    types = _types(extract(text, published="2025-05-03", outlet="Tarvo Post"))
    assert types.get("Ilse Varga") == "PERSON"
    assert types.get("Tomas Quill") == "PERSON"
    assert types.get("Oren P. Dax") == "PERSON"


def test_a_signer_named_like_a_marsh_is_no_site(extract: Any) -> None:
    text = (
        "Blast hits Kerbo market\n"
        "By Ilse Varga and Bram T. Marsh\n"
        "LINDAU, May 3 (Tarvo Post) - A bomb wounded six traders at the market in Kerbo on Friday, "
        "police said.\n"
    )
    types = _types(extract(text, published="2025-05-03", outlet="Tarvo Post"))
    assert types.get("Ilse Varga") == "PERSON"
    assert types.get("Bram T. Marsh") == "PERSON"


def test_a_signer_is_never_the_suspect_who_pledged(extract: Any) -> None:
    text = (
        "Knife attacker pledged loyalty to Islamic State, prosecutors say\n"
        "By Lorna Quist\n"
        "VANTERRE — A man stabbed two passers-by near the tram depot in Vanterre on Monday before "
        "officers detained him, prosecutors said.\n"
        "The suspect, identified as Tarek D., had been flagged by intelligence services in 2024.\n"
        "Police tape near the depot on Monday. (Vanterre Daily / Lorna Quist)\n"
        "In a clip kept on his laptop the suspect pledged allegiance anew to the caliph of Islamic "
        "State, the court heard.\n"
    )
    relations = {(r.source, r.type, r.target) for r in extract(text, published="2025-06-10").relations}
    assert ("Lorna Quist", "affiliation", "Islamic State") not in relations
    assert ("Tarek D.", "affiliation", "Islamic State") in relations

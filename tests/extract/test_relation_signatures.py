"""Sign-off lines ("Rank A B, Title, Body") affiliate the signer to the body."""

from __future__ import annotations

from typing import Any

import pytest


def rel(a: str, b: str, rtype: str) -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), rtype)


LEAD = "Troops killed two gunmen near Sumisip on Monday.\n\n"


def test_a_signer_serves_the_body_after_the_title_and_the_unit_its_army(relations: Any) -> None:
    found = relations(
        LEAD + "Captain Maria Santos, Public Affairs Officer, 104th Infantry Brigade, Philippine Army"
    )
    assert rel("Maria Santos", "104th Infantry Brigade", "affiliation") in found
    assert rel("104th Infantry Brigade", "Philippine Army", "affiliation") in found


def test_an_issued_by_line_affiliates_the_signer(relations: Any) -> None:
    found = relations(LEAD + "Issued by: Colonel Pedro Ramos, Head of Information, Western Mindanao Command")
    assert rel("Pedro Ramos", "Western Mindanao Command", "affiliation") in found


def test_a_name_alone_on_its_line_is_read_with_the_title_line_after_it(relations: Any) -> None:
    text = LEAD + "Signed\nJoseph Mwangi Kamau\nJoint Commander, Coast Joint Security Command\n\n— ENDS —"
    assert rel("Joseph Mwangi Kamau", "Coast Joint Security Command", "affiliation") in relations(text)


@pytest.mark.parametrize(
    "line",
    [
        # a sentence that lost its full stop (a verb after the name), not a sign-off
        "Maria Santos, a farmer, fled to the 104th Infantry Brigade, Philippine Army",
        # a full stop closes a sentence
        "Maria Santos, a farmer, fled to the 104th Infantry Brigade, Philippine Army.",
        # no title between the name and the body
        "Maria Santos, Sumisip, 104th Infantry Brigade, Philippine Army",
    ],
)
def test_a_line_without_a_signers_title_is_no_sign_off(relations: Any, line: str) -> None:
    found = relations(LEAD + line)
    assert rel("Maria Santos", "104th Infantry Brigade", "affiliation") not in found
    assert rel("104th Infantry Brigade", "Philippine Army", "affiliation") not in found

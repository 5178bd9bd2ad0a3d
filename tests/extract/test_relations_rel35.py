"""Relation kinds read in session 35.

"The group, X's affiliate in Y, ...": a definite noun standing for an organisation named in an
earlier sentence, with an unnamed link noun (affiliate, faction, branch) set beside it. The link
noun's possessor or "of" phrase owns the thing described; it is not the thing itself, so the
noun stands for the organisation named before (``relation_context.definite_group``), which is
the part of that owner and the doer of its sentence's verbs.
"""

from __future__ import annotations

from typing import Any


def rel(a: str, b: str, rtype: str = "affiliation") -> tuple[frozenset[str], str]:
    return (frozenset((a, b)), rtype)


def test_the_group_set_beside_an_owners_affiliate_is_the_group_named_before(relations: Any) -> None:
    text = (
        "The Velmora People's Front ambushed an army convoy near Dasko on Sunday. The group, "
        "al-Qaeda's affiliate in the eastern hills, still holds much of the countryside in Orvan "
        "province."
    )
    found = relations(text)
    assert rel("Velmora People's Front", "al-Qaeda") in found
    assert rel("Velmora People's Front", "Orvan", "based_in") in found
    assert rel("al-Qaeda", "Orvan", "based_in") not in found


def test_the_militants_set_beside_a_faction_of_another_group_are_the_group_named_before(
    relations: Any,
) -> None:
    text = (
        "The Velmora People's Front ambushed an army convoy near Dasko on Sunday. The militants, "
        "a faction of the Orvan Martyrs Brigade, fled towards the river after the raid."
    )
    found = relations(text)
    assert rel("Velmora People's Front", "Orvan Martyrs Brigade") in found
